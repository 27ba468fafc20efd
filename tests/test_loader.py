"""The table-loader executor (hw/acpi/nofw_patch.c) seen from outside:
WRITE_POINTER reaches the device (vmgenid), the tables survive migration
and savevm/loadvm unchanged, and a reset on the destination rebuilds them."""

import os
import re
import time

import harness
from harness import check, fail
from test_guest import _guest_args

GUID_A = "324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87"
GUID_B = "b3ac2e34-3a4b-4a10-9c45-7d1f0e3b2a55"


def _guid_bytes(guid):
    """The 16 bytes vmgenid keeps in guest memory: the first three fields
    little endian (qemu_uuid_bswap), the rest as written."""
    b = bytes.fromhex(guid.replace("-", ""))
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


def _read_mem(vm, addr, size):
    path = os.path.join(vm.ctx.tmpdir, "mem-%x-%d.bin" % (addr, time.time_ns()))
    vm.qmp("pmemsave", val=addr, size=size, filename=path)
    with open(path, "rb") as f:
        data = f.read()
    os.unlink(path)
    check(len(data) == size, "pmemsave 0x%x: %d bytes, expected %d"
          % (addr, len(data), size))
    return data


def _tables(debugcon):
    """{(sig, addr): length} of the tables the guest reported, and VGIA."""
    tables = {}
    for sig, addr, length in re.findall(r"^TABLE (\S+) 0x([0-9a-f]+) (\d+)$",
                                        debugcon, re.M):
        tables[(sig, int(addr, 16))] = int(length)
    m = re.search(r"^INFO vmgenid VGIA 0x([0-9a-f]+)$", debugcon, re.M)
    return tables, int(m.group(1), 16) if m else None


def _snapshot(vm, tables):
    return {key: _read_mem(vm, key[1], length)
            for key, length in tables.items()}


def _one_entry(text, number, what):
    entries = [e for e in harness.guest_results(text) if e.number == number]
    check(entries, "%s: no guest ENTRY %d in debugcon" % (what, number))
    harness.assert_guest_ok(entries[0], "%s, entry %d" % (what, number))
    return entries[0]


def _wait_migration(vm, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        st = vm.qmp("query-migrate")
        status = st.get("status")
        if status == "completed":
            return
        if status in ("failed", "cancelled"):
            fail("%s: migration %s: %s" % (what, status,
                                            st.get("error-desc", "")))
        time.sleep(0.1)
    fail("%s: migration not completed within %ss" % (what, timeout))


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
        src.wait_debugcon(r"^SUMMARY .*", timeout=30)
        _one_entry(src.debugcon, 1, "source")
        tables, vgia = _tables(src.debugcon)
        check(vgia, "source guest reported no VGIA")
        check(len(tables) >= 6, "source guest reported only %d tables"
              % len(tables))
        before = _snapshot(src, tables)
        check(_read_mem(src, vgia + 40, 16) == _guid_bytes(GUID_A),
              "source: GUID at VGIA+40 is not %s" % GUID_A)

        dst.qmp("migrate-incoming", uri="unix:" + sock)
        src.qmp("migrate", uri="unix:" + sock)
        _wait_migration(src, "source")
        dst.wait_event("RESUME", timeout=30)
        check(dst.qmp("query-vm-generation-id")["guid"] == GUID_B,
              "destination query-vm-generation-id is not %s" % GUID_B)
        after = _snapshot(dst, tables)
        changed = [sig for (sig, _), data in sorted(after.items())
                   if data != before[(sig, _)]]
        check(not changed, "tables changed by migration: %s" % changed)
        got = _read_mem(dst, vgia + 40, 16)
        check(got == _guid_bytes(GUID_B), "destination: GUID at VGIA+40 is "
              "%s, expected %s" % (got.hex(), _guid_bytes(GUID_B).hex()))

        dst.qmp("system_reset")
        dst.wait_debugcon(r"^SUMMARY .*", timeout=30)
        e = _one_entry(dst.debugcon, 2, "destination after system_reset")
        check("vmgenid.guid" in e.passes, "entry 2 ran no vmgenid check")


def test_savevm_loadvm_keeps_tables(ctx):
    """snapshot-save of a running nofw guest into a qcow2 made over QMP,
    then a new QEMU with -loadvm: the tables are the saved bytes (not
    rebuilt), the guest is where it was, and a reset re-runs the loader."""
    img = os.path.join(ctx.tmpdir, "snap.qcow2")
    args, _ = _vmgenid_args(ctx, GUID_A, "wait=1")
    with harness.Vm(ctx, args, serial=False, debugcon=True) as vm:
        vm.wait_debugcon(r"^SUMMARY .*", timeout=30)
        tables, vgia = _tables(vm.debugcon)
        check(vgia and len(tables) >= 6, "guest reported VGIA %s and %d "
              "tables" % (vgia, len(tables)))
        before = _snapshot(vm, tables)
        vm.qmp("blockdev-create", {"job-id": "c1", "options": {
            "driver": "file", "filename": img, "size": 0}})
        vm.wait_event("JOB_STATUS_CHANGE", match={"id": "c1",
                                                  "status": "concluded"})
        vm.qmp("job-dismiss", id="c1")
        vm.qmp("blockdev-add", {"driver": "file", "node-name": "snapfile",
                                "filename": img})
        vm.qmp("blockdev-create", {"job-id": "c2", "options": {
            "driver": "qcow2", "file": "snapfile", "size": 64 << 20}})
        vm.wait_event("JOB_STATUS_CHANGE", match={"id": "c2",
                                                  "status": "concluded"})
        vm.qmp("job-dismiss", id="c2")
        vm.qmp("blockdev-add", {"driver": "qcow2", "node-name": "snap",
                                "file": "snapfile"})
        vm.qmp("snapshot-save", {"job-id": "s", "tag": "t1", "vmstate": "snap",
                                 "devices": ["snap"]})
        ev = vm.wait_event("JOB_STATUS_CHANGE", timeout=60,
                           match={"id": "s", "status": "concluded"})
        jobs = vm.qmp("query-jobs")
        err = [j.get("error") for j in jobs if j["id"] == "s" and
               j.get("error")]
        check(ev and not err, "snapshot-save failed: %s" % err)

    blockdev = ["-blockdev", "driver=file,node-name=snapfile,filename=" + img,
                "-blockdev", "driver=qcow2,node-name=snap,file=snapfile"]
    with harness.Vm(ctx, args + blockdev + ["-loadvm", "t1"], serial=False,
                    debugcon=True) as vm:
        after = _snapshot(vm, tables)
        changed = [sig for (sig, a), data in sorted(after.items())
                   if data != before[(sig, a)]]
        check(not changed, "tables differ after loadvm: %s" % changed)
        check(_read_mem(vm, vgia + 40, 16) == _guid_bytes(GUID_A),
              "GUID at VGIA+40 lost by loadvm")
        check("ENTRY" not in vm.debugcon, "the guest re-entered on loadvm "
              "(the snapshot should resume it where it halted): %s"
              % vm.debugcon.strip()[:200])
        vm.qmp("system_reset")
        vm.wait_debugcon(r"^SUMMARY .*", timeout=30)
        _one_entry(vm.debugcon, 2, "after loadvm + system_reset")
