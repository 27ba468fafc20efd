"""QEMU-framework unit tests of nofw code (glib test harness, no VM),
built by `make` next to the QEMU binary and run here through TAP."""

import harness


def test_loader_executor_unit(ctx):
    """tests/unit/test-nofw-loader.c: good scripts give the expected bytes,
    each validation rule rejects its script, naming command and field,
    before guest memory or fw_cfg are touched."""
    status, out = harness.run_built_test(ctx, "tests/unit/test-nofw-loader",
                                         timeout=120)
    harness.assert_tap_ok("test-nofw-loader", status, out, 31)
