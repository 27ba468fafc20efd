/*
 * nofw: boot a q35 guest straight into a PVH kernel, with no firmware
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_I386_NOFW_H
#define HW_I386_NOFW_H

#include "hw/i386/pc.h"
#include "hw/resettable.h"
#include "hw/acpi/nofw_patch.h"
#include "hw/acpi/acpi-defs.h"
#include "hw/acpi/aml-build.h"

typedef struct NofwState NofwState;

/* hw/i386/pvh_select.c: the hooks in pc.c, pc_sysfw.c and pc_q35.c */
void nofw_machine_class_init(MachineClass *mc);
void nofw_machine_instance_init(PCMachineState *pcms);
bool nofw_firmware_init(PCMachineState *pcms, MemoryRegion *rom_memory,
                        bool pflash);
bool nofw_load_kernel(PCMachineState *pcms);
void nofw_machine_pre_acpi(PCMachineState *pcms);
void nofw_machine_done(PCMachineState *pcms);
void nofw_machine_reset(PCMachineState *pcms, ResetType type);
/* hw/i386/acpi-build.c: build hardware-reduced tables (nofw-pm=reduced) */
bool nofw_acpi_reduced(MachineState *ms);

/* hw/isa/ich9_nofw_pm.c: what firmware does to the chipset */
void nofw_ich9_chipset_setup(PCMachineState *pcms);
void nofw_ich9_pcihp_bsel(PCMachineState *pcms);
bool nofw_pci_setup(PCMachineState *pcms, Error **errp);
bool nofw_smbios_setup(FWCfgState *fw_cfg, NofwZone *high, NofwZone *fseg,
                       Error **errp);
bool nofw_reduced_init(PCMachineState *pcms, Error **errp);
bool nofw_reduced_machine_done(PCMachineState *pcms, Error **errp);
void nofw_reduced_fadt(AcpiFadtData *fadt);
void nofw_reduced_dsdt(Aml *dsdt);

#endif
