#!/usr/bin/env python3
"""Make every check of pvh-test fail once, on purpose.

For each case this starts QEMU (-S, gdbstub), stops at the guest's PVH
entry point with gdb, breaks one thing the loader handed over (a register,
start_info, the memmap, an ACPI table, a chipset register through a small
stub that does port I/O before jumping to the entry point, ...), lets the
guest run, and checks that the expected FAIL lines appear. A baseline case
must have no FAIL at all. After a full run (no -k), every check that PASSed
in some case must have been made to FAIL on purpose by some case (but
UNREACHABLE); a check added to the guest without a case fails the run.
The exit status is 0 when every case behaved and coverage holds.

    tests/guest/fault_inject.py [--qemu BIN] [--guest DIR] [-k SUBSTRING] [-v]

`make check` runs it against the QEMU under test (tests/test_guest.py,
every_check_can_fail): q35 cases boot through nofw (nofw=auto), microvm
ones through qboot + pvh.bin. By hand it also works with SeaBIOS + pvh.bin
(Debian's QEMU 7.2, the default --qemu). It finds what to break by reading
guest memory at the entry point, so it works with any loader that enters
at the PVH entry point with ebx = start_info; what it adds (stubs, copied
tables, a GDT, page tables) goes to low RAM below 0x93000, which no loader
here uses.
It needs gdb (with Python) and writes under a temporary dir.
"""

import argparse
import json
import os
import re
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# gdb side: this module is imported again inside gdb (python), where the
# injection functions below run with a Guest object.
# --------------------------------------------------------------------------


class Guest:
    """Guest memory/register access at the PVH entry point (inside gdb)."""

    def __init__(self, gdb, syms):
        self.gdb = gdb
        self.inf = gdb.selected_inferior()
        self.syms = syms
        self.si = self.reg("ebx")

    def reg(self, name):
        return int(self.gdb.parse_and_eval("$" + name)) & 0xffffffff

    def set_reg(self, name, value):
        self.gdb.execute("set $%s = %d" % (name, value))

    def read(self, addr, n):
        return self.inf.read_memory(addr, n).tobytes()

    def write(self, addr, data):
        self.inf.write_memory(addr, bytes(data))

    def r8(self, a):
        return self.read(a, 1)[0]

    def r16(self, a):
        return struct.unpack("<H", self.read(a, 2))[0]

    def r32(self, a):
        return struct.unpack("<I", self.read(a, 4))[0]

    def r64(self, a):
        return struct.unpack("<Q", self.read(a, 8))[0]

    def w8(self, a, v):
        self.write(a, struct.pack("<B", v & 0xff))

    def w16(self, a, v):
        self.write(a, struct.pack("<H", v & 0xffff))

    def w32(self, a, v):
        self.write(a, struct.pack("<I", v & 0xffffffff))

    def w64(self, a, v):
        self.write(a, struct.pack("<Q", v))

    # start_info fields
    def memmap(self):
        return self.r64(self.si + 40)

    def mm_entry(self, i):
        return self.memmap() + 24 * i

    def rsdp(self):
        return self.r64(self.si + 32)

    def rsdt(self):
        return self.r32(self.rsdp() + 16)

    def tables(self):
        """The addresses in the XSDT (if the RSDP has one) or the RSDT."""
        rsdp = self.rsdp()
        if self.r8(rsdp + 15) >= 2 and self.r64(rsdp + 24):
            root, size = self.r64(rsdp + 24), 8
        else:
            root, size = self.rsdt(), 4
        n = (self.r32(root + 4) - 36) // size
        for i in range(n):
            yield (self.r64 if size == 8 else self.r32)(root + 36 + size * i)

    def table(self, sig):
        for a in self.tables():
            if self.read(a, 4) == sig:
                return a
        raise RuntimeError("no table " + sig.decode())

    def vgia(self):
        """Address of vmgenid's named dword VGIA in an SSDT."""
        for a in self.tables():
            if self.read(a, 4) == b"SSDT":
                i = self.read(a, self.r32(a + 4)).find(b"\x08VGIA\x0c")
                if i >= 0:
                    return a + i + 6
        raise RuntimeError("no VGIA in an SSDT")

    def fix_checksum(self, addr, length, at):
        """Make the bytes [addr, addr+length) sum to 0 by adjusting @at."""
        self.w8(at, 0)
        self.w8(at, -sum(self.read(addr, length)) & 0xff)

    def smbios_anchor(self):
        for a in range(0xf0000, 0x100000, 16):
            if self.read(a, 4) == b"_SM_":
                return a
        raise RuntimeError("no _SM_ anchor")

    def set_smbios_table(self, table):
        a = self.smbios_anchor()
        self.w32(a + 0x18, table)
        self.fix_checksum(a + 0x10, 15, a + 0x15)
        self.fix_checksum(a, self.r8(a + 5), a + 4)

    def run_stub(self, code):
        """Run @code (x86-32 bytes) at 0x90000, then the PVH entry point."""
        entry = self.syms["pvh_start"]
        code += b"\xb8" + struct.pack("<I", entry) + b"\xff\xe0"  # jmp entry
        self.write(0x90000, code)
        self.set_reg("pc", 0x90000)


def outl(port, value):
    return (b"\xb8" + struct.pack("<I", value) + b"\x66\xba" +
            struct.pack("<H", port) + b"\xef")


def pci_write32(dev, reg, value):
    return (outl(0xcf8, 0x80000000 | dev << 11 | reg) + outl(0xcfc, value))


def build_rsdp2(g, xsdt, at=0x90000, bad_xsum=False):
    """A revision-2 RSDP at @at pointing to @xsdt; start_info points to it."""
    rsdp = bytearray(g.read(g.rsdp(), 20))
    rsdp[15] = 2
    rsdp += struct.pack("<IQ", 36, xsdt) + b"\0\0\0\0"
    rsdp[8] = 0
    rsdp[8] = -sum(rsdp[:20]) & 0xff
    rsdp[32] = -sum(rsdp) & 0xff
    if bad_xsum:
        rsdp[32] ^= 0x55
    g.write(at, rsdp)
    g.w64(g.si + 32, at)


def build_xsdt(g, at, extra=()):
    """An XSDT at @at with the RSDT's entries (+ @extra 64-bit entries)."""
    rsdt = g.rsdt()
    n = (g.r32(rsdt + 4) - 36) // 4
    entries = [g.r32(rsdt + 36 + 4 * i) for i in range(n)] + list(extra)
    hdr = bytearray(g.read(rsdt, 36))
    hdr[0:4] = b"XSDT"
    body = b"".join(struct.pack("<Q", e) for e in entries)
    struct.pack_into("<I", hdr, 4, 36 + len(body))
    t = bytearray(hdr + body)
    t[9] = 0
    t[9] = -sum(t) & 0xff
    g.write(at, t)


def paging_on(g):
    """Identity-map 4 GiB with 4 MiB pages and turn paging on (a stub)."""
    pd = 0x80000
    g.write(pd, b"".join(struct.pack("<I", i << 22 | 0x83)
                         for i in range(1024)))
    g.run_stub(b"\xb8" + struct.pack("<I", pd) +      # mov $pd, %eax
               b"\x0f\x22\xd8"                         # mov %eax, %cr3
               b"\x0f\x20\xe0\x0d\x10\0\0\0"           # cr4 |= PSE
               b"\x0f\x22\xe0"
               b"\x0f\x20\xc0\x0d\0\0\0\x80"           # cr0 |= PG
               b"\x0f\x22\xc0")


def segment_bases(g):
    """Give DS, ES and SS base 0x1000: a stub loads a GDT of its own (the
    loader's may have no free slot) and selector 0x10 of it, a flat data
    segment but for its base. CS keeps its cached descriptor."""
    gdt = 0x91810
    g.write(gdt, struct.pack("<QQQ", 0,
                             0x00cf9b000000ffff,      # 0x08 flat code
                             0x00cf93001000ffff))     # 0x10 data, base 0x1000
    g.write(0x91800, struct.pack("<HI", 3 * 8 - 1, gdt))
    g.run_stub(b"\x0f\x01\x15" + struct.pack("<I", 0x91800) +  # lgdt
               b"\x66\xb8\x10\x00"                   # mov $0x10, %ax
               b"\x8e\xd8\x8e\xc0\x8e\xd0")          # mov %ax, %ds/es/ss


def a20_off(g):
    """Mask A20 (port 0x92), with a copy of the image at 0 to run from.
    The guest's entry counter (0x5000-0x5007) then lands in that copy:
    once the guest wrote it, put the image's bytes back."""
    image = open(g.syms["binary"], "rb").read()
    g.write(0, image)
    g.run_stub(b"\xe4\x92\x24\xfd\xe6\x92")  # in al,0x92; and al,~2; out
    g.gdb.execute("watch *(unsigned int *)0x5004")
    g.gdb.execute("continue")
    g.write(0x5000, image[0x5000:0x5008])


def boot_data_to_ram(g):
    """Copies of start_info, the memmap array, the module list and the
    command line at 0x90000 (RAM below 1 MiB for every loader here), with
    start_info's pointers and ebx changed to them."""
    si = bytearray(g.read(g.si, 56))
    n = g.r32(g.si + 48)
    g.write(0x90100, g.read(g.memmap(), 24 * n))
    struct.pack_into("<Q", si, 40, 0x90100)
    nmod = g.r32(g.si + 12)
    g.write(0x90800, g.read(g.r64(g.si + 16), 32 * nmod))
    struct.pack_into("<Q", si, 16, 0x90800)
    cmdline = g.read(g.r64(g.si + 24), 4096).split(b"\0")[0] + b"\0"
    g.write(0x90c00, cmdline)
    struct.pack_into("<Q", si, 24, 0x90c00)
    g.write(0x90000, si)
    g.set_reg("ebx", 0x90000)


def move_start_info(g, to):
    g.write(to, g.read(g.si, 56))
    g.set_reg("ebx", to)


def long_cmdline(g):
    g.write(0x20000, b"a" * 65536 + b"\0")
    g.w64(g.si + 24, 0x20000)


def copy_rsdp_low(g):
    g.write(0x90000, g.read(g.rsdp(), 20))
    g.w64(g.si + 32, 0x90000)


def xsdt_ok(g):
    build_xsdt(g, 0x91000)
    build_rsdp2(g, 0x91000)


def fake_tpm2(g, length=76, laml=0x10000, lasa=0x1000):
    """A TPM2 table at 0x92000 (event log LAML bytes at LASA), added to a
    new XSDT (the RSDT has no room), as if -device tpm-tis were there."""
    t = bytearray(76)
    t[0:4] = b"TPM2"
    struct.pack_into("<IB", t, 4, length, 4)
    struct.pack_into("<IQ", t, 64, laml, lasa)
    t = t[:length]
    t[9] = -sum(t) & 0xff
    g.write(0x92000, t)
    build_xsdt(g, 0x91000, extra=[0x92000])
    build_rsdp2(g, 0x91000)


def fadt_set(g, off, size, value):
    fadt = g.table(b"FACP")
    (g.w32 if size == 4 else g.w64)(fadt + off, value)


def fadt_facs_misaligned(g):
    fadt = g.table(b"FACP")
    facs = g.r32(fadt + 36) + 8
    g.w32(fadt + 36, facs)
    if g.r32(fadt + 4) >= 140:
        g.w64(fadt + 132, facs)


def fadt_no_dsdt(g):
    fadt = g.table(b"FACP")
    g.w32(fadt + 40, 0)
    if g.r32(fadt + 4) >= 148:
        g.w64(fadt + 140, 0)


def fadt_no_facs(g):
    fadt = g.table(b"FACP")
    g.w32(fadt + 36, 0)
    if g.r32(fadt + 4) >= 140:
        g.w64(fadt + 132, 0)


def smbios_structure_copy_low(g):
    a = g.smbios_anchor()
    table, size = g.r32(a + 0x18), g.r16(a + 0x16)
    g.write(0x90000, g.read(table, size))
    g.set_smbios_table(0x90000)


def drop_zero_tail(g):
    """qboot + pvh.bin (QEMU 7.2 microvm) append an all-zero memmap entry."""
    n = g.r32(g.si + 48)
    if n and g.read(g.mm_entry(n - 1), 24) == bytes(24):
        g.w32(g.si + 48, n - 1)


def ud2(g):
    """An invalid opcode at main(), after entry.S installed its IDT."""
    g.write(g.syms["main"], b"\x0f\x0b")


def gdb_main():
    """Entry inside gdb: stop at the entry point, inject, detach."""
    import gdb  # noqa: available inside gdb only
    params = json.loads(os.environ["FAULT_INJECT_PARAMS"])
    gdb.execute("set pagination off")
    gdb.execute("target remote 127.0.0.1:%d" % params["port"])
    entry = params["syms"]["pvh_start"]
    # nofw starts the CPU at the entry point itself: a "continue" from
    # there would step over the breakpoint and run the whole guest.
    if int(gdb.parse_and_eval("$pc")) & 0xffffffff != entry:
        gdb.execute("hbreak *%d" % entry)
        gdb.execute("continue")
    g = Guest(gdb, params["syms"])
    exec(params["inject"], dict(globals(), g=g))
    gdb.execute("delete")
    gdb.execute("detach")


# --------------------------------------------------------------------------
# Cases: (name, injection (python run in gdb with g), expected FAILs,
#         cmdline changes, extra QEMU args)
# --------------------------------------------------------------------------

BASE = {
    "ram_mb": "512", "acpi": "1", "pm": "ich9", "smbios": "1", "mcfg": "1",
    "initrd_crc": None, "initrd_size": None, "bootdata_low": "1",
}


def case(name, inject, expect, cmdline=None, qemu=(), initrd=True,
         machine="q35"):
    return dict(name=name, inject=inject, expect=expect,
                cmdline=cmdline or {}, qemu=list(qemu), initrd=initrd,
                machine=machine)


GUID = "324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87"

# microvm: HW-reduced ACPI (XSDT, FADT revision 5+), no PCI, no SMBIOS.
MICROVM = {"pm": "reduced", "smbios": None, "mcfg": None}


CASES = [
    case("baseline", None, []),
    case("smbios3-baseline", None, [],
         qemu=["-machine", "q35,smbios-entry-point-type=64"]),
    case("xsdt-path", "xsdt_ok(g)",
         ["acpi.rsdp.reserved", "acpi.XSDT.reserved"]),
    # cmdline expectations
    case("initrd-crc", None, ["initrd.crc32"],
         cmdline={"initrd_crc": "deadbeef"}),
    case("initrd-size", None, ["initrd.size"], cmdline={"initrd_size": "5"}),
    case("initrd-params", None, ["initrd.params"],
         cmdline={"initrd_size": "abc"}),
    case("initrd-missing", None, ["initrd.nr_modules"], initrd=False),
    case("ram-too-small", None, ["memmap.ram_mb"], cmdline={"ram_mb": "600"}),
    case("ram-too-big", None, ["memmap.ram_mb"], cmdline={"ram_mb": "500"}),
    case("bootdata-strict", "boot_data_to_ram(g)",
         ["start_info.reserved", "memmap.array.reserved", "cmdline.reserved",
          "modlist.reserved"], cmdline={"bootdata_low": None}),
    case("pm-reduced-on-ich9", None,
         ["pm.reduced.flag", "pm.reduced.pm1a_evt", "pm.reduced.gpe0",
          "pm.reduced.length"], cmdline={"pm": "reduced"}),
    case("pm-bad-mode", None, ["pm.mode"], cmdline={"pm": "piix"}),
    # SeaBIOS then builds its own ACPI 1.0 tables (FADT of 116 bytes,
    # PMBASE 0xb000): must pass too.
    case("seabios-own-acpi", None, [], qemu=["-machine", "q35,acpi=off"]),
    # CPU state
    # IF set by a stub that first masks the PICs: a pending timer interrupt
    # would otherwise hit the real-mode IDT at the first instruction.
    case("eflags-if", "g.run_stub(b'\\xb0\\xff\\xe6\\x21\\xe6\\xa1\\xfb')",
         ["cpu.eflags.if"]),
    case("cr0-pg", "paging_on(g)", ["cpu.cr0.pg"]),
    case("segment-bases", "segment_bases(g)",
         ["cpu.ds.base", "cpu.es.base", "cpu.ss.base"]),
    case("a20-off", "a20_off(g)", ["cpu.a20"]),
    case("exception", "ud2(g)", ["guest.exception"]),
    # the image
    case("image-head", "g.w32(0x100000, 0)",
         ["image.head", "cpu.ds.base", "cpu.es.base", "cpu.ss.base"]),
    case("bss-dirty", "g.w32(g.syms['__bss_start'] + 0x40, 1)",
         ["image.bss.zeroed"]),
    case("data-not-reloaded", "g.w32(g.syms['data_sentinel'], 0xdeadbeef)",
         ["image.data.reloaded"]),
    # start_info and memmap
    case("ebx-zero", "g.set_reg('ebx', 0)", ["start_info.ebx"]),
    case("magic", "g.w32(g.si, 0x12345678)", ["start_info.magic"]),
    case("version", "g.w32(g.si + 4, 0)", ["start_info.version"]),
    case("scratch-counter", "move_start_info(g, 0x5000)",
         ["guest.scratch.counter"]),
    case("scratch-a20", "move_start_info(g, 0x7000)", ["guest.scratch.a20"]),
    case("memmap-paddr", "g.w64(g.si + 40, 0)", ["memmap.paddr"]),
    case("memmap-entries", "g.w32(g.si + 48, 200)", ["memmap.entries"]),
    case("memmap-sorted",
         "e0, e3 = g.read(g.mm_entry(0), 24), g.read(g.mm_entry(3), 24);"
         "g.write(g.mm_entry(0), e3); g.write(g.mm_entry(3), e0)",
         ["memmap.sorted"]),
    case("memmap-overlap", "g.w64(g.mm_entry(0) + 8, 0xa0000)",
         ["memmap.nonoverlapping"]),
    case("memmap-size0", "g.w64(g.mm_entry(6) + 8, 0)", ["memmap.sizes"]),
    case("memmap-type", "g.w32(g.mm_entry(6) + 16, 9)", ["memmap.types"]),
    case("memmap-image-not-ram", "g.w32(g.mm_entry(3) + 16, 2)",
         ["memmap.image_in_ram", "memmap.ram_mb"]),
    case("acpi-in-ram", "g.w32(g.mm_entry(4) + 16, 1)",
         ["acpi.RSDT.reserved", "acpi.table.FACP.0.reserved",
          "acpi.dsdt.reserved", "acpi.facs.reserved"]),
    # cmdline
    case("cmdline-above-4g", "g.w64(g.si + 24, 1 << 32)",
         ["cmdline.below_4g"]),
    case("cmdline-unterminated", "long_cmdline(g)", ["cmdline.terminated"]),
    # initrd
    case("modlist-zero", "g.w64(g.si + 16, 0)", ["initrd.modlist"]),
    case("initrd-above-4g",
         "m = g.r64(g.si + 16); g.w64(m, g.r64(m) | 1 << 32)",
         ["initrd.below_4g"]),
    case("initrd-on-image", "m = g.r64(g.si + 16); g.w64(m, 0x100000)",
         ["initrd.placement", "initrd.crc32"]),
    # ACPI
    case("rsdp-paddr", "g.w64(g.si + 32, 0)", ["acpi.rsdp_paddr"]),
    case("rsdp-signature", "g.w64(g.si + 32, g.rsdp() + 16)",
         ["acpi.rsdp.signature"]),
    case("rsdp-checksum", "g.w8(g.rsdp() + 9, g.r8(g.rsdp() + 9) ^ 1)",
         ["acpi.rsdp.checksum"]),
    case("rsdp-in-ram", "copy_rsdp_low(g)", ["acpi.rsdp.reserved"]),
    case("rsdp-xchecksum", "build_xsdt(g, 0x91000);"
         "build_rsdp2(g, 0x91000, bad_xsum=True)",
         ["acpi.rsdp.xchecksum"]),
    case("rsdp-no-xsdt", "build_rsdp2(g, 0)", ["acpi.rsdp.xsdt"]),
    case("xsdt-above-4g", "build_rsdp2(g, 1 << 32)", ["acpi.root.below_4g"]),
    case("xsdt-entry-above-4g",
         "build_xsdt(g, 0x91000, extra=[1 << 32]); build_rsdp2(g, 0x91000)",
         ["acpi.table.5.below_4g"]),
    case("rsdt-signature", "g.w8(g.rsdt(), ord('X'))",
         ["acpi.RSDT.signature", "acpi.RSDT.checksum"]),
    case("rsdt-length", "g.w32(g.rsdt() + 4, 10)", ["acpi.RSDT.length"]),
    case("xsdt-signature", "build_xsdt(g, 0x91000); g.w8(0x91000, ord('R'));"
         "build_rsdp2(g, 0x91000)",
         ["acpi.XSDT.signature", "acpi.XSDT.checksum"]),
    case("xsdt-length", "build_xsdt(g, 0x91000); g.w32(0x91004, 10);"
         "build_rsdp2(g, 0x91000)", ["acpi.XSDT.length"]),
    case("table-checksum",
         "f = g.table(b'FACP'); g.w8(f + 10, g.r8(f + 10) ^ 1)",
         ["acpi.table.FACP.0.checksum"]),
    case("table-length", "g.w32(g.table(b'APIC') + 4, 20)",
         ["acpi.table.APIC.1.length"]),
    case("no-facp", "g.w8(g.table(b'FACP') + 3, ord('X'))",
         ["acpi.facp.present", "pm.fadt"]),
    case("dsdt-mismatch",
         "f = g.table(b'FACP'); g.w64(f + 140, g.r32(f + 40) + 16)",
         ["acpi.facp.dsdt_match", "acpi.dsdt.signature"]),
    case("dsdt-pointer", "fadt_no_dsdt(g)", ["acpi.dsdt.pointer"]),
    case("dsdt-length",
         "f = g.table(b'FACP'); g.w32(g.r32(f + 40) + 4, 10)",
         ["acpi.dsdt.length"]),
    case("dsdt-corrupt",
         "f = g.table(b'FACP'); d = g.r32(f + 40); g.w8(d, ord('X'))",
         ["acpi.dsdt.signature", "acpi.dsdt.checksum"]),
    case("facs-pointer", "fadt_no_facs(g)", ["acpi.facs.pointer"]),
    case("facs-signature",
         "f = g.table(b'FACP'); g.w8(g.r32(f + 36), ord('X'))",
         ["acpi.facs.signature"]),
    case("facs-length",
         "f = g.table(b'FACP'); g.w32(g.r32(f + 36) + 4, 8)",
         ["acpi.facs.length"]),
    case("facs-misaligned", "fadt_facs_misaligned(g)",
         ["acpi.facs.aligned"]),
    case("facs-mismatch",
         "f = g.table(b'FACP'); g.w64(f + 132, g.r32(f + 36) + 64)",
         ["acpi.facp.facs_match"]),
    # ICH9 PM and MMCONFIG (chipset registers changed by a stub)
    case("fadt-reduced-flag",
         "f = g.table(b'FACP'); g.w32(f + 112, g.r32(f + 112) | 1 << 20)",
         ["pm.fadt.not_reduced"]),
    case("pmbase-moved", "g.run_stub(pci_write32(0x1f, 0x40, 0x701))",
         ["pm.pmbase", "pm.pm1a_cnt", "pm.pm_tmr", "pm.gpe0",
          "pm.timer.runs"]),
    case("acpi-en-off", "g.run_stub(pci_write32(0x1f, 0x44, 0))",
         ["pm.acpi_en", "pm.timer.runs"]),
    case("sci-irq", "g.run_stub(pci_write32(0x1f, 0x44, 0x81))",
         ["pm.sci_int"]),
    case("pm1a-evt-zero", "f = g.table(b'FACP'); g.w32(f + 56, 0)",
         ["pm.pmbase"]),
    case("pciexbar-moved", "g.run_stub(pci_write32(0, 0x60, 0xe0000001))",
         ["pci.mcfg.pciexbar", "pci.mcfg.hostbridge"]),
    case("mcfg-length", "g.w32(g.table(b'MCFG') + 4, 44)",
         ["pci.mcfg.length"]),
    case("mcfg-above-4g", "g.w32(g.table(b'MCFG') + 48, 1)",
         ["pci.mcfg.below_4g", "pci.mcfg.pciexbar"]),
    # SMBIOS
    case("smbios-checksum",
         "a = g.smbios_anchor(); g.w8(a + 4, g.r8(a + 4) ^ 1)",
         ["smbios.entry"]),
    case("smbios-no-anchor",
         "a = g.smbios_anchor(); g.w8(a + 1, ord('X'))", ["smbios.entry"]),
    case("smbios-structures",
         "a = g.smbios_anchor(); g.w8(g.r32(a + 0x18) + 1, 0)",
         ["smbios.structures"]),
    case("smbios-table-zero", "g.set_smbios_table(0)",
         ["smbios.table.pointer"]),
    case("smbios-table-in-ram", "smbios_structure_copy_low(g)",
         ["smbios.table.reserved"]),
    # vmgenid (its GUID page found through the SSDT's VGIA)
    case("vmgenid-baseline", None, [], cmdline={"vmgenid": GUID},
         qemu=["-device", "vmgenid,guid=" + GUID]),
    case("vmgenid-param", None, ["vmgenid.param"],
         cmdline={"vmgenid": "324e6eaf"},
         qemu=["-device", "vmgenid,guid=" + GUID]),
    case("vmgenid-guid", None, ["vmgenid.guid"],
         cmdline={"vmgenid": GUID.replace("324e", "424e")},
         qemu=["-device", "vmgenid,guid=" + GUID]),
    case("vmgenid-vgia", "g.w32(g.vgia(), 0)", ["vmgenid.vgia"],
         cmdline={"vmgenid": GUID},
         qemu=["-device", "vmgenid,guid=" + GUID]),
    case("vmgenid-page-in-ram", "g.w32(g.vgia(), 0x90000)",
         ["vmgenid.page.reserved", "vmgenid.guid"],
         cmdline={"vmgenid": GUID},
         qemu=["-device", "vmgenid,guid=" + GUID]),
    # TPM: none, or a made-up TPM2 table (no swtpm needed)
    case("tpm-absent", None, ["tpm.tpm2.present"], cmdline={"tpm": "1"}),
    case("tpm-length", "fake_tpm2(g, length=52)", ["tpm.tpm2.length"],
         cmdline={"tpm": "1"}),
    case("tpm-log-pointer", "fake_tpm2(g, laml=0)", ["tpm.log.pointer"],
         cmdline={"tpm": "1"}),
    case("tpm-log-in-ram", "fake_tpm2(g, lasa=0x80000)",
         ["tpm.log.reserved"], cmdline={"tpm": "1"}),
    # microvm (qboot + pvh.bin); drop_zero_tail(): see its comment.
    case("microvm-baseline", "drop_zero_tail(g)", [], cmdline=MICROVM,
         machine="microvm"),
    case("microvm-zero-tail", None,
         ["memmap.sorted", "memmap.sizes", "memmap.types"],
         cmdline=MICROVM, machine="microvm"),
    case("microvm-not-reduced", "drop_zero_tail(g);"
         "f = g.table(b'FACP'); g.w32(f + 112, g.r32(f + 112) & ~(1 << 20))",
         ["pm.reduced.flag", "acpi.facs.pointer"], cmdline=MICROVM,
         machine="microvm"),
    case("microvm-no-reset-reg", "drop_zero_tail(g);"
         "g.w64(g.table(b'FACP') + 120, 0)",
         ["pm.reduced.reset_reg"], cmdline=MICROVM, machine="microvm"),
    case("microvm-no-sleep-regs", "drop_zero_tail(g);"
         "f = g.table(b'FACP'); g.w64(f + 248, 0); g.w64(f + 260, 0)",
         ["pm.reduced.sleep_control", "pm.reduced.sleep_status"],
         cmdline=MICROVM, machine="microvm"),
    case("microvm-pm1a-gpe0", "drop_zero_tail(g);"
         "f = g.table(b'FACP'); g.w32(f + 56, 0x600); g.w32(f + 80, 0x620)",
         ["pm.reduced.pm1a_evt", "pm.reduced.gpe0"], cmdline=MICROVM,
         machine="microvm"),
    case("microvm-short-fadt", "drop_zero_tail(g);"
         "g.w32(g.table(b'FACP') + 4, 244)",
         ["pm.reduced.length"], cmdline=MICROVM, machine="microvm"),
    case("microvm-as-ich9", "drop_zero_tail(g)",
         ["pm.fadt.not_reduced", "pm.lpc.id", "pci.hostbridge.id",
          "pci.mcfg.present"], cmdline=dict(MICROVM, pm="ich9", mcfg="1"),
         machine="microvm"),
]

# Not reachable by injection: cpu.cr0.pe and cpu.eflags.vm (the guest's
# 32-bit code cannot run at all then). guest.duplicate_check_name (a bug
# in the guest itself) never PASSes, so coverage does not ask for it.
UNREACHABLE = {"cpu.cr0.pe", "cpu.eflags.vm"}


def check_kind(name):
    """One name per check: acpi.table.<SIG>.<i>.x and acpi.table.<i>.x are
    the same check for every table (acpi.table.*.x)."""
    return re.sub(r"^acpi\.table\.(?:[^.]+\.)?\d+\.", "acpi.table.*.", name)


# --------------------------------------------------------------------------
# Host side
# --------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def symbols(elf):
    out = subprocess.run(["nm", elf], capture_output=True, text=True,
                         check=True).stdout
    syms = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            syms[parts[2]] = int(parts[0], 16)
    return syms


def run_case(c, args, tmp, initrd, crc):
    params = dict(BASE, initrd_crc="%08x" % crc,
                  initrd_size=str(len(initrd)))
    params.update(c["cmdline"])
    cmdline = " ".join("%s=%s" % kv for kv in params.items()
                       if kv[1] is not None)
    log = os.path.join(tmp, "dc.log")
    if os.path.exists(log):
        os.unlink(log)
    port = free_port()
    qemu = [args.qemu, "-machine", c["machine"], "-accel", "tcg", "-m", "512",
            "-nodefaults", "-nographic", "-display", "none",
            "-kernel", os.path.join(args.guest, "pvh-test.elf"),
            "-append", cmdline,
            "-device", "isa-debugcon,iobase=0xe9,chardev=dc",
            "-chardev", "file,id=dc,path=" + log,
            "-device", "isa-debug-exit,iobase=0xf4,iosize=4"]
    if c["initrd"]:
        qemu += ["-initrd", os.path.join(tmp, "initrd")]
    # A later -machine only adds properties.
    qemu += c["qemu"]
    if c["inject"]:
        qemu += ["-S", "-gdb", "tcp:127.0.0.1:%d" % port]
    q = subprocess.Popen(qemu, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    gdb_out = ""
    try:
        if c["inject"]:
            elf = os.path.join(args.guest, "pvh-test.elf")
            syms = symbols(elf)
            syms["binary"] = os.path.join(tmp, "pvh-test.bin")
            env = dict(os.environ, FAULT_INJECT_PARAMS=json.dumps(dict(
                port=port, syms=syms, inject=c["inject"])))
            for _ in range(250):    # wait for the gdbstub (5 s)
                try:
                    socket.create_connection(("127.0.0.1", port), 0.1).close()
                    break
                except OSError:
                    time.sleep(0.02)
            r = subprocess.run(
                ["gdb", "-nx", "-batch", "-ex",
                 "python import sys; sys.path.insert(0, %r); "
                 "import fault_inject; fault_inject.gdb_main()" % HERE],
                env=env, capture_output=True, text=True, timeout=60)
            gdb_out = r.stdout + r.stderr
        q.wait(timeout=60)
    except subprocess.TimeoutExpired:
        q.kill()
        q.wait()
    text = (open(log, errors="replace").read() if os.path.exists(log)
            else "")
    fails = [ln.split()[1].rstrip(":") for ln in text.splitlines()
             if ln.startswith("FAIL ")]
    missing = [e for e in c["expect"] if e not in fails]
    ok = not missing and "SUMMARY" in text and (c["expect"] or not fails)
    return ok, fails, missing, text, gdb_out, q.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--qemu", default="qemu-system-x86_64")
    ap.add_argument("--guest", default=os.path.join(HERE, "../../build/guest"))
    ap.add_argument("-k", default="", help="run cases whose name has this")
    ap.add_argument("-v", action="store_true", help="print guest output")
    args = ap.parse_args()
    args.guest = os.path.abspath(args.guest)

    bad = 0
    seen, proved = set(), set()     # check kinds that PASSed; made to FAIL
    with tempfile.TemporaryDirectory() as tmp:
        initrd = os.urandom(123457)
        with open(os.path.join(tmp, "initrd"), "wb") as f:
            f.write(initrd)
        subprocess.run(["objcopy", "-O", "binary",
                        os.path.join(args.guest, "pvh-test.elf"),
                        os.path.join(tmp, "pvh-test.bin")], check=True)
        for c in CASES:
            if args.k not in c["name"]:
                continue
            ok, fails, missing, text, gdb_out, rc = run_case(
                c, args, tmp, initrd, zlib.crc32(initrd))
            extra = sorted(set(fails) - set(c["expect"]))
            print("%s %-22s expect %s%s%s" % (
                "ok  " if ok else "BAD ", c["name"],
                ",".join(c["expect"]) or "no FAIL",
                "; missing " + ",".join(missing) if missing else "",
                "; also " + ",".join(extra) if extra else ""))
            if not ok:
                bad += 1
            else:
                proved |= {check_kind(e) for e in c["expect"]}
            seen |= {check_kind(ln.split()[1]) for ln in text.splitlines()
                     if ln.startswith("PASS ")}
            if args.v or not ok:
                print("  | " + "\n  | ".join(text.splitlines()))
                if not ok and gdb_out:
                    print("  gdb: " + "\n  gdb: ".join(
                        gdb_out.splitlines()[-15:]))
    print("%d case(s) failed" % bad if bad else "all cases behaved")
    # Every check that ran must have failed on purpose in some case.
    never = sorted(seen - proved - UNREACHABLE)
    if not args.k:
        if never:
            print("never made to fail: " + ",".join(never))
            bad += 1
        else:
            print("every check failed on purpose: %d checks, not reachable: "
                  "%s" % (len(proved), ",".join(sorted(UNREACHABLE))))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
