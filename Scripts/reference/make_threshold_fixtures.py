#!/usr/bin/env python3
"""Write Tests/LossbookStatsTests/Fixtures/RupturesFixtures.swift: change points by ruptures,
sup-F by brute force and Spearman by SciPy, for the threshold methods of STATS.md section 4.

Usage: make_threshold_fixtures.py [OUTPUT]   (needs numpy, scipy, ruptures: pip install ruptures)

Every data set is generated here from a fixed numpy seed and rounded (x to 4 decimals, y to
5); the rounded values are what the references see and what the Swift tests read. Scores are
sorted by x with a stable sort, as lossbook does, before change-point detection. References:

- PELT: ruptures.Pelt(model="l2", min_size=m, jump=1).fit(y).predict(pen=penalty), with the
  penalty of STATS.md (2 sigma^2 ln n, sigma^2 = MAD(diff y)^2 / (2 * 0.6745^2), MAD about the
  median of the differences) or, when that is 0, the mean-squared-difference rule
  (2 * sum(diff^2) / (2 (n - 1)) * ln n); the penalty value is frozen too.
- Binary segmentation: ruptures.Binseg(model="l2", min_size=m, jump=1).predict(n_bkps=k).
- sup-F: brute force with numpy lstsq on the design (1, x, max(eta - x, 0)); the grid form
  (100 thresholds evenly spaced from the 10th to the 90th percentile, type 7) exactly, and the
  "every gap" form approximated from below by 200 thresholds per trimmed gap plus its ends.
  Candidates leave MIN_SIDE points strictly below and at-or-above.
- Spearman: scipy.stats.spearmanr (average ranks for ties).
"""
import os
import sys

import numpy as np
import ruptures
import scipy
from scipy.stats import spearmanr

MIN_SIDE = 5


def datasets():
    """(name, x, y) triples, all deterministic."""
    rng = np.random.default_rng(20240607)
    out = []

    def add(name, x, y):
        out.append((name, np.round(x, 4), np.round(y, 5)))

    x = rng.uniform(1.95, 2.76, 240)
    add("hingeAtChance", x, 0.25 + 0.9 * np.maximum(2.2 - x, 0) + rng.normal(0, 0.014, 240))
    x = rng.uniform(1.95, 2.76, 240)
    add("line", x, 0.9 - 0.6 * (x - 1.9) + rng.normal(0, 0.015, 240))
    x = rng.uniform(1.95, 2.76, 240)
    add("logistic", x, 0.25 + 0.7 / (1 + np.exp((x - 2.4) / 0.25)) + rng.normal(0, 0.014, 240))
    x = rng.uniform(1.95, 2.76, 120)
    add("noisyHinge", x, 0.25 + 0.3 * np.maximum(2.3 - x, 0) + rng.normal(0, 0.05, 120))
    x = rng.uniform(2.0, 3.0, 24)
    add("small", x, 0.25 + 0.8 * np.maximum(2.5 - x, 0) + rng.normal(0, 0.03, 24))
    x = np.repeat(np.round(rng.uniform(1.9, 2.8, 60), 2), 4)
    p = np.clip(0.25 + 0.9 * np.maximum(2.25 - x, 0), 0, 1)
    add("tiedBinomial", x, rng.binomial(1000, p) / 1000)
    x = rng.uniform(1.95, 2.76, 240)
    p = np.clip(1.2 * np.maximum(2.15 - x, 0), 0, 1)
    add("stuckAtZero", x, rng.binomial(1319, p) / 1319)
    x = np.sort(rng.uniform(0, 10, 300))
    steps = np.select([x < 2.5, x < 6, x < 8.2], [0.1, 0.6, 0.3], 0.9)
    add("steps", x, steps + rng.normal(0, 0.08, 300))
    return out


def sorted_by_x(x, y):
    order = np.argsort(x, kind="stable")
    return x[order], y[order]


def penalty_of(y):
    d = np.diff(y)
    mad = np.median(np.abs(d - np.median(d)))
    n = len(y)
    if mad > 0:
        return "mad", 2 * mad * mad / (2 * 0.6745 ** 2) * np.log(n)
    return "meanSquared", 2 * np.sum(d * d) / (2 * (n - 1)) * np.log(n)


def broken_line_f(x, y, etas):
    n = len(x)
    X0 = np.column_stack([np.ones(n), x])
    r0 = y - X0 @ np.linalg.lstsq(X0, y, rcond=None)[0]
    rss0 = float(r0 @ r0)
    best = (-np.inf, None)
    for eta in etas:
        below = int(np.sum(x < eta))
        if below < MIN_SIDE or n - below < MIN_SIDE:
            continue
        X1 = np.column_stack([np.ones(n), x, np.maximum(eta - x, 0)])
        r1 = y - X1 @ np.linalg.lstsq(X1, y, rcond=None)[0]
        rss1 = float(r1 @ r1)
        f = (rss0 - rss1) / (rss1 / (n - 3))
        if f > best[0]:
            best = (f, float(eta))
    return best


def quantile7(xs, q):
    return float(np.quantile(xs, q, method="linear"))


def supf_grid(x, y):
    etas = np.linspace(quantile7(x, 0.1), quantile7(x, 0.9), 100)
    return broken_line_f(x, y, etas)


def supf_gaps(x, y):
    lo, hi = quantile7(x, 0.1), quantile7(x, 0.9)
    xs = np.unique(x)
    etas = []
    for a, b in zip(xs[:-1], xs[1:]):
        a, b = max(a, lo), min(b, hi)
        if a <= b:
            etas.extend(np.linspace(a, b, 202))
    return broken_line_f(x, y, np.array(etas))


def swift_list(values, per_line=8, indent="      "):
    items = [repr(v) for v in values]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[\n" + "".join(f"{indent}{line},\n" for line in lines) + indent[:-2] + "]"


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "Tests", "LossbookStatsTests", "Fixtures",
        "RupturesFixtures.swift")
    blocks = []
    names = []
    for name, x, y in datasets():
        xs, ys = sorted_by_x(x, y)
        rule, pen = penalty_of(ys)
        pelt = {m: ruptures.Pelt(model="l2", min_size=m, jump=1).fit(ys).predict(pen=pen)
                for m in (2, 3, 5)}
        binseg = {k: ruptures.Binseg(model="l2", min_size=3, jump=1).fit(ys).predict(n_bkps=k)
                  for k in (1, 2, 3)}
        grid_f, grid_at = supf_grid(x, y)
        gaps_f, gaps_at = supf_gaps(x, y)
        rho = float(spearmanr(y, x).statistic)
        names.append(name)
        pelt_lines = ", ".join(f"{m}: {v}" for m, v in pelt.items())
        binseg_lines = ", ".join(f"{k}: {v}" for k, v in binseg.items())
        blocks.append("\n".join([
            f"  static let {name} = ChangePointFixture(",
            f"    name: \"{name}\",",
            f"    x: {swift_list([float(v) for v in x])},",
            f"    y: {swift_list([float(v) for v in y])},",
            f"    penaltyRule: \"{rule}\", penalty: {repr(float(pen))},",
            f"    pelt: [{pelt_lines}],",
            f"    binseg: [{binseg_lines}],",
            f"    supFGrid: {repr(grid_f)}, supFGridAt: {repr(grid_at)},",
            f"    supFGapsDense: {repr(gaps_f)}, supFGapsDenseAt: {repr(gaps_at)},",
            f"    spearman: {repr(rho)}",
            "  )",
        ]))
    header = (f"// Generated by Scripts/reference/make_threshold_fixtures.py with NumPy {np.__version__}, "
              f"SciPy {scipy.__version__} and ruptures {ruptures.__version__}. Do not edit.\n\n")
    body = "extension ChangePointFixture {\n" + "\n\n".join(blocks) + "\n\n"
    body += f"  static let all: [ChangePointFixture] = [{', '.join('.' + n for n in names)}]\n}}\n"
    with open(output, "w") as f:
        f.write(header + body)
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
