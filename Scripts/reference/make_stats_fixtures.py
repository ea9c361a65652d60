#!/usr/bin/env python3
"""Write Tests/LossbookStatsTests/Fixtures/ScipyFixtures.swift: reference fits by SciPy.

Usage: make_stats_fixtures.py [OUTPUT]      (needs numpy and scipy: pip install numpy scipy)

Every data set is generated here from a fixed numpy seed and rounded (x to 4 decimals, y to
5, weights to 4); the rounded values are what gets fitted and what the Swift tests read, so
both sides see identical numbers. The output is frozen in the repository: the Swift tests
never need Python. References:

- linear (weighted): scipy.optimize.curve_fit, method "lm", sigma = 1/sqrt(w).
- logistic: scipy.optimize.curve_fit, method "lm" (MINPACK), analytic Jacobian, tolerances
  1e-15, started at the generating truth; reported with width > 0.
- hinge: an exhaustive global search written here, independent of the Swift closed form:
  for every gap between consecutive distinct sorted x leaving >= MIN_SIDE points on each
  side, a dense grid of 64 thresholds plus the gap's ends, OLS (numpy lstsq) for (r, k),
  then scipy.optimize.minimize_scalar (bounded, xatol 1e-13) inside the best 5 gaps; then
  curve_fit (method "lm", analytic Jacobian) from that optimum for the estimates and pcov.

Standard errors are sqrt(diag(pcov)) with absolute_sigma=False, i.e. RSS/(n-p) (J'WJ)^-1.
"""
import os
import sys

import numpy as np
import scipy
from scipy.optimize import curve_fit, least_squares, minimize_scalar

MIN_SIDE = 5
TIGHT = dict(xtol=1e-15, ftol=1e-15, gtol=1e-15, maxfev=100000)


def logistic(x, lo, hi, mid, width):
    return lo + (hi - lo) / (1 + np.exp((x - mid) / width))


def logistic_jac(x, lo, hi, mid, width):
    u = (x - mid) / width
    s = 1 / (1 + np.exp(u))
    d = (hi - lo) * s * (1 - s) / width
    return np.column_stack([1 - s, s, d, d * u])


def hinge(x, r, k, eta):
    return r + k * np.maximum(eta - x, 0)


def hinge_jac(x, r, k, eta):
    return np.column_stack([np.ones_like(x), np.maximum(eta - x, 0), np.where(x < eta, k, 0.0)])


def linear(x, b0, b1):
    return b0 + b1 * x


def linear_jac(x, b0, b1):
    return np.column_stack([np.ones_like(x), x])


def sigma_of(w):
    return None if w is None else 1 / np.sqrt(w)


def rss_of(f, x, y, w, p):
    r = y - f(x, *p)
    return float(np.sum((1 if w is None else w) * r * r))


def reference_fit(f, jac, x, y, w, p0):
    p, pcov = curve_fit(f, x, y, p0=p0, sigma=sigma_of(w), absolute_sigma=False,
                        jac=lambda xx, *q: jac(xx, *q), method="lm", **TIGHT)
    return p, np.sqrt(np.diag(pcov)), rss_of(f, x, y, w, p)


def hinge_ols(x, y, w, eta):
    sw = np.ones_like(y) if w is None else np.sqrt(w)
    X = np.column_stack([np.ones_like(x), np.maximum(eta - x, 0)])
    b = np.linalg.lstsq(X * sw[:, None], y * sw, rcond=None)[0]
    return float(np.sum((sw * (y - X @ b)) ** 2)), b


def hinge_global(x, y, w):
    xs = np.sort(x)
    n = len(xs)
    gaps = []
    for i in range(n - 1):
        left = i + 1
        if xs[i] < xs[i + 1] and left >= MIN_SIDE and n - left >= MIN_SIDE:
            gaps.append((xs[i], xs[i + 1]))
    scored = []
    for lo, hi in gaps:
        grid = np.linspace(lo, hi, 66)
        scored.append((min(hinge_ols(x, y, w, e)[0] for e in grid), lo, hi))
    scored.sort()
    best = None
    for _, lo, hi in scored[:5]:
        res = minimize_scalar(lambda e: hinge_ols(x, y, w, e)[0], bounds=(lo, hi), method="bounded",
                              options=dict(xatol=1e-13))
        for eta in (res.x, lo, hi):
            value = hinge_ols(x, y, w, eta)[0]
            if best is None or value < best[0]:
                best = (value, eta)
    rss, eta = best
    _, (r, k) = hinge_ols(x, y, w, eta)
    return np.array([r, k, eta]), rss


def data_sets():
    sets = []
    rng = np.random.default_rng(20240611)
    x = np.round(np.sort(rng.uniform(1.9, 3.2, 60)), 4)
    y = np.round(logistic(x, 0.25, 0.82, 2.45, 0.09) + rng.normal(0, 0.025, 60), 5)
    sets.append(("logisticFalling", "logistic", x, y, None, [0.25, 0.82, 2.45, 0.09]))

    rng = np.random.default_rng(7321)
    x = np.round(np.sort(rng.uniform(0, 10, 45)), 4)
    w = np.round(1 / (0.01 + 0.02 * x), 4)
    y = np.round(logistic(x, 0.9, 0.1, 4.3, 0.8) + rng.normal(0, 1, 45) * 0.02 / np.sqrt(w), 5)
    sets.append(("logisticRisingWeighted", "logistic", x, y, w, [0.9, 0.1, 4.3, 0.8]))

    rng = np.random.default_rng(4242)
    x = np.round(np.sort(rng.uniform(1.9, 3.2, 80)), 4)
    y = np.round(hinge(x, 0.25, 0.9, 2.2) + rng.normal(0, 0.02, 80), 5)
    sets.append(("hingeBasic", "hinge", x, y, None, None))

    rng = np.random.default_rng(909)
    x = np.round(rng.uniform(0, 5, 50), 4)  # unsorted on purpose
    w = np.round(rng.uniform(0.5, 2, 50), 4)
    y = np.round(hinge(x, 1.3, -0.6, 3.1) + rng.normal(0, 1, 50) * 0.1 / np.sqrt(w), 5)
    sets.append(("hingeWeighted", "hinge", x, y, w, None))

    # A plateau with a step near x = 2.75 besides the real threshold near 2.1: the hinge
    # profile has a local minimum near 2.89 that traps a local solver started at median x.
    rng = np.random.default_rng(102)
    x = np.round(np.sort(rng.uniform(1.9, 3.2, 60)), 4)
    y = np.round(0.25 + 1.2 * np.maximum(2.1 - x, 0) + 0.05 * (x < 2.75) + rng.normal(0, 0.01, 60), 5)
    sets.append(("hingeTrap", "hinge", x, y, None, None))

    rng = np.random.default_rng(5150)
    x = np.round(rng.uniform(-3, 7, 30), 4)
    w = np.round(rng.uniform(0.2, 3, 30), 4)
    y = np.round(1.7 - 0.35 * x + rng.normal(0, 1, 30) * 0.3 / np.sqrt(w), 5)
    sets.append(("linearWeighted", "linear", x, y, w, [1.7, -0.35]))
    return sets


def swift_list(values, per_line=8, indent="      "):
    items = [repr(float(v)) for v in values]
    rows = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[\n" + ",\n".join(indent + row for row in rows) + ",\n    ]"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", ".."))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, "Tests", "LossbookStatsTests", "Fixtures", "ScipyFixtures.swift")
    out = [
        "// Generated by Scripts/reference/make_stats_fixtures.py with "
        f"NumPy {np.__version__} and SciPy {scipy.__version__}. Do not edit.",
        "",
        "extension ReferenceFixture {",
    ]
    extras = []
    for name, model, x, y, w, p0 in data_sets():
        if model == "logistic":
            p, se, rss = reference_fit(logistic, logistic_jac, x, y, w, p0)
            if p[3] < 0:
                p = np.array([p[1], p[0], p[2], -p[3]])
                se = np.array([se[1], se[0], se[2], se[3]])
        elif model == "linear":
            p, se, rss = reference_fit(linear, linear_jac, x, y, w, p0)
        else:
            start, profile_rss = hinge_global(x, y, w)
            p, se, rss = reference_fit(hinge, hinge_jac, x, y, w, start)
            assert rss <= profile_rss * (1 + 1e-9), (name, rss, profile_rss)
            assert abs(p[2] - start[2]) < 1e-6, (name, p, start)
        out += [
            f"  static let {name} = ReferenceFixture(",
            f'    name: "{name}", model: "{model}",',
            f"    x: {swift_list(x)},",
            f"    y: {swift_list(y)},",
            f"    weights: {'nil' if w is None else swift_list(w)},",
            f"    estimates: [{', '.join(repr(float(v)) for v in p)}],",
            f"    standardErrors: [{', '.join(repr(float(v)) for v in se)}],",
            f"    rss: {repr(rss)}",
            "  )",
            "",
        ]
        if name == "hingeTrap":
            naive = [float(np.mean(y)), 0.3, float(np.median(x))]
            local = least_squares(lambda q: hinge(x, *q) - y, naive, jac=lambda q: hinge_jac(x, *q),
                                  method="lm", xtol=1e-15, ftol=1e-15, gtol=1e-15)
            local_rss = float(np.sum(local.fun ** 2))
            assert local_rss > rss * 1.2, (local_rss, rss)
            extras += [
                "  /// The naive start (mean y, k 0.3, median x) from which MINPACK's LM stops in a",
                f"  /// local optimum (eta {local.x[2]:.6f}, RSS {local_rss:.6g}) worse than the global one.",
                f"  static let hingeTrapNaiveStart: [Double] = [{', '.join(repr(v) for v in naive)}]",
                f"  static let hingeTrapLocalRSS = {repr(local_rss)}",
                "",
            ]
    out += extras
    out[-1] = "}"
    with open(output, "w") as handle:
        handle.write("\n".join(out) + "\n")
    print("wrote", output)


if __name__ == "__main__":
    main()
