"""nofw benchmark sections: what is measured, and how each section runs.

bench/run calls the section functions at the end of this file in order
(entry_tcg ... acpi_matrix, host_info); each returns the raw results that
bench/report.py turns into tables. The boot paths (Path), their QEMU
arguments and the patched Debian vmlinux are defined here; the runs
themselves go through bench/measure.py.
"""

import datetime
import itertools
import os
import re
import shutil
import subprocess
import sys
import time

# settings first: it puts tests/ on sys.path for harness
from settings import (BTT_CONFIGS, BZIMAGE_TIMEOUT, ENTRY_TIMEOUT, EXEC_RUNS,
                      EXEC_RUNS_BIG, EXIT_DEV, GUEST, KERNEL_CMDLINE, LINUX,
                      MEM, POWEROFF_TIMEOUT, QBOOT, QUICK, RSS_RUNS, RUNS,
                      SEABIOS, TOP, log)
import harness
from harness import _read
from measure import Outcome, refused_reason, timed_rounds


# --- the boot paths ----------------------------------------------------------

class Path:
    """A way to boot q35 (or microvm): machine/firmware arguments."""

    def __init__(self, key, label, args, entry=True, poweroff=True,
                 kvm=True, rss_args=None, kernel="vmlinux"):
        self.key = key
        self.label = label
        self.args = args
        self.entry = entry
        self.poweroff = poweroff
        self.kvm = kvm
        self.rss_args = rss_args
        self.kernel = kernel    # build/linux/<kernel> for the power-off runs


def microvm_default_bios(qemu):
    """The bios-microvm.bin QEMU would load (first hit in its data dirs)."""
    try:
        dirs = subprocess.run([qemu, "-L", "help"], capture_output=True,
                              text=True, timeout=20).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return None
    for d in dirs:
        f = os.path.join(d, "bios-microvm.bin")
        if os.path.exists(f):
            return os.path.realpath(f)
    return None


def make_paths(qemu, floor, floor_wait):
    paths = [
        # Same command as the firmware rows (nofw=off, -kernel: QEMU still
        # loads the kernel into fw_cfg), but the firmware exits at once.
        Path("floor", "floor (reset vector exits)",
             ["-machine", "q35,nofw=off", "-bios", floor], poweroff=False,
             rss_args=["-machine", "q35,nofw=off", "-bios", floor_wait]),
        Path("nofw", "nofw", ["-machine", "q35,nofw=on"]),
        Path("nofw-reduced", "nofw HW-reduced",
             ["-machine", "q35,nofw=on,nofw-pm=reduced"]),
        Path("qboot", "qboot + pvh.bin",
             ["-machine", "q35,nofw=off", "-bios", QBOOT]),
        Path("seabios", "SeaBIOS + pvh.bin",
             ["-machine", "q35,nofw=off", "-bios", SEABIOS]),
        Path("microvm-qboot", "microvm + qboot",
             ["-machine", "microvm", "-bios", QBOOT]),
    ]
    default = microvm_default_bios(qemu)
    if default and default != os.path.realpath(QBOOT):
        paths.append(Path("microvm-default",
                          "microvm + " + os.path.basename(default),
                          ["-machine", "microvm"]))
        note = "microvm default firmware: %s (own row)" % default
    else:
        note = ("microvm's default bios-microvm.bin is %s, the same file as "
                "-bios qboot.rom: one microvm row" % (default or "not found"))
    return paths, note


def bzimage_paths():
    """The bzImage rows: Debian's vmlinuz through nofw (decompressed by
    QEMU, entered at its PVH note) and through SeaBIOS (linuxboot option
    ROM; the kernel decompresses itself), and the vmlinux inside it through
    nofw, for the ratios."""
    return [
        Path("vmlinuz-nofw", "vmlinuz via nofw", ["-machine", "q35,nofw=on"],
             kernel="vmlinuz"),
        Path("vmlinuz-seabios", "vmlinuz via SeaBIOS",
             ["-machine", "q35,nofw=off", "-bios", SEABIOS],
             kernel="vmlinuz"),
        Path("vmlinux-nofw", "vmlinux via nofw", ["-machine", "q35,nofw=on"]),
    ]


# mov al, 0; out 0xf4, al (isa-debug-exit: QEMU exits 1); cli; hlt; jmp $-2
EXIT_CODE = bytes([0xb0, 0x00, 0xe6, 0xf4, 0xfa, 0xf4, 0xeb, 0xfc])


def make_exit_kernel(src, dst):
    """Copy of the Debian vmlinux whose PVH entry exits at once: every
    path loads the same 66 MB kernel and initrd as for the power-off runs,
    so the time to its entry isolates what happens before Linux runs."""
    if os.path.exists(dst) and os.path.getmtime(dst) >= os.path.getmtime(src):
        return
    import struct
    with open(src, "rb") as f:
        img = bytearray(f.read())
    if img[:4] != b"\x7fELF":
        sys.exit("bench: %s is not an ELF file" % src)
    wide = img[4] == 2
    phoff = struct.unpack_from("<Q" if wide else "<I", img,
                               0x20 if wide else 0x1c)[0]
    phentsize, phnum = struct.unpack_from("<HH", img, 0x36 if wide else 0x2a)
    fmt = "<IIQQQQQQ" if wide else "<IIIIIIII"
    phdrs = []
    for i in range(phnum):
        h = struct.unpack_from(fmt, img, phoff + i * phentsize)
        # (type, offset, paddr, filesz) in both layouts
        phdrs.append((h[0], h[2], h[4], h[5]) if wide else
                     (h[0], h[1], h[3], h[4]))
    entry = None
    for typ, off, _, size in phdrs:
        pos = off
        while typ == 4 and pos + 12 <= off + size:      # PT_NOTE
            namesz, descsz, ntype = struct.unpack_from("<III", img, pos)
            name = img[pos + 12:pos + 12 + namesz].rstrip(b"\0")
            desc = pos + 12 + (namesz + 3) // 4 * 4
            if name == b"Xen" and ntype == 18:          # PHYS32_ENTRY
                entry = struct.unpack_from("<Q" if descsz == 8 else "<I",
                                           img, desc)[0]
            pos = desc + (descsz + 3) // 4 * 4
    seg = [(off, paddr) for typ, off, paddr, size in phdrs
           if typ == 1 and entry is not None and
           paddr <= entry < paddr + size - len(EXIT_CODE)]
    if not seg:
        sys.exit("bench: no PVH entry inside a segment of %s" % src)
    at = seg[0][0] + entry - seg[0][1]
    img[at:at + len(EXIT_CODE)] = EXIT_CODE
    with open(dst + ".tmp", "wb") as f:
        f.write(img)
    os.replace(dst + ".tmp", dst)


def entry_args(path, accel):
    a = ["-accel", accel] + MEM + ["-nodefaults", "-display", "none",
                                   "-no-reboot"]
    if accel == "kvm":
        a += ["-cpu", "host"]   # qemu64 asks for features nested KVM lacks
    return path.args + a + ["-kernel", os.path.join(GUEST, "pvh-exit.elf")] \
        + EXIT_DEV


def poweroff_args(path):
    return path.args + ["-accel", "tcg"] + MEM + [
        "-nodefaults", "-display", "none", "-no-reboot",
        "-kernel", os.path.join(LINUX, path.kernel),
        "-initrd", os.path.join(LINUX, "initramfs.cpio.gz"),
        "-append", KERNEL_CMDLINE]


def warm_linux_files(names):
    """Read build/linux files into the page cache: no path pays the disk."""
    for f in names:
        with open(os.path.join(LINUX, f), "rb") as fh:
            while fh.read(1 << 20):
                pass


def check_poweroff(serial):
    if "Kernel panic" in serial:
        return "kernel panic"
    if "NOFW-INIT done" not in serial:
        return "no NOFW-INIT done on the console"
    if "reboot: Power down" not in serial:
        return "no 'reboot: Power down' (not an ACPI S5 power-off)"
    return ""


# --- sections 1 and 2: alternated rounds of whole boots ----------------------
# budget: under QUICK, the time.monotonic() by which the bench should end
# (the slow sections run last and stop starting rounds before it); None
# for a full bench.

def entry_tcg(bench, paths):
    log("1. time to kernel entry, TCG")
    return timed_rounds(bench, [p for p in paths if p.entry],
                        lambda p: entry_args(p, "tcg"), 1, ENTRY_TIMEOUT,
                        RUNS, "entry-tcg")


def entry_linux(bench, paths):
    log("1. time to kernel entry, Debian vmlinux (entry patched), TCG")
    kernel = os.path.join(bench.out, "vmlinux-exit.elf")
    make_exit_kernel(os.path.join(LINUX, "vmlinux"), kernel)
    return timed_rounds(
        bench, [p for p in paths if p.entry],
        lambda p: p.args + ["-accel", "tcg"] + MEM + [
            "-nodefaults", "-display", "none", "-no-reboot",
            "-kernel", kernel,
            "-initrd", os.path.join(LINUX, "initramfs.cpio.gz"),
            "-append", KERNEL_CMDLINE] + EXIT_DEV,
        1, ENTRY_TIMEOUT, RUNS, "entry-linux")


def entry_kvm(bench, paths, budget):
    log("1. time to kernel entry, KVM")
    return timed_rounds(bench, [p for p in paths if p.entry and p.kvm],
                        lambda p: entry_args(p, "kvm"), 1, ENTRY_TIMEOUT,
                        RUNS, "entry-kvm",
                        deadline=budget and budget - 75)


def poweroff_runs(bench, paths, budget):
    log("2. time to ACPI power-off (Debian kernel, TCG)")
    warm_linux_files(("vmlinux", "initramfs.cpio.gz"))
    # QUICK times the probe run too: a ~3 s untimed warm-up per path
    # would not fit in the budget.
    return timed_rounds(bench, [p for p in paths if p.poweroff],
                        poweroff_args, 0, POWEROFF_TIMEOUT, RUNS,
                        "poweroff", serial=True, check=check_poweroff,
                        warmup=not QUICK,
                        deadline=budget and budget - 30)


def bzimage_runs(bench, budget):
    """Section 2, bzImage: time to ACPI power-off of vmlinuz (nofw,
    SeaBIOS) and vmlinux (nofw), alternated like the power-off rounds."""
    log("2. time to ACPI power-off, bzImage (vmlinuz) against vmlinux")
    warm_linux_files(("vmlinuz", "vmlinux", "initramfs.cpio.gz"))
    return timed_rounds(bench, bzimage_paths(), poweroff_args, 0,
                        BZIMAGE_TIMEOUT, RUNS, "bzimage", serial=True,
                        check=check_poweroff, warmup=not QUICK,
                        deadline=budget)


def kvm_probe(bench, nofw_path):
    """'' if KVM runs a tiny guest, else why not."""
    if not os.path.exists("/dev/kvm"):
        return "no /dev/kvm"
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        return "/dev/kvm not readable and writable by this user"
    out = bench.run("kvm-probe", entry_args(nofw_path, "kvm"), 1,
                    ENTRY_TIMEOUT)
    return "" if out.ok else "pvh-exit.elf under -accel kvm: %s" % out.why


# --- sections 3 and 4: table-loader executor, peak RSS ----------------------

LOADER_RE = re.compile(r"nofw_loader_done (\d+) commands, (\d+) files, "
                       r"(\d+) bytes in (\d+) ns")
BUILD_RE = re.compile(r"nofw_acpi_build\b([^\n]*)")
CKSUM_RE = re.compile(r"nofw_loader_add_checksum .*cksum \[0x[0-9a-f]+, "
                      r"\+0x([0-9a-f]+)\)")


def exec_variants():
    """(name, QEMU arguments, timed runs, runs with -mem-prealloc, TPM)."""
    q35 = ["-machine", "q35,nofw=on"] + MEM
    nv = ["-machine", "q35,nofw=on,nvdimm=on", "-m", "512,slots=2,maxmem=2G",
          "-object", "memory-backend-ram,id=nvm0,size=128M",
          "-device", "nvdimm,memdev=nvm0,id=nv0"]
    pre = 1 if QUICK else EXEC_RUNS
    return [
        ("q35 default", q35, EXEC_RUNS, EXEC_RUNS, False),
        ("-smp 64", q35 + ["-smp", "64"], EXEC_RUNS, pre, False),
        # APIC IDs >= 255 need x2APIC in the CPU model; TCG needs nothing
        # else (x86_cpus_init checks the irqchip only under KVM).
        ("-smp 288", q35 + ["-smp", "288", "-cpu", "qemu64,x2apic=on"],
         EXEC_RUNS_BIG, 0 if QUICK else EXEC_RUNS_BIG, False),
        ("NVDIMM", nv, EXEC_RUNS, pre, False),
        ("TPM 2.0 (tpm-crb, swtpm)", q35, EXEC_RUNS, pre, True),
        ("vmgenid", q35 + ["-device", "vmgenid"], EXEC_RUNS, pre, False),
    ]


_SWTPM_SEQ = itertools.count(1)


def exec_once(bench, args, tpm, prealloc=False, describe=False):
    """One run of a variant; extra = the nofw_loader_done figures.
    describe=True also traces every ADD_CHECKSUM (to sum the tables'
    real lengths): untimed, the per-command log lines cost time."""
    extra = ["-mem-prealloc"] if prealloc else []
    extra += ["-trace", "nofw_loader_done", "-trace", "nofw_acpi_build"]
    if describe:
        extra += ["-trace", "nofw_loader_add_checksum"]
    sw = None
    if tpm:
        if not shutil.which("swtpm"):
            return Outcome(False, why="swtpm not installed")
        # One swtpm per QEMU run (tests/harness.py's), own state directory
        try:
            sw = harness.Swtpm(bench.ctx, "bench%d" % next(_SWTPM_SEQ))
        except (OSError, harness.Failure) as e:
            return Outcome(False, why="swtpm: %s" % e)
        extra += sw.args() + ["-device", "tpm-crb,tpmdev=tpm0"]
    try:
        out = bench.run("exec", args + extra + [
            "-accel", "tcg", "-nodefaults", "-display", "none",
            "-kernel", os.path.join(GUEST, "pvh-exit.elf")] + EXIT_DEV,
            1, 120)
    finally:
        if sw:
            sw.stop()
    if not out.ok:
        return out
    m = LOADER_RE.search(out.stderr)
    if not m:
        return Outcome(False, why="no nofw_loader_done trace line")
    out.extra = {"commands": int(m.group(1)), "files": int(m.group(2)),
                 "bytes": int(m.group(3)), "ns": int(m.group(4)),
                 "build_ns": None}
    b = BUILD_RE.search(out.stderr)
    if b:
        t = re.search(r"(\d+) ns", b.group(1))
        out.extra["build_ns"] = int(t.group(1)) if t else None
    if describe:
        out.extra["table_bytes"] = sum(int(x, 16) for x in
                                       CKSUM_RE.findall(out.stderr))
    return out


def executor_runs(bench):
    """Section 3: a row per exec_variants() entry."""
    log("3. table-loader executor")
    rows = []
    for name, args, runs, runs_pre, tpm in exec_variants():
        row = {"variant": name, "ns": [], "pre_ns": [], "build_ns": [],
               "na": None}
        # Untimed first run: warms the page cache and gives the sizes.
        out = exec_once(bench, args, tpm, describe=True)
        if not out.ok:
            row["na"] = "n/a (%s)" % out.why
            log("  %-26s %s" % (name, row["na"]))
            rows.append(row)
            continue
        row.update({k: out.extra[k] for k in ("commands", "files", "bytes",
                                              "table_bytes")})
        row["traced"] = not runs
        if not runs:
            # Only the describe run: its figure includes ~10 extra trace
            # lines (a few µs each); marked in the table.
            row["ns"].append(out.extra["ns"])
            if out.extra["build_ns"] is not None:
                row["build_ns"].append(out.extra["build_ns"])
        order = []      # plain and pre-faulted runs interleaved
        for i in range(max(runs, runs_pre)):
            if i < runs:
                order.append(False)
            if i < runs_pre:
                order.append(True)
        for prealloc in order:
            out = exec_once(bench, args, tpm, prealloc)
            if not out.ok:
                row.setdefault("fails", []).append(out.why)
                continue
            (row["pre_ns"] if prealloc else row["ns"]).append(out.extra["ns"])
            if out.extra["build_ns"] is not None and not prealloc:
                row["build_ns"].append(out.extra["build_ns"])
        if not row["ns"]:
            row["na"] = "n/a (%s)" % "; ".join(row.get("fails", ["?"]))
        log("  %-26s %s" % (name, row["na"] or "%d + %d pre-faulted runs" % (
            len(row["ns"]), len(row["pre_ns"]))))
        rows.append(row)
    return rows


def rss_runs(bench, paths):
    """Section 4: VmHWM per path, RSS_RUNS rounds."""
    log("4. peak RSS at kernel entry")
    rss = {p.key: {"hwm": [], "na": None} for p in paths}
    for i in range(RSS_RUNS):
        for p in paths:
            if rss[p.key]["na"]:
                continue
            if p.rss_args:
                args = p.rss_args
            else:
                args = p.args + ["-kernel",
                                 os.path.join(GUEST, "pvh-test.elf"),
                                 "-append", "wait=1"]
            out = bench.run_until_debugcon(
                "rss-%s" % p.key, args + ["-accel", "tcg"] + MEM +
                ["-nodefaults", "-display", "none"], "SUMMARY",
                ENTRY_TIMEOUT)
            if out.ok:
                rss[p.key]["hwm"].append(out.extra["VmHWM"])
            elif i == 0:
                rss[p.key]["na"] = refused_reason(out)
    return rss


# --- section 5: the ACPI regression matrix -----------------------------------

def acpi_matrix(qemu):
    """Seconds per q35 configuration: nofw-acpi-test (every configuration,
    one process each, then the whole matrix in one) and upstream's
    bios-tables-test on the same binary (BTT_CONFIGS; not in QUICK)."""
    qbuild = os.path.dirname(os.path.realpath(qemu))
    src = os.path.join(os.path.dirname(qbuild), "src")
    env = dict(os.environ, QTEST_QEMU_BINARY=os.path.realpath(qemu),
               NOFW_ACPI_GOLDEN=os.path.join(TOP, "tests", "acpi-golden"),
               NOFW_PVH_KERNEL=os.path.join(GUEST, "pvh-exit.elf"),
               NOFW_UPSTREAM_ACPI=os.path.join(src, "tests", "data", "acpi",
                                               "x86", "q35"))
    nofw_test = os.path.join(qbuild, "tests", "qtest", "nofw-acpi-test")
    out = {"nofw": [], "total": None, "btt": [], "btt_skip": None,
           "fails": []}
    listed = subprocess.run([nofw_test, "-l"], env=env, capture_output=True,
                            text=True).stdout.split()
    configs = [c for c in listed if c.startswith("/x86_64/nofw-acpi/q35/")]
    for c in configs:
        t0 = time.monotonic()
        r = subprocess.run([nofw_test, "-p", c], env=env,
                           capture_output=True, text=True)
        out["nofw"].append(time.monotonic() - t0)
        if r.returncode:
            out["fails"].append(c)
    args = [nofw_test]
    for c in configs:
        args += ["-p", c]
    t0 = time.monotonic()
    subprocess.run(args, env=env, capture_output=True)
    out["total"] = (time.monotonic() - t0, len(configs))
    if QUICK:
        out["btt_skip"] = "QUICK"
        return out
    btt = os.path.join(qbuild, "tests", "qtest", "bios-tables-test")
    if not os.access(btt, os.X_OK):
        out["btt_skip"] = "%s not built" % btt
        return out
    for c in BTT_CONFIGS:
        cmd = [btt, "-p", "/x86_64/acpi/q35/" + c]
        if os.path.exists("/dev/kvm"):
            # it adds -accel kvm when /dev/kvm opens: hide it to get TCG
            cmd = ["unshare", "-m", "sh", "-c", "mount --bind /dev/null "
                   "/dev/kvm && exec \"$@\"", "sh"] + cmd
        t0 = time.monotonic()
        r = subprocess.run(cmd, cwd=src, env=env, capture_output=True,
                           text=True)
        if r.returncode:
            out["btt_skip"] = "bios-tables-test %s failed: %s" % (
                c, (r.stdout + r.stderr).strip().splitlines()[-1:])
            out["btt"] = []
            return out
        out["btt"].append(time.monotonic() - t0)
    return out


# --- host description --------------------------------------------------------


def host_info(qemu):
    cpu = "?"
    for line in _read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    try:
        ver = subprocess.run([qemu, "-version"], capture_output=True,
                             text=True, timeout=20).stdout.splitlines()[0]
    except (OSError, subprocess.TimeoutExpired, IndexError):
        ver = "?"
    kernel = "?"
    key = _read(os.path.join(LINUX, ".make-kernel.key")).split()
    if key:
        kernel = os.path.basename(key[0]).replace("vmlinuz-", "")
    try:
        rev = subprocess.run(["git", "-C", TOP, "describe", "--always",
                              "--dirty"], capture_output=True, text=True,
                             timeout=20).stdout.strip()
    except OSError:
        rev = "?"
    return {"date": datetime.datetime.now().astimezone().strftime(
                "%Y-%m-%d %H:%M %Z"),
            "nproc": os.cpu_count(), "cpu": cpu, "qemu": ver,
            "qemu_path": qemu,
            "kernel": kernel, "rev": rev, "host": os.uname().release,
            "load": "%.2f %.2f %.2f" % os.getloadavg()}
