"""ICH9 PM mode (hw/isa/ich9_nofw_pm.c) with the real Debian kernel: the
chipset is left as firmware leaves it, so Linux's ACPI works as after
SeaBIOS: S5 power-off, reboot back through nofw, the power button, ACPI
PCI hotplug on a root port, PCI devices probed, the PM timer usable."""

import os
import re

import harness
from harness import check

NIC = ["-device", "virtio-net-pci,id=nic0"]


def _args(ctx, action, extra=(), append=""):
    return (harness.linux_args(ctx, machine="q35,nofw=on",
                               append=("nofw.action=%s %s"
                                       % (action, append)).strip())
            + list(extra))


def test_linux_reboot_then_poweroff(ctx):
    """Guest `reboot -f`: the machine resets, nofw boots the kernel again
    (second boot told by a CMOS byte), which then powers off via S5."""
    r = harness.run_qemu(ctx, _args(ctx, "reboot-once"), timeout=300,
                         serial=True)
    starts = r.serial.count("NOFW-INIT start")
    check("NOFW-BOOT first" in r.serial and "NOFW-BOOT second" in r.serial,
          "expected a first and a second boot, got %d boot(s); console "
          "ends: %s" % (starts, r.serial.strip()[-300:]))
    check(starts == 2, "%d boots, expected 2" % starts)
    check("reboot: Restarting system" in r.serial, "no guest reboot")
    harness.assert_linux_powered_off(r.returncode, r.serial)
    second = r.serial[r.serial.index("NOFW-BOOT first"):]
    harness.assert_acpi_clean(harness.linux_report(second), "second boot")


def test_linux_system_powerdown(ctx):
    """QMP system_powerdown = the ACPI power button (PM1 PWRBTN_STS, SCI):
    busybox acpid sees it and the guest powers off through S5."""
    console = harness.linux_power_button(
        ctx, _args(ctx, "wait-powerbutton") + ["-no-reboot"])
    harness.assert_acpi_clean(harness.linux_report(console), "powerdown")


def test_linux_pci_devices_probed(ctx):
    """virtio-net on the root bus and behind a PCIe root port: the kernel
    binds virtio_net to both (eth0, eth1) with the BARs and bridge windows
    it gets; AHCI, SMBus and the LPC are there; the ACPI PM timer works
    as the clocksource when asked for."""
    extra = NIC + ["-device", "pcie-root-port,id=rp1,chassis=1,slot=1",
                   "-device", "virtio-net-pci,id=nic1,bus=rp1"]
    args = _args(ctx, "poweroff", extra, "clocksource=acpi_pm "
                 "nofw.modules=virtio_pci,virtio_net") + ["-no-reboot"]
    r = harness.run_qemu(ctx, args, timeout=240, serial=True)
    harness.assert_linux_powered_off(r.returncode, r.serial)
    rep = harness.linux_report(r.serial)
    harness.assert_acpi_clean(rep, "devices")
    pci = rep.get("PCI", "").split()
    for dev, what in (("1af4:1000", "virtio-net (transitional)"),
                      ("1af4:1041", "virtio-net (modern, root port)"),
                      ("1b36:000c", "pcie-root-port"),
                      ("8086:2922", "ICH9 AHCI"), ("8086:2930", "ICH9 SMBus")):
        check(dev in pci, "%s %s not enumerated: %s" % (what, dev, pci))
    nets = rep.get("NET", "").split()
    check(len(nets) == 2, "virtio_net bound to %d NICs (%s), expected 2"
          % (len(nets), nets))
    check(rep.get("CLOCKSOURCE") == "acpi_pm", "clocksource %s, expected "
          "acpi_pm" % rep.get("CLOCKSOURCE"))


def test_linux_acpi_pci_hotplug(ctx):
    """device_add of virtio-net on an empty root port: the ACPI PCI
    hotplug GPE reaches the guest, which enumerates the new device."""
    extra = ["-device", "pcie-root-port,id=rp1,chassis=1,slot=1"]
    args = _args(ctx, "hotplug-wait", extra) + ["-no-reboot"]
    with harness.Vm(ctx, args, serial=True) as vm:
        vm.wait_serial(r"^NOFW-WAITING", timeout=240)
        vm.qmp("device_add", driver="virtio-net-pci", id="hp0", bus="rp1")
        vm.wait_serial(r"^NOFW-PCI-(ADDED|TIMEOUT)", timeout=90)
        rc = vm.wait_exit(90)
        console = vm.serial
    check("NOFW-PCI-ADDED 1af4:1041" in console, "hot-plugged virtio-net "
          "not seen by the guest: %s" % console.strip()[-400:])
    harness.assert_linux_powered_off(rc, console)


def _info_pci(ctx, args):
    """`info pci` of a nofw machine right after its first reset (qtest
    accelerator: no guest code runs, so this is what nofw programmed)."""
    with harness.Vm(ctx, ["-machine", "q35,nofw=on", "-accel", "qtest",
                          "-display", "none", "-nodefaults",
                          "-kernel", os.path.join(ctx.guest, "pvh-exit.elf")]
                    + args, serial=False) as vm:
        return vm.hmp("info pci")


def test_pci_placement(ctx):
    """nofw's PCI enumeration: 32-bit BARs lie above MMCONFIG (from
    0xC0000000, as SeaBIOS on q35); a 1 GiB 64-bit BAR, which would fit
    at 0x80000000 only by overlapping MMCONFIG, goes above RAM and the
    hot-plug device-memory region, 1 GiB aligned; expander buses are
    numbered in bus order whatever order they were created in."""
    text = _info_pci(ctx, [
        "-m", "2G,slots=2,maxmem=8G",
        "-object", "memory-backend-ram,id=shm,size=1G",
        "-device", "ivshmem-plain,memdev=shm",
        "-device", "pxb-pcie,id=pxbA,bus_nr=0x80,bus=pcie.0",
        "-device", "pxb-pcie,id=pxbB,bus_nr=0x40,bus=pcie.0",
        "-device", "pcie-root-port,id=ra,bus=pxbA,chassis=5,slot=0",
        "-device", "pcie-root-port,id=rb,bus=pxbB,chassis=6,slot=0",
        "-device", "pcie-root-port,id=r0,bus=pcie.0,chassis=7,slot=1"])
    mem32 = [int(a, 16) for a in re.findall(
        r"BAR\d: 32 bit (?:prefetchable )?memory at 0x([0-9a-f]+)", text)]
    check(mem32 and min(mem32) >= 0xC0000000, "32-bit BARs below "
          "0xC0000000 (MMCONFIG is 0xB0000000-0xBFFFFFFF): %s"
          % [hex(a) for a in mem32])
    m = re.search(r"BAR2: 64 bit prefetchable memory at 0x([0-9a-f]+)", text)
    check(m, "ivshmem BAR2 not mapped:\n" + text)
    bar = int(m.group(1), 16)
    # RAM 2G all below 4G; device memory starts at 4G, 6G + 1G per slot
    check(bar >= (4 + 6 + 2) << 30 and bar % (1 << 30) == 0,
          "64-bit BAR at 0x%x: inside or below device memory, or not 1 GiB "
          "aligned" % bar)
    secondary = {}
    for block in re.split(r"\n(?=\s*Bus +\d+, device)", text):
        b = re.search(r"Bus +(\d+), device", block)
        sec = re.search(r"secondary bus (\d+)\.", block)
        if b and sec and int(b.group(1)):
            secondary[int(b.group(1))] = int(sec.group(1))
    check(secondary.get(0x40) == 0x41 and secondary.get(0x80) == 0x81,
          "expander root ports' secondary buses %s, expected 64->65 and "
          "128->129" % secondary)
