"""tests/qtest/nofw-acpi-test.c (QEMU's qtest framework, built by `make`):
for each variant it boots nofw under the qtest accelerator, walks the
tables from start_info and compares them with tests/acpi-golden."""

import os
import shutil

import harness
from harness import check

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "acpi-golden")


def _run(ctx, golden, *args):
    return harness.run_built_test(
        ctx, "tests/qtest/nofw-acpi-test", args,
        env={"QTEST_QEMU_BINARY": os.path.realpath(ctx.qemu),
             "NOFW_ACPI_GOLDEN": golden,
             "NOFW_PVH_KERNEL": os.path.join(ctx.guest, "pvh-exit.elf")})


def test_nofw_acpi_qtest(ctx):
    """Every variant of the qtest passes against the goldens."""
    rc, out = _run(ctx, GOLDEN)
    harness.assert_tap_ok("nofw-acpi-test", rc, out, 9)


def test_nofw_acpi_qtest_can_fail(ctx):
    """With one byte of the default golden's HPET changed, the qtest fails
    and names the table."""
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
    check("default: HPET differs" in out, "the failure does not name HPET:"
          "\n%s" % out[-2000:])
