"""nofw with a bzImage as -kernel (issue #13): Debian's vmlinuz boots with
no firmware, like the vmlinux inside it, by either path nofw has for it:
"pvh" (QEMU finds the payload through the setup header, decompresses it and
enters the ELF at its PVH note) or "boot-protocol" (QEMU enters the bzImage
at code32_start through the Linux 32-bit boot protocol, with a zero page it
fills; the guest decompresses itself). The trace event nofw_bzimage names
the path; x-nofw-bzimage=pvh|boot-protocol forces one. A malformed bzImage
gives one line and exit status 1 with nofw=on, a warning and the firmware
path with nofw=auto.

Every image other than build/linux/vmlinuz is made here from it and from
build/linux/vmlinux (the payload it carries): payloads recompressed with
gzip, zstd (the `zstd` command) and lzma, and the corruptions.
"""

import gzip
import lzma
import os
import re
import shutil
import struct
import subprocess

import harness
from harness import check, fail

NOFW_ON = "q35,nofw=on"
REDUCED = "q35,nofw=on,nofw-pm=reduced"
ERROR_PREFIX = "qemu-system-x86_64: nofw=on: kernel '%s': "
FALLBACK = r"warning: nofw=auto: booting through firmware: \S"
GIB = 1 << 30

# Setup header fields (Documentation/arch/x86/boot.rst), file offsets.
SETUP_SECTS = 0x1f1         # u8, 0 means 4
SYSSIZE = 0x1f4             # u32, protected-mode size in 16-byte units
HDRS = 0x202                # "HdrS"
VERSION = 0x206             # u16
PAYLOAD_OFFSET = 0x248      # u32, from the protected-mode code
PAYLOAD_LENGTH = 0x24c      # u32
# boot_params (the zero page), offsets from its start.
BP_ACPI_RSDP = 0x070        # u64, protocol 2.14
BP_EXT_RAMDISK_IMAGE = 0x0c0
BP_EXT_RAMDISK_SIZE = 0x0c4
BP_EXT_CMD_LINE_PTR = 0x0c8
BP_E820_ENTRIES = 0x1e8     # u8
BP_CODE32_START = 0x214
BP_RAMDISK_IMAGE = 0x218
BP_RAMDISK_SIZE = 0x21c
BP_CMD_LINE_PTR = 0x228
BP_INIT_SIZE = 0x260        # u32
BP_E820_TABLE = 0x2d0       # 128 x (u64 addr, u64 size, u32 type)


# --- images ------------------------------------------------------------------

def _file(ctx, name, data):
    path = os.path.join(ctx.tmpdir, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def _linux_file(ctx, name):
    with open(os.path.join(ctx.linux, name), "rb") as f:
        return f.read()


class BzImage:
    """Debian's vmlinuz, as the setup header describes it: the protected-
    mode code at pm, the compressed payload at [start, end) (its last 4
    bytes: the uncompressed size, little endian)."""

    def __init__(self, ctx):
        self.data = _linux_file(ctx, "vmlinuz")
        d = self.data
        check(d[HDRS:HDRS + 4] == b"HdrS", "build/linux/vmlinuz: no HdrS")
        self.pm = ((d[SETUP_SECTS] or 4) + 1) * 512
        self.version = self.u16(VERSION)
        self.start = self.pm + self.u32(PAYLOAD_OFFSET)
        self.length = self.u32(PAYLOAD_LENGTH)
        self.end = self.start + self.length
        check(self.version >= 0x20c and self.end <= len(d) and
              d[self.start:self.start + 6] == b"\xfd7zXZ\0",
              "build/linux/vmlinuz: not an xz bzImage of protocol >= 2.12 "
              "(version 0x%x, payload [0x%x, 0x%x) of %d bytes)"
              % (self.version, self.start, self.end, len(d)))
        self.size = self.u32(self.end - 4)

    def u16(self, at):
        return struct.unpack_from("<H", self.data, at)[0]

    def u32(self, at):
        return struct.unpack_from("<I", self.data, at)[0]

    def patched(self, *fields, data=None):
        """A copy of the image (or of data) with (offset, format, value)
        fields written."""
        img = bytearray(self.data if data is None else data)
        for at, fmt, value in fields:
            struct.pack_into(fmt, img, at, value)
        return img

    def with_payload(self, payload):
        """The image with payload in place of the xz one: payload_length
        and syssize follow the new length, everything else is kept (the
        bzImage's own decompressor, which follows the payload, moves: only
        nofw's path pvh can boot it)."""
        img = self.data[:self.start] + payload + self.data[self.end:]
        sys_bytes = self.u32(SYSSIZE) * 16 + len(payload) - self.length
        return self.patched((PAYLOAD_LENGTH, "<I", len(payload)),
                            (SYSSIZE, "<I", (sys_bytes + 15) // 16),
                            data=img)


def _size4(n):
    return struct.pack("<I", n)


def _gzip_payload(vmlinux):
    # kbuild's cmd_gzip appends nothing: gzip's own trailer (ISIZE) is
    # already the size in the last 4 bytes.
    return gzip.compress(vmlinux, compresslevel=1, mtime=0)


def _zstd_payload(ctx, vmlinux_path, size):
    """zstd -c of the vmlinux + the size, as kbuild's zstd22_with_size."""
    if not shutil.which("zstd"):
        fail("the zstd command is not installed (Debian package zstd)")
    p = subprocess.run(["zstd", "-q", "-1", "-c", vmlinux_path],
                       capture_output=True, timeout=120)
    check(p.returncode == 0, "zstd failed: %s" % p.stderr[-300:])
    return p.stdout + _size4(size)


def _lzma_payload(vmlinux):
    """lzma (.lzma "alone" format) + the size, as kbuild's lzma_with_size:
    a format Linux's decompressor knows and QEMU does not decompress."""
    return lzma.compress(vmlinux, format=lzma.FORMAT_ALONE,
                         preset=0) + _size4(len(vmlinux))


def _without_pvh_note(vmlinux):
    """The vmlinux with its Xen PHYS32_ENTRY note's type changed (18 -> 99),
    so it has no PVH entry."""
    img = bytearray(vmlinux)
    at = 0
    while True:
        i = img.find(b"Xen\0", at)
        check(i >= 12, "no Xen PHYS32_ENTRY note in build/linux/vmlinux")
        namesz, _, ntype = struct.unpack_from("<III", img, i - 12)
        if namesz == 4 and ntype == 18:
            struct.pack_into("<I", img, i - 4, 99)
            return img
        at = i + 4


# --- running QEMU -----------------------------------------------------------

def _bios_log(ctx):
    """QEMU arguments for a debugcon on SeaBIOS's log port 0x402, and its
    file (one per run): with nofw not a byte may appear there."""
    path = ctx._prefix("seabios") + ".log"
    return ["-chardev", "file,id=biosdbg,path=" + path,
            "-device", "isa-debugcon,iobase=0x402,chardev=biosdbg"], path


def _text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "replace")


def _bz_paths(stderr, kernel):
    """The paths ("pvh", "boot-protocol") the nofw_bzimage trace lines
    name for kernel, in order."""
    out = []
    for line in stderr.splitlines():
        i = line.find("nofw_bzimage ")
        j = line.find(kernel, i) if i >= 0 else -1
        if j < 0:
            continue
        m = re.match(r"\W*(pvh|boot-protocol)\b", line[j + len(kernel):])
        out.append(m.group(1) if m else "?")
    return out


def _check_path(stderr, kernel, want, what):
    paths = _bz_paths(stderr, kernel)
    check(paths and set(paths) == {want},
          "%s: nofw_bzimage trace says %s, expected %s"
          % (what, paths or "nothing", want))


def _boot(ctx, machine, kernel="vmlinuz", append="", extra=(),
          reboot=False, trace=("nofw_bzimage",)):
    """Boot build/linux/<kernel> (or a path) with the initramfs to its
    end (ACPI power-off); check the command line arrived unchanged.
    Returns (Result, linux_report, SeaBIOS log text)."""
    bargs, blog = _bios_log(ctx)
    args = harness.linux_args(ctx, append=append, machine=machine,
                              kernel=kernel)
    cmdline = args[args.index("-append") + 1]
    for t in trace:
        args += ["-trace", t]
    args += bargs + list(extra) + ([] if reboot else ["-no-reboot"])
    r = harness.run_qemu(ctx, args, timeout=300 if reboot else 240,
                         serial=True)
    what = "%s %s" % (machine, os.path.basename(kernel))
    errors = [x for x in r.stderr.splitlines()
              if x.startswith("qemu-system-x86_64:") and "warning:" not in x]
    check(not errors, "%s: %s" % (what, errors[0] if errors else ""))
    harness.assert_linux_powered_off(r.returncode, r.serial)
    rep = harness.linux_report(r.serial)
    check(rep.get("CMDLINE") == cmdline, "%s: guest command line %r, "
          "expected %r" % (what, rep.get("CMDLINE"), cmdline))
    return r, rep, _text(blog)


def _no_firmware(log, what):
    check(log == "", "%s: firmware wrote %d bytes to port 0x402: %r"
          % (what, len(log), log[:200]))


def _tables(rep, what):
    tables = rep.get("ACPI-TABLES")
    check(tables and "FACP" in tables and "DSDT" in tables,
          "%s: guest sees ACPI tables %s" % (what, tables))
    return tables


# --- boots ------------------------------------------------------------------

def test_vmlinuz_boots_without_firmware(ctx):
    """nofw=on -kernel vmlinuz (Debian's bzImage, xz payload with a PVH
    note): path pvh, no firmware byte on port 0x402, -append and -initrd
    intact, ACPI clean, and the same ACPI tables as vmlinuz through SeaBIOS
    (nofw=off, which must not look at the bzImage) and as nofw with the
    vmlinux inside it."""
    r, rep_fw, log_fw = _boot(ctx, "q35,nofw=off")
    check("SeaBIOS" in log_fw, "nofw=off: SeaBIOS log on port 0x402 is "
          "empty; the comparison would prove nothing")
    check(not _bz_paths(r.stderr, "vmlinuz"),
          "nofw=off: nofw_bzimage trace fired: %r" % r.stderr[-300:])
    _, rep_elf, log = _boot(ctx, NOFW_ON, kernel="vmlinux")
    _no_firmware(log, "nofw=on vmlinux")
    r, rep, log = _boot(ctx, NOFW_ON, append="nofw.marker=bz13")
    _no_firmware(log, "nofw=on vmlinuz")
    _check_path(r.stderr, "vmlinuz", "pvh", "nofw=on vmlinuz")
    harness.assert_acpi_clean(rep, "nofw=on vmlinuz")
    tables = _tables(rep, "nofw=on vmlinuz")
    check(tables == rep_fw["ACPI-TABLES"], "ACPI tables: vmlinuz with nofw "
          "%s, through SeaBIOS %s" % (tables, rep_fw["ACPI-TABLES"]))
    check(tables == rep_elf["ACPI-TABLES"], "ACPI tables: vmlinuz with nofw "
          "%s, vmlinux with nofw %s" % (tables, rep_elf["ACPI-TABLES"]))


def test_vmlinuz_reduced(ctx):
    """nofw-pm=reduced: vmlinuz boots by path pvh to power-off (GED sleep
    register), no firmware, with the tables vmlinux gets in that mode."""
    _, rep_elf, _ = _boot(ctx, REDUCED, kernel="vmlinux")
    r, rep, log = _boot(ctx, REDUCED)
    _no_firmware(log, "reduced vmlinuz")
    _check_path(r.stderr, "vmlinuz", "pvh", "reduced vmlinuz")
    harness.assert_acpi_clean(rep, "reduced vmlinuz")
    check(_tables(rep, "reduced vmlinuz") == rep_elf["ACPI-TABLES"],
          "ACPI tables, nofw-pm=reduced: vmlinuz %s, vmlinux %s"
          % (rep["ACPI-TABLES"], rep_elf["ACPI-TABLES"]))


def test_vmlinuz_reboot_comes_back_through_nofw(ctx):
    """Plain q35 (nofw=auto) with vmlinuz: the guest reboots (reset) and
    nofw boots it again from the bzImage (two nofw resets, no firmware on
    port 0x402), then it powers off."""
    r, _, log = _boot(ctx, "q35", append="nofw.action=reboot-once",
                      reboot=True, trace=("nofw_bzimage", "nofw_reset"))
    starts = r.serial.count("NOFW-INIT start")
    check("NOFW-BOOT first" in r.serial and "NOFW-BOOT second" in r.serial
          and starts == 2, "expected a first and a second boot, got %d "
          "boot(s)" % starts)
    check("reboot: Restarting system" in r.serial, "no guest reboot")
    _no_firmware(log, "after the reboot")
    resets = re.findall(r"^(?:\d+@[\d.]+:)?nofw_reset .*", r.stderr, re.M)
    check(len(resets) == 2, "%d nofw_reset trace lines, expected 2 (cold "
          "boot, guest reboot): %s" % (len(resets), resets))
    _check_path(r.stderr, "vmlinuz", "pvh", "q35 vmlinuz")


# --- each path ---------------------------------------------------------------

def _registers(text):
    """'info registers' as {name: int} for the 32-bit general registers,
    EIP, EFL, CR0, and (selector, base, limit, attributes) for the
    segments."""
    regs = {}
    for name, value in re.findall(r"\b([ER](?:AX|BX|CX|DX|SI|DI|BP|SP|IP)|"
                                  r"EFL|RFL|CR0)=([0-9a-f]+)", text):
        regs["E" + name[1:] if name[0] == "R" else name] = int(value, 16)
    for seg, sel, base, limit, attr in re.findall(
            r"^(CS|DS|ES|SS) =([0-9a-f]{4}) ([0-9a-f]+) ([0-9a-f]+) "
            r"([0-9a-f]+)", text, re.M):
        regs[seg] = tuple(int(x, 16) for x in (sel, base, limit, attr))
    return regs


def _check_zero_page(ctx, bz):
    """Stopped before the first instruction (-S), with
    x-nofw-bzimage=boot-protocol: the CPU is where the 32-bit boot protocol
    says (flat segments, CS 0x10 and DS/ES/SS 0x18, paging off, IF=0,
    EIP = code32_start, ESI = the zero page, EBX = EBP = EDI = 0), and the
    zero page QEMU filled holds the command line, the initrd byte for byte,
    the RSDP address (acpi_rsdp_addr), and an e820 map whose RAM holds the
    kernel's init_size and the initrd but not the RSDP or the RSDT/XSDT
    (the kernel would reuse that memory)."""
    args = harness.linux_args(ctx, machine=NOFW_ON +
                              ",x-nofw-bzimage=boot-protocol",
                              kernel="vmlinuz", append="nofw.marker=zp")
    cmdline = args[args.index("-append") + 1]
    initrd = _linux_file(ctx, "initramfs.cpio.gz")
    with harness.Vm(ctx, args + ["-trace", "nofw_bzimage"], serial=False,
                    paused=True) as vm:
        regs = _registers(vm.hmp("info registers"))
        for r in ("EIP", "ESI", "EBX", "EBP", "EDI", "EFL", "CR0", "CS",
                  "DS", "ES", "SS"):
            check(r in regs, "info registers: no %s" % r)
        check(regs["CR0"] & 1 and not regs["CR0"] & 0x80000000,
              "CR0 0x%x: not protected mode without paging" % regs["CR0"])
        check(not regs["EFL"] & 0x200, "interrupts enabled at entry")
        for seg, want in (("CS", 0x10), ("DS", 0x18), ("ES", 0x18),
                          ("SS", 0x18)):
            sel, base, limit, _ = regs[seg]
            check(sel == want and base == 0 and limit == 0xffffffff,
                  "%s = 0x%x base 0x%x limit 0x%x, expected 0x%x, a flat "
                  "4 GiB segment (__BOOT_CS/__BOOT_DS)"
                  % (seg, sel, base, limit, want))
        check(regs["CS"][3] & 0x400000, "CS is not a 32-bit segment")
        for r in ("EBX", "EBP", "EDI"):
            check(regs[r] == 0, "%s = 0x%x at entry, boot protocol wants 0"
                  % (r, regs[r]))
        zp = vm.read_memory(regs["ESI"], 4096)
        check(zp[0x202:0x206] == b"HdrS", "ESI 0x%x is not a zero page with "
              "the setup header" % regs["ESI"])

        def u32(at):
            return struct.unpack_from("<I", zp, at)[0]
        code32 = u32(BP_CODE32_START)
        check(regs["EIP"] == code32, "EIP 0x%x, code32_start 0x%x"
              % (regs["EIP"], code32))
        check(vm.read_memory(code32, 64) == bz.data[bz.pm:bz.pm + 64],
              "the protected-mode code is not at code32_start 0x%x" % code32)
        ptr = u32(BP_CMD_LINE_PTR) | u32(BP_EXT_CMD_LINE_PTR) << 32
        got = vm.read_memory(ptr, len(cmdline) + 1)
        check(got == cmdline.encode() + b"\0", "command line at 0x%x: %r, "
              "expected %r" % (ptr, got, cmdline))
        image = u32(BP_RAMDISK_IMAGE) | u32(BP_EXT_RAMDISK_IMAGE) << 32
        size = u32(BP_RAMDISK_SIZE) | u32(BP_EXT_RAMDISK_SIZE) << 32
        check(size == len(initrd), "ramdisk_size %d, initrd is %d bytes"
              % (size, len(initrd)))
        check(vm.read_memory(image, size) == initrd,
              "the initrd at 0x%x differs from the file" % image)
        rsdp = struct.unpack_from("<Q", zp, BP_ACPI_RSDP)[0]
        rsdp_bytes = vm.read_memory(rsdp, 36) if rsdp else b""
        check(rsdp_bytes[:8] == b"RSD PTR ",
              "acpi_rsdp_addr 0x%x does not point to an RSDP" % rsdp)
        rsdt = struct.unpack_from("<I", rsdp_bytes, 16)[0]
        xsdt = struct.unpack_from("<Q", rsdp_bytes, 24)[0] \
            if rsdp_bytes[15] >= 2 else 0
        n = zp[BP_E820_ENTRIES]
        e820 = [struct.unpack_from("<QQI", zp, BP_E820_TABLE + 20 * i)
                for i in range(n)]
        ram = [(a, a + s) for a, s, t in e820 if t == 1]
        check(sum(b - a for a, b in ram) > 500 << 20,
              "e820 RAM %d bytes of 512 MiB: %s" % (
                  sum(b - a for a, b in ram), e820))
        for what, lo, hi in (
                ("kernel (init_size)", code32, code32 + u32(BP_INIT_SIZE)),
                ("initrd", image, image + size)):
            check(any(a <= lo and hi <= b for a, b in ram),
                  "%s [0x%x, 0x%x) not in e820 RAM %s" % (what, lo, hi, e820))
        for what, at in (("RSDP", rsdp), ("RSDT", rsdt), ("XSDT", xsdt)):
            check(not at or not any(a <= at < b for a, b in ram),
                  "%s 0x%x is in e820 RAM %s" % (what, at, e820))
        _check_path(vm.stderr, "vmlinuz", "boot-protocol", "-S run")


def test_each_path_forced(ctx):
    """x-nofw-bzimage=boot-protocol: Debian's vmlinuz decompresses itself
    and boots to power-off, -append and -initrd intact, no firmware, ACPI
    clean with the tables of path pvh (its RSDP from the zero page); the
    entry state and zero page are checked before it runs.
    x-nofw-bzimage=pvh boots it too."""
    bz = BzImage(ctx)
    _check_zero_page(ctx, bz)
    tables = {}
    for path in ("boot-protocol", "pvh"):
        what = "x-nofw-bzimage=" + path
        r, rep, log = _boot(ctx, NOFW_ON + "," + what,
                            append="nofw.marker=" + path)
        _no_firmware(log, what)
        _check_path(r.stderr, "vmlinuz", path, what)
        harness.assert_acpi_clean(rep, what)
        tables[path] = _tables(rep, what)
    check(tables["boot-protocol"] == tables["pvh"], "ACPI tables: "
          "boot-protocol %s, pvh %s" % (tables["boot-protocol"],
                                        tables["pvh"]))


def test_gzip_and_zstd_payloads_boot_by_pvh(ctx):
    """The vmlinux recompressed with gzip, and with zstd, in place of the
    xz payload (payload_length, syssize and the size trailer rewritten):
    QEMU decompresses both and boots them by path pvh to power-off."""
    bz = BzImage(ctx)
    vmlinux_path = os.path.join(ctx.linux, "vmlinux")
    vmlinux = _linux_file(ctx, "vmlinux")
    check(len(vmlinux) == bz.size, "build/linux/vmlinux is %d bytes, the "
          "vmlinuz payload states %d" % (len(vmlinux), bz.size))
    images = [("gzip", _gzip_payload(vmlinux)),
              ("zstd", _zstd_payload(ctx, vmlinux_path, len(vmlinux)))]
    wrong = []
    for name, payload in images:
        path = _file(ctx, "vmlinuz-" + name, bz.with_payload(payload))
        try:
            r, rep, log = _boot(ctx, NOFW_ON, kernel=path,
                                append="nofw.marker=" + name)
            _no_firmware(log, name)
            _check_path(r.stderr, path, "pvh", name)
            harness.assert_acpi_clean(rep, name)
        except harness.Failure as e:
            wrong.append("%s payload: %s" % (name, e))
    check(not wrong, "; ".join(wrong))


def _started_with_path(ctx, machine, path, want):
    """QEMU (-S) accepts the image and its trace names the path; the guest
    is not run (it could not decompress the payload)."""
    with harness.Vm(ctx, ["-machine", machine, "-accel", "tcg", "-m", "512",
                          "-nodefaults", "-display", "none", "-kernel", path,
                          "-trace", "nofw_bzimage", "-S"],
                    serial=False, qmp=False) as vm:
        vm._wait_text("stderr", vm.stderr_path,
                      r"nofw_bzimage .*(pvh|boot-protocol)", 30, 0, 1)
        _check_path(vm.stderr, path, want, "-S run")
        errors = [x for x in vm.stderr.splitlines()
                  if x.startswith("qemu-system-x86_64:")]
        check(not errors, errors[0] if errors else "")
        check(vm.running(), "QEMU exited (status %s)" % vm.proc.poll())


def test_unbootable_payloads_take_boot_protocol(ctx):
    """nofw=auto with an lzma payload (Linux can decompress it, QEMU does
    not) and nofw=on with a gzip payload whose ELF has no PVH note: both
    take path boot-protocol (QEMU starts, -S). Debian's decompressor is
    xz-only, so neither is booted."""
    bz = BzImage(ctx)
    vmlinux = _linux_file(ctx, "vmlinux")
    cases = [("lzma, nofw=auto", "q35", "vmlinuz-lzma",
              _lzma_payload(vmlinux)),
             ("no PVH note, nofw=on", NOFW_ON, "vmlinuz-nonote",
              _gzip_payload(_without_pvh_note(vmlinux)))]
    wrong = []
    for what, machine, name, payload in cases:
        path = _file(ctx, name, bz.with_payload(payload))
        try:
            _started_with_path(ctx, machine, path, "boot-protocol")
        except harness.Failure as e:
            wrong.append("%s: %s" % (what, e))
    check(not wrong, "; ".join(wrong))


# --- malformed images -------------------------------------------------------

def _malformed(ctx, bz):
    """[(name, file, extra QEMU arguments, regex or None)]: bzImages nofw=on
    must refuse; the regex, where given, must match the error line (the
    32-bit field named as read, unsigned)."""
    d = bz.data
    vmlinux = _linux_file(ctx, "vmlinux")
    mid = (bz.start + bz.end) // 2
    flipped = bytearray(d)
    flipped[mid:mid + 64] = bytes(x ^ 0xff for x in d[mid:mid + 64])
    gz = _gzip_payload(vmlinux)
    zst = _zstd_payload(ctx, os.path.join(ctx.linux, "vmlinux"), len(vmlinux))
    zst_bad = bytearray(zst)
    zmid = len(zst) // 2
    zst_bad[zmid:zmid + 64] = bytes(x ^ 0xff for x in zst[zmid:zmid + 64])
    no_hdrs = bz.patched((HDRS, "<4s", b"Nope"))
    lzma_img = _file(ctx, "lzma.bz", bz.with_payload(_lzma_payload(vmlinux)))
    cases = [
        ("payload cut by the end of the file", d[:mid], []),
        ("payload_offset beyond the file",
         bz.patched((PAYLOAD_OFFSET, "<I", len(d))), []),
        ("payload_length one byte beyond the file",
         bz.patched((PAYLOAD_LENGTH, "<I", len(d) - bz.start + 1)), []),
        ("payload_offset + payload_length wraps 32 bits",
         bz.patched((PAYLOAD_OFFSET, "<I", 0xffffff00),
                    (PAYLOAD_LENGTH, "<I", 0x200)), [],
         r"(?i)0xffffff00|4294967040|0x100004f00"),
        ("payload_length 0", bz.patched((PAYLOAD_LENGTH, "<I", 0)), []),
        ("xz stream corrupt (64 bytes flipped mid-payload)", flipped, []),
        ("stated size 3 GiB", bz.patched((bz.end - 4, "<I", 3 * GIB)), [],
         r"(?i)\b3221225472\b|0xc0000000|\b3 ?GiB|\b3072 ?MiB"),
        ("stated size 4 KiB below the real output",
         bz.patched((bz.end - 4, "<I", bz.size - 4096)), []),
        ("stated size above guest RAM (-m 32)", d, ["-m", "32"]),
        ("setup_sects 0xff: protected-mode code beyond a 64 KiB file",
         bz.patched((SETUP_SECTS, "<B", 0xff), data=d[:65536]), []),
        ("boot protocol 2.07 (no payload fields)",
         bz.patched((VERSION, "<H", 0x207)), []),
        ("boot protocol 2.11 with an lzma payload (neither way: no PVH "
         "kernel to decompress, boot protocol < 2.12)",
         bz.patched((VERSION, "<H", 0x20b),
                    data=bz.with_payload(_lzma_payload(vmlinux))), [],
         r"older than 2\.12"),
        ("no HdrS", no_hdrs, []),
        ("gzip stream truncated (consistent header)",
         bz.with_payload(gz[:len(gz) // 2] + _size4(len(vmlinux))), []),
        ("zstd stream corrupt", bz.with_payload(bytes(zst_bad)), []),
        ("lzma payload with x-nofw-bzimage=pvh", lzma_img,
         ["-machine", "x-nofw-bzimage=pvh"]),
    ]
    out = []
    for i, case in enumerate(cases):
        name, data, extra = case[:3]
        if isinstance(data, (bytes, bytearray)):
            data = _file(ctx, "bad%02d.bz" % i, data)
        out.append((name, data, extra, case[3] if len(case) > 3 else None))
    return out


def test_malformed_bzimages_one_line_exit_1(ctx):
    """nofw=on with each malformed bzImage: exit status 1 (not a signal),
    within 30 s, and exactly one stderr line, starting
    "qemu-system-x86_64: nofw=on: kernel '<file>': " (and naming a
    3 GiB stated size or a wrapping offset as they are)."""
    bz = BzImage(ctx)
    wrong = []
    for name, path, extra, expect in _malformed(ctx, bz):
        try:
            r = harness.run_qemu(ctx, ["-machine", NOFW_ON, "-accel", "tcg",
                                       "-m", "512", "-nodefaults", "-display",
                                       "none", "-kernel", path] + extra,
                                 timeout=30)
        except harness.Failure as e:
            wrong.append("%s: %s" % (name, e))
            continue
        lines = [x for x in r.stderr.splitlines() if x.strip()]
        if r.returncode != 1:
            wrong.append("%s: exit status %s, stderr %r"
                         % (name, r.returncode, r.stderr[-200:]))
        elif len(lines) != 1 or not lines[0].startswith(ERROR_PREFIX % path):
            wrong.append("%s: stderr %r" % (name, r.stderr[-300:]))
        elif expect and not re.search(expect, lines[0]):
            wrong.append("%s: %r does not match %r" % (name, lines[0], expect))
    check(not wrong, "%d malformed bzImage(s) not refused in one line: %s"
          % (len(wrong), "; ".join(wrong)))


def test_auto_falls_back_to_firmware(ctx):
    """nofw=auto: a bzImage with payload_offset beyond the file warns and
    runs SeaBIOS, which boots the kernel ROM (linuxboot); one with boot
    protocol 2.07 (no payload fields) warns and boots through SeaBIOS +
    linuxboot to power-off."""
    bz = BzImage(ctx)
    path = _file(ctx, "offset.bz",
                 bz.patched((PAYLOAD_OFFSET, "<I", len(bz.data))))
    bargs, blog = _bios_log(ctx)
    with harness.Vm(ctx, ["-machine", "q35", "-accel", "tcg", "-m", "512",
                          "-nodefaults", "-display", "none", "-kernel", path]
                    + bargs, serial=False, qmp=False) as vm:
        vm._wait_text("SeaBIOS log", blog, r"Booting from ROM", 60, 0, 1)
        check(re.search(FALLBACK, vm.stderr),
              "payload_offset beyond the file: no fallback warning: %r"
              % vm.stderr[-300:])
    path = _file(ctx, "v207.bz", bz.patched((VERSION, "<H", 0x207)))
    r, _, log = _boot(ctx, "q35", kernel=path)
    check("Booting from ROM" in log, "protocol 2.07: SeaBIOS did not boot "
          "the kernel ROM; its log ends: %r" % log[-200:])
    warnings = [x for x in r.stderr.splitlines() if re.search(FALLBACK, x)]
    check(len(warnings) == 1, "protocol 2.07: %d fallback warnings: %r"
          % (len(warnings), r.stderr[-300:]))


def _fds_named(pid, name):
    """The /proc/PID/fd links of pid whose target contains name."""
    found = []
    fd_dir = "/proc/%d/fd" % pid
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(os.path.join(fd_dir, fd))
        except OSError:
            continue                # closed meanwhile
        if name in target:
            found.append("fd %s -> %s" % (fd, target))
    return found


def test_auto_fallback_keeps_no_decompressed_kernel(ctx):
    """nofw=auto with -m 64: vmlinuz's payload decompresses to a PVH
    vmlinux (path pvh) whose last segment ends at 74 MiB, beyond RAM: a
    warning, the firmware path (SeaBIOS boots the kernel ROM), and the
    memfd that held the decompressed kernel is closed, before and after
    the guest runs: no fd of the live QEMU links to "nofw-vmlinux"."""
    path = os.path.join(ctx.linux, "vmlinuz")
    bargs, blog = _bios_log(ctx)
    with harness.Vm(ctx, ["-machine", "q35", "-accel", "tcg", "-m", "64",
                          "-nodefaults", "-display", "none", "-kernel", path,
                          "-trace", "nofw_bzimage"] + bargs,
                    serial=False, paused=True) as vm:
        check(vm.qmp("query-status")["status"] == "prelaunch",
              "QEMU (-S) is not waiting in prelaunch")
        _check_path(vm.stderr, path, "pvh", "nofw=auto -m 64")
        check(re.search(FALLBACK + r".*not in guest RAM", vm.stderr),
              "-m 64: no fallback warning naming the segment beyond RAM: "
              "%r" % vm.stderr[-300:])
        leaked = _fds_named(vm.pid, "nofw-vmlinux")
        check(not leaked, "after the fallback, QEMU keeps the decompressed "
              "kernel open: %s" % leaked)
        vm.qmp("cont")
        vm._wait_text("SeaBIOS log", blog, r"Booting from ROM", 60, 0, 1)
        check(vm.qmp("query-status")["status"] == "running",
              "QEMU is not running the firmware guest")
        leaked = _fds_named(vm.pid, "nofw-vmlinux")
        check(not leaked, "with the firmware guest running, QEMU keeps the "
              "decompressed kernel open: %s" % leaked)
