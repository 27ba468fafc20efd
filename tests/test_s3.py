"""Suspend to RAM (S3) and back: the Debian kernel suspends itself
(nofw.action=suspend, see scripts/make-kernel), QMP system_wakeup wakes it,
and it must resume where it was, every cycle, in one QEMU process: same
boot_id, its counter still counting, the ACPI tables unchanged and no ACPI
error in dmesg. With -no-reboot, a guest that boots again instead ends
QEMU, which fails the test."""

import re
import time

import harness
from harness import check

CYCLES = 5
RESUMED = (r"NOFW-RESUMED (\d+) (\S+) (\d+) (\d+) ([0-9a-f]{32}) (\d+)"
           r"|NOFW-SUSPEND-FAILED (\d+)")


def _start(ctx, machine="q35,nofw=on", kernel="vmlinux", smp=None,
           cycles=CYCLES, extra=(), append=""):
    args = harness.linux_args(
        ctx, "nofw.action=suspend nofw.cycles=%d %s" % (cycles, append),
        machine=machine, kernel=kernel, smp=smp) + ["-no-reboot"] + \
        list(extra)
    return harness.Vm(ctx, args, serial=True, paused=True)


def _boot_id(vm):
    m = vm.wait_serial(r"NOFW-BOOT-ID (\S+)", 240)
    return m.group(1), m.end()


def _suspended(vm):
    """Start vm's guest and wait until it is in S3 (cycle 1, QMP SUSPEND);
    return its boot_id."""
    vm.qmp("cont")
    boot_id, pos = _boot_id(vm)
    vm.wait_serial(r"NOFW-SUSPEND 1\b", 120, after=pos)
    vm.wait_event("SUSPEND", 60)
    return boot_id


def _migrate_suspended(src, dst, sock, what):
    """Migrate the suspended src to dst (started with -incoming defer) and
    let dst run; return dst's status."""
    dst.qmp("migrate-incoming", uri="unix:" + sock)
    src.qmp("migrate", uri="unix:" + sock)
    harness.wait_migration(src, what)
    dst.qmp("cont")
    # sent once the incoming state is loaded, also into suspended
    dst.wait_event("RESUME", 30)
    return dst.qmp("query-status")["status"]


def suspend_and_wake(vm, i, after):
    """Guest cycle i: wait for it to suspend (QMP SUSPEND, status
    suspended), wake it with system_wakeup; return the NOFW-RESUMED match."""
    pos = vm.wait_serial(r"NOFW-SUSPEND %d\b" % i, 120, after=after).end()
    vm.wait_event("SUSPEND", 60)
    st = vm.qmp("query-status")["status"]
    check(st == "suspended", "cycle %d: status %r after SUSPEND" % (i, st))
    vm.qmp("system_wakeup")
    vm.wait_event("WAKEUP", 30)
    m = vm.wait_serial(RESUMED, 120, after=pos)
    check(m.group(7) is None, "cycle %d: the guest's write to "
          "/sys/power/state failed" % i)
    return m


def check_resumes(vm, what, cycles=CYCLES, poweroff=True):
    """Run the guest's cycles; every one must resume the same boot. Then
    it powers off (poweroff=False: not awaited)."""
    boot_id, pos = _boot_id(vm)
    mem_sleep = vm.wait_serial(r"NOFW-MEM-SLEEP (.*)$", 30).group(1)
    check("deep" in mem_sleep, "%s: S3 (deep) not offered: mem_sleep %r"
          % (what, mem_sleep))
    md5 = None
    last = -1
    for i in range(1, cycles + 1):
        m = suspend_and_wake(vm, i, pos)
        pos = m.end()
        _, bid, before, after, tables, errors = m.groups()[:6]
        check(bid == boot_id, "%s cycle %d: boot_id %s, was %s (the guest "
              "booted again)" % (what, i, bid, boot_id))
        check(int(before) >= last and int(after) > int(before),
              "%s cycle %d: counter %s -> %s (before: %d)"
              % (what, i, before, after, last))
        last = int(after)
        md5 = md5 or tables
        check(tables == md5, "%s cycle %d: ACPI tables changed" % (what, i))
        check(errors == "0", "%s cycle %d: %s ACPI errors in dmesg"
              % (what, i, errors))
    check(vm.serial.count("NOFW-INIT start") == 1,
          "%s: the guest booted more than once" % what)
    if not poweroff:
        return
    rc = vm.wait_exit(120)
    harness.assert_linux_powered_off(rc, vm.serial)
    check("cannot resume" not in vm.stderr, "%s: %s" % (what, vm.stderr))


def test_s3_boot_protocol(ctx):
    """vmlinuz through the boot protocol, nofw-pm=ich9: five cycles."""
    with _start(ctx, "q35,nofw=on,x-nofw-bzimage=boot-protocol",
                kernel="vmlinuz") as vm:
        vm.qmp("cont")
        check_resumes(vm, "boot protocol")


def test_s3_boot_protocol_smp2(ctx):
    """The same with -smp 2: the AP is started again by Linux."""
    with _start(ctx, "q35,nofw=on,x-nofw-bzimage=boot-protocol",
                kernel="vmlinuz", smp=2) as vm:
        vm.qmp("cont")
        check_resumes(vm, "boot protocol -smp 2")
        check(re.search(r"NOFW-CPUS 2", vm.serial), "not 2 CPUs")


def test_s3_through_seabios(ctx):
    """Control: the same guest through SeaBIOS + linuxboot resumes once.
    Only once: Debian's SeaBIOS 1.16 does not program PMBASE, ACPI_EN and
    PCIEXBAR again at resume on q35, so the guest's next PM1_CNT write
    goes nowhere: its next suspend returns at once, without QEMU
    suspending, and its ACPI power-off does nothing (measured; nofw
    restores them, and its tests suspend five times and power off)."""
    with _start(ctx, "q35,nofw=off", kernel="vmlinuz", cycles=1) as vm:
        vm.qmp("cont")
        check_resumes(vm, "SeaBIOS", cycles=1, poweroff=False)


def test_s3_pvh(ctx):
    """vmlinux entered at its PVH note: five cycles. This needs the patch
    that keeps QEMU from copying the kernel's ELF segments into RAM again
    at the wakeup (it zeroed the page tables Linux resumes on)."""
    with _start(ctx, "q35,nofw=on", kernel="vmlinux") as vm:
        vm.qmp("cont")
        check_resumes(vm, "PVH vmlinux")


def test_s3_pvh_bzimage_smp2(ctx):
    """vmlinuz entered at its payload's PVH note (x-nofw-bzimage=pvh),
    -smp 2: five cycles."""
    with _start(ctx, "q35,nofw=on,x-nofw-bzimage=pvh", kernel="vmlinuz",
                smp=2) as vm:
        vm.qmp("cont")
        check_resumes(vm, "PVH from bzImage -smp 2")


def test_s3_pvh_through_seabios(ctx):
    """SeaBIOS + pvh.bin with vmlinux resumes too (once, see above): the
    guest reset at the wakeup was QEMU's ROM reload, not Linux or the
    firmware."""
    with _start(ctx, "q35,nofw=off", kernel="vmlinux", cycles=1) as vm:
        vm.qmp("cont")
        check_resumes(vm, "SeaBIOS + pvh.bin", cycles=1, poweroff=False)


def test_s3_migrated_while_suspended(ctx):
    """A guest suspended on one QEMU and migrated resumes on the
    destination after system_wakeup there, and suspends and resumes once
    more: the resume reads only guest RAM and devices."""
    sock = ctx.tmpdir + "/mig.sock"
    with _start(ctx, cycles=2) as src:
        boot_id = _suspended(src)
        with _start(ctx, cycles=2, extra=["-incoming", "defer"]) as dst:
            st = _migrate_suspended(src, dst, sock, "suspended guest")
            check(st == "suspended", "destination status %r, expected "
                  "suspended" % st)
            dst.qmp("system_wakeup")
            m = dst.wait_serial(RESUMED, 120)
            check(m.group(1) == "1" and m.group(2) == boot_id,
                  "on the destination: %r (boot_id was %s)"
                  % (m.group(0), boot_id))
            m = suspend_and_wake(dst, 2, m.end())
            check(m.group(2) == boot_id, "cycle 2: boot_id %s" % m.group(2))
            rc = dst.wait_exit(120)
            check(rc == 0 and "reboot: Power down" in dst.serial,
                  "destination: exit %s after the guest's power-off" % rc)
            check("NOFW-INIT start" not in dst.serial,
                  "the guest booted again on the destination")


def test_s3_not_offered_in_reduced_mode(ctx):
    """nofw-pm=reduced has no S3 (QEMU's GED sleep register knows only
    S5, so its DSDT has no _S3): Linux offers s2idle only, the guest's
    request for deep sleep fails at once and it runs on (same boot,
    powers off normally), and QEMU never suspends."""
    with _start(ctx, "q35,nofw=on,nofw-pm=reduced", cycles=1) as vm:
        vm.qmp("cont")
        boot_id, _ = _boot_id(vm)
        mem_sleep = vm.wait_serial(r"NOFW-MEM-SLEEP (.*)$", 30).group(1)
        check(mem_sleep.strip() == "[s2idle]", "mem_sleep %r, expected "
              "'[s2idle]'" % mem_sleep)
        vm.wait_serial(r"NOFW-SUSPEND-FAILED 1", 60)
        rc = vm.wait_exit(120)
        harness.assert_linux_powered_off(rc, vm.serial)
        check(not [e for e in vm.events if e["event"] == "SUSPEND"],
              "QEMU suspended a reduced-mode guest")
        check(vm.serial.count("NOFW-INIT start") == 1, "booted again")


def test_s2idle(ctx):
    """s2idle (freeze) still works with nofw-pm=ich9: the ACPI power button
    (an SCI, a wakeup interrupt) wakes the guest, which goes on where it
    was, twice; QEMU itself never suspends."""
    with _start(ctx, cycles=2, append="nofw.sleep=s2idle "
                "nofw.modules=button loglevel=7") as vm:
        vm.qmp("cont")
        boot_id, pos = _boot_id(vm)
        for i in (1, 2):
            pos = vm.wait_serial(r"NOFW-SUSPEND %d\b" % i, 60, after=pos).end()
            # the last line before the devices suspend (tens of ms more)
            pos = vm.wait_serial(r"Suspending console", 30, after=pos).end()
            time.sleep(1)
            # a press that came too early is lost: press until it wakes
            deadline = time.monotonic() + 60
            while not re.compile(RESUMED).search(vm.serial, pos):
                check(time.monotonic() < deadline, "s2idle %d: the power "
                      "button did not wake the guest in 60 s" % i)
                vm.qmp("system_powerdown")
                time.sleep(2)
            m = vm.wait_serial(RESUMED, 60, after=pos)
            pos = m.end()
            check(m.group(7) is None, "s2idle %d failed" % i)
            check(m.group(2) == boot_id and int(m.group(4)) > int(m.group(3)),
                  "s2idle %d: %r" % (i, m.group(0)))
        rc = vm.wait_exit(120)
        harness.assert_linux_powered_off(rc, vm.serial)
        check(not [e for e in vm.events if e["event"] == "SUSPEND"],
              "s2idle made QEMU suspend")


def test_s3_without_waking_vector_stays_suspended(ctx):
    """A guest that enters S3 without writing a waking vector (the test
    guest, s3=novector) cannot resume: at system_wakeup QEMU says so in
    one line and the guest stays suspended, its RAM as it left it (the
    marker it wrote is still there) and never runs again (no new entry);
    another wakeup gives the same line."""
    args = ["-machine", "q35,nofw=on", "-accel", "tcg", "-m", "512",
            "-nodefaults", "-display", "none",
            "-kernel", ctx.guest + "/pvh-test.elf",
            "-append", "s3=novector",
            "-device", "isa-debug-exit,iobase=0xf4,iosize=4"]
    with harness.Vm(ctx, args, serial=False, debugcon=True,
                    paused=True) as vm:
        vm.qmp("cont")
        vm.wait_debugcon(r"S3 suspending without a waking vector", 60)
        vm.wait_event("SUSPEND", 30)
        want = ("nofw: the guest cannot resume from S3 and stays "
                "suspended: the guest set no waking vector")
        for n in (1, 2):
            vm.qmp("system_wakeup")
            vm.wait_event("SUSPEND", 30)
            check(vm.qmp("query-status")["status"] == "suspended",
                  "wakeup %d: not suspended again" % n)
            lines = [x for x in vm.stderr.splitlines() if "nofw:" in x]
            check(len(lines) == n and all(want in x for x in lines),
                  "wakeup %d: stderr %r" % (n, vm.stderr))
        marker = vm.hmp("xp /1wx 0x7000")
        check("0x53334e56" in marker, "the guest's marker is gone: %r"
              % marker)
        check(vm.debugcon.count("ENTRY ") == 1, "the guest ran again: %r"
              % vm.debugcon[-300:])


def test_s3_savevm_while_suspended(ctx):
    """A suspended guest saved with savevm (snapshot-save) and started in
    a new QEMU with -loadvm is suspended there, and resumes after
    system_wakeup (same boot, the counter on)."""
    img = ctx.tmpdir + "/snap.qcow2"
    with _start(ctx, cycles=1) as vm:
        boot_id = _suspended(vm)
        blockdev = harness.snapshot_save(vm, img, "s3")
    with _start(ctx, cycles=1, extra=blockdev + ["-loadvm", "s3"]) as vm:
        vm.qmp("cont")
        st = vm.qmp("query-status")["status"]
        check(st == "suspended", "after -loadvm: status %r" % st)
        vm.qmp("system_wakeup")
        m = vm.wait_serial(RESUMED, 120)
        check(m.group(1) == "1" and m.group(2) == boot_id and
              int(m.group(4)) > int(m.group(3)),
              "after -loadvm and wakeup: %r (boot_id %s)"
              % (m.group(0), boot_id))
        rc = vm.wait_exit(120)
        check(rc == 0 and "reboot: Power down" in vm.serial,
              "exit %s after the guest's power-off" % rc)


def test_s3_firmware_guest_on_nofw_machine(ctx):
    """A guest booted through SeaBIOS, migrated while suspended to a
    nofw=on machine, resumes there through its own firmware (the pc.bios
    that came with it): nofw leaves a wakeup it did not boot alone."""
    sock = ctx.tmpdir + "/mig.sock"
    with _start(ctx, "q35,nofw=off", kernel="vmlinuz", cycles=1) as src:
        boot_id = _suspended(src)
        with _start(ctx, "q35,nofw=on", kernel="vmlinuz", cycles=1,
                    extra=["-incoming", "defer"]) as dst:
            st = _migrate_suspended(src, dst, sock,
                                    "suspended firmware guest")
            check(st == "suspended", "destination status %r, expected "
                  "suspended" % st)
            dst.qmp("system_wakeup")
            m = dst.wait_serial(RESUMED, 120)
            check(m.group(1) == "1" and m.group(2) == boot_id,
                  "on the nofw=on destination: %r" % m.group(0))
            check("nofw:" not in dst.stderr, dst.stderr)
