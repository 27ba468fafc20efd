/*
 * nofw: boot a q35 guest straight into a PVH kernel, with no firmware
 *
 * The machine's nofw state (NofwState, pcms->nofw) and what nofw's files
 * call in each other; hw/i386/nofw.c reads as the boot flow.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_I386_NOFW_H
#define HW_I386_NOFW_H

#include "qemu/units.h"
#include "hw/i386/pc.h"
#include "hw/resettable.h"
#include "hw/acpi/nofw_patch.h"
#include "hw/acpi/acpi-defs.h"
#include "hw/acpi/aml-build.h"

typedef struct NofwState NofwState;

/*
 * hw/i386/nofw.c: the hooks in pc.c, pc_sysfw.c and pc_q35.c, in the
 * order QEMU calls them
 */
void nofw_machine_class_init(MachineClass *mc);
void nofw_machine_instance_init(PCMachineState *pcms);
bool nofw_firmware_init(PCMachineState *pcms, MemoryRegion *rom_memory,
                        bool pflash);
bool nofw_load_kernel(PCMachineState *pcms);
void nofw_machine_pre_acpi(PCMachineState *pcms);
void nofw_machine_done(PCMachineState *pcms);
void nofw_machine_reset(PCMachineState *pcms, ResetType type);
/* hw/i386/acpi-build.c asks: build hardware-reduced tables? */
bool nofw_acpi_reduced(MachineState *ms);
/*
 * hw/i386/nofw_resume.c: at a wakeup from S3, what firmware does before
 * it jumps to the FACS waking vector. False (and @errp) when the guest
 * cannot resume: it then stays suspended.
 */
bool nofw_resume(PCMachineState *pcms, Error **errp);

/* hw/i386/nofw_elf.c: the -kernel ELF and its PVH note */
typedef struct PvhSegment {
    uint64_t paddr;
    uint64_t memsz;
    uint64_t filesz;            /* the rest of memsz is zero-filled */
} PvhSegment;

/* What the PVH loader found in the -kernel file. */
typedef struct PvhKernel {
    int elfclass;               /* 32 or 64 */
    uint64_t entry;             /* PVH entry, guest physical, < 4 GiB */
    GArray *segments;           /* PT_LOAD, of PvhSegment */
    uint64_t end;               /* end of the highest segment */
    bool malformed;             /* an ELF, but broken (not just no note) */
} PvhKernel;

bool nofw_pvh_note_find(const uint8_t *img, size_t size, PvhKernel *k,
                        Error **errp);
/* A Multiboot header in the first 8 KiB (such a file is not for nofw) */
bool nofw_is_multiboot(const uint8_t *img, size_t size);

/* hw/i386/nofw_bzimage.c: a bzImage's setup header and payload */
#define NOFW_BZ_MAX         (1 * GiB)   /* decompressed kernel, at most */

typedef struct NofwBzImage {
    uint16_t version;           /* boot protocol */
    uint32_t hdr_end;           /* setup header: [0x1f1, hdr_end) */
    uint32_t setup_len;         /* protected-mode part's file offset */
    const uint8_t *pm;          /* protected-mode part */
    size_t pm_len;
    const uint8_t *payload;     /* compressed kernel, in pm */
    size_t payload_len;
    uint32_t initrd_addr_max;
    uint16_t xloadflags;
    uint32_t cmdline_size;
    uint64_t pref_address;
    uint32_t init_size;
} NofwBzImage;

bool nofw_bzimage_is(const uint8_t *img, size_t size);
bool nofw_bzimage_parse(const uint8_t *img, size_t size, NofwBzImage *bz,
                        Error **errp);
/*
 * Decompress @bz's payload (at most @limit bytes) into a new memfd @fd,
 * mapped at @elf (@elf_len bytes), and return 1 (@why: the format). Not
 * a format QEMU decompresses: 0, reason in @why. A bad payload: -1 with
 * @errp set.
 */
int nofw_bzimage_unpack(const NofwBzImage *bz, uint64_t limit, int *fd,
                        uint8_t **elf, size_t *elf_len, const char **why,
                        Error **errp);

typedef enum NofwPm {
    NOFW_PM_ICH9,
    NOFW_PM_REDUCED,
} NofwPm;

/* x-nofw-bzimage: how a bzImage is booted (a test switch) */
typedef enum NofwBzMode {
    NOFW_BZ_AUTO,               /* PVH if its payload allows, else protocol */
    NOFW_BZ_PVH,                /* decompress and boot the PVH ELF, or fail */
    NOFW_BZ_BOOT_PROTOCOL,      /* Linux 32-bit boot protocol, zero page */
} NofwBzMode;

/*
 * hw/i386/pvh_select.c: how the -kernel file boots without firmware,
 * decided at startup from the file and the machine configuration. The
 * plan owns what it holds; it becomes the machine's only when committed.
 */
typedef struct NofwPlan {
    PvhKernel kernel;           /* entry and segments */
    bool boot_protocol;         /* a bzImage entered by the boot protocol */
    NofwBzImage bz;             /* its setup header: points into bz_file */
    GMappedFile *bz_file;
    int elf_fd;                 /* memfd with a bzImage's ELF, or -1 */
} NofwPlan;

/*
 * The plan for this machine, or NULL with *@why set when it cannot boot
 * firmwareless (*@broken: the kernel itself is at fault, news even with
 * nofw=auto). Nothing of the machine is changed.
 */
NofwPlan *nofw_plan_new(PCMachineState *pcms, bool pflash, char **why,
                        bool *broken);
void nofw_plan_free(NofwPlan *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NofwPlan, nofw_plan_free)
/* The machine boots @plan from now on; @plan is consumed. */
void nofw_plan_commit(NofwState *s, NofwPlan *plan);

/*
 * hw/i386/nofw_boot.c: where nofw puts what the guest finds at entry,
 * computed once at machine done (guest-physical addresses)
 */
#define NOFW_BZ_LOAD        0x100000    /* bzImage protected-mode part */
#define NOFW_HIGH_MIN       (256 * KiB) /* HIGH zone at the top of RAM */
/* offset of the hlt loop in the reset stub at F000:FFF0 */
#define NOFW_RESET_STUB_HLT 7

typedef struct NofwLayout {
    uint64_t low_top;           /* T: top of RAM below 4 GiB */
    uint64_t high_base;         /* HIGH zone [high_base, low_top) */
    uint64_t info;              /* start_info or zero page, up to 0xA0000 */
    uint64_t modlist;           /* PVH: the initrd's module entry */
    uint64_t memmap;            /* PVH: the memory map */
    uint64_t gdt;               /* boot protocol: its GDT */
    uint64_t cmdline;
    uint64_t initrd;
    uint64_t initrd_size;
} NofwLayout;

/* startup: pc.bios holding the reset stub, where firmware would be */
void nofw_bios_init(PCMachineState *pcms, MemoryRegion *rom_memory);
/* machine done: fix pcms->nofw->layout, or say why it does not fit */
bool nofw_layout_init(PCMachineState *pcms, Error **errp);
/* cold reset: ACPI tables (table-loader) and SMBIOS into guest RAM */
bool nofw_boot_tables(PCMachineState *pcms, bool tables_current,
                      Error **errp);
/* cold reset: start_info or zero page, reset stub, boot CPU at entry */
void nofw_boot_enter(PCMachineState *pcms);
/*
 * S3 wakeup: the table-loader's WRITE_POINTERs again, nothing stored;
 * @rsdp: where the script places the RSDP
 */
bool nofw_replay_write_pointers(PCMachineState *pcms, uint64_t *rsdp,
                                Error **errp);
/* S3 wakeup: the boot CPU in real mode at the FACS waking vector */
void nofw_cpu_enter_waking_vector(uint32_t vector);

/* nofw-pm=reduced: the Generic Event Device, per machine */
typedef struct NofwGed {
    DeviceState *dev;           /* acpi-ged, child "nofw-ged" of the machine */
    Notifier powerdown;         /* system_powerdown: the power button event */
} NofwGed;

/* The machine's nofw state (pcms->nofw) */
struct NofwState {
    OnOffAuto mode;             /* the "nofw" property */
    NofwPm pm;                  /* the "nofw-pm" property */
    NofwBzMode bz_mode;         /* the "x-nofw-bzimage" property */
    bool active;                /* decided at startup: firmwareless boot */
    bool started;               /* nofw started the guest (or the source) */
    uint32_t mig_pm;            /* nofw-pm of the migration source */

    NofwPlan plan;              /* what boots, when active */
    GMappedFile *initrd;

    NofwLayout layout;          /* fixed in nofw_machine_done() */

    /* per reset */
    uint64_t rsdp_addr;
    bool fresh;                 /* prepared at reset, guest not yet run */
    bool plugged;               /* ...and a device was added since */
    bool tables_current;        /* acpi_setup()'s build is still valid */
    int64_t setup_ns;           /* how long acpi_setup() took */
    DeviceListener listener;

    NofwGed ged;                /* nofw-pm=reduced */
};

/* hw/isa/ich9_nofw_pm.c: what firmware does to the chipset */
/* MMCONFIG: PCIEXBAR_LENGTH_256M at the default base, as MCFG says */
#define NOFW_MMCONFIG_SIZE          (256 * MiB)
void nofw_ich9_chipset_setup(PCMachineState *pcms);
uint8_t nofw_ich9_pirq_irq(int pirq);
void nofw_ich9_smbus_setup(PCIBus *root);
void nofw_ich9_resume(PCMachineState *pcms);
void nofw_ich9_pcihp_bsel(PCMachineState *pcms);
bool nofw_reduced_init(PCMachineState *pcms, Error **errp);
bool nofw_reduced_machine_done(PCMachineState *pcms, Error **errp);
void nofw_reduced_fadt(AcpiFadtData *fadt);
void nofw_reduced_dsdt(MachineState *ms, Aml *dsdt);

/* hw/i386/nofw_pci.c: bus numbers, BARs and bridge windows */
bool nofw_pci_setup(PCMachineState *pcms, Error **errp);
/* a config-space write as the guest's would be: the regions follow it */
void nofw_pci_write(PCIDevice *d, uint32_t addr, uint32_t val, int len);

#endif
