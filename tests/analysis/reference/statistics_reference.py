"""Reference values for tests/analysis/statistics/*.test.ts and the crosstab tests.

Run with `python3 tests/analysis/reference/statistics_reference.py` (SciPy 1.17.1,
NumPy 2.4.6); every number pasted into a test comes from one of the sections below.
"""
import numpy as np
import scipy
from scipy.stats import chi2, chi2_contingency, false_discovery_control, fisher_exact, norm
from scipy.stats.contingency import association, expected_freq

print("SciPy", scipy.__version__, "NumPy", np.__version__)

def show(name, rows):
    print(f"\n# {name}")
    for row in rows:
        print("  [" + ", ".join(repr(float(v)) if isinstance(v, (float, np.floating)) else repr(v) for v in row) + "],")

# Distributions
show("chi2.sf(x, df)", [[x, df, chi2.sf(x, df)] for x, df in
     [[1e-10, 1], [0.001, 1], [1, 1], [3.841458820694124, 1], [10, 1], [50, 1], [5.991464547107979, 2],
      [200, 2], [10, 3], [30, 4], [12.5, 7], [150, 168], [500, 168], [1000, 100]]])
show("norm.sf(z)", [[z, norm.sf(z)] for z in [-8, -3, -1.96, -0.5, 0, 0.5, 1, 1.959963984540054, 3, 5, 8, 10, 20, 37.5]])
show("norm.ppf(p)", [[p, norm.ppf(p)] for p in
     [1e-300, 1e-10, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5, 0.6, 0.9, 0.975, 0.995, 0.9999999]])

# Wilson score interval, textbook formula (Newcombe 1998a, method 3)
def wilson(x, n, conf=0.95):
    z = norm.ppf(1 - (1 - conf) / 2)
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return p, max(0.0, centre - half), min(1.0, centre + half)
show("wilson(x, n, conf): estimate, low, high", [[x, n, c, *wilson(x, n, c)] for x, n, c in
     [[0, 1, 0.95], [1, 1, 0.95], [0, 10, 0.95], [1, 10, 0.95], [5, 10, 0.95], [10, 10, 0.95], [81, 263, 0.95],
      [15, 148, 0.95], [0, 20, 0.95], [1, 29, 0.95], [3, 7, 0.95], [5, 10, 0.9], [5, 10, 0.99], [500, 100000, 0.95]]])

# Newcombe's hybrid score interval (method 10): difference b - a
def newcombe(xa, na, xb, nb, conf=0.95):
    pa, la, ua = wilson(xa, na, conf)
    pb, lb, ub = wilson(xb, nb, conf)
    d = pb - pa
    return d, d - np.hypot(pb - lb, ua - pa), d + np.hypot(ub - pb, pa - la)
show("newcombe(a = xa/na, b = xb/nb): estimate, low, high", [[xa, na, xb, nb, *newcombe(xa, na, xb, nb)] for xa, na, xb, nb in
     [[48, 80, 56, 70], [3, 10, 9, 10], [2, 7, 6, 7], [0, 29, 5, 56], [0, 20, 0, 10], [0, 10, 0, 10],
      [0, 20, 10, 10], [0, 10, 10, 10], [120, 400, 90, 250]]])

# Two-proportion tests
show("pooled z-test p = chi2_contingency([[xa, na-xa], [xb, nb-xb]], correction=False).pvalue", [
    [xa, na, xb, nb, chi2_contingency([[xa, na - xa], [xb, nb - xb]], correction=False).pvalue]
    for xa, na, xb, nb in [[48, 80, 56, 70], [120, 400, 90, 250], [30, 100, 30, 100], [300, 1000, 340, 1000]]])
show("fisher_exact([[a, b], [c, d]]).pvalue", [[*t, fisher_exact([t[:2], t[2:]]).pvalue] for t in
     [[1, 9, 11, 3], [0, 5, 5, 0], [3, 1, 1, 3], [2, 7, 8, 2], [0, 10, 0, 20], [7, 12, 0, 5], [20, 480, 5, 495],
      [3, 7, 9, 1], [0, 29, 5, 51]]])

# p-value adjustment
ps = np.array([0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.04])
print("\n# false_discovery_control(ps, method='bh')", false_discovery_control(ps, method="bh").tolist())
order = np.argsort(ps, kind="stable")
holm = np.empty_like(ps)
holm[order] = np.minimum(1, np.maximum.accumulate((len(ps) - np.arange(len(ps))) * ps[order]))
print("# Holm (step-down, textbook)", holm.tolist())

# Chi-square test of independence, on tables without all-zero rows or columns
def chi_square(table):
    t = np.array(table, dtype=float)
    t = t[t.sum(axis=1) > 0][:, t.sum(axis=0) > 0]
    res = chi2_contingency(t, correction=False)
    n = t.sum()
    e = expected_freq(t)
    r = t.sum(axis=1, keepdims=True) / n
    c = t.sum(axis=0, keepdims=True) / n
    residuals = (t - e) / np.sqrt(e * (1 - r) * (1 - c))
    print(f"\n# chi2_contingency({table}, correction=False) after dropping all-zero lines")
    print("  statistic", repr(res.statistic), "dof", res.dof, "pvalue", repr(res.pvalue))
    print("  association(method='cramer')", repr(association(t.astype(int), method="cramer")))
    print("  expected", e.tolist())
    print("  adjusted residuals", residuals.tolist())

for table in [
    [[10, 20], [30, 40]],
    [[12, 5, 7], [3, 9, 11], [8, 8, 2]],
    [[10, 0, 5], [0, 0, 0], [3, 7, 9]],
    [[2, 1, 0, 1], [1, 3, 2, 0], [0, 1, 4, 6]],
    [[520, 130, 75, 40], [210, 260, 95, 60], [90, 85, 310, 120], [30, 22, 41, 300], [5, 3, 2, 1]],
]:
    chi_square(table)

# Trend shares over tests/analysis/sample-incidents.ts: Wilson intervals at 0.95
show("wilson(x, n) for the sample trend", [[x, n, *wilson(x, n)] for x, n in [[1, 2], [0, 2], [2, 2]]])

# Cohort comparison fixture (tests/analysis/cohort-comparison.test.ts): A = 80 incidents, B = 70
cohort = {
    "phase design": (48, 80, 56, 70),
    "phase operation": (32, 80, 14, 70),
    "boundary within_system": (79, 80, 66, 70),
    "boundary outside_system": (1, 80, 8, 70),
}
print("\n# cohort fixture: newcombe(a, b) and the test used by twoProportionTest")
p_values = []
for name, (xa, na, xb, nb) in cohort.items():
    table = [[xa, na - xa], [xb, nb - xb]]
    pooled = (xa + xb) / (na + nb)
    small = min(na, nb) * min(pooled, 1 - pooled) < 5
    p = fisher_exact(table).pvalue if small else chi2_contingency(table, correction=False).pvalue
    p_values.append(p)
    print(f"  {name}: {'fisher_exact' if small else 'chi2_contingency(correction=False)'}({table}) p={p!r}",
          "newcombe", [float(v) for v in newcombe(xa, na, xb, nb)])
p_values = np.array(p_values)
print("  false_discovery_control(p, method='bh')", false_discovery_control(p_values, method="bh").tolist())
order = np.argsort(p_values, kind="stable")
holm = np.empty_like(p_values)
holm[order] = np.minimum(1, np.maximum.accumulate((len(p_values) - np.arange(len(p_values))) * p_values[order]))
print("  Holm", holm.tolist())

# Permutation test for multi-valued facets: each incident holds a set of row options and
# a set of column options; a cell counts incidents having both. Column sets are shuffled
# whole between incidents (NumPy's generator, seeded), X² recomputed against expected
# counts from distinct-incident margins. Written out as permutation_reference.json for
# tests/analysis/statistics/set-permutation-test.test.ts.
import json
from pathlib import Path

def pair_table(row_sets, col_sets, rows, cols):
    table = np.zeros((rows, cols))
    for rs, cs in zip(row_sets, col_sets):
        for r in rs:
            for c in cs:
                table[r, c] += 1
    return table

def set_chi_square(table, row_totals, col_totals, n):
    keep_r, keep_c = row_totals > 0, col_totals > 0
    e = np.outer(row_totals, col_totals) / n
    d = (table - e)[keep_r][:, keep_c]
    return float((d * d / e[keep_r][:, keep_c]).sum()), e

def permutation_reference(name, row_sets, col_sets, rows, cols, shuffles=20000, seed=7):
    n = len(row_sets)
    row_totals = np.array([sum(r in s for s in row_sets) for r in range(rows)], dtype=float)
    col_totals = np.array([sum(c in s for s in col_sets) for c in range(cols)], dtype=float)
    observed = pair_table(row_sets, col_sets, rows, cols)
    statistic, e = set_chi_square(observed, row_totals, col_totals, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        residuals = (observed - e) / np.sqrt(e * (1 - row_totals[:, None] / n) * (1 - col_totals[None, :] / n))
    rng = np.random.default_rng(seed)
    exceeding = 0
    for _ in range(shuffles):
        order = rng.permutation(n)
        shuffled = [col_sets[i] for i in order]
        value, _ = set_chi_square(pair_table(row_sets, shuffled, rows, cols), row_totals, col_totals, n)
        exceeding += value >= statistic - 1e-9 * max(1, statistic)
    p = (exceeding + 1) / (shuffles + 1)
    single = all(len(s) == 1 for s in row_sets) and all(len(s) == 1 for s in col_sets)
    case = {
        "name": name, "rows": rows, "cols": cols,
        "rowSets": [list(map(int, s)) for s in row_sets], "colSets": [list(map(int, s)) for s in col_sets],
        "statistic": statistic, "expected": e.tolist(),
        "adjustedResiduals": [[None if not np.isfinite(v) else float(v) for v in row] for row in residuals],
        "pValue": p, "standardError": float(np.sqrt(p * (1 - p) / shuffles)), "shuffles": shuffles,
    }
    if single:
        t = observed[row_totals > 0][:, col_totals > 0]
        case["chiSquarePValue"] = float(chi2_contingency(t, correction=False).pvalue)
    print(f"\n# permutation {name}: X2 {statistic!r}, p {p!r} ± {case['standardError']!r} ({shuffles} shuffles)")
    return case

def random_sets(rng, n, lines, multi):
    sets = []
    for _ in range(n):
        size = rng.choice([1, 2, 3], p=[0.55, 0.3, 0.15]) if multi else 1
        sets.append(sorted(rng.choice(lines, size=size, replace=False).tolist()))
    return sets

generator = np.random.default_rng(2026)
# Planted association: incidents whose row set holds option 0 tend to hold column option 0.
planted_rows = random_sets(generator, 60, 4, True)
planted_cols = [sorted((set(cs) - {0}) | ({0} if generator.random() < (0.8 if 0 in rs else 0.25) else set()) or {1})
                for rs, cs in zip(planted_rows, random_sets(generator, 60, 3, True))]
null_rows = random_sets(generator, 80, 3, True)
null_cols = random_sets(generator, 80, 4, True)
sparse_rows = random_sets(generator, 24, 3, False)
sparse_cols = [[int(generator.integers(0, 3)) if r[0] != 0 else int(generator.choice([0, 0, 1]))] for r in sparse_rows]
cases = [
    permutation_reference("planted multi-valued", planted_rows, planted_cols, 4, 3),
    permutation_reference("null multi-valued", null_rows, null_cols, 3, 4),
    permutation_reference("single-valued sparse", sparse_rows, sparse_cols, 3, 3),
    permutation_reference("one column set of two", [[0], [0], [1], [1], [1], [0]], [[0, 1], [0], [1], [1], [0, 1], [0]], 2, 2),
]
Path(__file__).with_name("permutation_reference.json").write_text(json.dumps(cases, indent=1) + "\n")
