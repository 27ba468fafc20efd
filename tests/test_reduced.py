"""nofw-pm=reduced: hardware-reduced ACPI (hw/isa/ich9_nofw_pm.c). The
FADT has HW_REDUCED_ACPI and GED sleep registers, no PM1/GPE blocks; the
real kernel boots with ACPI on, powers off, reboots and obeys the power
button; what needs a GPE is refused with one line."""

import os

import harness
from harness import check

REDUCED = "q35,nofw=on,nofw-pm=reduced"


def _linux(ctx, action, extra=(), append=""):
    return harness.linux_args(ctx, machine=REDUCED,
                              append=("nofw.action=%s %s" % (action, append))
                              .strip()) + list(extra)


def test_guest_sees_reduced_fadt(ctx):
    """The test guest: FADT HW_REDUCED flag, no PM1a/GPE0, reset and
    sleep control/status registers; every table valid, no FACS needed."""
    args = ["-machine", REDUCED, "-accel", "tcg", "-m", "512",
            "-nodefaults", "-display", "none",
            "-kernel", os.path.join(ctx.guest, "pvh-test.elf"),
            "-device", "isa-debug-exit,iobase=0xf4,iosize=4",
            "-append", "ram_mb=512 acpi=1 pm=reduced mcfg=1 smbios=1"]
    r = harness.run_qemu(ctx, args, timeout=60, debugcon=True)
    entries = harness.guest_results(r.debugcon)
    check(len(entries) == 1, "expected 1 entry, got %d" % len(entries))
    harness.assert_guest_ok(entries[0])
    for name in ("pm.reduced.flag", "pm.reduced.sleep_control",
                 "pm.reduced.gpe0", "pm.reduced.pm1a_evt"):
        check(name in entries[0].passes, "guest did not run %s" % name)
    check(r.returncode == 1, "exit status %s, expected 1" % r.returncode)


def test_linux_poweroff(ctx):
    """Boots with ACPI enabled (no SCI, no GPE), binds virtio_net to NICs on
    the root bus and behind a root port, and powers off through the GED
    sleep control register: exit status 0."""
    nics = ["-no-reboot", "-device", "virtio-net-pci",
            "-device", "pcie-root-port,id=rp1,chassis=1,slot=1",
            "-device", "virtio-net-pci,bus=rp1"]
    r = harness.run_qemu(ctx, _linux(ctx, "poweroff", nics,
                                     "nofw.modules=virtio_pci,virtio_net"),
                         timeout=240, serial=True)
    harness.assert_linux_powered_off(r.returncode, r.serial)
    rep = harness.linux_report(r.serial)
    harness.assert_acpi_clean(rep, "reduced")
    nets = rep.get("NET", "").split()
    check(len(nets) == 2, "virtio_net bound to %d NICs (%s), expected 2"
          % (len(nets), nets))


def test_linux_reboot_then_poweroff(ctx):
    """Linux reboots a hardware-reduced, EFI-less machine by jumping to the
    BIOS reset vector: nofw's stub there resets the machine and the kernel
    boots again, then powers off."""
    r = harness.run_qemu(ctx, _linux(ctx, "reboot-once"), timeout=300,
                         serial=True)
    check("NOFW-BOOT first" in r.serial and "NOFW-BOOT second" in r.serial,
          "expected two boots; console ends: %s" % r.serial.strip()[-300:])
    harness.assert_linux_powered_off(r.returncode, r.serial)


def test_linux_system_powerdown(ctx):
    """system_powerdown raises the GED power-button event; the kernel's
    ACPI button driver reports it and the guest powers off."""
    harness.linux_power_button(
        ctx, _linux(ctx, "wait-powerbutton", ["-no-reboot"]))


def test_refused_combinations(ctx):
    """Reduced mode without firmwareless boot, or with something that is
    signalled through a GPE: one line naming it, exit status 1."""
    kernel = os.path.join(ctx.guest, "pvh-exit.elf")
    cases = [
        (["-machine", "q35,nofw=off,nofw-pm=reduced"],
         "nofw-pm=reduced needs firmwareless boot, but nofw=off"),
        (["-machine", "q35,nofw-pm=reduced"],
         "nofw-pm=reduced needs firmwareless boot, which nofw=auto cannot "
         "use: no -kernel"),
        (["-machine", REDUCED, "-kernel", kernel, "-smp", "1,maxcpus=2"],
         "nofw-pm=reduced: CPU hotplug (maxcpus 2 > cpus 1)"),
        (["-machine", REDUCED, "-kernel", kernel, "-m", "512,slots=2,"
          "maxmem=1G"], "nofw-pm=reduced: memory hotplug (-m slots=2)"),
        (["-machine", REDUCED, "-kernel", kernel, "-global",
          "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=on"],
         "nofw-pm=reduced: ACPI PCI hotplug"),
    ]
    for args, want in cases:
        r = harness.run_qemu(ctx, args + ["-display", "none", "-nodefaults"],
                             timeout=30)
        lines = [line for line in r.stderr.splitlines() if line.strip()]
        check(r.returncode == 1, "%s: exit status %s, expected 1"
              % (" ".join(args), r.returncode))
        check(len(lines) == 1 and want in lines[0], "%s: stderr %r, "
              "expected one line with %r" % (" ".join(args), lines, want))
