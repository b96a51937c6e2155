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
