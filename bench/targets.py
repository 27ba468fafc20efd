"""nofw benchmark targets: the pass/fail thresholds as data, and their checks.

bench/report.py calls evaluate() once every section has run, and prints its
rows as the Targets table and the PASS/MISS lines. A target is a row of
TARGETS: its name (a template: {limit:g}, {pct:g} = 100 × limit), the check
that computes it and that check's parameters. Verdicts use wall-time
medians; where a check also gives CPU-time figures, the same comparison on
CPU-time medians stands beside it. A MISS is reported, not an error.
"""

from stats import executor_fits, max_deviation, med, median_diff_ci, stats

TARGETS = [
    # time to kernel entry (pvh-exit.elf, TCG): ratios of medians
    {"name": "nofw entry ≤ {limit:g} × floor (TCG)",
     "check": "ratio", "results": "entry_tcg", "num": "nofw",
     "den": "floor", "cmp": "le", "limit": 1.05},
    {"name": "nofw entry ≥ {limit:g}× faster than SeaBIOS + pvh.bin",
     "check": "ratio", "results": "entry_tcg", "num": "seabios",
     "den": "nofw", "cmp": "ge", "limit": 3},
    {"name": "nofw entry ≥ {limit:g}× faster than qboot + pvh.bin",
     "check": "ratio", "results": "entry_tcg", "num": "qboot",
     "den": "nofw", "cmp": "ge", "limit": 1.2},
    # bzImage rounds, to ACPI power-off
    {"name": "power-off: vmlinuz via nofw within {limit:g}× of vmlinux via "
             "nofw (TCG)",
     "check": "ratio", "results": "bzimage", "num": "vmlinuz-nofw",
     "den": "vmlinux-nofw", "cmp": "le", "limit": 1.3, "unit": "s"},
    {"name": "power-off: vmlinuz via nofw ≥ {limit:g}× faster than vmlinuz "
             "via SeaBIOS (TCG)",
     "check": "ratio", "results": "bzimage", "num": "vmlinuz-seabios",
     "den": "vmlinuz-nofw", "cmp": "ge", "limit": 2, "unit": "s"},
    # Firmware costs tens of ms of a run of ~4 s whose run-to-run spread
    # is ~0.5 s (TCG guest speed): say whether the order is resolved.
    {"name": "power-off: nofw < qboot < SeaBIOS",
     "check": "order", "results": "poweroff",
     "keys": ("nofw", "qboot", "seabios")},
    # table-loader executor (trace event nofw_loader_done)
    {"name": "executor ≤ {limit:g} µs (default q35)",
     "check": "executor_us", "variant": "q35 default", "limit": 100},
    # "Roughly linear": every variant within +-50 % of the straight line
    # (R² alone says little when the sizes barely differ).
    {"name": "executor roughly linear in table bytes (all variants within "
             "±{pct:g} % of the line fit)",
     "check": "linear", "limit": 0.5},
    # ACPI regression matrix
    {"name": "ACPI matrix: ≤ {limit:g} s per configuration (median)",
     "check": "matrix_per_config", "limit": 1},
    {"name": "ACPI matrix: whole q35 set ≤ {limit:g} s",
     "check": "matrix_total", "limit": 60},
    {"name": "ACPI matrix: ≥ {limit:g}× faster per configuration than "
             "bios-tables-test",
     "check": "matrix_speedup", "limit": 20},
]


# Each check: (target, results) -> (ok, figure, ok_cpu, figure_cpu); ok
# None when a row is missing, figure_cpu "" when there is no CPU figure.
# results: {"entry_tcg", "poweroff", "bzimage": timed_rounds results;
# "executor": executor_runs rows; "matrix": acpi_matrix}.

def _ratio(t, results):
    """num / den of two paths' medians against limit (cmp: le or ge)."""
    res = results[t["results"]]
    oks, figs = [], []
    for field in ("times", "cpu"):
        a, b = med(res, t["num"], field), med(res, t["den"], field)
        if a and b:
            oks.append(a / b <= t["limit"] if t["cmp"] == "le" else
                       a / b >= t["limit"])
            if t.get("unit") == "s":
                figs.append("%.3f / %.3f s = %.2f×" % (a, b, a / b))
            else:
                figs.append("%.1f / %.1f ms = %.2f×" % (
                    a * 1e3, b * 1e3, a / b))
        else:
            oks.append(None)
            figs.append("missing row")
    return oks[0], figs[0], oks[1], figs[1]


def _order(t, results):
    """The paths' medians in increasing order, with 95 % bootstrap
    intervals of each neighbouring difference."""
    res = results[t["results"]]
    keys = t["keys"]
    oks, figs = [], []
    for field in ("times", "cpu"):
        m = [med(res, k, field) for k in keys]
        if not all(m):
            oks.append(None)
            figs.append("missing row")
            continue
        oks.append(all(x < y for x, y in zip(m, m[1:])))
        fig = " / ".join("%.3f s" % x for x in m)
        noise = []
        for x, y in zip(keys, keys[1:]):
            lo, hi = median_diff_ci(res[x][field], res[y][field])
            fig += "; %s − %s 95 %% CI [%+.3f, %+.3f] s" % (x, y, lo, hi)
            if lo <= 0 <= hi:
                noise.append("%s/%s" % (x, y))
        if noise:
            fig += " (not resolved: %s within noise)" % ", ".join(noise)
        figs.append(fig)
    return oks[0], figs[0], oks[1], figs[1]


def _executor_us(t, results):
    row = next((r for r in results["executor"]
                if r["variant"] == t["variant"]), None)
    if row is None or row["na"]:
        return None, "missing row", None, ""
    us = stats(row["ns"])[0] / 1e3
    if row["pre_ns"]:
        fig = "%.0f µs (pre-faulted %.0f µs)" % (
            us, stats(row["pre_ns"])[0] / 1e3)
    else:
        fig = "%.0f µs" % us
    return us <= t["limit"], fig, None, ""


def _linear(t, results):
    (fit, pts), (fit_pre, pts_pre) = executor_fits(results["executor"])
    dev, dev_pre = max_deviation(fit, pts), max_deviation(fit_pre, pts_pre)
    if not dev:
        return None, "not enough distinct sizes", None, ""
    return dev[0] <= t["limit"], "worst %s %+.0f%%, R² = %.2f; pre-faulted: " \
        "worst %s" % (dev[1], 100 * dev[2], fit[2],
                      "%s %+.0f%%" % (dev_pre[1], 100 * dev_pre[2])
                      if dev_pre else "n/a"), None, ""


def _matrix_per_config(t, results):
    ns = stats(results["matrix"]["nofw"])
    if not ns:
        return None, "missing row", None, ""
    return ns[0] <= t["limit"], "%.2f s" % ns[0], None, ""


def _matrix_total(t, results):
    total, n = results["matrix"]["total"]
    return total <= t["limit"], "%.1f s, %d configurations" % (total, n), \
        None, ""


def _matrix_speedup(t, results):
    ns = stats(results["matrix"]["nofw"])
    bs = stats(results["matrix"]["btt"])
    if not (bs and ns):
        return None, "bios-tables-test row skipped", None, ""
    return bs[0] / ns[0] >= t["limit"], "%.1f s / %.2f s = %.0f×" % (
        bs[0], ns[0], bs[0] / ns[0]), None, ""


CHECKS = {"ratio": _ratio, "order": _order, "executor_us": _executor_us,
          "linear": _linear, "matrix_per_config": _matrix_per_config,
          "matrix_total": _matrix_total, "matrix_speedup": _matrix_speedup}


def verdict(ok):
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def evaluate(results):
    """(name, verdict, figures, CPU verdict, CPU figures) per target."""
    rows = []
    for t in TARGETS:
        ok, fig, ok_cpu, fig_cpu = CHECKS[t["check"]](t, results)
        limit = t.get("limit", 0)
        rows.append((t["name"].format(limit=limit, pct=100 * limit),
                     verdict(ok), fig, verdict(ok_cpu) if fig_cpu else "",
                     fig_cpu))
    return rows
