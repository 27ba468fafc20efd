"""The table-loader executor (hw/acpi/nofw_patch.c) seen from outside:
WRITE_POINTER reaches the device (vmgenid), the tables survive migration
and savevm/loadvm unchanged, and a reset on the destination rebuilds them."""

import os
import re

import harness
from harness import check
from test_guest import _guest_args

GUID_A = "324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87"
GUID_B = "b3ac2e34-3a4b-4a10-9c45-7d1f0e3b2a55"


def _guid_bytes(guid):
    """The 16 bytes vmgenid keeps in guest memory: the first three fields
    little endian (qemu_uuid_bswap), the rest as written."""
    b = bytes.fromhex(guid.replace("-", ""))
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


def _tables(debugcon):
    """{(sig, addr): length} of the tables the guest reported, and VGIA."""
    tables = {}
    for sig, addr, length in re.findall(r"^TABLE (\S+) 0x([0-9a-f]+) (\d+)$",
                                        debugcon, re.M):
        tables[(sig, int(addr, 16))] = int(length)
    m = re.search(r"^INFO vmgenid VGIA 0x([0-9a-f]+)$", debugcon, re.M)
    return tables, int(m.group(1), 16) if m else None


def _snapshot(vm, tables):
    return {key: vm.read_memory(key[1], length)
            for key, length in tables.items()}


def _one_entry(text, number, what):
    entries = [e for e in harness.guest_results(text) if e.number == number]
    check(entries, "%s: no guest ENTRY %d in debugcon" % (what, number))
    harness.assert_guest_ok(entries[0], "%s, entry %d" % (what, number))
    return entries[0]


def _vmgenid_args(ctx, guid, append):
    args, full = _guest_args(ctx, extra_append="vmgenid=%s %s"
                             % (guid, append))
    return args + ["-device", "vmgenid,id=vmgen,guid=" + guid], full


def test_vmgenid_guid_in_memory(ctx):
    """-device vmgenid: the guest finds VGIA in the SSDT and the GUID at
    VGIA+40 (WRITE_POINTER told the device where, the device wrote it);
    with a different GUID expected, the same check fails."""
    args, _ = _vmgenid_args(ctx, GUID_A, "")
    r = harness.run_qemu(ctx, args, timeout=60, debugcon=True)
    e = _one_entry(r.debugcon, 1, "vmgenid guest")
    check("vmgenid.guid" in e.passes, "guest ran no vmgenid.guid check")
    check(r.returncode == 1, "exit status %s, expected 1" % r.returncode)

    args, _ = _guest_args(ctx, extra_append="vmgenid=" + GUID_B)
    args += ["-device", "vmgenid,guid=" + GUID_A]
    r = harness.run_qemu(ctx, args, timeout=60, debugcon=True)
    entries = harness.guest_results(r.debugcon)
    check(entries and "vmgenid.guid" in entries[0].fails,
          "GUID %s expected but %s configured: no FAIL vmgenid.guid"
          % (GUID_B, GUID_A))


def test_migration_new_vmgenid(ctx):
    """Migrate a running nofw guest to a destination with another vmgenid
    GUID: the tables arrive byte for byte, the device writes the new GUID
    at the address the source's WRITE_POINTER gave it, and a reset on the
    destination re-runs the loader (entry 2 passes every check)."""
    sock = os.path.join(ctx.tmpdir, "mig.sock")
    src_args, _ = _vmgenid_args(ctx, GUID_A, "wait=1")
    # Same initrd file and cmdline apart from the GUID the guest expects.
    dst_args = [a.replace(GUID_A, GUID_B) for a in src_args]
    with harness.Vm(ctx, src_args, serial=False, debugcon=True) as src, \
            harness.Vm(ctx, dst_args + ["-incoming", "defer"], serial=False,
                       debugcon=True) as dst:
        src.wait_debugcon(r"^SUMMARY .*\n", timeout=30)
        _one_entry(src.debugcon, 1, "source")
        tables, vgia = _tables(src.debugcon)
        check(vgia, "source guest reported no VGIA")
        check(len(tables) >= 6, "source guest reported only %d tables"
              % len(tables))
        before = _snapshot(src, tables)
        check(src.read_memory(vgia + 40, 16) == _guid_bytes(GUID_A),
              "source: GUID at VGIA+40 is not %s" % GUID_A)

        dst.qmp("migrate-incoming", uri="unix:" + sock)
        src.qmp("migrate", uri="unix:" + sock)
        harness.wait_migration(src, "source")
        dst.wait_event("RESUME", timeout=30)
        check(dst.qmp("query-vm-generation-id")["guid"] == GUID_B,
              "destination query-vm-generation-id is not %s" % GUID_B)
        after = _snapshot(dst, tables)
        changed = [sig for (sig, _), data in sorted(after.items())
                   if data != before[(sig, _)]]
        check(not changed, "tables changed by migration: %s" % changed)
        got = dst.read_memory(vgia + 40, 16)
        check(got == _guid_bytes(GUID_B), "destination: GUID at VGIA+40 is "
              "%s, expected %s" % (got.hex(), _guid_bytes(GUID_B).hex()))

        dst.qmp("system_reset")
        dst.wait_debugcon(r"^SUMMARY .*\n", timeout=30)
        e = _one_entry(dst.debugcon, 2, "destination after system_reset")
        check("vmgenid.guid" in e.passes, "entry 2 ran no vmgenid check")


def test_savevm_loadvm_keeps_tables(ctx):
    """snapshot-save of a running nofw guest into a qcow2 made over QMP,
    then a new QEMU with -loadvm: the tables are the saved bytes (not
    rebuilt), the guest is where it was, and a reset re-runs the loader."""
    img = os.path.join(ctx.tmpdir, "snap.qcow2")
    args, _ = _vmgenid_args(ctx, GUID_A, "wait=1")
    with harness.Vm(ctx, args, serial=False, debugcon=True) as vm:
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30)
        tables, vgia = _tables(vm.debugcon)
        check(vgia and len(tables) >= 6, "guest reported VGIA %s and %d "
              "tables" % (vgia, len(tables)))
        before = _snapshot(vm, tables)
        blockdev = harness.snapshot_save(vm, img, "t1")
    with harness.Vm(ctx, args + blockdev + ["-loadvm", "t1"], serial=False,
                    debugcon=True) as vm:
        after = _snapshot(vm, tables)
        changed = [sig for (sig, a), data in sorted(after.items())
                   if data != before[(sig, a)]]
        check(not changed, "tables differ after loadvm: %s" % changed)
        check(vm.read_memory(vgia + 40, 16) == _guid_bytes(GUID_A),
              "GUID at VGIA+40 lost by loadvm")
        check("ENTRY" not in vm.debugcon, "the guest re-entered on loadvm "
              "(the snapshot should resume it where it halted): %s"
              % vm.debugcon.strip()[:200])
        vm.qmp("system_reset")
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30)
        _one_entry(vm.debugcon, 2, "after loadvm + system_reset")


def _file(ctx, name, size):
    path = os.path.join(ctx.tmpdir, name)
    with open(path, "wb") as f:
        f.truncate(size)
    return path


# name: (machine options, -m, extra args, extra cmdline, tables required)
VARIANTS = [
    ("smp288", ",kernel-irqchip=split", 512,
     ["-smp", "288", "-cpu", "qemu64,+x2apic",
      "-device", "intel-iommu,intremap=on,eim=on"], "", ["DMAR"]),
    ("numa", "", 1024,
     ["-object", "memory-backend-ram,id=m0,size=512M",
      "-object", "memory-backend-ram,id=m1,size=512M",
      "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
      "-smp", "2,sockets=2", "-numa", "cpu,node-id=0,socket-id=0",
      "-numa", "cpu,node-id=1,socket-id=1"], "", ["SRAT"]),
    ("tpm-crb", "", 512, ["TPM", "-device", "tpm-crb,tpmdev=tpm0"],
     "tpm=1", ["TPM2"]),
    ("tpm-tis", "", 512, ["TPM", "-device", "tpm-tis,tpmdev=tpm0"],
     "tpm=1", ["TPM2"]),
    ("nvdimm", ",nvdimm=on", "512,slots=2,maxmem=2G",
     ["-object", "memory-backend-file,id=nv0,mem-path=FILE:nv.img:16777216,"
      "size=16M,share=on", "-device", "nvdimm,id=nvd0,memdev=nv0"], "",
     ["NFIT", "SSDT"]),
    ("erst", "", 512,
     ["-object", "memory-backend-file,id=erst0,mem-path=FILE:erst.img:65536,"
      "size=64K,share=on", "-device", "acpi-erst,memdev=erst0"], "",
     ["ERST"]),
    ("acpitable", "", 512,
     ["-acpitable", "sig=NOFW,oem_id=NOFWTS,data=FILE:tbl.bin:64"], "",
     ["NOFW"]),
    ("cxl", ",cxl=on", 512, [], "", ["CEDT"]),
]


def test_table_variants(ctx):
    """Every kind of table the q35 machine can produce, placed by the
    executor: the test guest validates RSDP, RSDT, each table's checksum
    and placement, FADT pointers, chipset state (and the TPM log), and
    each variant shows its own table."""
    for name, mopts, mem, extra, append, want in VARIANTS:
        args = []
        tpm = None
        for a in extra:
            if a == "TPM":
                tpm = harness.Swtpm(ctx, name)
                args += tpm.args()
                continue
            m = re.search(r"FILE:([^:]+):(\d+)", a)
            if m:
                a = a.replace(m.group(0), _file(ctx, name + "-" + m.group(1),
                                                int(m.group(2))))
            args.append(a)
        cmdline = "acpi=1 pm=ich9 mcfg=1 smbios=1 " + append
        full = ["-machine", "q35,nofw=on" + mopts, "-accel", "tcg",
                "-m", str(mem), "-nodefaults", "-display", "none",
                "-kernel", os.path.join(ctx.guest, "pvh-test.elf"),
                "-device", "isa-debug-exit,iobase=0xf4,iosize=4",
                "-append", cmdline.strip()] + args
        try:
            r = harness.run_qemu(ctx, full, timeout=120, debugcon=True)
        finally:
            if tpm:
                tpm.stop()
        check(r.returncode == 1, "%s: exit status %s, expected 1; stderr %s"
              % (name, r.returncode, r.stderr.strip()[-300:]))
        _one_entry(r.debugcon, 1, name)
        seen = {sig for sig, _ in _tables(r.debugcon)[0]}
        missing = [s for s in want if s not in seen]
        check(not missing, "%s: tables %s missing (guest saw %s)"
              % (name, missing, sorted(seen)))


test_table_variants.timeout = 300


def _boot_tables(lines):
    """Signatures of the "ACPI: <SIG> 0x<addr> <len>" lines Linux prints
    while it parses the tables at boot, in order."""
    return re.findall(r"ACPI: (\S{4}) 0x[0-9A-F]{16} [0-9A-F]{6}\b", lines)


def test_linux_vmgenid_tpm_same_tables(ctx):
    """The real kernel with vmgenid and a TPM (crb): the same ACPI tables
    at boot as through SeaBIOS, no ACPI error, TPM2 and SSDT present.

    The SeaBIOS run has no initrd: with a TPM the stock firmware path puts
    the tables lower than the 0x28000 bytes QEMU keeps free below the top
    of RAM, and pvh.bin then copies the initrd over them (the kernel finds
    garbage at the RSDT address). nofw places the initrd below its zone."""
    dev = ["-device", "vmgenid,guid=" + GUID_A,
           "-device", "tpm-crb,tpmdev=tpm0"]
    tpm = harness.Swtpm(ctx, "fw")
    targs = tpm.args()
    fw_args = ["-machine", "q35,nofw=off", "-accel", "tcg", "-m", "512",
               "-nodefaults", "-display", "none", "-no-reboot",
               "-kernel", os.path.join(ctx.linux, "vmlinux"),
               "-append", "console=ttyS0 panic=-1"] + dev + targs
    try:
        r = harness.run_qemu(ctx, fw_args, timeout=240, serial=True)
    finally:
        tpm.stop()
    fw = _boot_tables(r.serial)
    check("VFS: Unable to mount root" in r.serial and "TPM2" in fw,
          "SeaBIOS run (no initrd) did not reach the root mount panic with "
          "a TPM2 table; tables %s" % fw)

    tpm = harness.Swtpm(ctx, "nofw")
    targs = tpm.args()
    args = harness.linux_args(ctx, machine="q35,nofw=on") + [
        "-no-reboot"] + dev + targs
    try:
        r = harness.run_qemu(ctx, args, timeout=240, serial=True)
    finally:
        tpm.stop()
    harness.assert_linux_powered_off(r.returncode, r.serial)
    rep = harness.linux_report(r.serial)
    nofw = _boot_tables("\n".join(rep["DMESG"]))
    harness.assert_acpi_clean(rep, "nofw")
    for sig in ("TPM2", "SSDT"):
        check(sig in rep.get("ACPI-TABLES", []), "%s missing from "
              "/sys/firmware/acpi/tables: %s" % (sig, rep.get("ACPI-TABLES")))
    check(nofw == fw, "tables at boot with nofw %s, through SeaBIOS %s"
          % (nofw, fw))


test_linux_vmgenid_tpm_same_tables.timeout = 400


def _madt_enabled(data):
    """Enabled flags of the MADT's local APIC (type 0) and x2APIC (9)
    entries, in order."""
    flags, off = [], 44
    while off + 2 <= len(data):
        kind, length = data[off], data[off + 1]
        if length < 2:
            break
        if kind == 0:
            flags.append(data[off + 4] & 1)
        elif kind == 9:
            flags.append(data[off + 8] & 1)
        off += length
    return flags


def test_cpu_hotplug_then_reboot_rebuilds_tables(ctx):
    """-smp 1,maxcpus=2, device_add of the second CPU, system_reset: the
    executor runs on tables rebuilt for the new machine (the MADT now
    enables both CPUs), and the guest's checks pass on them."""
    args, _ = _guest_args(ctx, extra_append="wait=1")
    args += ["-smp", "1,maxcpus=2"]
    with harness.Vm(ctx, args, serial=False, debugcon=True) as vm:
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30)
        tables, _ = _tables(vm.debugcon)
        madt = [(a, n) for (sig, a), n in tables.items() if sig == "APIC"]
        check(len(madt) == 1, "guest reported MADTs %s" % madt)
        before = _madt_enabled(vm.read_memory(*madt[0]))
        check(before == [1, 0], "MADT enabled flags at boot %s, expected "
              "[1, 0]" % before)
        hot = [c for c in vm.qmp("query-hotpluggable-cpus")
               if "qom-path" not in c]
        check(hot, "no hotpluggable CPU slot left")
        vm.qmp("device_add", driver=hot[0]["type"], id="cpu1",
               **hot[0]["props"])
        vm.qmp("system_reset")
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30, count=2)
        _one_entry(vm.debugcon, 2, "after CPU hotplug and reset")
        text = vm.debugcon
        text = text[text.index("ENTRY 2"):]
        tables, _ = _tables(text)
        madt = [(a, n) for (sig, a), n in tables.items() if sig == "APIC"]
        after = _madt_enabled(vm.read_memory(*madt[0]))
        check(after == [1, 1], "MADT enabled flags after hotplug + reset "
              "%s, expected [1, 1]" % after)


def test_tables_stable_across_resets(ctx):
    """The first boot gets acpi_setup()'s build (nofw programmed the chipset
    before it), every later reset rebuilds the tables for the state nofw
    just programmed (chipset, PCI): with devices whose BARs feed the tables
    (ERST) behind and beside a root port, entry 1 and entry 2 see the same
    bytes at the same addresses."""
    args, _ = _vmgenid_args(ctx, GUID_A, "wait=1")
    args += ["-device", "pcie-root-port,id=rp1,chassis=1,slot=1",
             "-device", "virtio-net-pci,bus=rp1",
             "-object", "memory-backend-file,id=erst0,size=64K,share=on,"
             "mem-path=" + _file(ctx, "erst.img", 65536),
             "-device", "acpi-erst,memdev=erst0",
             "-trace", "nofw_acpi_build"]
    with harness.Vm(ctx, args, serial=False, debugcon=True) as vm:
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30)
        tables, _ = _tables(vm.debugcon)
        check("ERST" in {sig for sig, _ in tables}, "no ERST table")
        first = _snapshot(vm, tables)
        vm.qmp("system_reset")
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30, count=2)
        _one_entry(vm.debugcon, 2, "after system_reset")
        text = vm.debugcon
        tables2, _ = _tables(text[text.index("ENTRY 2"):])
        check(tables2 == tables, "table addresses or lengths changed: %s "
              "-> %s" % (sorted(tables), sorted(tables2)))
        second = _snapshot(vm, tables)
        changed = [sig for (sig, a), data in sorted(first.items())
                   if data != second[(sig, a)]]
        check(not changed, "tables differ after a reset: %s" % changed)
        builds = re.findall(r"tables built (.*) in \d+ ns", vm.stderr)
        check(builds == ["by acpi_setup()", "at reset"],
              "nofw_acpi_build trace: %s, expected the first boot to use "
              "acpi_setup()'s build and the reset to build again" % builds)
