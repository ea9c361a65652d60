#!/usr/bin/env python3
"""Wilson score intervals for Tests/LossbookEndToEndTests/Fixtures/wilson-reference.json.

The sweep block reports every rate (power, false-positive rate, the rate of the verdict
`emergent`) with a Wilson interval; SweepTests compares lossbook's with SciPy's
`binomtest(k, n).proportion_ci(confidence_level, method="wilson")`.

Usage: python3 Scripts/reference/make_wilson_fixtures.py > Tests/LossbookEndToEndTests/Fixtures/wilson-reference.json
(made with SciPy 1.17.1).
"""
import json
import sys

import scipy
from scipy.stats import binomtest

CASES = [
    (0, 10, 0.95), (1, 10, 0.95), (5, 10, 0.95), (10, 10, 0.95),
    (38, 100, 0.95), (97, 100, 0.95), (25, 500, 0.95), (190, 500, 0.95),
    (3, 40, 0.9), (0, 1, 0.95), (1, 1, 0.99), (50, 1000, 0.95), (512, 1000, 0.99),
]

rows = []
for k, n, level in CASES:
    ci = binomtest(k, n).proportion_ci(confidence_level=level, method="wilson")
    rows.append({"successes": k, "trials": n, "level": level, "lower": ci.low, "upper": ci.high})
json.dump({"scipy": scipy.__version__, "cases": rows}, sys.stdout, indent=2)
sys.stdout.write("\n")
