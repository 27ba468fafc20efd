"""tests/qtest/nofw-acpi-test.c (QEMU's qtest framework, built by `make`):
nofw under the qtest accelerator, its tables walked from start_info, for
nofw's own variants and for every q35 configuration of the pinned
bios-tables-test: compared with upstream's expected tables (loader-patched
fields blanked) and with tests/acpi-golden. Also run by hand, without the
NOFW_* variables, as an ACPI tester would."""

import os
import re
import shutil
import stat
import subprocess

import harness
from harness import check

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "acpi-golden")


def _src(ctx, *path):
    """A file of the pinned, patched QEMU source make built from."""
    return os.path.join(os.path.dirname(os.path.realpath(ctx.qemu)),
                        os.pardir, "src", *path)


def _upstream_dir(ctx):
    """Upstream's expected q35 tables (bios-tables-test's data)."""
    return _src(ctx, "tests", "data", "acpi", "x86", "q35")


def _run(ctx, golden, *args, upstream=None, qemu=None):
    return harness.run_built_test(
        ctx, "tests/qtest/nofw-acpi-test", args,
        env={"QTEST_QEMU_BINARY": qemu or os.path.realpath(ctx.qemu),
             "NOFW_ACPI_GOLDEN": golden,
             "NOFW_UPSTREAM_ACPI": upstream or _upstream_dir(ctx),
             "NOFW_PVH_KERNEL": os.path.join(ctx.guest, "pvh-exit.elf")})


def _upstream_configs(ctx):
    """The q35 configurations the pinned bios-tables-test.c registers, as
    nofw-acpi-test paths."""
    with open(_src(ctx, "tests", "qtest", "bios-tables-test.c")) as f:
        names = re.findall(r'qtest_add_func\("acpi/q35(/[^"]*)?"', f.read())
    return ["/x86_64/nofw-acpi/q35" + (n or "/default") for n in names]


def test_nofw_acpi_qtest(ctx):
    """Every configuration passes; the q35 ones are exactly those of the
    base's own bios-tables-test.c (35 on 10.0 and 10.2), each passing on
    its own line."""
    rc, out = _run(ctx, GOLDEN)
    want = _upstream_configs(ctx)
    # the count is the source's; this only guards the regex
    check(len(want) >= 30, "found only %d q35 configurations in the "
          "base's bios-tables-test.c" % len(want))
    ran = re.findall(r"^ok \d+ (/x86_64/nofw-acpi/q35/\S+)$", out, re.M)
    check(sorted(ran) == sorted(want), "q35 configurations: missing %s, "
          "extra %s" % (sorted(set(want) - set(ran)),
                        sorted(set(ran) - set(want))))
    harness.assert_tap_ok("nofw-acpi-test", rc, out, 9 + len(want))


def test_nofw_acpi_qtest_can_fail(ctx):
    """A changed golden byte, a changed byte in upstream's expected file, a
    missing expected file and a QEMU that does not start each fail their
    configuration with a line naming it (and the table), while the other
    configurations of the same run still pass."""
    copy = os.path.join(ctx.tmpdir, "golden")
    shutil.copytree(GOLDEN, copy)
    path = os.path.join(copy, "default", "HPET.aml")
    with open(path, "r+b") as f:
        f.seek(36)
        b = f.read(1)
        f.seek(36)
        f.write(bytes([b[0] ^ 1]))
    rc, out = _run(ctx, copy, "-p", "/x86_64/nofw-acpi/default")
    check(rc != 0 and "not ok" in out, "a changed golden byte passed:\n%s"
          % out[-2000:])
    check("NOFW-FAIL default: HPET: differs" in out,
          "the failure does not name HPET:\n%s" % out[-2000:])

    # upstream's files: one byte of the bridge DSDT changed, HPET deleted
    # (nohpet has none, so it must still pass); a wrapper QEMU refusing the
    # pvpanic-isa configuration
    up = os.path.join(ctx.tmpdir, "upstream")
    shutil.copytree(_upstream_dir(ctx), up)
    with open(os.path.join(up, "DSDT.bridge"), "r+b") as f:
        f.seek(200)
        b = f.read(1)
        f.seek(200)
        f.write(bytes([b[0] ^ 0x40]))
    os.unlink(os.path.join(up, "HPET"))
    wrapdir = os.path.join(ctx.tmpdir, "wrap")
    os.mkdir(wrapdir)
    wrapper = os.path.join(wrapdir, "qemu-system-x86_64")
    with open(wrapper, "w") as f:
        f.write('#!/bin/sh\ncase "$*" in *pvpanic*) '
                'echo "qemu-system-x86_64: injected failure" >&2; exit 1;; '
                'esac\nexec "%s" "$@"\n' % os.path.realpath(ctx.qemu))
    os.chmod(wrapper, stat.S_IRWXU)
    paths = ["bridge", "pvpanic-isa", "nosmm", "nohpet"]
    args = []
    for p in paths:
        args += ["-p", "/x86_64/nofw-acpi/q35/" + p]
    rc, out = _run(ctx, GOLDEN, *args, upstream=up, qemu=wrapper)
    check(rc != 0, "the broken configurations passed:\n%s" % out[-3000:])
    check(re.search(r"NOFW-FAIL q35/bridge: DSDT: differs from upstream's "
                    r"\S+/DSDT.bridge at offset 0xc8", out),
          "the changed DSDT.bridge byte is not named:\n%s" % out[-3000:])
    check("q35/bridge DSDT| " in out, "no iasl diff for DSDT.bridge:\n%s"
          % out[-3000:])
    check("NOFW-FAIL q35/nosmm: HPET: no upstream expected file" in out,
          "the missing HPET file is not named:\n%s" % out[-3000:])
    check("injected failure" in out and
          "NOFW-FAIL q35/pvpanic-isa: the configuration failed" in out,
          "QEMU not starting is not reported:\n%s" % out[-3000:])
    oks = re.findall(r"^ok \d+ /x86_64/nofw-acpi/q35/(\S+)$", out, re.M)
    bad = re.findall(r"^not ok \d+ /x86_64/nofw-acpi/q35/(\S+)$", out, re.M)
    check(sorted(bad) == ["bridge", "nosmm", "pvpanic-isa"] and
          oks == ["nohpet"], "ok %s, not ok %s" % (oks, bad))


def _by_hand(ctx, exe, cwd, qemu, *args):
    """exe run as a tester would: no NOFW_* variable, QTEST_QEMU_BINARY
    only."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NOFW_")}
    env["QTEST_QEMU_BINARY"] = qemu
    return subprocess.run([exe] + list(args), cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=300)


def test_nofw_acpi_qtest_by_hand(ctx):
    """Run by hand in build/BASE/qemu (QTEST_QEMU_BINARY=./qemu-system-
    x86_64 tests/qtest/nofw-acpi-test, no NOFW_* variables), the qtest
    takes the PVH kernel, the goldens and upstream's expected tables from
    the build tree and passes; the same binary where no build tree is
    around it exits 1 with one line naming the variables to set (no
    assertion)."""
    qbuild = os.path.dirname(os.path.realpath(ctx.qemu))
    rel = os.path.join("tests", "qtest", "nofw-acpi-test")
    paths = ["-p", "/x86_64/nofw-acpi/default",
             "-p", "/x86_64/nofw-acpi/q35/default"]
    p = _by_hand(ctx, rel, qbuild, "./qemu-system-x86_64", *paths)
    out = p.stdout + p.stderr
    check(p.returncode == 0 and len(re.findall(r"^ok ", out, re.M)) == 2,
          "by hand in %s: exit status %d:\n%s"
          % (qbuild, p.returncode, out[-3000:]))
    for var, path in (("NOFW_PVH_KERNEL",
                       os.path.join(ctx.guest, "pvh-exit.elf")),
                      ("NOFW_ACPI_GOLDEN", GOLDEN),
                      ("NOFW_UPSTREAM_ACPI", _upstream_dir(ctx))):
        m = re.search(r"^# %s=(\S+) \(from the build tree\)$" % var, out,
                      re.M)
        check(m and os.path.realpath(m.group(1)) == os.path.realpath(path),
              "%s: %s, expected %s" % (var, m and m.group(1), path))

    # the binary seen from a directory with no build tree around it
    here = os.path.join(ctx.tmpdir, "tests", "qtest")
    os.makedirs(here)
    os.symlink(os.path.join(qbuild, rel), os.path.join(here, "nofw-acpi-test"))
    p = _by_hand(ctx, os.path.join(here, "nofw-acpi-test"), ctx.tmpdir,
                 os.path.realpath(ctx.qemu), *paths)
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    check(p.returncode == 1 and len(lines) == 1 and
          re.match(r"nofw-acpi-test: set NOFW_PVH_KERNEL to .*; "
                   r"NOFW_ACPI_GOLDEN to .*; NOFW_UPSTREAM_ACPI to ",
                   lines[0]) and "not ok" not in p.stdout,
          "without a build tree: exit status %d, stderr %r, expected 1 and "
          "one line naming the three variables" % (p.returncode,
                                                   p.stderr[-1500:]))
