"""nofw PVH boot (hw/i386/nofw.c): the real Debian kernel boots with no
firmware instruction run, nofw=on|off|auto choose the path as documented,
and every input nofw cannot boot gives one line and exit status 1.
"""

import os
import re
import shutil

import harness
from harness import check

# SeaBIOS logs to port 0x402; with nofw not a byte may appear there.
SEABIOS_LOG = ["-chardev", "file,id=biosdbg,path=%s",
               "-device", "isa-debugcon,iobase=0x402,chardev=biosdbg"]


def _bioslog_args(ctx):
    path = os.path.join(ctx.tmpdir, "seabios.log")
    args = list(SEABIOS_LOG)
    args[1] = args[1] % path
    return args, path


def _boot_linux(ctx, machine, append="", smp=None, memory=512, extra=()):
    bargs, blog = _bioslog_args(ctx)
    args = harness.linux_args(ctx, append=append, machine=machine,
                              smp=smp, memory=memory) + ["-no-reboot"]
    r = harness.run_qemu(ctx, args + bargs + list(extra), timeout=240,
                         serial=True)
    harness.assert_linux_powered_off(r.returncode, r.serial)
    with open(blog, "rb") as f:
        return r, harness.linux_report(r.serial), f.read()


def test_nofw_on_boots_linux_without_firmware(ctx):
    """nofw=on: Debian's vmlinux boots to ACPI power-off, SeaBIOS's debug
    port stays empty, and the guest sees the same ACPI tables as through
    SeaBIOS (nofw=off) on the same command line."""
    _, rep_fw, log_fw = _boot_linux(ctx, "q35,nofw=off")
    check(b"SeaBIOS" in log_fw,
          "nofw=off: SeaBIOS log on port 0x402 is empty; the comparison "
          "would prove nothing")
    _, rep, log = _boot_linux(ctx, "q35,nofw=on")
    check(log == b"", "nofw=on: firmware wrote %d bytes to port 0x402: %r"
          % (len(log), log[:200]))
    harness.assert_acpi_clean(rep)
    check(rep["ACPI-TABLES"] == rep_fw["ACPI-TABLES"],
          "ACPI tables with nofw %s, through SeaBIOS %s"
          % (rep["ACPI-TABLES"], rep_fw["ACPI-TABLES"]))


def test_nofw_auto_is_default_for_pvh_kernel(ctx):
    """Plain -machine q35 with a PVH vmlinux boots firmwareless (auto);
    -smp 4 brings up 4 CPUs; -append and -initrd reach the guest."""
    _, rep, log = _boot_linux(ctx, "q35", append="nofw.marker=auto42", smp=4)
    check(log == b"", "default q35 + vmlinux ran firmware: %r" % log[:200])
    check(rep.get("CPUS") == "4", "NOFW-CPUS %s, expected 4" % rep.get("CPUS"))
    check("nofw.marker=auto42" in rep.get("CMDLINE", ""),
          "-append did not reach the guest: %r" % rep.get("CMDLINE"))
    # the initramfs ran /init, so -initrd reached the guest intact
    harness.assert_acpi_clean(rep)


def test_nofw_big_memory_and_smp(ctx):
    """-smp 4 -m 6G (RAM above 4 GiB): same tables as SeaBIOS, no errors."""
    _, rep_fw, _ = _boot_linux(ctx, "q35,nofw=off", smp=4, memory="6G")
    _, rep, log = _boot_linux(ctx, "q35,nofw=on", smp=4, memory="6G")
    check(log == b"", "firmware ran: %r" % log[:200])
    harness.assert_acpi_clean(rep)
    check(rep["ACPI-TABLES"] == rep_fw["ACPI-TABLES"],
          "ACPI tables with nofw %s, through SeaBIOS %s"
          % (rep["ACPI-TABLES"], rep_fw["ACPI-TABLES"]))
    check(rep.get("CPUS") == "4", "NOFW-CPUS %s" % rep.get("CPUS"))


def test_older_machine_type_keeps_firmware(ctx):
    """pc-q35-9.2 defaults to nofw=off: the same vmlinux goes through SeaBIOS
    (compat), and qom-get reports off."""
    _, _, log = _boot_linux(ctx, "pc-q35-9.2")
    check(b"SeaBIOS" in log, "pc-q35-9.2 did not run SeaBIOS")
    with harness.Vm(ctx, ["-machine", "pc-q35-9.2", "-nodefaults",
                          "-display", "none", "-accel", "qtest"],
                    serial=False, paused=True) as vm:
        v = vm.qmp("qom-get", path="/machine", property="nofw")
        check(v == "off", "pc-q35-9.2 nofw is %r, expected 'off'" % v)
    with harness.Vm(ctx, ["-machine", "q35", "-nodefaults", "-display",
                          "none", "-accel", "qtest"],
                    serial=False, paused=True) as vm:
        v = vm.qmp("qom-get", path="/machine", property="nofw")
        check(v == "auto", "q35 nofw is %r, expected 'auto'" % v)


def _nofw_default(ctx, machine):
    with harness.Vm(ctx, ["-machine", machine, "-nodefaults", "-display",
                          "none", "-accel", "qtest"],
                    serial=False, paused=True) as vm:
        return vm.qmp("qom-get", path="/machine", property="nofw")


def test_auto_only_on_newest_machine_type(ctx):
    """The base's newest q35 type (pc-q35-BASE: 10.2 on 10.2, 10.0 on 10.0)
    defaults to auto and the one before it to off (compat)."""
    r = harness.run_qemu(ctx, ["-machine", "help"], timeout=30)
    types = sorted({tuple(int(x) for x in v.split(".")) for v in
                    re.findall(r"^pc-q35-(\d+\.\d+)\s", r.stdout, re.M)})
    check(len(types) >= 2, "pc-q35 types in -machine help: %s" % types)
    newest, older = ["pc-q35-%d.%d" % t for t in types[-1:-3:-1]]
    check(newest == "pc-q35-" + ctx.base, "newest q35 type %s on base %s"
          % (newest, ctx.base))
    for machine, want in ((newest, "auto"), (older, "off")):
        v = _nofw_default(ctx, machine)
        check(v == want, "%s nofw is %r, expected %r" % (machine, v, want))


def test_no_firmware_file_needed(ctx):
    """With nofw no firmware file is read: a copy of the binary that finds
    no data directory still boots Linux, while nofw=off fails there."""
    lone = os.path.join(ctx.tmpdir, "bin")
    os.mkdir(lone)
    qemu = os.path.join(lone, "qemu-system-x86_64")
    shutil.copy(os.path.realpath(ctx.qemu), qemu)
    args = harness.linux_args(ctx) + ["-no-reboot"]
    r = harness.run_qemu(ctx, args, timeout=240, serial=True, qemu=qemu)
    harness.assert_linux_powered_off(r.returncode, r.serial)
    r = harness.run_qemu(ctx, args + ["-machine", "nofw=off"],
                         timeout=60, qemu=qemu)
    check(r.returncode == 1 and "could not load PC BIOS" in r.stderr,
          "nofw=off without firmware files: rc %s, stderr %r"
          % (r.returncode, r.stderr[-300:]))


def test_help_describes_properties(ctx):
    """-machine q35,help documents nofw (with both bzImage paths),
    nofw-pm and x-nofw-bzimage."""
    r = harness.run_qemu(ctx, ["-machine", "q35,help"], timeout=30)
    check(re.search(r"^\s+nofw=<OnOffAuto>\s+- Boot -kernel with no firmware"
                    r".*PVH entry.*bzImage.*boot protocol.*nofw_bzimage",
                    r.stdout, re.M), "nofw missing from -machine q35,help")
    check(re.search(r"^\s+x-nofw-bzimage=<string>\s+- .*auto.*pvh.*"
                    r"boot-protocol", r.stdout, re.M),
          "x-nofw-bzimage missing from -machine q35,help")
    check(re.search(r"^\s+nofw-pm=<string>\s+- .*ich9.*reduced",
                    r.stdout, re.M), "nofw-pm missing from -machine q35,help")


def _write_corrupt(ctx, name, data):
    path = os.path.join(ctx.tmpdir, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def _guest_with_note_field(ctx, name, field, value):
    """A copy of pvh-test.elf whose PVH note header field (0 namesz,
    1 descsz, 2 type) is set to value, written to tmpdir/name."""
    with open(os.path.join(ctx.guest, "pvh-test.elf"), "rb") as f:
        img = bytearray(f.read())
    i = img.find(b"Xen\0")
    check(i > 12, "no Xen note in pvh-test.elf")
    at = i - 12 + 4 * field
    img[at:at + 4] = value.to_bytes(4, "little")
    return _write_corrupt(ctx, name, img)


def _one_line_error(ctx, args, expect):
    r = harness.run_qemu(ctx, ["-nodefaults", "-display", "none",
                               "-accel", "tcg"] + args, timeout=30)
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    check(r.returncode == 1,
          "%s: exit status %s (expected 1), stderr %r"
          % (" ".join(args), r.returncode, r.stderr[-300:]))
    check(len(lines) == 1 and re.search(expect, lines[0]),
          "%s: stderr %r does not match %r in one line"
          % (" ".join(args), r.stderr[-300:], expect))


def test_bad_inputs_one_line_exit_1(ctx):
    """Every input nofw=on cannot boot: exit status 1 and one line that
    names the problem (never an abort)."""
    vmlinux = os.path.join(ctx.linux, "vmlinux")
    vmlinuz = os.path.join(ctx.linux, "vmlinuz")
    with open(os.path.join(ctx.guest, "pvh-test.elf"), "rb") as f:
        good = f.read()
    # Multiboot header (magic, flags, checksum) in the first 8 KiB
    mboot = bytearray(good)
    check(mboot[0x800:0x80c] == bytes(12), "pvh-test.elf: 0x800 not free")
    mboot[0x800:0x80c] = b"".join(x.to_bytes(4, "little") for x in
                                  (0x1badb002, 0, (-0x1badb002) & 0xffffffff))
    flash = _write_corrupt(ctx, "flash.img", bytes(256 * 1024))
    cases = [
        (["-machine", "q35,nofw=on"], r"nofw=on: no -kernel given"),
        (["-machine", "q35,nofw=on", "-kernel",
          _write_corrupt(ctx, "mboot.elf", mboot)], r"is a Multiboot image"),
        (["-machine", "q35,nofw=on", "-kernel", vmlinux, "-drive",
          "if=pflash,format=raw,file=" + flash],
         r"firmware in pflash was requested"),
        (["-machine", "q35,nofw=on,x-nofw-bzimage=bogus", "-kernel",
          vmlinuz], r"x-nofw-bzimage: 'bogus' is not"),
        (["-machine", "q35,nofw=on", "-kernel", "/bin/true"],
         r"no PVH entry note"),
        (["-machine", "q35,nofw=on", "-kernel",
          _guest_with_note_field(ctx, "nonote.elf", 2, 99)],
         r"no PVH entry note"),
        (["-machine", "q35,nofw=on", "-kernel",
          _guest_with_note_field(ctx, "badsize.elf", 1, 0x7fffffff)],
         r"runs past its segment end"),
        (["-machine", "q35,nofw=on", "-kernel",
          _guest_with_note_field(ctx, "desc2.elf", 1, 2)],
         r"PVH note payload is 2 bytes"),
        (["-machine", "q35,nofw=on", "-kernel",
          _write_corrupt(ctx, "trunc.elf", good[:40])],
         r"ELF header truncated|outside the file"),
        (["-machine", "q35,nofw=on", "-kernel",
          _write_corrupt(ctx, "empty.elf", b"")], r"not an ELF file"),
        (["-machine", "q35,nofw=on", "-kernel", vmlinux, "-m", "8"],
         r"not in guest RAM"),
        (["-machine", "q35,nofw=on,acpi=off", "-kernel", vmlinux],
         r"ACPI is off"),
        (["-machine", "q35,nofw=on", "-bios", "bios.bin", "-kernel",
          vmlinux], r"requested with -bios"),
        (["-machine", "q35,nofw=on,nofw-pm=bogus", "-kernel", vmlinux],
         r"nofw-pm: 'bogus' is not"),
        (["-machine", "q35,nofw=bogus"], r"nofw"),
    ]
    for args, expect in cases:
        _one_line_error(ctx, args, expect)


def test_auto_falls_back_with_warning(ctx):
    """nofw=auto with a malformed PVH note warns and takes the firmware
    path instead of failing."""
    path = _guest_with_note_field(ctx, "desc2.elf", 1, 2)
    bargs, blog = _bioslog_args(ctx)
    with harness.Vm(ctx, ["-machine", "q35", "-accel", "tcg", "-nodefaults",
                          "-display", "none", "-kernel", path] + bargs,
                    serial=False) as vm:
        vm._wait_text("SeaBIOS log", blog, r"SeaBIOS", 30, 0, 1)
        check(re.search(r"warning: nofw=auto: booting through firmware: "
                        r".*PVH note payload is 2 bytes", vm.stderr),
              "no fallback warning: %r" % vm.stderr[-300:])
