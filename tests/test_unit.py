"""QEMU-framework unit tests of nofw code (glib test harness, no VM),
built by `make` next to the QEMU binary and run here through TAP."""

import os
import re
import subprocess

from harness import check, fail


def _tap(ctx, name, minimum):
    """Run build/qemu/tests/unit/<name> --tap; every test must be "ok"."""
    exe = os.path.join(os.path.dirname(os.path.realpath(ctx.qemu)),
                       "tests", "unit", name)
    if not os.access(exe, os.X_OK):
        fail("%s not built (make builds it with QEMU)" % exe)
    p = subprocess.run([exe, "--tap", "-k"], capture_output=True, text=True,
                       timeout=120)
    out = p.stdout + p.stderr
    bad = [line for line in out.splitlines() if line.startswith("not ok")]
    check(not bad, "%s: %s\n%s" % (name, "; ".join(bad), out[-2000:]))
    m = re.search(r"^1\.\.(\d+)$", out, re.M)
    oks = len(re.findall(r"^ok \d+", out, re.M))
    check(m and int(m.group(1)) == oks and oks >= minimum,
          "%s: plan %s, %d ok, expected >= %d" % (name, m and m.group(1),
                                                  oks, minimum))
    check(p.returncode == 0, "%s exit status %d" % (name, p.returncode))


def test_loader_executor_unit(ctx):
    """tests/unit/test-nofw-loader.c: good scripts give the expected bytes,
    each validation rule rejects its script, naming command and field,
    before guest memory or fw_cfg are touched."""
    _tap(ctx, "test-nofw-loader", 27)
