"""Golden ACPI dumps (scripts/diff-acpi.py, tests/acpi-golden/): for each
machine variant, the tables a guest sees through SeaBIOS (nofw=off) and with
nofw (nofw=on, build/guest/pvh-exit.elf, read while paused at -S) both equal
the golden dump, except for tables recorded in acpi-golden/VARIANT/nofw/
(known nofw bugs, listed in its README.md); and the checker itself fails
when it should.

Each test dumps both paths of one variant (about a second; smp288 about 10
s under TCG). Fixtures (swtpm, NVDIMM and ERST backing files, -acpitable
inputs) live in the test's own tmpdir, so tests run in parallel.

Run as a script to create or refresh goldens (from the SeaBIOS path, see
tests/acpi-golden/README.md), after reading the diff it prints:
    python3 tests/test_golden.py --update build/qemu-system-x86_64 [VARIANT]
"""

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

import harness
from harness import check, fail

TESTS = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(TESTS)
SCRIPT = os.path.join(TOP, "scripts", "diff-acpi.py")
GOLDEN = os.path.join(TESTS, "acpi-golden")
VMGENID_GUID = "324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87"

# Tables where nofw gives the guest something else than firmware does today,
# all for one reason: nofw does not enumerate PCI (no BARs, no bridge bus
# numbers or windows) before QEMU builds the tables. What nofw gives is
# recorded byte for byte in acpi-golden/VARIANT/nofw/ (README.md: "Known
# nofw bugs"), so any other change still fails, and so does the fix, which
# must delete the record.
KNOWN_NOFW_BUGS = {}

USER_ASL = """\
DefinitionBlock ("", "SSDT", 2, "NOFW", "%s", 0x00000001)
{
    Scope (\\_SB)
    {
        Device (%s)
        {
            Name (_HID, "QEMU0001")
            Name (_UID, %d)
        }
    }
}
"""


# --- fixtures ----------------------------------------------------------------

class Fixtures:
    """What a variant's arguments refer to, for one QEMU run: files in the
    test's tmpdir (label keeps the two paths apart) and the swtpm."""

    def __init__(self, ctx, label):
        self.ctx = ctx
        self.label = label
        self.swtpm = None

    def file(self, name):
        return os.path.join(self.ctx.tmpdir, "%s-%s" % (self.label, name))


def _iasl_compile(ctx, name, table_id, device, uid):
    src = os.path.join(ctx.tmpdir, name + ".asl")
    with open(src, "w") as f:
        f.write(USER_ASL % (table_id, device, uid))
    r = subprocess.run(["iasl", "-p", os.path.join(ctx.tmpdir, name), src],
                       capture_output=True, text=True)
    check(r.returncode == 0, "iasl could not compile %s: %s"
          % (src, r.stdout[-500:] + r.stderr[-500:]))
    return os.path.join(ctx.tmpdir, name + ".aml")


def _acpitable_args(fx):
    """Two user tables: a whole iasl-built SSDT (file=, creator INTL) and an
    AML body whose header QEMU writes from the options (data=)."""
    ctx = fx.ctx
    whole = _iasl_compile(ctx, "user-file", "USERFILE", "UTS1", 0x2A)
    body = _iasl_compile(ctx, "user-data", "USERDATA", "UTS2", 0x2B)
    with open(body, "rb") as f:
        data = f.read()[36:]
    body = os.path.join(ctx.tmpdir, "user-data.body")
    with open(body, "wb") as f:
        f.write(data)
    return ["-acpitable", "file=" + whole,
            "-acpitable", "sig=SSDT,oem_id=NOFW,oem_table_id=USERDATA,"
            "oem_rev=2,asl_compiler_id=NOFW,asl_compiler_rev=3,data=" + body]


# --- variants ----------------------------------------------------------------

# name -> (extra -machine options, QEMU arguments or a function
# Fixtures -> arguments). The README describes and checks each.
VARIANTS = {
    "default": ("", ["-m", "512"]),
    "smp4-6g": ("", ["-smp", "4", "-m", "6G"]),
    "numa": ("", [
        "-m", "512", "-smp", "2",
        "-object", "memory-backend-ram,id=ram0,size=256M",
        "-object", "memory-backend-ram,id=ram1,size=256M",
        "-numa", "node,nodeid=0,memdev=ram0,cpus=0",
        "-numa", "node,nodeid=1,memdev=ram1,cpus=1",
        "-numa", "dist,src=0,dst=1,val=21"]),
    "vmgenid": ("", ["-m", "512",
                     "-device", "vmgenid,guid=" + VMGENID_GUID]),
    "tpm-tis": ("", lambda fx: ["-m", "512"] + fx.swtpm.args() + [
        "-device", "tpm-tis,tpmdev=tpm0"]),
    "tpm-crb": ("", lambda fx: ["-m", "512"] + fx.swtpm.args() + [
        "-device", "tpm-crb,tpmdev=tpm0"]),
    "tpm12-tis": ("", lambda fx: ["-m", "512"] + fx.swtpm.args() + [
        "-device", "tpm-tis,tpmdev=tpm0"]),
    "nvdimm": ("nvdimm=on", lambda fx: [
        "-m", "512,slots=2,maxmem=2G",
        "-object", "memory-backend-file,id=nvm0,share=on,size=128M,"
        "mem-path=" + fx.file("nvdimm.img"),
        "-device", "nvdimm,id=nv0,memdev=nvm0"]),
    "root-ports": ("", [
        "-m", "512",
        "-device", "pcie-root-port,id=rp0,bus=pcie.0,chassis=1,slot=1,"
        "addr=0x3",
        "-device", "pcie-root-port,id=rp1,bus=pcie.0,chassis=2,slot=2,"
        "addr=0x4",
        "-device", "pcie-root-port,id=rp2,bus=pcie.0,chassis=3,slot=3,"
        "addr=0x5,hotplug=off",
        "-device", "virtio-rng-pci,bus=rp1"]),
    "erst": ("", lambda fx: [
        "-m", "512",
        "-object", "memory-backend-file,id=erstnvram,share=on,size=0x10000,"
        "mem-path=" + fx.file("erst.img"),
        "-device", "acpi-erst,memdev=erstnvram"]),
    "acpitable": ("", lambda fx: ["-m", "512"] + _acpitable_args(fx)),
    # APIC IDs above 254 need x2APIC in the CPU model; TCG needs no IOMMU.
    "smp288": ("", ["-m", "512", "-smp", "288", "-cpu", "qemu64,+x2apic"]),
    "pxb": ("", [
        "-m", "512",
        "-device", "pxb-pcie,id=pxb1,bus_nr=128,bus=pcie.0",
        "-device", "pcie-root-port,id=rp9,bus=pxb1,chassis=9,slot=0",
        "-device", "virtio-rng-pci,bus=rp9"]),
    "ivrs": ("", [
        "-m", "512", "-device", "amd-iommu",
        "-device", "pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1",
        "-device", "virtio-rng-pci,bus=rp1"]),
    # VIOT is unknown to iasl 20200925: compared as bytes only.
    "viot": ("", [
        "-m", "512", "-device", "virtio-iommu-pci",
        "-device", "pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1",
        "-device", "virtio-rng-pci,bus=rp1"]),
    "reduced": ("nofw-pm=reduced", [
        "-m", "512",
        "-device", "pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1",
        "-device", "virtio-net-pci,bus=rp1"]),
}

PATHS = ("seabios", "nofw")

# Variants no firmware can produce: their golden comes from nofw itself.
NOFW_ONLY = {"reduced"}


def variant_paths(variant):
    return ("nofw",) if variant in NOFW_ONLY else PATHS


def golden_source(variant):
    """The path --update writes the golden from."""
    return "nofw" if variant in NOFW_ONLY else "seabios"


def variant_args(ctx, variant, path, fx=None):
    """Full QEMU arguments of variant on path ("nofw" or "seabios")."""
    machine, args = VARIANTS[variant]
    opts = "q35,nofw=on" if path == "nofw" else "q35,nofw=off"
    if machine:
        opts += "," + machine
    if callable(args):
        args = args(fx or Fixtures(ctx, path))
    out = ["-machine", opts, "-accel", "tcg"] + list(args)
    if path == "nofw":
        out += ["-kernel", os.path.join(ctx.guest, "pvh-exit.elf")]
    return out


def run_script(args, timeout=180, env=None):
    """Run diff-acpi.py; return (status, stdout, stderr)."""
    try:
        r = subprocess.run([sys.executable, SCRIPT] + args,
                           capture_output=True, text=True, timeout=timeout,
                           env=env)
    except subprocess.TimeoutExpired:
        fail("diff-acpi.py %s: still running after %ss" % (args[0], timeout))
    return r.returncode, r.stdout, r.stderr


def check_path(ctx, variant, path, golden=None, update=False):
    """diff-acpi.py check of variant on path against its golden; returns
    (status, stdout, stderr). TPM variants get a fresh swtpm."""
    golden = golden or os.path.join(GOLDEN, variant)
    fx = Fixtures(ctx, path)
    if variant.startswith("tpm"):
        fx.swtpm = harness.Swtpm(ctx, path,
                                 tpm2=not variant.startswith("tpm12"))
    try:
        # a ceiling, not a wait: -smp 288 under ASan needs about a minute
        cmd = ["check", "--golden", golden, "--qemu", ctx.qemu,
               "--timeout", "120"]
        if update:
            cmd.append("--update")
        return run_script(cmd + ["--"] + variant_args(ctx, variant, path, fx))
    finally:
        if fx.swtpm:
            fx.swtpm.stop()


def changed_tables(stdout):
    return [line.split(None, 1)[1] if not line.startswith("only") else
            line for line in stdout.splitlines()
            if line.startswith(("changed ", "only in "))]


def expected_dump(ctx, variant, path):
    """The dump path must give: the golden, with the tables recorded in
    GOLDEN/variant/<path>/ (README: known nofw bugs, intended differences)
    in place of the golden's. Returns (directory, recorded table names)."""
    golden = os.path.join(GOLDEN, variant)
    overlay = os.path.join(golden, path)
    documented = path == "nofw" and variant in KNOWN_NOFW_BUGS
    check(os.path.isdir(overlay) == documented or path != "nofw",
          "%s: KNOWN_NOFW_BUGS and the directory disagree" % overlay)
    if not os.path.isdir(overlay):
        return golden, []
    merged = os.path.join(ctx.tmpdir, "expected-" + path)
    shutil.copytree(golden, merged, ignore=lambda d, names: [
        n for n in names if os.path.isdir(os.path.join(d, n))])
    recorded = []
    for fn in sorted(os.listdir(overlay)):
        shutil.copy(os.path.join(overlay, fn), merged)
        if fn.endswith((".aml", ".bin")):
            recorded.append(fn[:-4])
            with open(os.path.join(overlay, fn), "rb") as a, \
                    open(os.path.join(golden, fn), "rb") as b:
                check(a.read() != b.read(), "%s/%s equals the golden: "
                      "delete it" % (overlay, fn))
    return merged, recorded


def check_variant(ctx, variant):
    """Both paths give the golden (or differ only as recorded); on failure
    say which tables differ on which path, keep the diffs in ctx.tmpdir
    and show their start."""
    golden = os.path.join(GOLDEN, variant)
    check(os.path.isdir(golden), "no golden dump %s (create it: "
          "tests/test_golden.py --update QEMU %s)" % (golden, variant))
    problems, details = [], []
    for path in variant_paths(variant):
        expected, recorded = expected_dump(ctx, variant, path)
        rc, out, err = check_path(ctx, variant, path, golden=expected)
        with open(os.path.join(ctx.tmpdir, path + ".diff"), "w") as f:
            f.write(out + err)
        if rc == 0:
            continue
        if rc == 1:
            changed = changed_tables(out)
            what = "%s: not as expected: %s" % (path, ", ".join(changed))
            fixed = [t for t in changed if t in recorded]
            if fixed:
                what += " (%s recorded in %s/%s/: if that difference is " \
                        "gone, delete the record and its README entry)" % (
                            ", ".join(fixed), golden, path)
        else:
            what = "%s: %s" % (path, (err.strip().splitlines() or
                                      ["diff-acpi.py status %d" % rc])[-1])
        problems.append(what)
        details.append("--- %s (%s/%s.diff) ---\n%s" % (
            path, ctx.tmpdir, path, "\n".join(
                (out + err).splitlines()[:60])))
    if problems:
        fail("; ".join(problems) + "\n" + "\n".join(details))


# --- one test per variant ----------------------------------------------------

def test_default(ctx):
    """-machine q35 -m 512 with QEMU's default devices."""
    check_variant(ctx, "default")


def test_smp4_6g(ctx):
    """-smp 4 -m 6G: RAM above 4 GiB, 4 CPUs."""
    check_variant(ctx, "smp4-6g")


def test_numa(ctx):
    """Two NUMA nodes with a distance: SRAT, SLIT."""
    check_variant(ctx, "numa")


def test_vmgenid(ctx):
    """vmgenid: SSDT with VGIA patched by the loader, and the GUID the
    guest reads at VGIA+40 (VGID.bin), written after WRITE_POINTER."""
    check_variant(ctx, "vmgenid")


def test_tpm_tis(ctx):
    """TPM 2.0 on TIS (swtpm): TPM2 table with the log area pointer."""
    check_variant(ctx, "tpm-tis")


def test_tpm_crb(ctx):
    """TPM 2.0 on CRB (swtpm): TPM2 with start method CRB."""
    check_variant(ctx, "tpm-crb")


def test_tpm12_tis(ctx):
    """TPM 1.2 on TIS (swtpm): TCPA with the log area pointer."""
    check_variant(ctx, "tpm12-tis")


def test_nvdimm(ctx):
    """One NVDIMM: NFIT, SRAT and the NVDIMM SSDT with MEMA patched."""
    check_variant(ctx, "nvdimm")


def test_root_ports(ctx):
    """Three pcie-root-ports (two with ACPI hotplug, one with a device)."""
    check_variant(ctx, "root-ports")


def test_erst(ctx):
    """acpi-erst with a file backend: ERST registers at the device BAR."""
    check_variant(ctx, "erst")


def test_acpitable(ctx):
    """Two -acpitable SSDTs (file= and data=): SSDT and SSDT-1."""
    check_variant(ctx, "acpitable")


def test_smp288(ctx):
    """-smp 288 (x2APIC entries in the MADT, 288 CPU objects)."""
    check_variant(ctx, "smp288")


def test_pxb(ctx):
    """pxb-pcie expander bus with a root port and a device: its _CRS."""
    check_variant(ctx, "pxb")


def test_ivrs(ctx):
    """amd-iommu with a device behind a root port: IVRS device ranges."""
    check_variant(ctx, "ivrs")


def test_viot(ctx):
    """virtio-iommu-pci with a device behind a root port: VIOT."""
    check_variant(ctx, "viot")


def test_reduced(ctx):
    """nofw-pm=reduced (nofw only, no firmware counterpart): FADT rev 5
    with HW_REDUCED_ACPI and GED sleep registers, DSDT with the GED and a
    power button and no _GPE; a root port with a device."""
    check_variant(ctx, "reduced")


# --- the checker itself ------------------------------------------------------

def test_checker_reports_differences(ctx):
    """A changed byte in a golden and a different -smp are both caught:
    status 1 and the differing tables named, the others reported same."""
    copy = os.path.join(ctx.tmpdir, "golden-copy")
    shutil.copytree(os.path.join(GOLDEN, "default"), copy)
    with open(os.path.join(copy, "HPET.aml"), "r+b") as f:
        f.seek(36)                      # HPET hardware block ID
        b = f.read(1)
        f.seek(36)
        f.write(bytes([b[0] ^ 1]))
    rc, out, err = check_path(ctx, "default", "nofw", golden=copy)
    check(rc == 1, "a flipped byte in HPET.aml: status %d, expected 1; %s"
          % (rc, err.strip()))
    check(changed_tables(out) == ["HPET"], "a flipped byte in HPET.aml: "
          "differing tables %s, expected only HPET" % changed_tables(out))
    check("same       DSDT" in out, "DSDT not reported same:\n" + out)

    rc, out, err = run_script(
        ["check", "--golden", os.path.join(GOLDEN, "default"), "--qemu",
         ctx.qemu, "--"] + variant_args(ctx, "default", "nofw") +
        ["-smp", "2"])
    check(rc == 1, "-smp 2 against the default golden: status %d, "
          "expected 1; %s" % (rc, err.strip()))
    check(set(changed_tables(out)) == {"APIC", "DSDT"},
          "-smp 2 against the default golden: differing tables %s, "
          "expected APIC and DSDT" % changed_tables(out))
    check("+            Processor (C001, 0x01, 0x00000000, 0x00)" in out,
          "the DSDT diff does not show the added CPU C001:\n" + out[:3000])


def _load_diff_acpi():
    spec = importlib.util.spec_from_file_location("diff_acpi", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class _FakeVm:
    """Guest memory for diff-acpi's table walk, without QEMU."""

    def __init__(self, mem):
        self.mem = mem      # {address: bytes}

    def read_memory(self, addr, size):
        for base, data in self.mem.items():
            if base <= addr and addr + size <= base + len(data):
                return data[addr - base:addr - base + size]
        return bytes(size)


def _table(sig, body=b"", good=True):
    t = bytearray(sig + (36 + len(body)).to_bytes(4, "little") +
                  b"\x01\x00NOFW  TESTTEST" + bytes(4) + b"NOFW" + bytes(4) +
                  body)
    t[9] = -sum(t) & 0xFF
    if not good:
        t[9] ^= 0x55
    return bytes(t)


def test_checker_errors(ctx):
    """Errors are one clear line with status 2: an invalid table checksum
    (never normalised away), QEMU failing to start, firmware that never
    installs tables (timeout), an iasl message outside the baseline, and no
    iasl at all."""
    mod = _load_diff_acpi()
    rsdt = 0x100000
    rsdp = bytearray(b"RSD PTR \x00NOFW  \x00" + rsdt.to_bytes(4, "little"))
    rsdp[8] = -sum(rsdp) & 0xFF
    fseg = bytearray(0x20000)
    fseg[0x10000:0x10014] = rsdp
    mem = {0xE0000: bytes(fseg),
           rsdt: _table(b"RSDT", (rsdt + 0x100).to_bytes(4, "little")),
           rsdt + 0x100: _table(b"TEST", b"\x01\x02", good=False)}
    try:
        mod.wait_for_tables(_FakeVm(mem), 1)
        fail("a table with a bad checksum was accepted")
    except mod.Error as e:
        check(str(e).startswith("invalid checksum: TEST at 0x100100"),
              "bad checksum reported as: %s" % e)
    mem[rsdt + 0x100] = _table(b"TEST", b"\x01\x02")
    tables = mod.wait_for_tables(_FakeVm(mem), 1)
    check([t.sig for t in tables] == ["RSDP", "RSDT", "TEST"],
          "fake tables read as %s" % [t.sig for t in tables])

    out = os.path.join(ctx.tmpdir, "dump")
    rc, _, err = run_script(["dump", "--qemu", ctx.qemu, "-o", out, "--",
                             "-machine", "q35,nofw=on", "-m", "512"])
    check(rc == 2 and "QEMU failed to start" in err and "-kernel" in err,
          "nofw=on without -kernel: status %d, %r" % (rc, err))

    # A "BIOS" whose reset vector halts: no tables ever appear.
    bios = os.path.join(ctx.tmpdir, "hlt.bin")
    with open(bios, "wb") as f:
        f.write(b"\xf4" * 65536)
    rc, _, err = run_script(["dump", "--qemu", ctx.qemu, "-o", out,
                             "--timeout", "1", "--", "-machine",
                             "q35,nofw=off", "-bios", bios])
    check(rc == 2 and "timeout: no complete ACPI tables" in err,
          "halting firmware: status %d, %r" % (rc, err))

    empty = os.path.join(ctx.tmpdir, "empty-baseline.txt")
    open(empty, "w").close()
    rc, _, err = run_script(["dump", "--qemu", ctx.qemu, "-o", out,
                             "--iasl-baseline", empty, "--"] +
                            variant_args(ctx, "nvdimm", "nofw"))
    check(rc == 2 and "iasl message not in" in err and "ODAT" in err,
          "nvdimm with an empty iasl baseline: status %d, %r" % (rc, err))

    env = dict(os.environ, PATH=os.path.join(ctx.tmpdir, "no-such-dir"))
    rc, _, err = run_script(["dump", "--qemu", ctx.qemu, "-o", out, "--"] +
                            variant_args(ctx, "default", "nofw"), env=env)
    check(rc == 2 and "iasl not found" in err,
          "no iasl in PATH: status %d, %r" % (rc, err))


# --- refreshing goldens ------------------------------------------------------

def main(argv):
    ap = argparse.ArgumentParser(
        description="Create or refresh tests/acpi-golden/VARIANT from the "
                    "SeaBIOS path (prints the diff first), then check nofw "
                    "against it.")
    ap.add_argument("--update", action="store_true",
                    help="rewrite the golden files (default: only check)")
    ap.add_argument("qemu")
    ap.add_argument("variants", nargs="*", metavar="VARIANT",
                    help="default: all of %s" % ", ".join(VARIANTS))
    opts = ap.parse_args(argv)
    status = 0
    for variant in opts.variants or VARIANTS:
        if variant not in VARIANTS:
            ap.error("unknown variant %s" % variant)
        tmp = tempfile.mkdtemp(prefix="golden-%s-" % variant)
        ctx = harness.Ctx(os.path.abspath(opts.qemu), TOP, variant, tmp)
        try:
            for path in variant_paths(variant):
                update = opts.update and path == golden_source(variant)
                print("== %s, %s%s" % (variant, path,
                                       " (update)" if update else ""),
                      flush=True)
                expected = None
                try:
                    if not update:
                        expected = expected_dump(ctx, variant, path)[0]
                    rc, out, err = check_path(ctx, variant, path,
                                              golden=expected, update=update)
                except harness.Failure as e:
                    rc, out, err = 2, "", "%s: %s\n" % (variant, e)
                sys.stdout.write(out)
                sys.stderr.write(err)
                status = max(status, rc)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def _golden_dirs():
    """Every golden directory: nofw's variants and tests/acpi-golden/q35/
    (the bios-tables-test matrix, compared by nofw-acpi-test)."""
    dirs = []
    for root, _, files in os.walk(GOLDEN):
        if "RSDP.aml" in files:
            dirs.append(root)
    return sorted(dirs)


def test_goldens_verified(ctx):
    """diff-acpi.py verify on all golden directories (16 + the 35 q35
    configurations): IASL-VERSION is this iasl's, every TABLE.dsl is what
    iasl -d makes of TABLE.aml, and disassembly plus recompilation of every
    table give no message outside iasl-baseline.txt."""
    dirs = _golden_dirs()
    check(len(dirs) >= 16 + 35, "only %d golden directories" % len(dirs))
    rc, out, err = run_script(["verify"] + dirs, timeout=300)
    check(rc == 0, "diff-acpi.py verify: status %d\n%s%s"
          % (rc, out, err[-3000:]))


def test_verify_can_fail(ctx):
    """verify fails, one line each, on a hand-edited .dsl, a recorded iasl
    version that is not this one, and a recompile warning missing from the
    baseline; --update mends the first two."""
    d = os.path.join(ctx.tmpdir, "default")
    shutil.copytree(os.path.join(GOLDEN, "q35", "default"), d)
    with open(os.path.join(d, "HPET.dsl"), "a") as f:
        f.write("/* edited by hand */\n")
    with open(os.path.join(d, "IASL-VERSION"), "w") as f:
        f.write("20190101\n")
    base = os.path.join(ctx.tmpdir, "baseline.txt")
    with open(os.path.join(GOLDEN, "iasl-baseline.txt")) as f:
        lines = [line for line in f if "Legacy Processor()" not in line]
    with open(base, "w") as f:
        f.writelines(lines)
    rc, _, err = run_script(["verify", "--iasl-baseline", base, d])
    check(rc == 2, "verify passed a broken golden: %d %s" % (rc, err))
    check("HPET.dsl is not what iasl -d makes of HPET.aml" in err,
          "the edited .dsl is not reported:\n%s" % err)
    check("dumped with iasl 20190101, this is iasl" in err,
          "the iasl version is not reported:\n%s" % err)
    check(re.search(r"DSDT: recompile: Warning 3168 - Legacy Processor",
                    err), "the recompile warning is not reported:\n%s" % err)
    rc, _, err = run_script(["verify", "--update", d])
    check(rc == 0, "verify --update did not mend the golden: %s" % err)
