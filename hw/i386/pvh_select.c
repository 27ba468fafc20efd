/*
 * nofw: boot a q35 guest straight into a PVH kernel, with no firmware
 *
 * With -machine q35,nofw=on (or auto, the default of the current q35
 * machine type, when -kernel is an ELF with a PVH note) QEMU does what
 * SeaBIOS + pvh.bin would do, so the first guest instruction is the
 * kernel's PVH entry point:
 *
 *  startup   nofw_firmware_init() (from pc_system_firmware_init) decides,
 *            from the -kernel file itself, and maps a firmware stub in
 *            place of the BIOS; nofw_load_kernel() loads the ELF
 *            segments; nofw_machine_pre_acpi() programs the chipset
 *            so acpi_setup() builds the tables the first boot gets;
 *            nofw_machine_done() fixes the memory layout.
 *  reset     nofw_machine_reset(), at the end of pc_machine_reset() (after
 *            devices and ROMs were reset), on every cold reset:
 *              1. chipset as firmware leaves it (hw/isa/ich9_nofw_pm.c)
 *              2. ACPI tables rebuilt for that state (except at the
 *                 first reset: acpi_setup()'s build is for it) and the
 *                 table-loader run into guest RAM (hw/acpi/nofw_patch.c),
 *                 SMBIOS
 *              3. initrd, hvm_start_info with cmdline, module and memmap
 *              4. boot CPU in 32-bit protected mode at the PVH entry
 *            Snapshot loads and incoming migration are left alone: guest
 *            memory and CPU state come from the stream. A nofw=on guest
 *            moves only to nofw=on machines with its nofw-pm (vmstate
 *            section "nofw").
 *
 * Memory layout below 4 GiB (top of low RAM = T), all marked reserved in
 * the memmap except the initrd, which Linux reserves itself:
 *
 *   [T - high_size, T)              table-loader HIGH zone, SMBIOS tables
 *   [initrd, ...)                   initrd, page aligned, below that zone
 *   [0xF0000, 0x100000)             FSEG zone: RSDP, SMBIOS entry point
 *   [info, 0xA0000)                 start_info, modlist, memmap, cmdline
 *
 * start_info and what it points to sit below 1 MiB: Linux reads them
 * through its early direct map, which covers only the first GiB.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/cutils.h"
#include "qemu/datadir.h"
#include "qemu/madvise.h"
#include "qemu/error-report.h"
#include "qemu/timer.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "qapi/visitor.h"
#include "qapi/qapi-visit-common.h"
#include "elf.h"
#include "system/address-spaces.h"
#include "hw/boards.h"
#include "hw/loader.h"
#include "hw/i386/x86.h"
#include "hw/i386/acpi-build.h"
#include "hw/i386/nofw.h"
#include "hw/nvram/fw_cfg.h"
#include "hw/pci/pci.h"
#include "hw/pci-host/q35.h"
#include "hw/xen/start_info.h"
#include "migration/vmstate.h"
#include "system/hw_accel.h"
#include "system/runstate.h"
#include "e820_memory_layout.h"
#include "target/i386/cpu.h"
#include "trace.h"

#define NOFW_FSEG_BASE              0xf0000
#define NOFW_FSEG_TOP               0x100000
#define NOFW_RESET_STUB             0xffff0     /* F000:FFF0 */
#define NOFW_LOW_RAM_TOP            0xa0000
#define NOFW_BIOS_STUB_SIZE         (256 * KiB)
#define NOFW_HIGH_MIN               (256 * KiB)
#define NOFW_MEMMAP_MAX             128
#define NOFW_INFO_MIN               0x10000     /* keep below: real mode */
#define NOFW_BZ_LOAD                0x100000    /* bzImage protected mode */
#define NOFW_BZ_ZERO_PAGE           4096        /* boot_params, then GDT */
#define NOFW_BZ_GDT_SIZE            32
#define NOFW_XLF_ABOVE_4G           (1 << 1)    /* xloadflags */

static const char *const nofw_pm_names[] = {
    [NOFW_PM_ICH9] = "ich9",
    [NOFW_PM_REDUCED] = "reduced",
};

/* ---- decision at startup ---------------------------------------------- */

static const char *const nofw_bz_names[] = {
    [NOFW_BZ_AUTO] = "auto",
    [NOFW_BZ_PVH] = "pvh",
    [NOFW_BZ_BOOT_PROTOCOL] = "boot-protocol",
};

/*
 * A bzImage: decompress its payload and boot the ELF inside through its
 * PVH note; else (a format QEMU does not decompress, no PVH note) enter
 * the bzImage through the Linux 32-bit boot protocol, which needs 2.12
 * (xloadflags) here. Returns why neither works, or NULL.
 */
static char *nofw_bzimage_choose(PCMachineState *pcms, GMappedFile *f,
                                 const uint8_t *img, size_t size)
{
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    g_autofree char *how = NULL;
    const char *fmt = NULL;
    Error *err = NULL;
    uint8_t *elf;
    size_t elf_len;
    char *why;
    int r;

    if (!nofw_bzimage_parse(img, size, &s->bz, &err)) {
        goto refuse;
    }
    if (s->bz_mode != NOFW_BZ_BOOT_PROTOCOL) {
        r = nofw_bzimage_unpack(&s->bz, MIN(ms->ram_size, NOFW_BZ_MAX),
                                &s->elf_fd, &elf, &elf_len, &fmt, &err);
        if (r < 0) {
            goto refuse;
        }
        if (r > 0) {
            bool pvh = nofw_pvh_note_find(elf, elf_len, &s->kernel, &err);

            munmap(elf, elf_len);
            if (pvh) {
                trace_nofw_bzimage(ms->kernel_filename, "pvh", fmt);
                return NULL;
            }
            how = g_strdup_printf("its %s payload is not a PVH kernel: %s",
                                  fmt, error_get_pretty(err));
            error_free(err);
            err = NULL;
            close(s->elf_fd);
            s->elf_fd = -1;
            if (s->kernel.segments) {
                g_array_free(s->kernel.segments, true);
                s->kernel.segments = NULL;
            }
        } else {
            how = g_strdup_printf("%s", fmt);
        }
        if (s->bz_mode == NOFW_BZ_PVH) {
            error_setg(&err, "x-nofw-bzimage=pvh: %s", how);
            goto refuse;
        }
    } else {
        how = g_strdup("x-nofw-bzimage=boot-protocol");
    }
    if (s->bz.version < 0x20c) {
        error_setg(&err, "bzImage boot protocol %u.%02u is older than 2.12, "
                   "and %s", s->bz.version >> 8, s->bz.version & 0xff, how);
        goto refuse;
    }

    /* the protected-mode part goes at 1 MiB; it decompresses itself */
    s->boot_protocol = true;
    s->bz_file = g_mapped_file_ref(f);
    s->kernel.elfclass = 32;
    s->kernel.entry = NOFW_BZ_LOAD;
    s->kernel.segments = g_array_new(false, false, sizeof(PvhSegment));
    g_array_append_val(s->kernel.segments, ((PvhSegment) {
        .paddr = NOFW_BZ_LOAD, .memsz = s->bz.pm_len }));
    g_array_append_val(s->kernel.segments, ((PvhSegment) {
        .paddr = s->bz.pref_address, .memsz = s->bz.init_size }));
    s->kernel.end = MAX(NOFW_BZ_LOAD + s->bz.pm_len,
                        s->bz.pref_address + s->bz.init_size);
    trace_nofw_bzimage(ms->kernel_filename, "boot-protocol", how);
    return NULL;

refuse:
    s->kernel.malformed = true;     /* news even with auto: it warns */
    why = g_strdup_printf("kernel '%s': %s", ms->kernel_filename,
                          error_get_pretty(err));
    error_free(err);
    return why;
}

static bool nofw_in_low_ram(X86MachineState *x86ms, uint64_t addr,
                            uint64_t len)
{
    return addr >= 1 * MiB && addr <= x86ms->below_4g_mem_size &&
           len <= x86ms->below_4g_mem_size - addr;
}

/*
 * Why the kernel's segments cannot go where nofw loads them, or NULL.
 * Decided with the rest, so that nofw=auto falls back with a warning.
 */
static char *nofw_placement(PCMachineState *pcms)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    MachineState *ms = MACHINE(pcms);
    PvhKernel *k = &pcms->nofw->kernel;
    uint64_t top = x86ms->below_4g_mem_size;

    for (guint i = 0; i < k->segments->len; i++) {
        PvhSegment *seg = &g_array_index(k->segments, PvhSegment, i);
        uint64_t end = seg->paddr + seg->memsz;
        const char *what = NULL;

        if (!nofw_in_low_ram(x86ms, seg->paddr, seg->memsz)) {
            what = "is not in guest RAM between 1 MiB and";
        } else if (end > top - NOFW_HIGH_MIN) {
            what = "leaves no room for the ACPI tables below";
        }
        if (what) {
            k->malformed = true;    /* news with nofw=auto too */
            return g_strdup_printf("kernel '%s': segment [0x%" PRIx64 ", 0x%"
                                   PRIx64 ") %s 0x%" PRIx64 " (see -m)",
                                   ms->kernel_filename, seg->paddr, end,
                                   what, top);
        }
    }
    return NULL;
}

/*
 * Why this machine cannot boot firmwareless, or NULL if it can. Fills
 * s->kernel when the kernel is a valid PVH ELF.
 */
static char *nofw_refusal(PCMachineState *pcms, bool pflash)
{
    MachineState *ms = MACHINE(pcms);
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    NofwState *s = pcms->nofw;
    g_autoptr(GMappedFile) f = NULL;
    GError *gerr = NULL;
    Error *err = NULL;
    const uint8_t *img;
    size_t size;
    char *why;

    if (!ms->kernel_filename) {
        return g_strdup("no -kernel given (nofw boots a PVH ELF kernel)");
    }
    if (pflash) {
        return g_strdup("firmware in pflash was requested");
    }
    if (ms->firmware && mc->default_machine_opts &&
        !strstr(mc->default_machine_opts, ms->firmware)) {
        return g_strdup_printf("firmware '%s' was requested with -bios",
                               ms->firmware);
    }
    if (ms->cgs) {
        return g_strdup("confidential guests need their firmware");
    }
    /* QEMU 10.1+ built with IGVM: the file supplies firmware and state */
    if (object_property_find(OBJECT(ms), "igvm-cfg") &&
        object_property_get_link(OBJECT(ms), "igvm-cfg", &error_abort)) {
        return g_strdup("an IGVM file (igvm-cfg) supplies the guest's "
                        "firmware and initial state");
    }
    if (!x86_machine_is_acpi_enabled(X86_MACHINE(pcms))) {
        return g_strdup("ACPI is off (nofw hands the kernel QEMU's ACPI "
                        "tables)");
    }
    f = g_mapped_file_new(ms->kernel_filename, false, &gerr);
    if (!f) {
        why = g_strdup_printf("cannot read kernel '%s': %s",
                              ms->kernel_filename, gerr->message);
        g_error_free(gerr);
        return why;
    }
    img = (const uint8_t *)g_mapped_file_get_contents(f);
    size = g_mapped_file_get_length(f);
    if (nofw_bzimage_is(img, size)) {
        why = nofw_bzimage_choose(pcms, f, img, size);
        return why ?: nofw_placement(pcms);
    }
    if (nofw_is_multiboot(img, size)) {
        return g_strdup_printf("kernel '%s' is a Multiboot image",
                               ms->kernel_filename);
    }
    if (!nofw_pvh_note_find(img, size, &s->kernel, &err)) {
        why = g_strdup_printf("kernel '%s': %s", ms->kernel_filename,
                              error_get_pretty(err));
        error_free(err);
        return why;
    }
    why = nofw_placement(pcms);
    if (why) {
        return why;
    }
    trace_nofw_pvh_note(ms->kernel_filename, s->kernel.elfclass,
                        s->kernel.entry);
    return NULL;
}

/*
 * What a jump to the reset vector finds, in pc.bios at 0xFFFFFFF0 and,
 * as firmware shadows itself there, in RAM at 0xFFFF0 (PAM makes the
 * F segment RAM): a full reset through ICH9 RST_CNT (0xCF9), after which
 * nofw enters the kernel again. Linux jumps there to reboot when the
 * ACPI tables are hardware-reduced and there is no EFI ("reboot=bios").
 */
static const uint8_t nofw_reset_stub[] = {
    0xfa,                       /* cli */
    0xb0, 0x06,                 /* mov al, 0x06: SYS_RST | RST_CPU */
    0xba, 0xf9, 0x0c,           /* mov dx, 0xcf9 */
    0xee,                       /* out dx, al */
    0xf4,                       /* hlt: NOFW_RESET_STUB_HLT */
    0xeb, 0xfd,                 /* jmp hlt */
};

/*
 * Called instead of loading a BIOS when firmwareless boot applies.
 * pc.bios still exists with the size the firmware would have, so the
 * RAMBlocks match a firmware-path machine, but no file is read: it
 * holds nofw_reset_stub at the reset vector.
 */
bool nofw_firmware_init(PCMachineState *pcms, MemoryRegion *rom_memory,
                        bool pflash)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    g_autofree char *why = NULL;
    g_autofree char *bios = NULL;
    Error *err = NULL;
    int64_t bios_size = -1;
    uint8_t *p;

    if (s->mode == ON_OFF_AUTO_OFF) {
        if (s->pm == NOFW_PM_REDUCED) {
            error_report("nofw-pm=reduced needs firmwareless boot, but "
                         "nofw=off");
            exit(1);
        }
        return false;
    }
    why = nofw_refusal(pcms, pflash);
    trace_nofw_select(OnOffAuto_str(s->mode), ms->kernel_filename ?: "-",
                      !why, why ?: "PVH note found");
    if (why) {
        if (s->kernel.segments) {
            g_array_free(s->kernel.segments, true);
            s->kernel.segments = NULL;
        }
        if (s->mode == ON_OFF_AUTO_ON) {
            error_report("nofw=on: %s", why);
            exit(1);
        }
        if (s->pm == NOFW_PM_REDUCED) {
            error_report("nofw-pm=reduced needs firmwareless boot, which "
                         "nofw=auto cannot use: %s", why);
            exit(1);
        }
        /* auto: only an ELF kernel that is broken is news */
        if (s->kernel.malformed) {
            warn_report("nofw=auto: booting through firmware: %s", why);
        }
        return false;
    }
    s->active = true;
    if (s->pm == NOFW_PM_REDUCED && !nofw_reduced_init(pcms, &err)) {
        error_report_err(err);
        exit(1);
    }

    if (ms->firmware) {
        struct stat st;

        /* stat(): get_image_size() changed its signature in 10.1 */
        bios = qemu_find_file(QEMU_FILE_TYPE_BIOS, ms->firmware);
        bios_size = bios && stat(bios, &st) == 0 ? st.st_size : -1;
    }
    if (bios_size <= 0 || bios_size % (64 * KiB)) {
        bios_size = NOFW_BIOS_STUB_SIZE;
    }
    memory_region_init_ram(&x86ms->bios, NULL, "pc.bios", bios_size,
                           &error_fatal);
    /* a new RAM block reads as zero: only the stub's page is touched */
    p = memory_region_get_ram_ptr(&x86ms->bios);
    assert(nofw_reset_stub[NOFW_RESET_STUB_HLT] == 0xf4);
    memcpy(p + bios_size - 16, nofw_reset_stub, sizeof(nofw_reset_stub));
    memory_region_set_readonly(&x86ms->bios, true);
    x86_isa_bios_init(&x86ms->isa_bios, rom_memory, &x86ms->bios, true);
    memory_region_add_subregion(rom_memory, (uint32_t)(-bios_size),
                                &x86ms->bios);
    return true;
}

/* Is [addr, addr + len) inside RAM between 1 MiB and the 32-bit PCI hole? */
bool nofw_load_kernel(PCMachineState *pcms)
{
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    GError *gerr = NULL;
    uint64_t entry, low, high;
    ssize_t size;

    if (!s->active) {
        return false;
    }
    /* nofw_placement() checked the segments against RAM at the decision */
    if (s->boot_protocol) {
        rom_add_blob_fixed("nofw-bzimage", s->bz.pm, s->bz.pm_len,
                           NOFW_BZ_LOAD);
        size = 0;
    } else {
        /* a decompressed bzImage payload is read through its memfd */
        g_autofree char *memfd = s->elf_fd < 0 ? NULL :
            g_strdup_printf("/proc/self/fd/%d", s->elf_fd);

        size = load_elf(memfd ?: ms->kernel_filename, NULL, NULL, NULL,
                        &entry, &low, &high, NULL, ELFDATA2LSB,
                        I386_ELF_MACHINE, 0, 0);
    }
    if (size < 0) {
        error_report("nofw: cannot load kernel '%s' (error %zd)",
                     ms->kernel_filename, size);
        exit(1);
    }
    if (s->elf_fd >= 0) {
        /* the loader's mapping keeps the decompressed ELF for resets */
        close(s->elf_fd);
        s->elf_fd = -1;
    }
    if (ms->initrd_filename) {
        s->initrd = g_mapped_file_new(ms->initrd_filename, false, &gerr);
        if (!s->initrd) {
            error_report("nofw: cannot read initrd '%s': %s",
                         ms->initrd_filename, gerr->message);
            exit(1);
        }
    }
    return true;
}

/* ---- layout ----------------------------------------------------------- */

static uint64_t nofw_info_size(MachineState *ms, NofwState *s)
{
    if (s->boot_protocol) {
        return ROUND_UP(NOFW_BZ_ZERO_PAGE + NOFW_BZ_GDT_SIZE +
                        strlen(ms->kernel_cmdline ?: "") + 1, 4 * KiB);
    }
    return ROUND_UP(sizeof(struct hvm_start_info) +
                    sizeof(struct hvm_modlist_entry) +
                    NOFW_MEMMAP_MAX * sizeof(struct hvm_memmap_table_entry) +
                    strlen(ms->kernel_cmdline ?: "") + 1, 4 * KiB);
}

static const void *nofw_get_file(void *opaque, const char *name, size_t *len)
{
    return fw_cfg_read_file(opaque, name, len);
}

/* The same without the select callback, which would build the tables. */
static const void *nofw_peek_file(void *opaque, const char *name, size_t *len)
{
    return fw_cfg_peek_file(opaque, name, len);
}

/* How much of the HIGH zone the table-loader script and SMBIOS use. */
/* Peek: acpi_setup() just built the tables; a read would rebuild them. */
static uint64_t nofw_high_need(FWCfgState *fw_cfg)
{
    size_t len, flen;
    const BiosLinkerLoaderEntry *e = fw_cfg_peek_file(fw_cfg,
                                                      "etc/table-loader",
                                                      &len);
    uint64_t need = 4 * KiB;

    for (size_t i = 0; e && i < len / sizeof(*e); i++) {
        if (le32_to_cpu(e[i].command) == BIOS_LINKER_LOADER_COMMAND_ALLOCATE
            && e[i].alloc.zone == BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH) {
            char name[BIOS_LINKER_LOADER_FILESZ + 1] = { 0 };
            memcpy(name, e[i].alloc.file, BIOS_LINKER_LOADER_FILESZ);
            if (fw_cfg_peek_file(fw_cfg, name, &flen)) {
                need += ROUND_UP(flen, MAX(le32_to_cpu(e[i].alloc.align),
                                           16));
            }
        }
    }
    if (fw_cfg_peek_file(fw_cfg, "etc/smbios/smbios-tables", &flen)) {
        need += ROUND_UP(flen, 16);
    }
    return need;
}

static bool nofw_prepare(PCMachineState *pcms, bool tables_current,
                         Error **errp);

/*
 * Devices added while stopped after reset (-S, then device_add: what
 * libvirt does) must be in the tables, chipset and BARs the guest finds,
 * as they are when firmware runs at "cont" and only then reads fw_cfg.
 */
static void nofw_device_realized(DeviceListener *listener, DeviceState *dev)
{
    NofwState *s = container_of(listener, NofwState, listener);

    s->tables_current = false;
    if (s->fresh && dev->hotplugged && !runstate_is_running()) {
        s->plugged = true;
    }
}

static void nofw_vm_state_change(void *opaque, bool running, RunState state)
{
    PCMachineState *pcms = opaque;
    NofwState *s = pcms->nofw;
    Error *err = NULL;

    if (!running) {
        return;
    }
    if (s->fresh && s->plugged) {
        /* the vCPUs have not run since reset: redo what reset did */
        cpu_synchronize_state(first_cpu);
        acpi_build_invalidate();
        if (nofw_prepare(pcms, false, &err)) {
            trace_nofw_prelaunch_plug(s->rsdp_addr);
        } else {
            error_report_err(err);
            qemu_system_shutdown_request(SHUTDOWN_CAUSE_HOST_ERROR);
        }
    }
    s->fresh = false;
    s->plugged = false;
}

/*
 * What nofw writes at reset sits in the first 2 MiB and at the top of low
 * RAM, and is a few pages. With transparent huge pages the first write
 * there clears 2 MiB on the host; these ranges are small pages instead.
 * KVM cannot map the first 2 MiB with a huge page anyway (the legacy
 * holes split it), and the guest does not use the top range.
 */
static void nofw_small_pages(uint64_t start, uint64_t end)
{
    uint64_t page = qemu_real_host_page_size();

    while (start < end) {
        MemoryRegionSection sec = memory_region_find(get_system_memory(),
                                                     start, end - start);
        uint64_t a, b;

        if (!sec.mr) {
            break;
        }
        a = sec.offset_within_address_space;
        b = a + int128_get64(sec.size);
        if (memory_region_is_ram(sec.mr) && a < b) {
            uint8_t *host = memory_region_get_ram_ptr(sec.mr) +
                            sec.offset_within_region;
            uint64_t lo = QEMU_ALIGN_UP((uintptr_t)host, page);
            uint64_t hi = QEMU_ALIGN_DOWN((uintptr_t)host + (b - a), page);

            /* advice only: nothing changes when the backend ignores it */
            if (lo < hi) {
                qemu_madvise((void *)(uintptr_t)lo, hi - lo,
                             QEMU_MADV_NOHUGEPAGE);
            }
        }
        memory_region_unref(sec.mr);
        start = b;
    }
}

/*
 * The chipset as firmware leaves it. One memory transaction: each PAM,
 * PCIEXBAR or BAR write would otherwise rebuild the address space (12 ms
 * a write with 288 CPUs); committed before anything is stored through it.
 */
static bool nofw_chipset(PCMachineState *pcms, Error **errp)
{
    bool ok;

    memory_region_transaction_begin();
    nofw_ich9_chipset_setup(pcms);
    ok = nofw_pci_setup(pcms, errp);
    memory_region_transaction_commit();
    return ok;
}

/*
 * Program the chipset before acpi_setup() builds the tables, so that
 * build already describes what the guest gets and the first reset can
 * use it instead of building again: a table build is most of what nofw
 * adds to QEMU's start-up (bench/README.md, time to entry).
 */
void nofw_machine_pre_acpi(PCMachineState *pcms)
{
    NofwState *s = pcms->nofw;
    Error *err = NULL;
    bool ok;

    if (!s || !s->active) {
        return;
    }
    /* reset state the tables describe (the MCH's PCI hole, BSEL) first */
    memory_region_transaction_begin();
    device_cold_reset(DEVICE(pci_find_device(pcms->pcibus, 0, 0)));
    nofw_ich9_pcihp_bsel(pcms);
    ok = nofw_chipset(pcms, &err);
    memory_region_transaction_commit();
    if (!ok) {
        error_report_err(err);
        exit(1);
    }
    s->setup_ns = get_clock();
}

/* What the bzImage's header says it takes. */
static void nofw_bzimage_layout_check(MachineState *ms, NofwState *s,
                                      uint64_t initrd_size)
{
    size_t len = strlen(ms->kernel_cmdline ?: "");

    if (len > s->bz.cmdline_size) {
        error_report("nofw: the kernel command line (%zu bytes) is longer "
                     "than kernel '%s' takes (%u bytes)", len,
                     ms->kernel_filename, s->bz.cmdline_size);
        exit(1);
    }
    /* below the highest address the kernel takes, as firmware would */
    if (initrd_size && !(s->bz.xloadflags & NOFW_XLF_ABOVE_4G) &&
        s->initrd_addr + initrd_size - 1 > s->bz.initrd_addr_max) {
        s->initrd_addr = QEMU_ALIGN_DOWN((uint64_t)s->bz.initrd_addr_max + 1 -
                                         MIN(initrd_size,
                                             s->bz.initrd_addr_max),
                                         4 * KiB);
        if (s->initrd_addr < s->kernel.end) {
            error_report("nofw: kernel '%s' (up to 0x%" PRIx64 ") and its "
                         "initrd (%" PRIu64 " bytes) do not fit below "
                         "0x%x, the highest initrd address it takes",
                         ms->kernel_filename, s->kernel.end, initrd_size,
                         s->bz.initrd_addr_max);
            exit(1);
        }
    }
}

/*
 * Sent only by a nofw=on source, so that a nofw=off stream stays exactly
 * stock QEMU's. An incoming QEMU takes its ROMs from the stream, and a
 * nofw=on guest's BIOS region holds the reset stub, not firmware: on a
 * nofw=off destination the guest would loop at its first reset. Such a
 * destination (and one with another nofw-pm) refuses the guest instead.
 */
static bool nofw_vmstate_needed(void *opaque)
{
    NofwState *s = opaque;

    return s->active;
}

static int nofw_pre_save(void *opaque)
{
    NofwState *s = opaque;

    s->mig_pm = s->pm;
    return 0;
}

static int nofw_post_load(void *opaque, int version_id)
{
    NofwState *s = opaque;

    if (!s->active) {
        error_report("nofw: the incoming guest was started without "
                     "firmware (nofw=on) and this machine has nofw=off; "
                     "start it with nofw=on");
        return -EINVAL;
    }
    if (s->mig_pm != s->pm) {
        error_report("nofw: the incoming guest has nofw-pm=%s and this "
                     "machine nofw-pm=%s",
                     s->mig_pm < ARRAY_SIZE(nofw_pm_names) ?
                     nofw_pm_names[s->mig_pm] : "?", nofw_pm_names[s->pm]);
        return -EINVAL;
    }
    s->started = true;
    return 0;
}

static const VMStateDescription vmstate_nofw = {
    .name = "nofw",
    .version_id = 1,
    .minimum_version_id = 1,
    .needed = nofw_vmstate_needed,
    .pre_save = nofw_pre_save,
    .post_load = nofw_post_load,
    .fields = (const VMStateField[]) {
        VMSTATE_UINT32(mig_pm, NofwState),
        VMSTATE_END_OF_LIST()
    },
};

void nofw_machine_done(PCMachineState *pcms)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    uint64_t high, initrd_size = 0;
    Error *err = NULL;

    if (!s) {
        return;
    }
    /* nofw=off machines too: they must recognise, and refuse, the section */
    vmstate_register(NULL, 0, &vmstate_nofw, s);
    if (!s->active) {
        return;
    }
    s->setup_ns = get_clock() - s->setup_ns;
    if (s->pm == NOFW_PM_REDUCED && !nofw_reduced_machine_done(pcms, &err)) {
        error_report_err(err);
        exit(1);
    }
    /*
     * Room for the tables as built now, twice over: they may grow after
     * hotplug and a reboot, while the layout stays fixed.
     */
    high = ROUND_UP(MAX(2 * nofw_high_need(x86ms->fw_cfg), NOFW_HIGH_MIN),
                    64 * KiB);
    if (nofw_info_size(ms, s) > NOFW_LOW_RAM_TOP - NOFW_INFO_MIN) {
        error_report("nofw: the kernel command line (%zu bytes) does not "
                     "fit below 0x%x", strlen(ms->kernel_cmdline),
                     NOFW_LOW_RAM_TOP);
        exit(1);
    }
    s->info_base = NOFW_LOW_RAM_TOP - nofw_info_size(ms, s);
    s->low_top = x86ms->below_4g_mem_size;
    s->high_base = s->low_top - high;
    s->initrd_addr = s->high_base;
    if (s->initrd) {
        initrd_size = g_mapped_file_get_length(s->initrd);
        s->initrd_addr = QEMU_ALIGN_DOWN(s->high_base - MIN(initrd_size,
                                                            s->high_base),
                                         4 * KiB);
    }
    if (s->kernel.end > s->initrd_addr || s->initrd_addr < 1 * MiB ||
        initrd_size > s->high_base) {
        error_report("nofw: kernel (up to 0x%" PRIx64 "), initrd (%" PRIu64
                     " bytes) and ACPI tables do not fit below 0x%" PRIx64
                     "; give the guest more memory with -m",
                     s->kernel.end, initrd_size, s->low_top);
        exit(1);
    }
    if (s->boot_protocol) {
        nofw_bzimage_layout_check(ms, s, initrd_size);
    }
    trace_nofw_layout(s->high_base, s->low_top - s->high_base, s->info_base,
                      s->initrd_addr, initrd_size);
    nofw_small_pages(0, 2 * MiB);
    nofw_small_pages(s->high_base, s->low_top);
    s->listener.realize = nofw_device_realized;
    device_listener_register(&s->listener);
    /* after registering, which replays the devices already realized */
    s->tables_current = true;
    qemu_add_vm_change_state_handler(nofw_vm_state_change, pcms);
}

/* ---- reset ------------------------------------------------------------ */

/*
 * Guest RAM nofw never wrote reads as zero and costs a page fault and a
 * cleared page on its first write: skip zero pages that are zero already
 * (the padding of etc/acpi/tables is most of what the loader copies).
 */
static void nofw_store(void *opaque, uint64_t addr, const void *data,
                       size_t len)
{
    static const uint8_t zero[4 * KiB];
    const uint8_t *p = data ?: zero;
    uint8_t cur[4 * KiB];

    while (len) {
        size_t n = MIN(len, sizeof(cur) - (addr & (sizeof(cur) - 1)));

        if ((data && !buffer_is_zero(p, n)) ||
            address_space_read(&address_space_memory, addr,
                               MEMTXATTRS_UNSPECIFIED, cur, n) != MEMTX_OK ||
            !buffer_is_zero(cur, n)) {
            address_space_write(&address_space_memory, addr,
                                MEMTXATTRS_UNSPECIFIED, p, n);
        }
        addr += n;
        p += data ? n : 0;
        len -= n;
    }
}

static bool nofw_write_file(void *opaque, const char *name, uint32_t offset,
                            const void *data, uint32_t len, Error **errp)
{
    return fw_cfg_write_file(opaque, name, offset, data, len, errp);
}

typedef struct NofwMemmap {
    struct hvm_memmap_table_entry e[NOFW_MEMMAP_MAX];
    unsigned n;
} NofwMemmap;

static void memmap_add(NofwMemmap *m, uint64_t addr, uint64_t end,
                       uint32_t type)
{
    if (end > addr && m->n < NOFW_MEMMAP_MAX) {
        m->e[m->n++] = (struct hvm_memmap_table_entry) {
            .addr = addr, .size = end - addr, .type = type,
        };
    }
}

static int memmap_cmp(const void *a, const void *b)
{
    const struct hvm_memmap_table_entry *x = a, *y = b;
    return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/*
 * QEMU's e820 table, with RAM removed where the guest must not use it:
 * the legacy hole and the nofw region at the top of low RAM.
 */
static void nofw_build_memmap(NofwState *s, NofwMemmap *m)
{
    struct e820_entry *table;
    int n = e820_get_table(&table);
    const uint64_t holes[][2] = {
        { s->info_base, NOFW_FSEG_TOP },
        { s->high_base, s->low_top },
    };

    m->n = 0;
    for (int i = 0; i < n; i++) {
        uint64_t a = le64_to_cpu(table[i].address);
        uint64_t end = a + le64_to_cpu(table[i].length);
        uint32_t type = le32_to_cpu(table[i].type);

        if (type != E820_RAM) {
            memmap_add(m, a, end, type);
            continue;
        }
        for (int h = 0; h < ARRAY_SIZE(holes); h++) {
            if (a < holes[h][1] && end > holes[h][0]) {
                memmap_add(m, a, holes[h][0], E820_RAM);
                a = MAX(a, holes[h][1]);
            }
        }
        memmap_add(m, a, end, E820_RAM);
    }
    memmap_add(m, s->info_base, NOFW_LOW_RAM_TOP, E820_RESERVED);
    memmap_add(m, NOFW_FSEG_BASE, NOFW_FSEG_TOP, E820_RESERVED);
    memmap_add(m, s->high_base, s->low_top, E820_RESERVED);
    /*
     * The MMCONFIG window nofw programs, reserved as SeaBIOS reserves it:
     * else Linux does not use MMCONFIG until its ACPI scan has run, and
     * the early PCI probe goes through port 0xCF8.
     */
    memmap_add(m, MCH_HOST_BRIDGE_PCIEXBAR_DEFAULT,
               MCH_HOST_BRIDGE_PCIEXBAR_DEFAULT + NOFW_MMCONFIG_SIZE,
               E820_RESERVED);
    qsort(m->e, m->n, sizeof(m->e[0]), memmap_cmp);
}

/*
 * The zero page of the Linux boot protocol (boot_params): the image's
 * setup header plus what a boot loader fills in, the same memory map,
 * command line, initrd and RSDP as start_info gives a PVH kernel.
 */
static void nofw_write_boot_params(PCMachineState *pcms)
{
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    const char *cmdline = ms->kernel_cmdline ?: "";
    const uint8_t *img =
        (const uint8_t *)g_mapped_file_get_contents(s->bz_file);
    uint64_t gdt = s->info_base + NOFW_BZ_ZERO_PAGE;
    uint64_t cmd = gdt + NOFW_BZ_GDT_SIZE;
    /* the protocol's __BOOT_CS (0x10) and __BOOT_DS (0x18), flat */
    const uint64_t desc[NOFW_BZ_GDT_SIZE / 8] = {
        0, 0, cpu_to_le64(0x00cf9a000000ffffULL),
        cpu_to_le64(0x00cf92000000ffffULL),
    };
    g_autofree uint8_t *bp = g_malloc0(NOFW_BZ_ZERO_PAGE);
    NofwMemmap m;

    memcpy(bp + 0x1f1, img + 0x1f1, s->bz.hdr_end - 0x1f1);
    bp[0x210] = 0xff;                           /* type_of_loader */
    stl_le_p(bp + 0x214, NOFW_BZ_LOAD);         /* code32_start */
    stl_le_p(bp + 0x228, cmd);                  /* cmd_line_ptr */
    if (s->initrd) {
        size_t len = g_mapped_file_get_length(s->initrd);

        nofw_store(NULL, s->initrd_addr,
                   g_mapped_file_get_contents(s->initrd), len);
        stl_le_p(bp + 0x218, s->initrd_addr);   /* ramdisk_image */
        stl_le_p(bp + 0x21c, len);              /* ramdisk_size */
    }
    if (s->bz.version >= 0x20e) {
        stq_le_p(bp + 0x070, s->rsdp_addr);     /* acpi_rsdp_addr */
    }
    nofw_build_memmap(s, &m);
    bp[0x1e8] = m.n;                            /* e820_entries */
    for (unsigned i = 0; i < m.n; i++) {
        uint8_t *e = bp + 0x2d0 + 20 * i;       /* e820_table */

        stq_le_p(e, m.e[i].addr);
        stq_le_p(e + 8, m.e[i].size);
        stl_le_p(e + 16, m.e[i].type);
    }
    nofw_store(NULL, gdt, desc, sizeof(desc));
    nofw_store(NULL, cmd, cmdline, strlen(cmdline) + 1);
    nofw_store(NULL, s->info_base, bp, NOFW_BZ_ZERO_PAGE);
}

static void nofw_write_start_info(PCMachineState *pcms)
{
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    const char *cmdline = ms->kernel_cmdline ?: "";
    uint64_t modlist = s->info_base + sizeof(struct hvm_start_info);
    uint64_t memmap = modlist + sizeof(struct hvm_modlist_entry);
    uint64_t cmd = memmap + NOFW_MEMMAP_MAX *
                   sizeof(struct hvm_memmap_table_entry);
    struct hvm_start_info si = {
        .magic = cpu_to_le32(XEN_HVM_START_MAGIC_VALUE),
        .version = cpu_to_le32(1),
        .cmdline_paddr = cpu_to_le64(cmd),
        .rsdp_paddr = cpu_to_le64(s->rsdp_addr),
        .memmap_paddr = cpu_to_le64(memmap),
    };
    NofwMemmap m;

    if (s->initrd) {
        struct hvm_modlist_entry mod = {
            .paddr = cpu_to_le64(s->initrd_addr),
            .size = cpu_to_le64(g_mapped_file_get_length(s->initrd)),
        };

        nofw_store(NULL, s->initrd_addr, g_mapped_file_get_contents(s->initrd),
                   g_mapped_file_get_length(s->initrd));
        nofw_store(NULL, modlist, &mod, sizeof(mod));
        si.nr_modules = cpu_to_le32(1);
        si.modlist_paddr = cpu_to_le64(modlist);
    }
    nofw_build_memmap(s, &m);
    for (unsigned i = 0; i < m.n; i++) {
        m.e[i].addr = cpu_to_le64(m.e[i].addr);
        m.e[i].size = cpu_to_le64(m.e[i].size);
        m.e[i].type = cpu_to_le32(m.e[i].type);
    }
    si.memmap_entries = cpu_to_le32(m.n);
    nofw_store(NULL, memmap, m.e, m.n * sizeof(m.e[0]));
    nofw_store(NULL, cmd, cmdline, strlen(cmdline) + 1);
    nofw_store(NULL, s->info_base, &si, sizeof(si));
}

/* The boot CPU as the PVH ABI wants it: flat 32-bit protected mode. */
static void nofw_enter_pvh(NofwState *s)
{
    X86CPU *cpu = X86_CPU(first_cpu);
    CPUX86State *env = &cpu->env;
    const uint32_t code = DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK |
                          DESC_R_MASK | DESC_A_MASK | DESC_G_MASK |
                          DESC_B_MASK;
    const uint32_t data = DESC_P_MASK | DESC_S_MASK | DESC_W_MASK |
                          DESC_A_MASK | DESC_G_MASK | DESC_B_MASK;

    cpu_x86_update_cr0(env, CR0_PE_MASK | CR0_ET_MASK);
    cpu_x86_load_seg_cache(env, R_CS, 0x10, 0, 0xffffffff, code);
    cpu_x86_load_seg_cache(env, R_DS, 0x18, 0, 0xffffffff, data);
    cpu_x86_load_seg_cache(env, R_ES, 0x18, 0, 0xffffffff, data);
    cpu_x86_load_seg_cache(env, R_SS, 0x18, 0, 0xffffffff, data);
    cpu_x86_load_seg_cache(env, R_FS, 0x18, 0, 0xffffffff, data);
    cpu_x86_load_seg_cache(env, R_GS, 0x18, 0, 0xffffffff, data);
    env->eflags = 0x2;
    env->eip = s->kernel.entry;
    /*
     * PVH: start_info in EBX. Boot protocol: boot_params in ESI, and a
     * GDT with the selectors loaded (kernels before 5.7 reload them).
     */
    if (s->boot_protocol) {
        env->regs[R_ESI] = s->info_base;
        env->gdt.base = s->info_base + NOFW_BZ_ZERO_PAGE;
        env->gdt.limit = NOFW_BZ_GDT_SIZE - 1;
    } else {
        env->regs[R_EBX] = s->info_base;
    }
    x86_cpu_set_a20(cpu, 1);
}

/*
 * The executor's view of this machine: its fw_cfg, and the HIGH and FSEG
 * zones of the layout fixed at machine done (so the same script always
 * allocates the same addresses).
 */
static void nofw_loader_env(PCMachineState *pcms, NofwLoaderEnv *env,
                            NofwZone *high, NofwZone *fseg,
                            const void *(*get_file)(void *, const char *,
                                                    size_t *),
                            void (*store)(void *, uint64_t, const void *,
                                          size_t))
{
    NofwState *s = pcms->nofw;

    nofw_zone_init(high, "HIGH", s->high_base, s->low_top, true);
    nofw_zone_init(fseg, "FSEG", NOFW_FSEG_BASE, NOFW_RESET_STUB, false);
    *env = (NofwLoaderEnv) {
        .get_file = get_file,
        .store = store,
        .write_file = nofw_write_file,
        .high = high,
        .fseg = fseg,
        .opaque = X86_MACHINE(pcms)->fw_cfg,
    };
}

static bool nofw_prepare(PCMachineState *pcms, bool tables_current,
                         Error **errp)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    NofwState *s = pcms->nofw;
    NofwZone high, fseg;
    NofwLoaderResult res = { 0 };
    NofwLoaderEnv env;
    const void *script;
    size_t len;
    int64_t t0;
    bool ok;

    nofw_loader_env(pcms, &env, &high, &fseg,
                    tables_current ? nofw_peek_file : nofw_get_file,
                    nofw_store);

    if (!nofw_chipset(pcms, errp)) {
        return false;
    }

    /*
     * Selecting the script rebuilds the tables for this chipset state,
     * unless acpi_setup() built them for it.
     */
    t0 = get_clock();
    script = env.get_file(x86ms->fw_cfg, "etc/table-loader", &len);
    t0 = tables_current ? s->setup_ns : get_clock() - t0;
    if (!script) {
        error_setg(errp, "nofw: no etc/table-loader in fw_cfg");
        return false;
    }
    trace_nofw_acpi_build(len, tables_current ? "by acpi_setup()" :
                          "at reset", t0);
    ok = nofw_loader_run(script, len, &env, &res, errp);
    s->rsdp_addr = nofw_loader_blob_addr(&res, "etc/acpi/rsdp");
    nofw_loader_result_free(&res);
    if (!ok || !nofw_smbios_setup(x86ms->fw_cfg, &high, &fseg, errp)) {
        return false;
    }
    if (s->boot_protocol) {
        nofw_write_boot_params(pcms);
    } else {
        nofw_write_start_info(pcms);
    }
    nofw_store(NULL, NOFW_RESET_STUB, nofw_reset_stub,
               sizeof(nofw_reset_stub));
    nofw_enter_pvh(s);
    return true;
}

static void nofw_store_nothing(void *opaque, uint64_t addr,
                               const void *data, size_t len)
{
}

/*
 * At a wakeup from S3 the devices have forgotten the addresses the
 * WRITE_POINTERs gave them (vmgenid clears its own at reset); firmware
 * writes them again (SeaBIOS: romfile_fw_cfg_resume()). The script runs
 * as at boot, so it allocates the same addresses, but stores nothing:
 * the tables in RAM are the guest's now (the FACS holds its waking
 * vector). This needs no boot-time state, so it also works after an
 * incoming migration.
 */
bool nofw_replay_write_pointers(PCMachineState *pcms, uint64_t *rsdp,
                                Error **errp)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    NofwZone high, fseg;
    NofwLoaderResult res = { 0 };
    NofwLoaderEnv env;
    const void *script;
    size_t len;
    bool ok;

    nofw_loader_env(pcms, &env, &high, &fseg, nofw_peek_file,
                    nofw_store_nothing);
    script = fw_cfg_peek_file(x86ms->fw_cfg, "etc/table-loader", &len);
    if (!script) {
        error_setg(errp, "no etc/table-loader in fw_cfg");
        return false;
    }
    ok = nofw_loader_run(script, len, &env, &res, errp);
    *rsdp = nofw_loader_blob_addr(&res, "etc/acpi/rsdp");
    nofw_loader_result_free(&res);
    return ok;
}

void nofw_machine_reset(PCMachineState *pcms, ResetType type)
{
    NofwState *s = pcms->nofw;
    Error *err = NULL;
    bool tables_current;

    if (!s || !s->active) {
        return;
    }
    /* only the first reset can find acpi_setup()'s build current */
    tables_current = s->tables_current;
    s->tables_current = false;
    if (type == RESET_TYPE_WAKEUP) {
        /* booted through firmware (migrated from nofw=off): its resume */
        if (!s->started) {
            return;
        }
        if (!nofw_resume(pcms, &err)) {
            error_prepend(&err, "nofw: the guest cannot resume from S3 and "
                          "stays suspended: ");
            error_report_err(err);
        }
        return;
    }
    s->fresh = false;
    s->plugged = false;
    if (type != RESET_TYPE_COLD || runstate_check(RUN_STATE_INMIGRATE)) {
        trace_nofw_reset_skipped(type, "memory and CPU state come from "
                                 "the snapshot or migration stream");
        return;
    }
    if (!nofw_prepare(pcms, tables_current, &err)) {
        if (!s->started) {
            error_report_err(err);
            exit(1);
        }
        error_report_err(err);
        qemu_system_shutdown_request(SHUTDOWN_CAUSE_HOST_ERROR);
        return;
    }
    s->started = true;
    s->fresh = !runstate_is_running();
    trace_nofw_reset(type, s->kernel.entry, s->info_base, s->rsdp_addr);
}

bool nofw_acpi_reduced(MachineState *ms)
{
    PCMachineState *pcms = (PCMachineState *)
        object_dynamic_cast(OBJECT(ms), TYPE_PC_MACHINE);

    return pcms && pcms->nofw && pcms->nofw->active &&
           pcms->nofw->pm == NOFW_PM_REDUCED;
}

/* ---- properties ------------------------------------------------------- */

static void nofw_get_mode(Object *obj, Visitor *v, const char *name,
                          void *opaque, Error **errp)
{
    OnOffAuto mode = PC_MACHINE(obj)->nofw->mode;

    visit_type_OnOffAuto(v, name, &mode, errp);
}

static void nofw_set_mode(Object *obj, Visitor *v, const char *name,
                          void *opaque, Error **errp)
{
    visit_type_OnOffAuto(v, name, &PC_MACHINE(obj)->nofw->mode, errp);
}

static char *nofw_get_pm(Object *obj, Error **errp)
{
    return g_strdup(nofw_pm_names[PC_MACHINE(obj)->nofw->pm]);
}

/* Index of @value in @names (@n of them), or -1. */
static int nofw_name_index(const char *const *names, int n,
                           const char *value)
{
    for (int i = 0; i < n; i++) {
        if (!strcmp(value, names[i])) {
            return i;
        }
    }
    return -1;
}

static void nofw_set_pm(Object *obj, const char *value, Error **errp)
{
    int i = nofw_name_index(nofw_pm_names, ARRAY_SIZE(nofw_pm_names), value);

    if (i < 0) {
        error_setg(errp, "nofw-pm: '%s' is not 'ich9' or 'reduced'", value);
        return;
    }
    PC_MACHINE(obj)->nofw->pm = i;
}

static char *nofw_get_bz(Object *obj, Error **errp)
{
    return g_strdup(nofw_bz_names[PC_MACHINE(obj)->nofw->bz_mode]);
}

static void nofw_set_bz(Object *obj, const char *value, Error **errp)
{
    int i = nofw_name_index(nofw_bz_names, ARRAY_SIZE(nofw_bz_names), value);

    if (i < 0) {
        error_setg(errp, "x-nofw-bzimage: '%s' is not 'auto', 'pvh' or "
                   "'boot-protocol'", value);
        return;
    }
    PC_MACHINE(obj)->nofw->bz_mode = i;
}

/* Where hvm_start_info lies, for tests and tools; 0 without nofw. */
static void nofw_get_start_info(Object *obj, Visitor *v, const char *name,
                                void *opaque, Error **errp)
{
    NofwState *s = PC_MACHINE(obj)->nofw;
    uint64_t addr = s->started && !s->boot_protocol ? s->info_base : 0;

    visit_type_uint64(v, name, &addr, errp);
}

void nofw_machine_class_init(MachineClass *mc)
{
    ObjectClass *oc = OBJECT_CLASS(mc);

    object_class_property_add(oc, "nofw", "OnOffAuto", nofw_get_mode,
                              nofw_set_mode, NULL, NULL);
    object_class_property_set_description(oc, "nofw",
        "Boot -kernel with no firmware: QEMU loads the kernel, places the "
        "ACPI tables, programs the chipset and starts it at its PVH entry "
        "(an ELF with a PVH note, or the one a bzImage's xz/gzip/zstd "
        "payload holds) or, for other bzImages, through the Linux boot "
        "protocol (trace event nofw_bzimage says which) (on|off|auto; "
        "auto: when -kernel is such a kernel)");
    object_class_property_add_str(oc, "nofw-pm", nofw_get_pm, nofw_set_pm);
    object_class_property_set_description(oc, "nofw-pm",
        "ACPI power management with nofw: ich9 (PM1/GPE blocks of the "
        "ICH9 LPC, as firmware sets them up) or reduced (hardware-reduced "
        "ACPI)");
    object_class_property_add_str(oc, "x-nofw-bzimage", nofw_get_bz,
                                  nofw_set_bz);
    object_class_property_set_description(oc, "x-nofw-bzimage",
        "Test switch: how nofw boots a bzImage: auto (its PVH kernel when "
        "QEMU can decompress the payload, else the Linux boot protocol), "
        "pvh or boot-protocol");
    object_class_property_add(oc, "nofw-start-info", "uint64",
                              nofw_get_start_info, NULL, NULL, NULL);
    object_class_property_set_description(oc, "nofw-start-info",
        "Read-only: guest-physical address of the PVH hvm_start_info "
        "(0 when the machine did not boot without firmware, or booted a "
        "bzImage through the boot protocol)");
}

void nofw_machine_instance_init(PCMachineState *pcms)
{
    pcms->nofw = g_new0(NofwState, 1);
    pcms->nofw->mode = PC_MACHINE_GET_CLASS(pcms)->nofw_default;
    pcms->nofw->pm = NOFW_PM_ICH9;
    pcms->nofw->elf_fd = -1;
}
