/*
 * nofw: q35 / ICH9 chipset bring-up without firmware, and ICH9 PM
 *
 * Before an OS runs, SeaBIOS or qboot program the q35 chipset: the MCH
 * PAM registers (RAM in 0xC0000-0xFFFFF), PCIEXBAR (the MMCONFIG window
 * the MCFG table advertises), the ICH9 LPC PMBASE and ACPI_EN (PM1, PM
 * timer and GPE0 blocks, SCI), PIRQ routing and the SMBus controller.
 * hw/i386/nofw.c calls the functions here:
 *
 *  startup   nofw_ich9_pcihp_bsel() and nofw_ich9_chipset_setup(),
 *            before acpi_setup() builds the tables (the FADT and MCFG
 *            read this live state); with nofw-pm=reduced,
 *            nofw_reduced_init() and nofw_reduced_machine_done() add the
 *            Generic Event Device, whose state is in NofwState.ged.
 *  reset     nofw_ich9_chipset_setup() at every cold reset, before the
 *            tables are rebuilt; then hw/i386/nofw_pci.c places the BARs
 *            and calls nofw_ich9_pirq_irq() and nofw_ich9_smbus_setup().
 *  wakeup    nofw_ich9_resume(), from hw/i386/nofw_resume.c.
 *  tables    nofw_reduced_fadt() and nofw_reduced_dsdt(), from
 *            hw/i386/acpi-build.c, for nofw-pm=reduced.
 *
 * All writes go through the devices' own config-space write paths, so
 * the memory regions they control are updated as for a guest write.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "hw/pci/pci.h"
#include "hw/pci/pci_host.h"
#include "hw/pci-host/q35.h"
#include "hw/southbridge/ich9.h"
#include "hw/acpi/acpi.h"
#include "hw/acpi/aml-build.h"
#include "hw/acpi/generic_event_device.h"
#include "hw/mem/nvdimm.h"
#include "hw/sysbus.h"
#include "hw/qdev-properties.h"
#include "system/runstate.h"
#include "hw/i386/nofw.h"
#include "trace.h"

/*
 * PMBASE: the I/O base SeaBIOS and qboot use. The FADT and DSDT read it
 * back from the LPC device, so this is the only place it is chosen.
 */
#define NOFW_ICH9_PMBASE            0x600

/* PIRQ A-H to ISA IRQs 10, 10, 11, 11 (repeating), as SeaBIOS does. */
static const uint8_t nofw_pirq_irqs[4] = { 10, 10, 11, 11 };

/* PAM: 0x30 = read/write RAM for the high nibble's range (0xF0000). */
#define NOFW_PAM_RAM_RW_HI          0x30
#define NOFW_PAM_RAM_RW_BOTH        0x33

/* The SMBus controller's I/O BAR, where SeaBIOS puts it */
#define NOFW_SMB_BASE               0x700

void nofw_ich9_chipset_setup(PCMachineState *pcms)
{
    PCIDevice *mch = pci_find_device(pcms->pcibus, 0, PCI_DEVFN(0, 0));
    PCIDevice *lpc = pci_find_device(pcms->pcibus, 0,
                                     PCI_DEVFN(ICH9_LPC_DEV, ICH9_LPC_FUNC));
    uint64_t pciexbar = MCH_HOST_BRIDGE_PCIEXBAR_DEFAULT |
                        MCH_HOST_BRIDGE_PCIEXBAR_LENGTH_256M |
                        MCH_HOST_BRIDGE_PCIEXBAREN;
    int i;

    assert(mch && lpc);

    /* MCH: RAM under the legacy BIOS area, MMCONFIG window on */
    nofw_pci_write(mch, MCH_HOST_BRIDGE_PAM0, NOFW_PAM_RAM_RW_HI, 1);
    for (i = 1; i < MCH_HOST_BRIDGE_PAM_NB; i++) {
        nofw_pci_write(mch, MCH_HOST_BRIDGE_PAM0 + i, NOFW_PAM_RAM_RW_BOTH, 1);
    }
    nofw_pci_write(mch, MCH_HOST_BRIDGE_PCIEXBAR + 4, pciexbar >> 32, 4);
    nofw_pci_write(mch, MCH_HOST_BRIDGE_PCIEXBAR, (uint32_t)pciexbar, 4);

    /* LPC: PIRQ routing, then PM I/O at PMBASE with SCI on IRQ 9 */
    for (i = 0; i < 4; i++) {
        nofw_pci_write(lpc, ICH9_LPC_PIRQA_ROUT + i, nofw_pirq_irqs[i], 1);
        nofw_pci_write(lpc, ICH9_LPC_PIRQE_ROUT + i, nofw_pirq_irqs[i], 1);
    }
    nofw_pci_write(lpc, ICH9_LPC_PMBASE, NOFW_ICH9_PMBASE | 1, 4);
    nofw_pci_write(lpc, ICH9_LPC_ACPI_CTRL,
                 ICH9_LPC_ACPI_CTRL_ACPI_EN | ICH9_LPC_ACPI_CTRL_9, 1);

    trace_nofw_chipset_setup(NOFW_ICH9_PMBASE, pciexbar);
}

/*
 * The ACPI PCI hotplug bus numbers (BSEL) the DSDT names are assigned by
 * the PM device's first reset. nofw wants them before that, when
 * acpi_setup() builds the tables; assigning them is idempotent.
 */
void nofw_ich9_pcihp_bsel(PCMachineState *pcms)
{
    ICH9LPCState *lpc = ICH9_LPC_DEVICE(
        pci_find_device(pcms->pcibus, 0,
                        PCI_DEVFN(ICH9_LPC_DEV, ICH9_LPC_FUNC)));

    if (lpc->pm.acpi_pci_hotplug.use_acpi_hotplug_bridge) {
        acpi_pcihp_reset(&lpc->pm.acpi_pci_hotplug);
    }
}

/* The ISA IRQ that PIRQ @pirq (A-D, and E-H alike) is routed to */
uint8_t nofw_ich9_pirq_irq(int pirq)
{
    return nofw_pirq_irqs[pirq & 3];
}

/* Firmware moves the SMBus controller's I/O BAR to 0x700 and enables it. */
void nofw_ich9_smbus_setup(PCIBus *root)
{
    PCIDevice *smb = pci_find_device(root, 0, PCI_DEVFN(ICH9_SMB_DEV,
                                                      ICH9_SMB_FUNC));

    if (smb) {
        nofw_pci_write(smb, ICH9_SMB_SMB_BASE,
                     NOFW_SMB_BASE | PCI_BASE_ADDRESS_SPACE_IO, 4);
        nofw_pci_write(smb, ICH9_SMB_HOSTC, ICH9_SMB_HOSTC_HST_EN, 1);
    }
}

/*
 * At a wakeup from S3 the reset cleared PCIEXBAR, PMBASE, ACPI_EN and
 * PIRQ routing, which Linux reads or relies on before (or without)
 * restoring PCI config space; SeaBIOS sets them again in pci_resume().
 * The SMBus BAR too, as SeaBIOS does. Linux restores the other BARs.
 */
void nofw_ich9_resume(PCMachineState *pcms)
{
    memory_region_transaction_begin();
    nofw_ich9_chipset_setup(pcms);
    nofw_ich9_smbus_setup(pcms->pcibus);
    memory_region_transaction_commit();
}

/*
 * ---- Hardware-reduced ACPI (nofw-pm=reduced) ---------------------------
 *
 * The ICH9 LPC stays (it is the q35 southbridge), but the FADT no longer
 * advertises its PM1/GPE blocks; sleep and the power button go through
 * QEMU's Generic Event Device, as on microvm. Anything that is
 * signalled through a GPE (ACPI PCI, CPU and memory hotplug) cannot reach
 * the guest and is refused; PCIe native hotplug keeps working.
 *
 * The GED sits in the chipset range above the IOAPIC, outside the 32-bit
 * PCI window of the DSDT, and uses ISA IRQ 6 (no floppy on q35): the
 * MADT makes 5, 9, 10 and 11 level-triggered, and the GED is edge.
 */
#define NOFW_GED_BASE               0xfed60000
#define NOFW_GED_REGS               (NOFW_GED_BASE + 0x200)
#define NOFW_GED_IRQ                6
#define NOFW_PCIHP_BRIDGE           "acpi-pci-hotplug-with-bridge-support"

static void nofw_reduced_powerdown(Notifier *n, void *opaque)
{
    NofwGed *ged = container_of(n, NofwGed, powerdown);

    acpi_send_event(ged->dev, ACPI_POWER_DOWN_STATUS);
}

bool nofw_reduced_init(PCMachineState *pcms, Error **errp)
{
    MachineState *ms = MACHINE(pcms);
    DeviceState *ged;

    if (ms->smp.max_cpus > ms->smp.cpus) {
        error_setg(errp, "nofw-pm=reduced: CPU hotplug (maxcpus %u > cpus "
                   "%u) is signalled through a GPE, which hardware-reduced "
                   "ACPI does not have; use nofw-pm=ich9", ms->smp.max_cpus,
                   ms->smp.cpus);
        return false;
    }
    if (ms->ram_slots && !ms->nvdimms_state->is_enabled) {
        error_setg(errp, "nofw-pm=reduced: memory hotplug (-m slots=%"
                   PRIu64 ") is signalled through a GPE, which "
                   "hardware-reduced ACPI does not have; use nofw-pm=ich9",
                   ms->ram_slots);
        return false;
    }
    /* Lower priority than -global, so a user's "on" is seen and refused. */
    object_register_sugar_prop(TYPE_ICH9_LPC_DEVICE, NOFW_PCIHP_BRIDGE,
                               "off", false);

    ged = qdev_new(TYPE_ACPI_GED);
    qdev_prop_set_uint32(ged, "ged-event", ACPI_GED_PWR_DOWN_EVT);
    object_property_add_child(OBJECT(pcms), "nofw-ged", OBJECT(ged));
    sysbus_realize_and_unref(SYS_BUS_DEVICE(ged), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(ged), 0, NOFW_GED_BASE);
    sysbus_mmio_map(SYS_BUS_DEVICE(ged), 2, NOFW_GED_REGS);
    pcms->nofw->ged.dev = ged;
    return true;
}

bool nofw_reduced_machine_done(PCMachineState *pcms, Error **errp)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    NofwGed *ged = &pcms->nofw->ged;
    Object *lpc = object_resolve_type_unambiguous(TYPE_ICH9_LPC_DEVICE,
                                                  NULL);

    if (lpc && object_property_get_bool(lpc, NOFW_PCIHP_BRIDGE, NULL)) {
        error_setg(errp, "nofw-pm=reduced: ACPI PCI hotplug (%s=on) is "
                   "signalled through a GPE, which hardware-reduced ACPI "
                   "does not have; PCIe native hotplug works without it",
                   NOFW_PCIHP_BRIDGE);
        return false;
    }
    sysbus_connect_irq(SYS_BUS_DEVICE(ged->dev), 0,
                       x86ms->gsi[NOFW_GED_IRQ]);
    ged->powerdown.notify = nofw_reduced_powerdown;
    qemu_register_powerdown_notifier(&ged->powerdown);
    return true;
}

/* The ICH9 FADT turned into a hardware-reduced one (ACPI 5.0, 4.1). */
void nofw_reduced_fadt(AcpiFadtData *fadt)
{
    struct AcpiGenericAddress reg = {
        .space_id = AML_AS_SYSTEM_MEMORY, .bit_width = 8,
    };

    fadt->rev = 5;
    fadt->flags |= 1 << ACPI_FADT_F_HW_REDUCED_ACPI |
                   1 << ACPI_FADT_F_RESET_REG_SUP;
    fadt->flags &= ~(1 << ACPI_FADT_F_SLP_BUTTON | 1 << ACPI_FADT_F_RTC_S4);
    fadt->sci_int = 0;
    fadt->smi_cmd = 0;
    fadt->acpi_enable_cmd = 0;
    fadt->acpi_disable_cmd = 0;
    memset(&fadt->pm1a_evt, 0, sizeof(fadt->pm1a_evt));
    memset(&fadt->pm1a_cnt, 0, sizeof(fadt->pm1a_cnt));
    memset(&fadt->gpe0_blk, 0, sizeof(fadt->gpe0_blk));
    /*
     * PM_TMR_BLK stays: x86 Linux on hardware-reduced ACPI skips the PIT
     * and HPET timer setup, so the ICH9 PM timer is the only reference
     * it has to calibrate the TSC against (under TCG, PIT calibration
     * alone fails at random and the boot then hangs without a tick).
     */
    reg.address = NOFW_GED_REGS + ACPI_GED_REG_SLEEP_CTL;
    fadt->sleep_ctl = reg;
    reg.address = NOFW_GED_REGS + ACPI_GED_REG_SLEEP_STS;
    fadt->sleep_sts = reg;
    /*
     * The reset register stays the ICH9 RST_CNT port (0xCF9) the ICH9
     * FADT names: I/O space, which Linux writes with interrupts off,
     * while a memory-space one (the GED's) needs a mapping it cannot
     * make at that point.
     */
}

/* \_SB.GED (events: power button) and the power button device. */
void nofw_reduced_dsdt(MachineState *ms, Aml *dsdt)
{
    NofwState *s = PC_MACHINE(ms)->nofw;
    Aml *sb = aml_scope("\\_SB");

    build_ged_aml(sb, "\\_SB." GED_DEVICE, HOTPLUG_HANDLER(s->ged.dev),
                  NOFW_GED_IRQ, AML_SYSTEM_MEMORY, NOFW_GED_BASE);
    acpi_dsdt_add_power_button(sb);
    aml_append(dsdt, sb);
}
