#!/usr/bin/env python3
"""PELT breakpoints of the W1 tasks by the ruptures library (Pelt, l2, jump 1, min_size 2,
W1's penalty 2 sigma^2 log n with sigma^2 = sum(diff(y)^2) / (2 (n - 1))), on scores sorted
by loss (stable). Adds a column `pelt` (breakpoints separated by spaces) to the R output.

Usage: python3 Scripts/reference/make_w1_pelt.py <family.csv> <r-output.csv>   (rewrites the latter)
Needs: pip install ruptures numpy
"""
import csv, sys
import numpy as np
import ruptures as rpt

family, out = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(family)))
loss = np.array([float(r["loss"]) for r in rows])
order = np.argsort(loss, kind="stable")
table = list(csv.DictReader(open(out)))
for t in table:
    y = np.array([float(r[t["task"]]) for r in rows])[order]
    n = len(y)
    s2 = np.sum(np.diff(y) ** 2) / (2 * (n - 1))
    pen = 2 * s2 * np.log(n)
    t["pelt"] = " ".join(map(str, rpt.Pelt(model="l2", min_size=2, jump=1).fit(y).predict(pen=pen)))
    t["pelt_penalty"] = repr(float(pen))
with open(out, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(table[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(table)
