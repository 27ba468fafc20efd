"""Multi-threaded TCG while the memory map changes (patch 0014 in
bases/*/patches): with -smp 2, one vCPU toggles the memory enable bit of a
pcie-root-port while the other reads registers of other devices that never
change (tests/initramfs/mmio-race.c, /init's mmio-race action). Before the
fix, a TLB entry filled before a toggle was resolved in the new memory map:
reads returned other devices' values within seconds and QEMU aborted in
most runs (iotlb_to_section or msix_table_mmio_write assertions).
"""

import re

import harness
from harness import check

# The guest's PCI addresses follow from these devices: root ports 00:01.0-2,
# the xHCI at 01:00.0, the balloon at 02:00.0.
DEVICES = [
    "-device", "pcie-root-port,port=8,chassis=1,id=pci.1,bus=pcie.0,"
    "multifunction=on,addr=0x1",
    "-device", "pcie-root-port,port=9,chassis=2,id=pci.2,bus=pcie.0,"
    "addr=0x1.0x1",
    "-device", "pcie-root-port,port=10,chassis=3,id=pci.3,bus=pcie.0,"
    "addr=0x1.0x2",
    "-device", "qemu-xhci,id=usb,bus=pci.1,addr=0x0",
    "-device", "virtio-balloon-pci,id=balloon0,bus=pci.2,addr=0x0",
]
# Toggled: root port 00:01.1. Read: xHCI capability registers, and MSI-X
# vector control and pending bits of the xHCI and the two other root ports.
RACE = ("30,0000:00:01.1,0000:01:00.0/0/0x10,0000:00:01.0/0/0x800,"
        "0000:01:00.0/0/0x3800,0000:00:01.2/0/0x800,0000:01:00.0/0/0x4,"
        "0000:00:01.2/0/0xc,0000:00:01.0/0/0xc,0000:01:00.0/0/0x300c")


def _lines(prefix, text):
    return [line.rstrip("\r") for line in text.splitlines()
            if line.startswith(prefix)]


def test_mmio_reaches_its_device_while_another_cpu_remaps(ctx):
    """30 s of reads on one vCPU against BAR toggles on the other: every
    read returns the register's value, QEMU does not abort, the guest
    powers off."""
    args = harness.linux_args(ctx, append="nofw.action=mmio-race "
                              "nofw.race=" + RACE, smp=2) + ["-no-reboot"]
    # The race needs one thread per vCPU, whatever the host's CPU count.
    args[args.index("-accel") + 1] = "tcg,thread=multi"
    r = harness.run_qemu(ctx, args + DEVICES, timeout=240, serial=True)
    check("Assertion" not in r.stderr,
          "QEMU aborted: %s" % r.stderr.strip()[-300:])
    harness.assert_linux_powered_off(r.returncode, r.serial)
    done = re.search(r"NOFW-RACE-DONE toggles=(\d+) reads=(\d+) wrong=(\d+)",
                     r.serial)
    check(done, "no NOFW-RACE-DONE; console ends: %s"
          % r.serial.strip()[-300:])
    toggles, reads, wrong = (int(x) for x in done.groups())
    check(wrong == 0, "%d of %d reads returned another value, e.g. %s"
          % (wrong, reads, _lines("NOFW-RACE-WRONG", r.serial)[:3]))
    check(toggles >= 100 and reads >= 100000,
          "the race did not run: %d toggles, %d reads" % (toggles, reads))
    check("NOFW-RACE-EXIT 0" in r.serial, "mmio-race failed: %s"
          % _lines("NOFW-RACE-EXIT", r.serial))
