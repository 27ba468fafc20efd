"""A running nofw Linux guest across savevm/loadvm and live migration
(-incoming defer, migrate over a unix socket), in both PM modes, and
migration between nofw=on and nofw=off machines.

The guest runs /init's counter-acpi action (NOFW-COUNT <i> <md5 of its
ACPI tables> every 0.5 s) with busybox acpid beside it: a wrapper init in
a second cpio appended to the initramfs starts acpid as wait-powerbutton
does, then execs /init. So one boot shows both that the guest runs on
where it stopped (the count goes on by one, the md5 stays, no new
"NOFW-INIT start") and that it still obeys the ACPI power button (S5, QEMU
exits 0). A reset on the new QEMU must boot the kernel again through nofw:
one more nofw_reset trace line, nofw-start-info set, no byte on SeaBIOS's
log port 0x402, the same ACPI table list and md5 as the first boot.

A guest's console is followed across QEMUs: the source's text up to the
stop, then the destination's, so a line cut by the migration is whole.
"""

import gzip
import os
import re

import harness
from harness import check, fail

NOFW = "q35,nofw=on"
REDUCED = "q35,nofw=on,nofw-pm=reduced"
FIRMWARE = "q35,nofw=off"
APPEND = ("nofw.action=counter-acpi nofw.modules=button,evdev "
          "rdinit=/nofw-mig-init")
BOOT_TIMEOUT = 240      # one TCG boot to userspace on a loaded host

# PID 1 until it execs /init; busybox applets are called through
# /bin/busybox because /init installs their links only later.
WRAPPER = b"""#!/bin/busybox sh
b=/bin/busybox
(
    # /init mounts devtmpfs and loads button + evdev (nofw.modules=):
    # then acpid can open every event device, as wait-powerbutton does.
    while [ ! -e /dev/input/event0 ]; do $b sleep 0.1; done
    $b sleep 0.5
    $b acpid -f -c /etc/acpi -l /dev/null &
    pid=$!
    i=0
    while ! $b ls -l /proc/$pid/fd | $b grep -q /dev/input/event; do
        [ $i -lt 50 ] || { echo NOFW-ACPID-FAILED; exit; }
        $b sleep 0.1
        i=$((i + 1))
    done
    echo NOFW-ACPID-READY
    wait $pid
) &
exec /init
"""


def _cpio(files):
    """A newc archive of [(name, mode, data, (rdev major, minor))], owner
    0, mtime 0."""
    out = b""
    for ino, (name, mode, data, rdev) in enumerate(
            list(files) + [("TRAILER!!!", 0, b"", (0, 0))], 1):
        name = name.encode() + b"\0"
        out += ("070701" + "".join("%08X" % v for v in (
            ino, mode, 0, 0, 1, 0, len(data), 0, 0) + rdev +
            (len(name), 0))).encode() + name
        out += b"\0" * (-len(out) % 4) + data
        out += b"\0" * (-len(out) % 4)
    return out


def _initrd(ctx):
    """build/linux's initramfs with the wrapper init appended (Linux
    unpacks concatenated archives in order); a file in ctx.tmpdir."""
    path = os.path.join(ctx.tmpdir, "initramfs-mig.cpio.gz")
    with open(os.path.join(ctx.linux, "initramfs.cpio.gz"), "rb") as f:
        base = f.read()
    # ash opens /dev/null for a background job: there before devtmpfs
    extra = _cpio([("nofw-mig-init", 0o100755, WRAPPER, (0, 0)),
                   ("dev/null", 0o020666, b"", (1, 3))])
    with open(path, "wb") as f:
        f.write(base + gzip.compress(extra, mtime=0))
    return path


class Guest(harness.Vm):
    """The counting guest on machine, its console on a file, SeaBIOS's
    log port 0x402 on another (self.bios), nofw_reset* traced to stderr;
    incoming=True waits for migrate-incoming."""

    def __init__(self, ctx, initrd, machine, incoming=False, extra=()):
        self.bios_path = ctx._prefix("seabios") + ".log"
        args = harness.linux_args(ctx, machine=machine, append=APPEND)
        args[args.index("-initrd") + 1] = initrd
        args += ["-chardev", "file,id=biosdbg,path=" + self.bios_path,
                 "-device", "isa-debugcon,iobase=0x402,chardev=biosdbg",
                 "-trace", "nofw_reset*"] + list(extra)
        if incoming:
            args += ["-incoming", "defer"]
        super().__init__(ctx, args, serial=True)

    @property
    def bios(self):
        try:
            with open(self.bios_path, "rb") as f:
                return f.read().decode("latin-1")
        except FileNotFoundError:
            return ""

    def start_info(self):
        return self.qmp("qom-get", path="/machine",
                        property="nofw-start-info")

    def resets(self):
        """The start_info addresses of the nofw_reset trace lines (one per
        reset nofw prepared), in order."""
        return [int(a, 16) for a in re.findall(
            r"^(?:\d+@[\d.]+:)?nofw_reset .* start_info 0x([0-9a-f]+)",
            self.stderr, re.M)]


def _counts(text):
    """[(count, md5)] of the NOFW-COUNT lines."""
    return [(int(m.group(1)), m.group(2)) for m in re.finditer(
        r"^NOFW-COUNT (\d+) ([0-9a-f]{32})\r?$", text, re.M)]


def _last_boot(text):
    """text from its last "NOFW-INIT start" on (not anchored: a reset
    can cut the line the console was printing)."""
    starts = [m.start() for m in re.finditer(r"NOFW-INIT start", text)]
    check(starts, "no NOFW-INIT start in the console")
    return text[starts[-1]:]


def _first_boot(vm, nofw=True):
    """Wait until vm's guest counts with acpid listening; check how it
    booted. Returns {"tables": [...], "md5": ...} of that boot."""
    vm.wait_serial(r"^NOFW-ACPID-(READY|FAILED)", BOOT_TIMEOUT)
    check("NOFW-ACPID-READY" in vm.serial, "acpid did not start")
    vm.wait_serial(r"^NOFW-COUNT 2 ", 60)
    text = vm.serial
    check(text.count("NOFW-INIT start") == 1, "%d boots, expected 1"
          % text.count("NOFW-INIT start"))
    rep = harness.linux_report(text)
    harness.assert_acpi_clean(rep, "first boot")
    if nofw:
        check(vm.bios == "", "nofw: firmware wrote to port 0x402: %r"
              % vm.bios[:200])
        check(vm.start_info() != 0, "nofw-start-info is 0 on a nofw boot")
    else:
        check("SeaBIOS" in vm.bios, "nofw=off: no SeaBIOS log on port "
              "0x402: %r" % vm.bios[:200])
        check(vm.start_info() == 0, "nofw=off: nofw-start-info is %#x"
              % vm.start_info())
    tables = rep.get("ACPI-TABLES")
    check(tables and "FACP" in tables, "guest sees ACPI tables %s"
          % tables)
    return {"tables": tables, "md5": _counts(text)[0][1]}


def _migrate(src, dst, what, sock, return_path=False):
    """Migrate src to dst (started with incoming=True) over the unix
    socket sock; Failure unless it completed and dst runs."""
    if return_path:
        # the source learns that the destination refused the stream
        for vm in (src, dst):
            vm.qmp("migrate-set-capabilities", capabilities=[
                {"capability": "return-path", "state": True}])
    dst.qmp("migrate-incoming", uri="unix:" + sock)
    src.qmp("migrate", uri="unix:" + sock)
    harness.wait_migration(src, what)
    dst.wait_event("RESUME", timeout=30)


def _check_resumed(before, vm, what, ticks=3):
    """vm's guest runs on from before, the console up to the stop: no
    new boot, the count goes on from the last one before and is
    contiguous from 0 in this boot, one md5 throughout."""
    last = _counts(before)
    check(last, "%s: no NOFW-COUNT before the stop" % what)
    last = last[-1][0]
    vm.wait_serial(r"^NOFW-COUNT %d " % (last + ticks), 60)
    after = vm.serial
    check("NOFW-INIT start" not in after, "%s: the guest booted again: %s"
          % (what, after.strip()[:200]))
    counts = _counts(_last_boot(before + after))
    seq = [c for c, _ in counts]
    check(seq == list(range(len(seq))), "%s: counter not contiguous "
          "from 0 across the stop at %d: %s" % (what, last, seq))
    md5 = sorted(set(h for _, h in counts))
    check(len(md5) == 1, "%s: the ACPI tables' md5 changed: %s"
          % (what, md5))


def _check_left_alone(vm, what):
    """An incoming QEMU's startup reset left memory and CPUs to the
    stream: no nofw_reset trace line."""
    check(not vm.resets(), "%s: nofw prepared a reset for the incoming "
          "guest (start_info %s)" % (what, [hex(a) for a in vm.resets()]))


def _power_off(vm, before, what):
    """ACPI power button: acpid's handler powers the guest off (S5) and
    QEMU exits 0."""
    vm.qmp("system_powerdown")
    try:
        vm.wait_serial(r"^NOFW-POWERBUTTON", 60)
        rc = vm.wait_exit(60)
        harness.assert_linux_powered_off(rc, before + vm.serial)
    except harness.Failure as e:
        fail("%s: %s" % (what, e))


def _check_reboot(vm, first, what):
    """system_reset on vm: the kernel boots again through nofw (one more
    nofw_reset trace, at nofw-start-info; no firmware byte on port 0x402)
    and sees the first boot's ACPI tables (list and md5)."""
    mark = len(vm.serial)
    resets = len(vm.resets())
    vm.qmp("system_reset")
    vm.wait_serial(r"^NOFW-ACPID-(READY|FAILED)", BOOT_TIMEOUT, after=mark)
    vm.wait_serial(r"^NOFW-COUNT 1 ", 60, after=mark)
    text = vm.serial[mark:]
    check("NOFW-ACPID-READY" in text, "%s: acpid did not start" % what)
    check(text.count("NOFW-INIT start") == 1, "%s: %d boots, expected 1"
          % (what, text.count("NOFW-INIT start")))
    boot = _last_boot(text)
    rep = harness.linux_report(boot)
    harness.assert_acpi_clean(rep, what)
    info = vm.start_info()
    check(info != 0, "%s: nofw-start-info is 0" % what)
    new = vm.resets()[resets:]
    check(new == [info], "%s: nofw_reset traced at start_info %s, expected "
          "one at nofw-start-info %#x" % (what, [hex(a) for a in new], info))
    check(vm.bios == "", "%s: firmware wrote to port 0x402: %r"
          % (what, vm.bios[:200]))
    check(rep.get("ACPI-TABLES") == first["tables"], "%s: ACPI tables %s, "
          "first boot %s" % (what, rep.get("ACPI-TABLES"), first["tables"]))
    md5 = _counts(boot)[0][1]
    check(md5 == first["md5"], "%s: ACPI tables' md5 %s, first boot %s"
          % (what, md5, first["md5"]))


# --- savevm / loadvm ---------------------------------------------------------

def test_savevm_loadvm(ctx):
    """snapshot-save of the running guest into a qcow2, then two QEMUs
    with -loadvm: each guest runs on where it stopped (no re-entry, same
    tables); the first powers off by the power button, the second is
    reset, boots again through nofw as the first boot did, then powers
    off by the power button."""
    initrd = _initrd(ctx)
    img = os.path.join(ctx.tmpdir, "snap.qcow2")
    with Guest(ctx, initrd, NOFW) as vm:
        first = _first_boot(vm)
        vm.qmp("stop")
        before = vm.serial
        blockdev = harness.snapshot_save(vm, img, "t1")
    loadvm = blockdev + ["-loadvm", "t1"]
    with Guest(ctx, initrd, NOFW, extra=loadvm) as vm:
        _check_resumed(before, vm, "after loadvm")
        _power_off(vm, before, "power button after loadvm")
    with Guest(ctx, initrd, NOFW, extra=loadvm) as vm:
        _check_resumed(before, vm, "after the second loadvm")
        _check_reboot(vm, first, "reset after loadvm")
        _power_off(vm, before, "power button after loadvm and reset")


# --- live migration ----------------------------------------------------------

def _live_migration(ctx, machine):
    """Source -> A: the guest runs on in A; A resets it, nofw boots it
    again. A -> B: that guest runs on in B and powers off by the power
    button."""
    initrd = _initrd(ctx)
    sock = os.path.join(ctx.tmpdir, "mig%d.sock")
    with Guest(ctx, initrd, machine) as src, \
            Guest(ctx, initrd, machine, incoming=True) as a:
        first = _first_boot(src)
        info = src.start_info()
        _migrate(src, a, "source -> A", sock % 1)
        before = src.serial
        src.kill()
        _check_resumed(before, a, "A after migration")
        _check_left_alone(a, "A")
        # the "nofw" section told A that nofw started this guest
        check(a.start_info() == info, "A: nofw-start-info %#x after "
              "migration, the source's was %#x" % (a.start_info(), info))
        _check_reboot(a, first, "reset on A")
        with Guest(ctx, initrd, machine, incoming=True) as b:
            _migrate(a, b, "A -> B", sock % 2)
            before += a.serial
            a.kill()
            _check_resumed(before, b, "B after migration")
            _check_left_alone(b, "B")
            _power_off(b, before, "power button on B")


def test_live_migration_ich9(ctx):
    """nofw-pm=ich9: see _live_migration."""
    _live_migration(ctx, NOFW)


def test_live_migration_reduced(ctx):
    """nofw-pm=reduced (the power button is a GED event): see
    _live_migration."""
    _live_migration(ctx, REDUCED)


# --- nofw=on <-> nofw=off ----------------------------------------------------

def test_nofw_off_to_on(ctx):
    """A guest booted through SeaBIOS (nofw=off) migrated to a nofw=on
    machine: it runs on (same tables), a reset there boots it through
    nofw with the tables SeaBIOS gave it, and it powers off by the power
    button. Safe: nofw ignores the firmware image that came along in
    pc.bios, it prepares every cold reset itself."""
    initrd = _initrd(ctx)
    sock = os.path.join(ctx.tmpdir, "mig.sock")
    with Guest(ctx, initrd, FIRMWARE) as src, \
            Guest(ctx, initrd, NOFW, incoming=True) as dst:
        first = _first_boot(src, nofw=False)
        _migrate(src, dst, "nofw=off -> nofw=on", sock, return_path=True)
        before = src.serial
        src.kill()
        _check_resumed(before, dst, "nofw=on destination")
        _check_left_alone(dst, "nofw=on destination")
        # SeaBIOS started this guest: no start_info until nofw boots it
        check(dst.start_info() == 0, "nofw=on destination: nofw-start-info "
              "%#x for a guest SeaBIOS started" % dst.start_info())
        _check_reboot(dst, first, "reset on the nofw=on destination")
        _power_off(dst, before, "power button on the nofw=on destination")


REFUSED_OFF = ("nofw: the incoming guest was started without firmware "
               "(nofw=on) and this machine has nofw=off; start it with "
               "nofw=on")
REFUSED_PM = ("nofw: the incoming guest has nofw-pm=ich9 and this machine "
              "nofw-pm=reduced")


def test_nofw_on_to_off_refused(ctx):
    """A guest booted by nofw cannot move to a nofw=off machine: its
    pc.bios arrives from the source and holds nofw's reset stub, not
    SeaBIOS, so the destination would loop at the guest's next reset.
    The destination refuses the stream with one line naming nofw (the
    "nofw" section, sent only by nofw=on sources), and the source guest
    runs on. The same guest is then refused by a nofw=on destination
    with the other nofw-pm."""
    initrd = _initrd(ctx)
    sock = os.path.join(ctx.tmpdir, "mig%d.sock")
    with Guest(ctx, initrd, NOFW) as src:
        _first_boot(src)
        for n, (machine, line) in enumerate(((FIRMWARE, REFUSED_OFF),
                                             (REDUCED, REFUSED_PM))):
            with Guest(ctx, initrd, machine, incoming=True) as dst:
                try:
                    _migrate(src, dst, machine, sock % n, return_path=True)
                except harness.Failure as e:
                    _check_refused(src, dst, e, line)
                    continue
                fail("%s destination accepted a nofw=on, nofw-pm=ich9 "
                     "guest" % machine)
        _power_off(src, "", "power button on the source after refusals")


def _check_refused(src, dst, failure, line):
    """The refusal is clear: the destination exits 1 with line as its
    first error, and the source guest runs on."""
    rc = dst.wait_exit(30)
    errors = [e for e in dst.stderr.splitlines()
              if e.startswith("qemu-system-x86_64:")]
    check(rc == 1, "destination exit status %s after refusing" % rc)
    check(errors and errors[0] == "qemu-system-x86_64: " + line,
          "migration refused (%s), destination errors %s, expected first "
          "%r" % (failure, errors, line))
    check(src.qmp("query-status")["status"] == "running",
          "source not running after the refused migration")
    last = _counts(src.serial)[-1][0]
    src.wait_serial(r"^NOFW-COUNT %d " % (last + 2), 30)
