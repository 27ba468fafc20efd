"""nofw benchmark statistics: medians, ratios, intervals and the line fit.

bench/report.py and bench/targets.py call these on the measured runs once
the bench is over; pure functions of their arguments.
"""

import random
import statistics


def stats(values):
    """(median, min, max), or None for no values."""
    if not values:
        return None
    return (statistics.median(values), min(values), max(values))


def med(res, key, field="times"):
    """Median of res[key][field] (timed_rounds results), or None."""
    s = stats(res.get(key, {}).get(field, []))
    return s[0] if s else None


def ratio(a, b):
    return a / b if a and b else None


def median_diff_ci(a, b, rounds=2000):
    """95 % bootstrap interval of median(a) - median(b) (fixed seed: the
    same data give the same interval)."""
    rng = random.Random(1)
    d = sorted(statistics.median(rng.choices(a, k=len(a))) -
               statistics.median(rng.choices(b, k=len(b)))
               for _ in range(rounds))
    return d[int(0.025 * rounds)], d[int(0.975 * rounds) - 1]


def linear_fit(points):
    """Least squares y = a + b x; returns (a, b, r2) or None."""
    if len(points) < 2 or len({x for x, _ in points}) < 2:
        return None
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    b = sxy / sxx
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for _, y in points)
    ss_res = sum((y - a - b * x) ** 2 for x, y in points)
    r2 = 1 - ss_res / ss_tot if ss_tot else 1.0
    return a, b, r2


def max_deviation(fit, points):
    """(|worst relative residual|, its variant, signed residual)."""
    if not fit:
        return None
    worst = None
    for x, y, name in points:
        pred = fit[0] + fit[1] * x
        if pred <= 0:
            return (float("inf"), name, float("inf"))
        d = y / pred - 1
        if worst is None or abs(d) > worst[0]:
            worst = (abs(d), name, d)
    return worst


def executor_points(executor):
    """(KiB of ACPI tables, median µs, variant) per measured executor
    variant: plain runs and pre-faulted runs, for the line fits."""
    pts, pts_pre = [], []
    for row in executor:
        if row["na"]:
            continue
        s = stats([v / 1e3 for v in row["ns"]])
        sp = stats([v / 1e3 for v in row["pre_ns"]])
        pts.append((row["table_bytes"] / 1024, s[0], row["variant"]))
        if sp:
            pts_pre.append((row["table_bytes"] / 1024, sp[0], row["variant"]))
    return pts, pts_pre


def executor_fits(executor):
    """((fit, points), (fit, points)) for plain and pre-faulted runs."""
    pts, pts_pre = executor_points(executor)
    return ((linear_fit([(x, y) for x, y, _ in pts]), pts),
            (linear_fit([(x, y) for x, y, _ in pts_pre]), pts_pre))
