"""The freestanding PVH test guest (tests/guest/) under nofw: at its entry it
checks start_info, the memmap, cmdline, initrd, CPU state, the ACPI tables
the table-loader placed, the ICH9 PM state, MCFG and SMBIOS, and reports
PASS/FAIL lines on debugcon (port 0xe9)."""

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import zlib

import harness
from harness import check, fail

EXIT = ["-device", "isa-debug-exit,iobase=0xf4,iosize=4"]
FAULT_INJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            "guest", "fault_inject.py")


def _initrd(ctx, size=300000):
    path = os.path.join(ctx.tmpdir, "initrd.bin")
    data = os.urandom(size)
    with open(path, "wb") as f:
        f.write(data)
    return path, "initrd_crc=%08x initrd_size=%d" % (zlib.crc32(data), size)


def _guest_args(ctx, image="pvh-test.elf", machine="q35,nofw=on", mem=512,
                extra_append="", initrd=True):
    args = ["-machine", machine, "-accel", "tcg", "-m", str(mem),
            "-nodefaults", "-display", "none",
            "-kernel", os.path.join(ctx.guest, image)] + EXIT
    append = "ram_mb=%d acpi=1 pm=ich9 smbios=1 mcfg=1" % mem
    if initrd:
        path, expect = _initrd(ctx)
        args += ["-initrd", path]
        append += " " + expect
    append += (" " + extra_append if extra_append else "")
    return args + ["-append", append], append


def _run_guest(ctx, **kw):
    args, append = _guest_args(ctx, **kw)
    r = harness.run_qemu(ctx, args, timeout=60, debugcon=True)
    entries = harness.guest_results(r.debugcon)
    check(len(entries) == 1, "expected 1 guest entry, got %d" % len(entries))
    harness.assert_guest_ok(entries[0])
    check(r.returncode == 1, "isa-debug-exit status %s, expected 1 (guest "
          "wrote 0: all passed)" % r.returncode)
    m = re.search(r"^CMDLINE (.*)$", r.debugcon, re.M)
    check(m and m.group(1) == append,
          "guest cmdline %r != -append %r" % (m and m.group(1), append))
    return entries[0], r


def test_elf32_entry_state(ctx):
    """ELF32 with a 4-byte PVH note: every check of the guest passes."""
    e, _ = _run_guest(ctx)
    for name in ("start_info.magic", "cpu.cr0.pe", "memmap.sorted",
                 "initrd.crc32", "acpi.rsdp.checksum", "pm.pmbase"):
        check(any(k.startswith(name) for k in e.passes),
              "guest did not run check %s" % name)


def test_elf64_entry_state(ctx):
    """ELF64 with an 8-byte PVH note (like Linux's vmlinux), 1 GiB RAM."""
    _run_guest(ctx, image="pvh-test64.elf", mem=1024)


def test_memory_above_4g(ctx):
    """-m 6G: RAM split below/above 4 GiB appears in the memmap."""
    _run_guest(ctx, mem=6144)


def test_guest_checks_can_fail(ctx):
    """The harness sees a FAIL when an expectation is wrong (wrong crc)."""
    args, _ = _guest_args(ctx, extra_append="")
    i = args.index("-append") + 1
    args[i] = re.sub(r"initrd_crc=\w+", "initrd_crc=00000000", args[i])
    r = harness.run_qemu(ctx, args, timeout=60, debugcon=True)
    entries = harness.guest_results(r.debugcon)
    check(entries and any(k.startswith("initrd.crc32") for k in
                          entries[0].fails),
          "a wrong initrd_crc did not produce FAIL initrd.crc32")
    check(r.returncode == 3, "exit status %s, expected 3" % r.returncode)


def _fault_inject_cases():
    spec = importlib.util.spec_from_file_location("fault_inject",
                                                  FAULT_INJECT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [c["name"] for c in mod.CASES]


def test_every_check_can_fail(ctx):
    """tests/guest/fault_inject.py with this QEMU: each case breaks one
    thing at the guest's entry point (through gdb) and gets the FAIL lines
    it expects, the baselines get none, and every check the guest ran was
    made to fail by some case (all but cpu.cr0.pe and cpu.eflags.vm)."""
    if not shutil.which("gdb"):
        fail("gdb not installed (scripts/install-deps installs it)")
    cases = _fault_inject_cases()
    p = subprocess.Popen([sys.executable, FAULT_INJECT, "--qemu", ctx.qemu,
                          "--guest", ctx.guest], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True, start_new_session=True)
    try:
        out, _ = p.communicate(timeout=270)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)    # its QEMUs and gdbs too
        out, _ = p.communicate()
        fail("fault_inject.py still running after 270s (killed):\n%s"
             % harness._tail(out))
    ran = re.findall(r"^(?:ok  |BAD ) (\S+)", out, re.M)
    bad = re.findall(r"^BAD .*$", out, re.M)
    check(not bad, "%d case(s) did not get the FAILs expected: %s\n%s"
          % (len(bad), "; ".join(bad), harness._tail(out, 60)))
    check(ran == cases, "cases run %d of %d: missing %s" % (
        len(ran), len(cases), sorted(set(cases) - set(ran))))
    check("every check failed on purpose" in out and p.returncode == 0,
          "exit status %s:\n%s" % (p.returncode, harness._tail(out)))


test_every_check_can_fail.timeout = 300


def test_system_reset_reenters(ctx):
    """Three QMP system_resets of a waiting guest: four entries, each
    passing every check (tables, start_info and CPU state rebuilt)."""
    args, _ = _guest_args(ctx, extra_append="wait=1")
    with harness.Vm(ctx, args, serial=False, debugcon=True) as vm:
        for n in range(1, 5):
            vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30, count=n)
            if n < 4:
                vm.qmp("system_reset")
        text = vm.debugcon
    entries = harness.guest_results(text)
    check([e.number for e in entries] == [1, 2, 3, 4],
          "entries %s, expected 1 2 3 4" % [e.number for e in entries])
    for e in entries:
        harness.assert_guest_ok(e, "entry %d" % e.number)


def _kvm(args):
    args = list(args)
    args[args.index("-accel") + 1] = "kvm"
    return args


def test_kvm_entry_and_reset(ctx):
    """Under KVM (when /dev/kvm works) the same entry state holds, and a
    system_reset re-enters through the same shared code path."""
    harness.require_kvm()
    args, _ = _guest_args(ctx, extra_append="wait=1")
    with harness.Vm(ctx, _kvm(args), serial=False, debugcon=True) as vm:
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30)
        vm.qmp("system_reset")
        vm.wait_debugcon(r"^SUMMARY .*\n", timeout=30, count=2)
        text = vm.debugcon
    entries = harness.guest_results(text)
    check([e.number for e in entries] == [1, 2],
          "entries %s, expected 1 2" % [e.number for e in entries])
    for e in entries:
        harness.assert_guest_ok(e, "KVM entry %d" % e.number)
