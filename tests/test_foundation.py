"""Foundation tests: the QEMU binary under test and the real Debian kernel
guest (scripts/make-kernel) work on the stock firmware path (SeaBIOS +
pvh.bin), so later nofw tests can compare against it. They hold for any
qemu-system-x86_64 (Debian's 7.2 as well as build/qemu-system-x86_64).
"""

import re

import harness
from harness import check

# /sys/firmware/acpi/tables of the q35 guest booted through SeaBIOS with
# -nodefaults (observed with QEMU 7.2 and expected from 10.0.13 alike):
#   FACP, FACS, DSDT   the fixed set every PC has;
#   APIC               MADT (LAPICs, IOAPIC, interrupt overrides);
#   HPET               q35's hpet=on default;
#   MCFG               only because SeaBIOS enabled PCIEXBAR (acpi_get_mcfg);
#   WAET               always built for q35;
#   data, dynamic      directories sysfs always creates, not tables.
# No SSDT (no nvdimm, no CPU hotplug SSDT: that AML lives in the DSDT), no
# SRAT (no NUMA), no TPM2/DMAR/VMGENID (no such device). RSDP and RSDT are
# not listed by sysfs.
Q35_SEABIOS_TABLES = ["APIC", "DSDT", "FACP", "FACS", "HPET", "MCFG", "WAET",
                      "data", "dynamic"]


def test_machine_help(ctx):
    """-machine q35,help lists q35's properties and exits 0."""
    r = harness.run_qemu(ctx, ["-machine", "q35,help"], timeout=30)
    check(r.returncode == 0, "-machine q35,help exited %s" % r.returncode)
    check(re.search(r"^pc-q35-\S+-machine options:", r.stdout, re.M),
          "no 'pc-q35-*-machine options:' header in -machine q35,help output")
    for prop in ("smm", "acpi", "hpet", "kernel", "initrd", "append"):
        check(re.search(r"^\s+%s=<" % prop, r.stdout, re.M),
              "-machine q35,help does not list property %r" % prop)


def test_linux_boots_to_acpi_poweroff(ctx):
    """The Debian kernel boots on q35 (firmware path) and powers off via ACPI
    S5: SHUTDOWN event with reason guest-shutdown, exit status 0, the expected
    ACPI tables, no ACPI errors in dmesg."""
    # -no-reboot: a reset (or a panic, with panic=-1) ends QEMU too, but with
    # SHUTDOWN reason "guest-reset", which the check below tells apart.
    args = harness.linux_args(ctx, machine="q35,nofw=off") + ["-no-reboot"]
    with harness.Vm(ctx, args, serial=True, paused=True) as vm:
        vm.qmp("cont")
        rc = vm.wait_exit(timeout=120)
        console = vm.serial
        shutdowns = [e for e in vm.events if e["event"] == "SHUTDOWN"]
    check(shutdowns, "no QMP SHUTDOWN event; events: %s"
          % [e["event"] for e in vm.events])
    reason = shutdowns[0].get("data", {}).get("reason")
    check(reason == "guest-shutdown",
          "SHUTDOWN reason %r, expected 'guest-shutdown' (ACPI power-off)"
          % reason)
    harness.assert_linux_powered_off(rc, console)

    rep = harness.linux_report(console)
    tables = rep.get("ACPI-TABLES")
    check(tables is not None, "no ACPI-TABLES line on the console")
    check(tables == Q35_SEABIOS_TABLES,
          "ACPI tables %s, expected %s" % (" ".join(tables),
                                           " ".join(Q35_SEABIOS_TABLES)))
    check(rep.get("ACPI-ERRORS") == "0",
          "NOFW-ACPI-ERRORS %s: %s" % (rep.get("ACPI-ERRORS"), "; ".join(
              line for line in rep["DMESG"]
              if re.search(r"Error|Warning|checksum", line) and
              "checksum verification disabled" not in line)))
    check(any("ACPI: Interpreter enabled" in line for line in rep["DMESG"]),
          "dmesg has no 'ACPI: Interpreter enabled'")


def test_linux_smp_and_cmdline(ctx):
    """-smp 4 brings up 4 CPUs and the -append text reaches the guest."""
    marker = "nofw.marker=foundation-%d" % (id(ctx) % 100000)
    args = harness.linux_args(ctx, append=marker, smp=4) + ["-no-reboot"]
    r = harness.run_qemu(ctx, args, timeout=180, serial=True)
    harness.assert_linux_powered_off(r.returncode, r.serial)
    rep = harness.linux_report(r.serial)
    check(rep.get("CPUS") == "4", "NOFW-CPUS %s, expected 4" % rep.get("CPUS"))
    cmdline = rep.get("CMDLINE", "")
    check(marker in cmdline.split(),
          "marker %r not in the guest's /proc/cmdline %r" % (marker, cmdline))


def test_serial_waits_match_whole_lines(ctx):
    """A console line the guest is still writing does not satisfy a wait:
    "NOFW-BOOT-ID 6b7d4efe-92f2-" cut mid-line must not pass for the
    boot_id (once a cut-short boot_id made an S3 test see a reboot); the
    whole line does. QEMU is paused and writes nothing to its console
    file; the test writes it."""
    args = ["-machine", "q35", "-nodefaults", "-display", "none"]
    for tail, want in (("", None), ("4e51\r\n", "6b7d4efe-92f2-4e51")):
        vm = harness.Vm(ctx, args, paused=True)
        try:
            with open(vm.serial_path, "a") as f:
                f.write("NOFW-BOOT-ID 6b7d4efe-92f2-" + tail)
            try:
                got = vm.wait_serial(r"NOFW-BOOT-ID (\S+)", 2).group(1)
            except harness.Failure:
                got = None      # the wait timed out
            check(got == want, "console %r: boot_id %r, expected %r"
                  % ("NOFW-BOOT-ID 6b7d4efe-92f2-" + tail, got, want))
        finally:
            vm.kill()
