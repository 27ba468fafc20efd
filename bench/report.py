"""nofw benchmark report: the tables, the CSV, the plot and the targets.

bench/run calls report() once every section has run, with the raw results
of bench/sections.py; it writes build/BASE/bench/results.md, results.csv
and boot-time.png and prints the same tables and one PASS/MISS line per
target (the thresholds are bench/targets.py's table). Statistics come from
bench/stats.py.
"""

import csv
import os

from settings import (BTT_CONFIGS, KERNEL_CMDLINE, QUICK, RSS_RUNS, RUNS,
                      SEABIOS, TOP, log)
from sections import bzimage_paths
from stats import executor_fits, med, ratio, stats
import targets


def _timed_paths(paths, res):
    """(path, its results, stats of its times or None when it has no
    timed run or QEMU refused it) for the paths in res, in table order."""
    for p in paths:
        if p.key in res:
            r = res[p.key]
            s = stats(r["times"])
            yield p, r, (s if s and not r["na"] else None)


def _untimed(r):
    """The median cell of a path without a timed run."""
    return r["na"] or "n/a (all runs failed: %s)" % (
        r["fails"][0] if r["fails"] else "?")


def entry_table(md, rows, paths, groups, section):
    """A time-to-entry table; ratios within each (accel, results) group."""
    md.append("| path | accel | runs ok | median ms | min ms | max ms | "
              "CPU ms | × floor | nofw faster by |")
    md.append("|---|---|---|---|---|---|---|---|---|")
    for accel, res in groups:
        f_med = med(res, "floor")
        n_med = med(res, "nofw")
        for p, r, s in _timed_paths(paths, res):
            if not s:
                md.append("| %s | %s | 0/%d | %s | | | | | |" % (
                    p.label, accel, RUNS, _untimed(r)))
                rows.append([section, p.key, accel.lower(), "", "wall_ms", 0,
                             RUNS, "", "", "", r["na"] or "failed"])
                continue
            xf = ratio(s[0], f_med)
            xn = ratio(s[0], n_med)
            c = stats(r["cpu"])
            md.append("| %s | %s | %d/%d%s | %.1f | %.1f | %.1f | %.1f | %s "
                      "| %s |" % (
                          p.label, accel, len(r["times"]), RUNS,
                          run_notes(r), s[0] * 1e3, s[1] * 1e3, s[2] * 1e3,
                          c[0] * 1e3, "%.2f" % xf if xf else "",
                          "%.2f×" % xn if xn and p.key != "nofw" else ""))
            for metric, x in (("wall_ms", s), ("cpu_ms", c)):
                rows.append([section, p.key, accel.lower(), "", metric,
                             len(r["times"]), RUNS, "%.2f" % (x[0] * 1e3),
                             "%.2f" % (x[1] * 1e3), "%.2f" % (x[2] * 1e3),
                             "; ".join(r["fails"])])


def run_notes(r):
    """What follows "n/N" in a table: failures, a cut by the budget."""
    out = ""
    if r["fails"]:
        out += " (failed: %s)" % "; ".join(sorted(set(r["fails"])))
    if r["cut"]:
        out += " (QUICK time budget)"
    return out


def poweroff_table(md, rows, paths, res, ref, ref_label, section):
    """A time-to-power-off table; the last column is the ratio to the
    median of path ref."""
    md.append("| path | runs ok | median s | min s | max s | CPU s "
              "| × %s |" % ref_label)
    md.append("|---|---|---|---|---|---|---|")
    n_med = med(res, ref)
    for p, r, s in _timed_paths(paths, res):
        if not s:
            md.append("| %s | 0/%d | %s | | | | |" % (
                p.label, RUNS, _untimed(r)))
            rows.append([section, p.key, "tcg", "", "wall_s", 0, RUNS, "",
                         "", "", r["na"] or "failed"])
            continue
        xn = ratio(s[0], n_med)
        fails = run_notes(r)
        c = stats(r["cpu"])
        md.append("| %s | %d/%d%s | %.3f | %.3f | %.3f | %.3f | %s |" % (
            p.label, len(r["times"]), RUNS, fails, s[0], s[1], s[2], c[0],
            "%.2f" % xn if xn else ""))
        for metric, x in (("wall_s", s), ("cpu_s", c)):
            rows.append([section, p.key, "tcg", "", metric,
                         len(r["times"]), RUNS, "%.3f" % x[0], "%.3f" % x[1],
                         "%.3f" % x[2], "; ".join(r["fails"])])


def bzimage_table(md, rows, bz):
    md.append("### bzImage")
    md.append("")
    md.append("Debian's `vmlinuz` (bzImage, xz payload) and the `vmlinux` "
              "inside it, with the initramfs and command line above, in "
              "their own alternated rounds (%d runs per path). nofw "
              "decompresses the payload in QEMU and enters the ELF at its "
              "PVH note; SeaBIOS (`-bios %s`) boots the bzImage through "
              "QEMU's linuxboot option ROM and the kernel decompresses "
              "itself." % (RUNS, SEABIOS))
    md.append("")
    poweroff_table(md, rows, bzimage_paths(), bz, "vmlinux-nofw",
                   "vmlinux via nofw", "bzimage")


def _header(md, info, kvm_skip):
    """Title and the host, QEMU, guest and run count."""
    md.append("# nofw benchmark results")
    md.append("")
    md.append("- date: %s" % info["date"])
    md.append("- machine: %d CPUs (nproc), %s; host kernel %s; load average "
              "%s at start, %s at end" % (info["nproc"], info["cpu"],
                                          info["host"], info["load"],
                                          info["load_end"]))
    md.append("- CPU used by other processes during the sections (share of "
              "all %d CPUs): %s" % (info["nproc"], ", ".join(
                  "%s %.0f %%" % (k, 100 * v) for k, v in info["foreign"])))
    md.append("- accel: TCG for all main rows; KVM rows for time to entry %s"
              % ("(nested KVM)" if not kvm_skip else
                 "skipped: " + kvm_skip))
    md.append("- QEMU: %s (`%s`), nofw tree %s" % (
        info["qemu"], os.path.relpath(
            os.path.abspath(info["qemu_path"]), TOP), info["rev"]))
    md.append("- guest: -m 512, -smp 1, -nodefaults; Debian kernel %s"
              % info["kernel"])
    md.append("- runs: %d per path%s, alternated, after one warm-up per path;"
              " bench took %.0f s" % (RUNS, " (QUICK)" if QUICK else "",
                                      info["elapsed"]))
    md.append("")


def _entry_sections(md, rows, paths, entry, kvm_skip):
    """Section 1: time to kernel entry (pvh-exit.elf; Debian vmlinux)."""
    md.append("## 1. Time to kernel entry")
    md.append("")
    md.append("Wall time from spawning QEMU to its exit when the guest writes "
              "isa-debug-exit at its PVH entry (pvh-exit.elf); the floor's "
              "firmware does so at the reset vector (same QEMU command as the "
              "firmware rows, `-bios build/BASE/bench/floor.bin`). `CPU ms`: "
              "user + system time of the QEMU process (median), less "
              "sensitive to a busy host than wall time.")
    md.append("")
    entry_table(md, rows, paths, [(a.upper(), r) for a, r in entry.items()
                                  if a in ("tcg", "kvm")], "entry")
    if kvm_skip:
        md.append("")
        md.append("KVM rows skipped: %s" % kvm_skip)
    md.append("")
    md.append("### Debian vmlinux")
    md.append("")
    md.append("The same with `build/BASE/bench/vmlinux-exit.elf`: a copy of "
              "the Debian vmlinux whose PVH entry exits, loaded with the "
              "initramfs and command line of the power-off runs (TCG). The "
              "time before Linux runs, with a real-size kernel.")
    md.append("")
    entry_table(md, rows, paths, [("TCG", entry["linux"])], "entry_linux")
    md.append("")


def _poweroff_sections(md, rows, paths, poweroff, bz):
    """Section 2: time to ACPI power-off; the bzImage rounds."""
    md.append("## 2. Time to ACPI power-off (Debian kernel + busybox)")
    md.append("")
    md.append("`-kernel vmlinux -initrd initramfs.cpio.gz -append '%s'`, TCG;"
              " wall time to QEMU's exit after the guest's ACPI S5 power-off "
              "(console must show `NOFW-INIT done` and `reboot: Power down`)."
              " The firmware rows run pvh.bin (QEMU's -kernel option ROM)."
              " microvm is shown for reference, not as a target."
              % KERNEL_CMDLINE)
    md.append("")
    poweroff_table(md, rows, paths, poweroff, "nofw", "nofw", "poweroff")
    md.append("")
    bzimage_table(md, rows, bz)
    md.append("")


def _executor_section(md, rows, executor):
    """Section 3: the table-loader executor and its line fits."""
    md.append("## 3. Table-loader executor")
    md.append("")
    md.append("From the trace events (`-trace nofw_loader_done -trace "
              "nofw_acpi_build`, log backend), nofw=on, TCG, pvh-exit.elf. "
              "`executor` is nofw_loader_run() as traced, including its "
              "writes into guest RAM; `pre-faulted` is the same with "
              "`-mem-prealloc` (guest RAM already faulted in, so those "
              "writes take no page faults); `table build` is "
              "nofw_acpi_build: acpi_setup() at machine creation, which "
              "builds the tables the first boot gets (reboots build them "
              "again at reset, in acpi_build_update), reported "
              "separately. `table bytes`: sum of the ADD_CHECKSUM lengths "
              "(the ACPI tables themselves); `blob bytes`: what the loader "
              "copies into the guest (etc/acpi/tables is padded to 128 KiB "
              "or more, plus RSDP, TPM log, vmgenid, NVDIMM buffers). "
              "Median (min–max).")
    md.append("")
    md.append("| variant | runs | commands | files | table bytes | blob bytes "
              "| executor µs | pre-faulted µs | table build µs |")
    md.append("|---|---|---|---|---|---|---|---|---|")
    for row in executor:
        if row["na"]:
            md.append("| %s | 0 | %s | | | | | | |" % (row["variant"],
                                                       row["na"]))
            rows.append(["executor", row["variant"], "tcg", "", "us", 0, "",
                         "", "", "", row["na"]])
            continue
        s = stats([v / 1e3 for v in row["ns"]])
        sp = stats([v / 1e3 for v in row["pre_ns"]])
        sb = stats([v / 1e3 for v in row["build_ns"]])

        def cell(x, runs=None):
            if not x:
                return "n/a"
            return "%.0f (%.0f–%.0f)%s" % (x + (
                " [%d]" % runs if runs is not None else "",))
        md.append("| %s | %d%s | %d | %d | %d | %d | %s | %s | %s |" % (
            row["variant"], len(row["ns"]), " (traced)" if row["traced"]
            else "", row["commands"], row["files"],
            row["table_bytes"], row["bytes"], cell(s),
            cell(sp, len(row["pre_ns"])) if sp else "not run",
            cell(sb) if sb else "n/a (event not in this build)"))
        for metric, x, n in (("executor_us", s, len(row["ns"])),
                             ("executor_prefaulted_us", sp,
                              len(row["pre_ns"])),
                             ("acpi_build_us", sb, len(row["build_ns"]))):
            if x:
                rows.append(["executor", row["variant"], "tcg",
                             row["table_bytes"], metric, n, "",
                             "%.1f" % x[0], "%.1f" % x[1], "%.1f" % x[2],
                             "%d commands, %d files, %d blob bytes" % (
                                 row["commands"], row["files"],
                                 row["bytes"])])
    (fit, pts), (fit_pre, pts_pre) = executor_fits(executor)
    md.append("")
    md.append("`[n]`: number of pre-faulted runs; `(traced)`: the run that "
              "also traced every ADD_CHECKSUM (QUICK). Cost against table "
              "size "
              "(least squares over the variants' medians):")
    md.append("")
    for name, f, p in (("executor", fit, pts),
                       ("pre-faulted", fit_pre, pts_pre)):
        if not f:
            md.append("- %s: not enough distinct sizes for a fit" % name)
            continue
        dev = ", ".join("%s %+.0f%%" % (v, 100 * (y / (f[0] + f[1] * x) - 1))
                        for x, y, v in p if f[0] + f[1] * x > 0)
        md.append("- %s: µs = %.1f + %.3f × KiB, R² = %.2f; measured vs "
                  "fit: %s" % (name, f[0], f[1], f[2], dev))
    md.append("")


def _rss_section(md, rows, paths, rss):
    """Section 4: peak RSS (VmHWM)."""
    md.append("## 4. Peak RSS of QEMU at kernel entry")
    md.append("")
    md.append("VmHWM from /proc/PID/status when pvh-test.elf (`-append "
              "wait=1`) has printed SUMMARY on debugcon and halted; the floor "
              "row uses floor-wait.bin (prints SUMMARY at the reset vector). "
              "TCG, -m 512.")
    md.append("")
    md.append("| path | runs | VmHWM MiB median | min | max |")
    md.append("|---|---|---|---|---|")
    for p in paths:
        r = rss[p.key]
        s = stats(r["hwm"])
        if r["na"] or not s:
            md.append("| %s | 0 | %s | | |" % (p.label, r["na"] or "n/a"))
            continue
        md.append("| %s | %d | %.1f | %.1f | %.1f |" % (
            p.label, len(r["hwm"]), s[0] / 1024, s[1] / 1024, s[2] / 1024))
        rows.append(["rss", p.key, "tcg", "", "vmhwm_mib", len(r["hwm"]),
                     RSS_RUNS, "%.1f" % (s[0] / 1024), "%.1f" % (s[1] / 1024),
                     "%.1f" % (s[2] / 1024), ""])
    md.append("")


def _matrix_section(md, rows, matrix):
    """Section 5: the ACPI regression matrix."""
    md.append("## 5. ACPI regression matrix (q35 configurations of "
              "bios-tables-test)")
    md.append("")
    md.append("Wall seconds per configuration, same QEMU binary, TCG. nofw: "
              "`nofw-acpi-test -p` one configuration per process (QEMU under "
              "-accel qtest, both comparisons); upstream: `bios-tables-test "
              "-p /x86_64/acpi/q35/X` for %s (SeaBIOS boots a boot sector, "
              "then the tables are read)." % ", ".join(BTT_CONFIGS))
    md.append("")
    md.append("| test | configurations | median s | min s | max s |")
    md.append("|---|---|---|---|---|")
    ns, bs = stats(matrix["nofw"]), stats(matrix["btt"])
    if ns:
        md.append("| nofw-acpi-test | %d%s | %.2f | %.2f | %.2f |" % (
            len(matrix["nofw"]), " (failed: %s)" % ", ".join(
                matrix["fails"]) if matrix["fails"] else "", ns[0], ns[1],
            ns[2]))
        rows.append(["acpi-matrix", "nofw-acpi-test", "tcg", "", "s_per_cfg",
                     len(matrix["nofw"]), len(matrix["nofw"]),
                     "%.3f" % ns[0], "%.3f" % ns[1], "%.3f" % ns[2],
                     " ".join(matrix["fails"])])
    if bs:
        md.append("| bios-tables-test | %d | %.1f | %.1f | %.1f |" % (
            len(matrix["btt"]), bs[0], bs[1], bs[2]))
        rows.append(["acpi-matrix", "bios-tables-test", "tcg", "",
                     "s_per_cfg", len(matrix["btt"]), len(BTT_CONFIGS),
                     "%.3f" % bs[0], "%.3f" % bs[1], "%.3f" % bs[2], ""])
    else:
        md.append("| bios-tables-test | 0 | skipped: %s | | |"
                  % matrix["btt_skip"])
    total, n = matrix["total"]
    md.append("")
    md.append("Whole nofw matrix in one process: %.1f s for %d "
              "configurations." % (total, n))
    md.append("")


def _targets_section(md, target_rows):
    """The verdicts of bench/targets.py, one row a target."""
    md.append("## Targets")
    md.append("")
    md.append("Verdicts use the wall-time medians; the CPU columns give the "
              "same comparison on CPU-time medians (QEMU's own work, not "
              "inflated by waiting for a CPU on a busy host).")
    md.append("")
    md.append("| target | result (wall) | figures (wall) | CPU time | "
              "figures (CPU) |")
    md.append("|---|---|---|---|---|")
    for row in target_rows:
        md.append("| %s | %s | %s | %s | %s |" % row)
    md.append("")


def report(out, info, paths, entry, kvm_skip, poweroff, bz, executor, rss,
           matrix, notes):
    """Write build/BASE/bench (`out`)/results.md, results.csv and
    boot-time.png; print the tables and the target lines."""
    md = []
    rows = []           # CSV
    label = {p.key: p.label for p in paths}
    _header(md, info, kvm_skip)
    _entry_sections(md, rows, paths, entry, kvm_skip)
    _poweroff_sections(md, rows, paths, poweroff, bz)
    _executor_section(md, rows, executor)
    _rss_section(md, rows, paths, rss)
    _matrix_section(md, rows, matrix)
    target_rows = targets.evaluate({
        "entry_tcg": entry["tcg"], "poweroff": poweroff, "bzimage": bz,
        "executor": executor, "matrix": matrix})
    _targets_section(md, target_rows)
    if notes:
        md.append("## Notes")
        md.append("")
        for n in notes:
            md.append("- %s" % n)
        md.append("")

    with open(os.path.join(out, "results.md"), "w") as f:
        f.write("\n".join(md))
    with open(os.path.join(out, "results.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["section", "path", "accel", "table_bytes", "metric",
                    "runs_ok", "runs", "median", "min", "max", "note"])
        w.writerows(rows)
    plot(out, paths, entry, poweroff, label)

    log("")
    log("\n".join(md))
    for name, res, fig, res_cpu, fig_cpu in target_rows:
        log("%s: %s (%s)%s" % (res, name, fig, "; CPU time: %s (%s)" % (
            res_cpu, fig_cpu) if fig_cpu else ""))
    log("written: %s/results.md results.csv boot-time.png"
        % os.path.relpath(out, os.getcwd()))


def plot(out, paths, entry, poweroff, label):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("plot skipped: python3-matplotlib not installed")
        return
    panels = [("time to kernel entry, TCG (ms)", entry["tcg"], 1e3)]
    if "kvm" in entry:
        panels.append(("time to kernel entry, KVM (ms)", entry["kvm"], 1e3))
    panels.append(("time to Debian vmlinux entry, TCG (ms)", entry["linux"],
                   1e3))
    panels.append(("time to ACPI power-off, TCG (s)", poweroff, 1))
    fig, axes = plt.subplots(2, 2, figsize=(12, 9.5))
    axes = axes.flatten()
    for ax in axes[len(panels):]:
        ax.set_visible(False)
    for ax, (title, res, scale) in zip(axes, panels):
        keys = [p.key for p in paths if p.key in res]
        xs = range(len(keys))
        meds, lo, hi = [], [], []
        for k in keys:
            s = stats(res[k]["times"])
            if s and not res[k]["na"]:
                meds.append(s[0] * scale)
                lo.append((s[0] - s[1]) * scale)
                hi.append((s[2] - s[0]) * scale)
            else:
                meds.append(0)
                lo.append(0)
                hi.append(0)
        colors = ["#2a7ab9" if k.startswith("nofw") else
                  "#999999" if k == "floor" else "#d98c2b" for k in keys]
        ax.bar(xs, meds, yerr=[lo, hi], capsize=4, color=colors)
        if "KVM" in title and min(meds) > 0 and \
                max(meds) > 10 * sorted(meds)[len(meds) // 2]:
            ax.set_yscale("log")    # SeaBIOS under nested KVM: seconds
        for x, m, h in zip(xs, meds, hi):
            ax.annotate("n/a" if m == 0 else
                        ("%.1f" % m if m < 100 else "%.0f" % m),
                        (x, m + h), xytext=(0, 3),
                        textcoords="offset points", ha="center",
                        va="bottom", fontsize=8)
        ax.margins(y=0.12)
        ax.set_xticks(list(xs))
        ax.set_xticklabels([label[k].replace(" + ", "\n+ ").replace(
            " (", "\n(") for k in keys], fontsize=7)
        ax.set_title(title, fontsize=10)
        ax.grid(axis="y", alpha=0.3)
    fig.suptitle("nofw: median, error bars min–max (%d runs per path)"
                 % RUNS, fontsize=10)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "boot-time.png"), dpi=110)
    plt.close(fig)
