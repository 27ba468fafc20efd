#!/usr/bin/env python3
"""diff-acpi.py: dump, normalise and compare the ACPI tables a q35 guest sees.

Works with any qemu-system-x86_64, firmwareless (nofw) or through firmware
(SeaBIOS runs QEMU's table-loader; nofw runs it in QEMU at reset). The tables
are read from guest memory over QMP (pmemsave), exactly as an OS finds them:
RSDP in 0xE0000-0xFFFFF, RSDT/XSDT, FADT -> DSDT/FACS. tests/test_golden.py
uses it against tests/acpi-golden/; tests/acpi-golden/README.md documents the
normalisation rules and the iasl baseline. Python 3 standard library + iasl;
QEMU runs through scripts/qemu_vm.py, which talks QMP with QEMU's qemu.qmp
(the base's build/BASE/src/python, or an installed one).

Exit status: 0 success / no difference, 1 differences, 2 error.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qemu_vm  # noqa: E402
from qemu_vm import read_bytes  # noqa: E402

EXAMPLES = """\
examples:
  # dump what a nofw guest sees at its first instruction
  diff-acpi.py dump --qemu build/qemu-system-x86_64 -o /tmp/nofw -- \\
      -machine q35,nofw=on -m 512 -kernel build/guest/pvh-exit.elf
  # the same machine through SeaBIOS (it runs the loader, then finds no disk)
  diff-acpi.py dump --qemu build/qemu-system-x86_64 -o /tmp/bios -- \\
      -machine q35,nofw=off -m 512
  diff-acpi.py diff /tmp/bios /tmp/nofw
  # compare with a golden dump; --update rewrites it after showing the diff
  diff-acpi.py check --golden tests/acpi-golden/default \\
      --qemu build/qemu-system-x86_64 -- -machine q35 -m 512 \\
      -kernel build/guest/pvh-exit.elf

exit status: 0 same, 1 tables differ, 2 error (QEMU did not start, no tables
within the timeout, invalid checksum, iasl missing, iasl message not in the
baseline).
"""

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BASELINE = os.path.normpath(os.path.join(
    HERE, os.pardir, "tests", "acpi-golden", "iasl-baseline.txt"))

RSDP_SCAN = (0xE0000, 0x100000)
MAX_TABLE = 16 << 20        # no QEMU table comes near; stops wild reads
HEADER_LEN = 36
# Tables are listed in this order; the rest follow alphabetically.
FIRST = ["RSDP", "RSDT", "XSDT", "FACP", "FACS", "DSDT"]


# A one-line reason; main() prints it and exits 2.
Error = qemu_vm.Error


class NotReady(Exception):
    """The tables are not (yet) consistent in guest memory; kind says why:
    "absent" (no RSDP or RSDT yet), "checksum", or "layout"."""

    def __init__(self, kind, msg):
        super().__init__(msg)
        self.kind = kind


def u32(b, off):
    return int.from_bytes(b[off:off + 4], "little")


def u64(b, off):
    return int.from_bytes(b[off:off + 8], "little")


def csum(b):
    return sum(b) & 0xFF


def tag(sig):
    """The 4 ASCII bytes that replace a loader-chosen address (see README)."""
    return int.from_bytes(sig.encode("ascii"), "little")


# --- QEMU and QMP ------------------------------------------------------------

class Qemu(qemu_vm.Qemu):
    """One QEMU process with a QMP socket, paused at start (-S); its output
    and the memory it saves go to workdir."""

    def __init__(self, binary, args, workdir, timeout):
        # Paused, the nofw tables are read before any guest instruction.
        super().__init__([binary] + list(args) + ["-display", "none"],
                         os.path.join(workdir, "qemu.stderr"),
                         qmp_path=os.path.join(workdir, "qmp.sock"),
                         paused="-S" not in args)
        self.qmp_timeout = max(30, timeout)

    def close(self):
        if self.proc is None:
            return
        try:
            self.qmp("quit")
        except Error:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.kill()


# --- finding the tables in guest memory --------------------------------------

class Table:
    """A table (or, with blob=True, other loader-placed data the tables
    point to) as read from guest memory."""

    def __init__(self, sig, addr, data, blob=False):
        self.sig = sig
        self.addr = addr
        self.data = data
        self.blob = blob
        self.name = sig         # file name stem, made unique later


def find_rsdp(mem):
    """The first 16-byte aligned RSDP with valid checksum(s) in 0xE0000-
    0xFFFFF, as a Table, or None."""
    base = RSDP_SCAN[0]
    pos = mem.find(b"RSD PTR ")
    while pos >= 0:
        if pos % 16 == 0 and pos + 20 <= len(mem) and \
                csum(mem[pos:pos + 20]) == 0:
            rev = mem[pos + 15]
            if rev < 2:
                return Table("RSDP", base + pos, mem[pos:pos + 20])
            length = u32(mem, pos + 20)
            if 36 <= length <= 1024 and pos + length <= len(mem) and \
                    csum(mem[pos:pos + length]) == 0:
                return Table("RSDP", base + pos, mem[pos:pos + length])
        pos = mem.find(b"RSD PTR ", pos + 1)
    return None


def read_table(vm, addr, want, via):
    """The table at addr (its signature must be want, if given)."""
    if addr == 0 or addr >= 1 << 52:
        raise NotReady("layout", "%s points to 0x%x" % (via, addr))
    head = vm.read_memory(addr, 8)
    sig = head[:4].decode("latin-1")
    if want and sig != want:
        kind = "absent" if via.startswith("RSDP") else "layout"
        raise NotReady(kind, "%s -> 0x%x: signature %r, expected %r"
                       % (via, addr, sig, want))
    if not re.fullmatch(r"[A-Z0-9_]{4}", sig):
        raise NotReady("layout", "%s -> 0x%x: no table there (signature "
                       "bytes %s)" % (via, addr, head[:4].hex()))
    length = u32(head, 4)
    if length < (64 if sig == "FACS" else HEADER_LEN) or length > MAX_TABLE:
        raise NotReady("layout", "%s at 0x%x: length %d is implausible"
                       % (sig, addr, length))
    data = vm.read_memory(addr, length)
    # The FACS has no checksum field.
    if sig != "FACS" and csum(data) != 0:
        raise NotReady("checksum", "invalid checksum: %s at 0x%x (%d bytes, "
                       "checksum byte 0x%02x) sums to 0x%02x, not 0"
                       % (sig, addr, length, data[9], csum(data)))
    return Table(sig, addr, data)


def snapshot(vm):
    """All tables the guest can reach, in discovery order; NotReady when
    the memory does not hold a complete, consistent set."""
    rsdp = find_rsdp(vm.read_memory(RSDP_SCAN[0], RSDP_SCAN[1] - RSDP_SCAN[0]))
    if rsdp is None:
        raise NotReady("absent", "no RSDP with a valid checksum in "
                       "0xE0000-0xFFFFF")
    tables = [rsdp]
    seen = {}                   # address -> Table

    def add(addr, want, via):
        if addr in seen:
            if want and seen[addr].sig != want:
                raise NotReady("layout", "%s -> 0x%x is %s, expected %s"
                               % (via, addr, seen[addr].sig, want))
            return seen[addr]
        t = read_table(vm, addr, want, via)
        seen[addr] = t
        tables.append(t)
        return t

    roots = []
    rsdt_addr = u32(rsdp.data, 16)
    if rsdt_addr:
        roots.append(add(rsdt_addr, "RSDT", "RSDP.RsdtAddress"))
    if rsdp.data[15] >= 2 and u64(rsdp.data, 24):
        roots.append(add(u64(rsdp.data, 24), "XSDT", "RSDP.XsdtAddress"))
    if not roots:
        raise NotReady("absent", "RSDP at 0x%x has no RSDT/XSDT address"
                       % rsdp.addr)
    entries = {}
    for root in roots:
        size = 4 if root.sig == "RSDT" else 8
        entries[root.sig] = [
            int.from_bytes(root.data[off:off + size], "little")
            for off in range(HEADER_LEN, len(root.data) - size + 1, size)]
    if len(entries) == 2 and entries["RSDT"] != entries["XSDT"]:
        raise NotReady("layout", "RSDT and XSDT list different tables")
    for root in roots:
        for i, addr in enumerate(entries[root.sig]):
            t = add(addr, None, "%s[%d]" % (root.sig, i))
            if t.sig == "FACP":
                follow_fadt(t, add)
    for t in list(tables):
        if t.sig == "SSDT":
            tables += vmgenid_guid(vm, t)
    return tables


def vmgenid_guid(vm, ssdt):
    """The GUID the guest reads through VGIA (docs/specs/vmgenid.txt: at
    VGIA + 40), as a blob: it is written by QEMU only once the loader's
    WRITE_POINTER told it where."""
    pos = ssdt.data.find(b"\x08VGIA\x0c")
    if pos < 0:
        return []
    addr = u32(ssdt.data, pos + 6)
    if addr == 0:
        raise NotReady("layout", "SSDT at 0x%x: VGIA (vmgenid buffer "
                       "address) is 0" % ssdt.addr)
    return [Table("VGID", addr + 40, vm.read_memory(addr + 40, 16), blob=True)]


# FADT fields holding addresses: (offset, size, name, target signature).
FADT_POINTERS = [(36, 4, "FIRMWARE_CTRL", "FACS"), (40, 4, "DSDT", "DSDT"),
                 (132, 8, "X_FIRMWARE_CTRL", "FACS"), (140, 8, "X_DSDT",
                                                       "DSDT")]


def follow_fadt(fadt, add):
    found = {}
    for off, size, field, want in FADT_POINTERS:
        if off + size > len(fadt.data):
            continue
        addr = int.from_bytes(fadt.data[off:off + size], "little")
        if addr == 0:
            continue
        if want in found and found[want] != addr:
            raise NotReady("layout", "FACP: %s 0x%x and the 32-bit field "
                           "0x%x point to different tables"
                           % (field, addr, found[want]))
        found[want] = addr
        add(addr, want, "FACP." + field)


def wait_for_tables(vm, timeout):
    """Tables as the guest sees them once the loader ran; the VM is left
    stopped. nofw: already in RAM while paused at -S. Firmware: run it and
    poll until a consistent set reads the same before and after `stop`."""
    try:
        tables = snapshot(vm)
        return tables
    except NotReady as e:
        # A valid RSDT while paused means nothing will change any more.
        if e.kind != "absent":
            raise Error(str(e))
        last = e
    vm.qmp("cont")
    deadline = time.monotonic() + timeout
    while True:
        if vm.proc.poll() is not None:
            raise vm.died("exited before the ACPI tables were complete "
                          "(last state: %s)" % last)
        try:
            tables = snapshot(vm)
            vm.qmp("stop")
            again = snapshot(vm)
            if [(t.addr, t.data) for t in again] == \
                    [(t.addr, t.data) for t in tables]:
                return again
            vm.qmp("cont")
        except NotReady as e:
            last = e
            if vm.qmp("query-status")["status"] != "running":
                vm.qmp("cont")
        if time.monotonic() > deadline:
            if last.kind == "checksum":
                raise Error(str(last))
            raise Error("timeout: no complete ACPI tables in guest memory "
                        "after %ss (%s)" % (timeout, last))
        time.sleep(0.05)


# --- normalisation -----------------------------------------------------------

NAMED_POINTERS = {      # AML Name()s the loader patches: name -> tag
    b"VGIA": "VGID",    # hw/acpi/vmgenid.c: address of the GUID buffer
    b"MEMA": "NVDM",    # hw/acpi/nvdimm.c: address of the DSM buffer
}


def normalise(t, sig_at):
    """t's bytes with every loader-chosen address replaced by the 4-ASCII
    tag of what it points to (zero stays zero: an unpatched pointer must
    show), the creator revision of iasl-built tables zeroed, and the
    checksum(s) recomputed. Returns (bytes, [description of each change])."""
    b = bytearray(t.data)
    notes = []
    if t.blob:
        return t.data, notes

    def pointer(off, size, field, target=None):
        if off + size > len(b):
            return
        addr = int.from_bytes(b[off:off + size], "little")
        if addr == 0:
            return
        name = target or sig_at.get(addr, "????")
        b[off:off + size] = tag(name).to_bytes(size, "little")
        notes.append("%s+0x%x %s: 0x%x -> '%s'" % (t.name, off, field, addr,
                                                   name))

    if t.sig == "RSDP":
        pointer(16, 4, "RsdtAddress")
        if b[15] >= 2:
            pointer(24, 8, "XsdtAddress")
        b[8] = 0
        b[8] = -csum(b[:20]) & 0xFF
        if b[15] >= 2:
            b[32] = 0
            b[32] = -csum(b) & 0xFF
        return bytes(b), notes
    if t.sig == "FACS":
        return bytes(b), notes
    if t.sig in ("RSDT", "XSDT"):
        size = 4 if t.sig == "RSDT" else 8
        for i, off in enumerate(range(HEADER_LEN, len(b) - size + 1, size)):
            pointer(off, size, "entry %d" % i)
    elif t.sig == "FACP":
        for off, size, field, _ in FADT_POINTERS:
            pointer(off, size, field)
    elif t.sig == "TCPA":
        pointer(42, 8, "LASA (TPM log)", "TLOG")
    elif t.sig == "TPM2" and len(b) >= 76:
        pointer(68, 8, "LASA (TPM log)", "TLOG")
    elif t.sig in ("DSDT", "SSDT"):
        for name, target in NAMED_POINTERS.items():
            pat = b"\x08" + name + b"\x0c"
            pos = b.find(pat)
            while pos >= 0:
                pointer(pos + len(pat), 4, "Name(%s)" % name.decode(),
                        target)
                pos = b.find(pat, pos + 1)
    # iasl stamps its own version here.
    if bytes(b[28:32]) == b"INTL" and u32(b, 32):
        notes.append("%s+0x20 creator revision (iasl version): 0x%x -> 0"
                     % (t.name, u32(b, 32)))
        b[32:36] = bytes(4)
    b[9] = 0
    b[9] = -csum(b) & 0xFF
    return bytes(b), notes


def name_tables(tables):
    """Unique file stems: SIG, then SIG-1, SIG-2... in discovery order."""
    count = {}
    for t in tables:
        sig = re.sub(r"[^A-Za-z0-9_]", "_", t.sig)
        n = count.get(sig, 0)
        count[sig] = n + 1
        t.name = sig if n == 0 else "%s-%d" % (sig, n)


def order_key(name):
    base, _, n = name.partition("-")
    rank = FIRST.index(base) if base in FIRST else len(FIRST)
    return (rank, base, int(n) if n.isdigit() else 0)


# --- iasl --------------------------------------------------------------------

IASL_MSG = re.compile(r"(warning|error|exception|remark)", re.I)
IASL_UNKNOWN = re.compile(r"Unknown ACPI table signature \[(\w+)\]")
# "(20200925/nsaccess-761)": iasl's own version and source line.
IASL_WHERE = re.compile(r"\s*\(\d{8}/[\w.-]+\)")


def find_iasl():
    iasl = shutil.which("iasl")
    if not iasl:
        raise Error("iasl not found in PATH (Debian: apt-get install "
                    "acpica-tools)")
    return iasl


def iasl_disassemble(iasl, outdir, names):
    """Run iasl -d on each NAME.aml in outdir (DSDT/SSDTs with the other
    definition blocks as -e externals). Returns {name: [messages]} and the
    set of names iasl could not decode."""
    blocks = [n for n in names if n.split("-")[0] in ("DSDT", "SSDT")]

    def run(cmd):
        r = subprocess.run(cmd, cwd=outdir, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
        return r.returncode, r.stdout.decode("utf-8", "replace")

    def one(name):
        if name == "RSDP":
            write_rsdp_dsl(outdir)
            return ""
        cmd = [iasl, "-d", name + ".aml"]
        notes = ""
        if name in blocks and len(blocks) > 1:
            ext = []
            for b in blocks:
                if b != name:
                    ext += ["-e", b + ".aml"]
            rc, out = run([iasl] + ext + cmd[1:])
            if rc == 0:
                return out
            # e.g. two blocks defining one object: still disassemble it.
            notes = "Warning: external resolution with %s failed (%s); " \
                    "disassembled alone\n" % (
                        ",".join(b for b in blocks if b != name),
                        out.strip().splitlines()[-1].strip())
        rc, out = run(cmd)
        if rc != 0 or not os.path.exists(
                os.path.join(outdir, name + ".dsl")):
            raise Error("iasl -d %s.aml failed (status %d): %s" % (
                name, rc, " | ".join(out.strip().splitlines()[-3:])))
        return notes + out

    with concurrent.futures.ThreadPoolExecutor(
            max_workers=os.cpu_count() or 2) as pool:
        outputs = dict(zip(names, pool.map(one, names)))
    messages, unknown = {}, set()
    for name, out in outputs.items():
        msgs = []
        for line in out.splitlines():
            line = line.strip()
            if IASL_UNKNOWN.search(line):
                unknown.add(name)
            elif IASL_MSG.search(line) and not line.startswith("Input file"):
                msgs.append(IASL_WHERE.sub("", line))
        messages[name] = msgs
        normalise_dsl(os.path.join(outdir, name + ".dsl"))
    return messages, unknown


def write_rsdp_dsl(outdir):
    """This iasl rejects a revision 0 (20-byte) RSDP: describe it in the
    layout of iasl's data-table output."""
    b = read_bytes(os.path.join(outdir, "RSDP.aml"))
    fields = [(0, 8, "Signature", '"%s"' % b[:8].decode("latin-1")),
              (8, 1, "Checksum", "%02X" % b[8]),
              (9, 6, "Oem ID", '"%s"' % b[9:15].decode("latin-1")),
              (15, 1, "Revision", "%02X" % b[15]),
              (16, 4, "RSDT Address", "%08X" % u32(b, 16))]
    if b[15] >= 2 and len(b) >= 36:
        fields += [(20, 4, "Length", "%08X" % u32(b, 20)),
                   (24, 8, "XSDT Address", "%016X" % u64(b, 24)),
                   (32, 1, "Extended Checksum", "%02X" % b[32]),
                   (33, 3, "Reserved", b[33:36].hex().upper())]
    lines = ["/*", " * RSDP, written by diff-acpi.py in iasl's data-table "
             "layout", " * (iasl 20200925 does not decode a revision 0 RSDP)",
             " *", " * Format: [HexOffset DecimalOffset ByteLength]  "
             "FieldName : FieldValue", " */", ""]
    lines += ["[%03Xh %04d %3d] %28s : %s" % (off, off, size, name, val)
              for off, size, name, val in fields]
    lines += ["", "Raw Table Data: Length %d (0x%X)" % (len(b), len(b)), ""]
    for i in range(0, len(b), 16):
        row = b[i:i + 16]
        lines.append("    %04X: %-47s  // %s" % (
            i, row.hex(" ").upper(),
            "".join(chr(c) if 32 <= c < 127 else "." for c in row)))
    with open(os.path.join(outdir, "RSDP.dsl"), "w", encoding="latin-1") as f:
        f.write("\n".join(lines) + "\n")


DSL_RULES = [
    # iasl's version, copyright years and the time of the run
    (re.compile(r"^( \* AML/ASL\+ Disassembler version) \S+"), r"\1 N"),
    (re.compile(r"^( \* Copyright \(c\) \d{4}) - \d{4}"), r"\1 - N"),
    (re.compile(r"^( \* Disassembly of \S+), .*$"), r"\1"),
]


def normalise_dsl(path):
    with open(path, encoding="latin-1") as f:
        lines = f.read().splitlines()
    out = []
    for line in lines:
        for rx, repl in DSL_RULES:
            line = rx.sub(repl, line)
        out.append(line.rstrip())
    with open(path, "w", encoding="latin-1") as f:
        f.write("\n".join(out) + "\n")


# "Warning  3168 -      ^ Legacy Processor() keyword detected. ..."
IASL_COMPILE_MSG = re.compile(r"^(Warning|Error)\s+(\d+)\s+-\s*\^?\s*(.*)$")
VERSION_FILE = "IASL-VERSION"


def iasl_version(iasl):
    """The version iasl prints in its banner, e.g. "20200925"."""
    out = subprocess.run([iasl, "-v"], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT).stdout.decode()
    m = re.search(r"version (\d{8})", out)
    if not m:
        raise Error("cannot read iasl's version from 'iasl -v'")
    return m.group(1)


def iasl_recompile(iasl, outdir, names):
    """Compile each NAME.dsl in outdir back to AML (output thrown away):
    {name: ["recompile: Warning|Error CODE - message"]}. This is where
    AML defects show that a byte comparison never sees."""
    tmp = tempfile.mkdtemp(prefix="diff-acpi-rc-")

    def one(name):
        r = subprocess.run([iasl, "-p", os.path.join(tmp, name),
                            name + ".dsl"], cwd=outdir,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        msgs = []
        for line in r.stdout.decode("utf-8", "replace").splitlines():
            m = IASL_COMPILE_MSG.match(line.strip())
            if m:
                msgs.append("recompile: %s %s - %s" % (
                    m.group(1), m.group(2),
                    re.sub(r"\s+", " ", m.group(3)).strip()))
        return msgs

    try:
        with concurrent.futures.ThreadPoolExecutor(
                max_workers=os.cpu_count() or 2) as pool:
            return dict(zip(names, pool.map(one, names)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def iasl_messages(iasl, outdir, names):
    """Disassemble (and write NAME.dsl), then recompile every table this
    iasl can decode; RSDP is described by write_rsdp_dsl(). Returns
    {name: [messages]} and the names iasl could not decode."""
    messages, unknown = iasl_disassemble(iasl, outdir, names)
    decoded = [n for n in names if n != "RSDP" and n not in unknown]
    for name, msgs in iasl_recompile(iasl, outdir, decoded).items():
        messages[name] += msgs
    return messages, unknown


def new_messages(names, messages, baseline):
    new = []
    for name in names:
        sig = name.split("-")[0]
        for msg in messages[name]:
            if (sig, msg) not in baseline:
                new.append("%s: %s" % (name, msg))
    return new


def load_baseline(path):
    """[(signature, message)] from the baseline file: lines
    `SIG | message | reason`, '#' starts a comment line."""
    if not path or not os.path.exists(path):
        return []
    entries = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) != 3 or not all(parts):
                raise Error("%s:%d: expected 'TABLE | message | reason'"
                            % (path, n))
            entries.append((parts[0], parts[1]))
    return entries


# --- dump --------------------------------------------------------------------

def dump(qemu, args, outdir, timeout, baseline_path, quiet=False):
    """Dump the tables of QEMU run with args into outdir. Returns the list
    of iasl messages not in the baseline (empty when all is well)."""
    iasl = find_iasl()
    baseline = load_baseline(baseline_path)
    work = tempfile.mkdtemp(prefix="diff-acpi-")
    try:
        vm = Qemu(qemu, args, work, timeout)
        try:
            vm.start(max(20, timeout))
            tables = wait_for_tables(vm, timeout)
        finally:
            vm.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    name_tables(tables)
    sig_at = {t.addr: t.sig for t in tables}
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.endswith(DUMP_FILES) or fn in ("layout.txt", VERSION_FILE):
            os.unlink(os.path.join(outdir, fn))
    layout = ["# %s" % " ".join([qemu] + list(args)),
              "# table address length: where this run's loader put them",
              "# (not compared), then each normalised field"]
    names = []
    for t in sorted(tables, key=lambda t: order_key(t.name)):
        data, notes = normalise(t, sig_at)
        with open(os.path.join(outdir, t.name + (".bin" if t.blob else
                                                 ".aml")), "wb") as f:
            f.write(data)
        if not t.blob:
            names.append(t.name)
        layout.append("%-8s 0x%08x %d" % (t.name, t.addr, len(t.data)))
        layout += ["    " + n for n in notes]
    with open(os.path.join(outdir, "layout.txt"), "w") as f:
        f.write("\n".join(layout) + "\n")

    messages, unknown = iasl_messages(iasl, outdir, names)
    new = new_messages(names, messages, baseline)
    with open(os.path.join(outdir, VERSION_FILE), "w") as f:
        f.write(iasl_version(iasl) + "\n")
    if not quiet:
        blobs = [t.name + ".bin" for t in tables if t.blob]
        print("%d tables in %s: %s%s%s" % (
            len(names), outdir, " ".join(names),
            " + " + " ".join(blobs) if blobs else "",
            "; bytes only (unknown to this iasl): " + " ".join(
                sorted(unknown)) if unknown else ""))
    return new


# --- diff --------------------------------------------------------------------

DUMP_FILES = (".aml", ".bin", ".dsl")


def dump_files(d):
    """{name: file} of what a dump compares: TABLE.aml and blobs (.bin)."""
    if not os.path.isdir(d):
        raise Error("%s: not a directory" % d)
    return {fn[:-4]: fn for fn in os.listdir(d)
            if fn.endswith((".aml", ".bin"))}


def hexdump(data):
    return ["%04x: %s" % (i, data[i:i + 16].hex(" "))
            for i in range(0, len(data), 16)]


def dsl_lines(d, name):
    path = os.path.join(d, name + ".dsl")
    if not os.path.exists(path):
        return None
    with open(path, encoding="latin-1") as f:
        return f.read().splitlines()


def diff_dirs(a, b, out=sys.stdout, label_a=None, label_b=None):
    """Print a unified diff per differing table, then one summary line per
    table; return the number of tables that differ."""
    label_a, label_b = label_a or a, label_b or b
    na, nb = dump_files(a), dump_files(b)
    summary, differing = [], 0
    for name in sorted(set(na) | set(nb), key=order_key):
        fn = na.get(name) or nb[name]
        label = name if fn.endswith(".aml") else fn
        ba = read_bytes(os.path.join(a, na[name])) if name in na else None
        bb = read_bytes(os.path.join(b, nb[name])) if name in nb else None
        if ba == bb:
            summary.append(("same", label))
            continue
        differing += 1
        if bb is None:
            summary.append(("only in A", label))
        elif ba is None:
            summary.append(("only in B", label))
        else:
            summary.append(("changed", label))
        # A table added to or removed from a non-empty dump is shown whole.
        if not (na and nb):
            continue
        la = dsl_lines(a, name) if ba is not None else []
        lb = dsl_lines(b, name) if bb is not None else []
        ba, bb = ba or b"", bb or b""
        lines = []
        if la is not None and lb is not None:
            lines = list(difflib.unified_diff(
                la, lb, "%s/%s.dsl" % (label_a, name),
                "%s/%s.dsl" % (label_b, name), lineterm=""))
        # Same text, different bytes (or no .dsl): show the bytes.
        if not lines:
            lines = list(difflib.unified_diff(
                hexdump(ba), hexdump(bb), "%s/%s" % (label_a, fn),
                "%s/%s" % (label_b, fn), lineterm=""))
        out.write("\n".join(lines) + "\n")
    for verdict, name in summary:
        out.write("%-10s %s\n" % (verdict, name))
    out.write("%d tables, %d differ\n" % (len(summary), differing))
    out.flush()
    return differing


# --- commands ----------------------------------------------------------------

def report_new_messages(new, baseline):
    for m in new:
        print("diff-acpi: iasl message not in %s: %s" % (baseline, m),
              file=sys.stderr)


def cmd_dump(opts):
    new = dump(opts.qemu, opts.args, opts.output, opts.timeout,
               opts.iasl_baseline)
    if new:
        report_new_messages(new, opts.iasl_baseline)
        return 2
    return 0


def cmd_diff(opts):
    return 1 if diff_dirs(opts.a, opts.b, label_a=opts.a,
                          label_b=opts.b) else 0


def cmd_check(opts):
    golden = opts.golden.rstrip("/")
    tmp = tempfile.mkdtemp(prefix="diff-acpi-check-")
    try:
        new = dump(opts.qemu, opts.args, tmp, opts.timeout,
                   opts.iasl_baseline, quiet=True)
        if new:
            report_new_messages(new, opts.iasl_baseline)
        if not os.path.isdir(golden):
            if not opts.update:
                raise Error("%s: no golden dump (create it with --update)"
                            % golden)
            os.makedirs(golden)
        differ = diff_dirs(golden, tmp, label_a=golden, label_b="dump")
        if opts.update and differ:
            for fn in os.listdir(golden):
                if fn.endswith(DUMP_FILES):
                    os.unlink(os.path.join(golden, fn))
            for fn in os.listdir(tmp):
                if fn.endswith(DUMP_FILES) or fn == VERSION_FILE:
                    shutil.copy(os.path.join(tmp, fn), golden)
            print("updated %s" % golden)
            differ = 0
        if new:
            return 2
        return 1 if differ else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def verify_dir(golden, iasl, baseline, update):
    """Check a golden directory without QEMU: its IASL-VERSION is this
    iasl's, each TABLE.dsl is what iasl -d makes of TABLE.aml, and
    disassembly and recompilation give no message outside the baseline.
    Returns a list of one-line problems (update: rewrites .dsl and
    IASL-VERSION first)."""
    names = sorted((fn[:-4] for fn in os.listdir(golden)
                    if fn.endswith(".aml")), key=order_key)
    if not names:
        return ["%s: no TABLE.aml files" % golden]
    problems = []
    version = iasl_version(iasl)
    vpath = os.path.join(golden, VERSION_FILE)
    tmp = tempfile.mkdtemp(prefix="diff-acpi-verify-")
    try:
        for n in names:
            shutil.copy(os.path.join(golden, n + ".aml"), tmp)
        messages, _ = iasl_messages(iasl, tmp, names)
        problems += ["%s: iasl message not in the baseline: %s" % (golden, m)
                     for m in new_messages(names, messages, baseline)]
        if update:
            for n in names:
                shutil.copy(os.path.join(tmp, n + ".dsl"), golden)
            with open(vpath, "w") as f:
                f.write(version + "\n")
        for n in names:
            if dsl_lines(golden, n) != dsl_lines(tmp, n):
                problems.append("%s/%s.dsl is not what iasl -d makes of "
                                "%s.aml (run verify --update)"
                                % (golden, n, n))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    recorded = open(vpath).read().strip() if os.path.exists(vpath) else None
    if recorded != version:
        problems.append("%s: dumped with iasl %s, this is iasl %s: .dsl "
                        "text may differ (run verify --update)"
                        % (golden, recorded, version))
    return problems


def cmd_verify(opts):
    iasl = find_iasl()
    baseline = load_baseline(opts.iasl_baseline)
    problems = []
    for d in opts.dirs:
        problems += verify_dir(d.rstrip("/"), iasl, baseline, opts.update)
    for p in problems:
        print("diff-acpi: %s" % p, file=sys.stderr)
    if not opts.quiet:
        print("%d golden directories, %d problems" % (len(opts.dirs),
                                                      len(problems)))
    return 2 if problems else 0


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="diff-acpi.py",
        description="Dump the ACPI tables a QEMU x86 guest sees, normalised "
                    "for comparison, and diff them against another dump or "
                    "a golden copy.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True, metavar="COMMAND")

    def qemu_opts(p):
        p.add_argument("--qemu", required=True, metavar="BIN",
                       help="qemu-system-x86_64 binary")
        p.add_argument("--timeout", type=float, default=30, metavar="SECS",
                       help="how long firmware may take to install the "
                            "tables (default 30)")
        p.add_argument("--iasl-baseline", default=DEFAULT_BASELINE,
                       metavar="FILE", help="known iasl messages "
                       "(default tests/acpi-golden/iasl-baseline.txt)")
        p.add_argument("args", nargs=argparse.REMAINDER, metavar="-- ARGS",
                       help="QEMU arguments (-display none, -qmp and -S "
                            "are added)")

    p = sub.add_parser("dump", help="write TABLE.aml (normalised) and "
                       "TABLE.dsl (iasl -d) for each table to DIR",
                       epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    qemu_opts(p)
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("diff", help="compare two dumps table by table")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("check", help="dump, then diff against a golden dump",
                       epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--golden", required=True, metavar="DIR")
    p.add_argument("--update", action="store_true",
                   help="show the diff, then rewrite the golden files")
    qemu_opts(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("verify", help="check golden directories "
                       "without QEMU: IASL-VERSION, TABLE.dsl up to date, "
                       "no iasl disassembly or recompile message outside "
                       "the baseline")
    p.add_argument("dirs", nargs="+", metavar="DIR")
    p.add_argument("--update", action="store_true",
                   help="rewrite TABLE.dsl and IASL-VERSION from TABLE.aml")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--iasl-baseline", default=DEFAULT_BASELINE,
                   metavar="FILE", help="known iasl messages "
                   "(default tests/acpi-golden/iasl-baseline.txt)")
    p.set_defaults(func=cmd_verify)

    opts = ap.parse_args(argv)
    if hasattr(opts, "args"):
        if opts.args[:1] == ["--"]:
            opts.args = opts.args[1:]
        if not opts.args:
            ap.error("QEMU arguments missing after --")
    try:
        return opts.func(opts)
    except Error as e:
        print("diff-acpi: error: %s" % e, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
