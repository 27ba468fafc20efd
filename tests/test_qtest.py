"""tests/qtest/nofw-acpi-test.c (QEMU's qtest framework, built by `make`):
nofw under the qtest accelerator, its tables walked from start_info, for
nofw's own variants and for every q35 configuration of the pinned
bios-tables-test: compared with upstream's expected tables (loader-patched
fields blanked) and with tests/acpi-golden."""

import os
import re
import shutil
import stat

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
