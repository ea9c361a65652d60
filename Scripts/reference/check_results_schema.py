#!/usr/bin/env python3
"""Validates docs/results.schema.json against the JSON Schema 2020-12 meta-schema and every
committed results file in Output/ against it, with the `jsonschema` package (an implementation
nobody here wrote), as a cross-check of the Swift validator in ResultsSchemaTests. It also prints
the violations of that test's broken document, which must be the five the test expects.

    python3 -m pip install jsonschema && Scripts/reference/check_results_schema.py
"""
import glob
import json
import os
import sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
schema = json.load(open(os.path.join(ROOT, "docs", "results.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = 0
for path in sorted(glob.glob(os.path.join(ROOT, "Output", "**", "*.json"), recursive=True)):
    if not os.path.exists(path[:-5] + ".html"):
        continue
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    failed += len(errors)
    print(f"{os.path.relpath(path, ROOT)}: {len(errors)} violations")
    for e in errors[:5]:
        print("   /" + "/".join(map(str, e.absolute_path)), e.message)
broken = {"lossbook": "0.1.0", "schema": 2, "notebook": "/abs/x.md", "seed": 2024, "params": {}, "extra": True,
          "blocks": {"f": {"kind": "fit", "line": 3, "status": "ok",
                           "result": {"table": "t", "x": "loss", "y": "s", "n": 10, "criterion": "bic",
                                      "best": "linear",
                                      "models": {"linear": {"params": {"b0": {"se": 1}}, "rss": 1, "sigma": 1,
                                                            "dof": 8, "aic": 1, "bic": 1, "r2": 0.5,
                                                            "converged": "yes", "iterations": 3, "status": "ok"}}}},
                     "t": {"kind": "threshold", "line": 9, "status": "error"}}}
print("the test's broken document:")
for e in validator.iter_errors(broken):
    print("   /" + "/".join(map(str, e.absolute_path)), e.message)
sys.exit(1 if failed else 0)
