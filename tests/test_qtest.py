"""tests/qtest/nofw-acpi-test.c (QEMU's qtest framework, built by `make`):
for each variant it boots nofw under the qtest accelerator, walks the
tables from start_info and compares them with tests/acpi-golden."""

import os
import re
import shutil
import subprocess

from harness import check, fail

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "acpi-golden")


def _run(ctx, golden, *args):
    exe = os.path.join(os.path.dirname(os.path.realpath(ctx.qemu)),
                       "tests", "qtest", "nofw-acpi-test")
    if not os.access(exe, os.X_OK):
        fail("%s not built (make builds it with QEMU)" % exe)
    env = dict(os.environ, QTEST_QEMU_BINARY=os.path.realpath(ctx.qemu),
               NOFW_ACPI_GOLDEN=golden,
               NOFW_PVH_KERNEL=os.path.join(ctx.guest, "pvh-exit.elf"))
    p = subprocess.run([exe, "--tap", "-k"] + list(args), env=env,
                       capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout + p.stderr


def test_nofw_acpi_qtest(ctx):
    """Every variant of the qtest passes against the goldens."""
    rc, out = _run(ctx, GOLDEN)
    bad = [line for line in out.splitlines() if line.startswith("not ok")]
    check(not bad, "nofw-acpi-test: %s\n%s" % ("; ".join(bad), out[-3000:]))
    oks = re.findall(r"^ok \d+ (\S+)", out, re.M)
    check(len(oks) >= 9, "nofw-acpi-test ran %d variants, expected >= 9: "
          "%s" % (len(oks), oks))
    check(rc == 0, "nofw-acpi-test exit status %d" % rc)


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
