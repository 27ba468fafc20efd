/*
 * nofw: what the guest finds at its first instruction
 *
 * Firmware leaves the kernel its tables and boot information in RAM and
 * the boot CPU in the state the entry ABI names; with nofw, QEMU does it
 * here. The layout is fixed once at startup (nofw_layout_init(), from
 * nofw_machine_done()), so every reset writes the same addresses. At
 * each cold reset nofw_machine_reset() calls nofw_boot_tables() (ACPI
 * table-loader, SMBIOS) and nofw_boot_enter() (hvm_start_info for PVH or
 * the boot protocol's zero page, the reset stub, the boot CPU). At an S3
 * wakeup nofw_resume.c calls nofw_replay_write_pointers() and
 * nofw_cpu_enter_waking_vector().
 *
 * Memory below 4 GiB (T: top of low RAM); the memmap marks all of it
 * reserved but the kernel and the initrd, which Linux reserves itself:
 *
 *   [T - high_size, T)      table-loader HIGH zone, SMBIOS tables
 *   [initrd, ...)           initrd, page aligned, below that zone
 *   kernel segments         as the ELF says (>= 1 MiB); boot protocol:
 *                           the protected-mode part at 1 MiB
 *   [0xF0000, 0x100000)     FSEG zone: RSDP, SMBIOS entry point; reset
 *                           stub at 0xFFFF0
 *   [info, 0xA0000)         start_info, module, memmap, cmdline; or the
 *                           zero page, GDT, cmdline (Linux reads them
 *                           through its early map of the first GiB)
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/cutils.h"
#include "qemu/datadir.h"
#include "qemu/timer.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "system/address-spaces.h"
#include "hw/boards.h"
#include "hw/i386/x86.h"
#include "hw/i386/nofw.h"
#include "hw/acpi/acpi.h"
#include "hw/nvram/fw_cfg.h"
#include "hw/pci-host/q35.h"
#include "hw/xen/start_info.h"
#include "standard-headers/asm-x86/bootparam.h"
#include "e820_memory_layout.h"
#include "target/i386/cpu.h"
#include "trace.h"

#define NOFW_FSEG_BASE              0xf0000
#define NOFW_FSEG_TOP               0x100000
#define NOFW_RESET_STUB             0xffff0     /* F000:FFF0 */
#define NOFW_LOW_RAM_TOP            0xa0000
#define NOFW_INFO_MIN               0x10000     /* keep below: real mode */
#define NOFW_BIOS_STUB_SIZE         (256 * KiB)
#define NOFW_MEMMAP_MAX             128

/*
 * The zero page (boot_params; Linux's Documentation/arch/x86/boot.rst):
 * what a boot loader fills in. The setup header is at the same offsets
 * in the bzImage file.
 */
#define NOFW_BZ_ZERO_PAGE           4096        /* then the GDT */
#define NOFW_BZ_GDT_SIZE            32
#define BP_ACPI_RSDP_ADDR           0x070       /* u64, protocol 2.14 */
#define BP_E820_ENTRIES             0x1e8       /* u8 */
#define BP_SETUP_HEADER             0x1f1
#define BP_TYPE_OF_LOADER           0x210       /* u8 */
#define BP_CODE32_START             0x214       /* u32 */
#define BP_RAMDISK_IMAGE            0x218       /* u32 */
#define BP_RAMDISK_SIZE             0x21c       /* u32 */
#define BP_CMD_LINE_PTR             0x228       /* u32 */
#define BP_E820_TABLE               0x2d0       /* 128 of e820 entries */
#define BP_E820_ENTRY_SIZE          20          /* u64 addr, size; u32 */
#define BP_LOADER_UNDEFINED         0xff        /* type_of_loader */

/* ---- startup: the firmware's place ------------------------------------ */

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
 * pc.bios still exists with the size the firmware would have, so the
 * RAMBlocks match a firmware-path machine, but no file is read: it
 * holds nofw_reset_stub at the reset vector.
 */
void nofw_bios_init(PCMachineState *pcms, MemoryRegion *rom_memory)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    MachineState *ms = MACHINE(pcms);
    g_autofree char *bios = NULL;
    int64_t bios_size = -1;
    uint8_t *p;

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
}

/* ---- machine done: the layout ----------------------------------------- */

/*
 * How much of the HIGH zone the table-loader script and SMBIOS use.
 * Peek: acpi_setup() just built the tables; a read would rebuild them.
 */
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

/*
 * [info, 0xA0000): what the entry ABI points to, in the order it lies
 * there; it starts as high as the command line's length allows.
 */
static bool nofw_info_layout(NofwLayout *l, bool boot_protocol,
                             const char *cmdline, Error **errp)
{
    size_t len = strlen(cmdline ?: "");
    uint64_t fixed, size;

    if (boot_protocol) {
        fixed = NOFW_BZ_ZERO_PAGE + NOFW_BZ_GDT_SIZE;
    } else {
        fixed = sizeof(struct hvm_start_info) +
                sizeof(struct hvm_modlist_entry) +
                NOFW_MEMMAP_MAX * sizeof(struct hvm_memmap_table_entry);
    }
    size = ROUND_UP(fixed + len + 1, 4 * KiB);
    if (size > NOFW_LOW_RAM_TOP - NOFW_INFO_MIN) {
        error_setg(errp, "nofw: the kernel command line (%zu bytes) does "
                   "not fit below 0x%x", len, NOFW_LOW_RAM_TOP);
        return false;
    }
    l->info = NOFW_LOW_RAM_TOP - size;
    l->cmdline = l->info + fixed;
    if (boot_protocol) {
        l->gdt = l->info + NOFW_BZ_ZERO_PAGE;
    } else {
        l->modlist = l->info + sizeof(struct hvm_start_info);
        l->memmap = l->modlist + sizeof(struct hvm_modlist_entry);
    }
    return true;
}

/* What the bzImage's header says it takes. */
static bool nofw_bzimage_layout_check(MachineState *ms, NofwState *s,
                                      Error **errp)
{
    const NofwBzImage *bz = &s->plan.bz;
    NofwLayout *l = &s->layout;
    size_t len = strlen(ms->kernel_cmdline ?: "");

    if (len > bz->cmdline_size) {
        error_setg(errp, "nofw: the kernel command line (%zu bytes) is "
                   "longer than kernel '%s' takes (%u bytes)", len,
                   ms->kernel_filename, bz->cmdline_size);
        return false;
    }
    /* below the highest address the kernel takes, as firmware would */
    if (l->initrd_size && !(bz->xloadflags & XLF_CAN_BE_LOADED_ABOVE_4G) &&
        l->initrd + l->initrd_size - 1 > bz->initrd_addr_max) {
        l->initrd = QEMU_ALIGN_DOWN((uint64_t)bz->initrd_addr_max + 1 -
                                    MIN(l->initrd_size, bz->initrd_addr_max),
                                    4 * KiB);
        if (l->initrd < s->plan.kernel.end) {
            error_setg(errp, "nofw: kernel '%s' (up to 0x%" PRIx64 ") and "
                       "its initrd (%" PRIu64 " bytes) do not fit below "
                       "0x%x, the highest initrd address it takes",
                       ms->kernel_filename, s->plan.kernel.end,
                       l->initrd_size, bz->initrd_addr_max);
            return false;
        }
    }
    return true;
}

bool nofw_layout_init(PCMachineState *pcms, Error **errp)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    NofwLayout *l = &s->layout;
    uint64_t high;

    /*
     * Room for the tables as built now, twice over: they may grow after
     * hotplug and a reboot, while the layout stays fixed.
     */
    high = ROUND_UP(MAX(2 * nofw_high_need(x86ms->fw_cfg), NOFW_HIGH_MIN),
                    64 * KiB);
    if (!nofw_info_layout(l, s->plan.boot_protocol, ms->kernel_cmdline,
                          errp)) {
        return false;
    }
    l->low_top = x86ms->below_4g_mem_size;
    l->high_base = l->low_top - high;
    l->initrd = l->high_base;
    if (s->initrd) {
        l->initrd_size = g_mapped_file_get_length(s->initrd);
        l->initrd = QEMU_ALIGN_DOWN(l->high_base - MIN(l->initrd_size,
                                                       l->high_base),
                                    4 * KiB);
    }
    if (s->plan.kernel.end > l->initrd || l->initrd < 1 * MiB ||
        l->initrd_size > l->high_base) {
        error_setg(errp, "nofw: kernel (up to 0x%" PRIx64 "), initrd (%"
                   PRIu64 " bytes) and ACPI tables do not fit below 0x%"
                   PRIx64 "; give the guest more memory with -m",
                   s->plan.kernel.end, l->initrd_size, l->low_top);
        return false;
    }
    if (s->plan.boot_protocol && !nofw_bzimage_layout_check(ms, s, errp)) {
        return false;
    }
    trace_nofw_layout(l->high_base, l->low_top - l->high_base, l->info,
                      l->initrd, l->initrd_size);
    return true;
}

/* ---- cold reset: tables ----------------------------------------------- */

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

static void nofw_store_nothing(void *opaque, uint64_t addr,
                               const void *data, size_t len)
{
}

typedef const void *NofwGetFile(void *opaque, const char *name, size_t *len);

static const void *nofw_get_file(void *opaque, const char *name, size_t *len)
{
    return fw_cfg_read_file(opaque, name, len);
}

/* The same without the select callback, which would build the tables. */
static const void *nofw_peek_file(void *opaque, const char *name, size_t *len)
{
    return fw_cfg_peek_file(opaque, name, len);
}

static bool nofw_write_file(void *opaque, const char *name, uint32_t offset,
                            const void *data, uint32_t len, Error **errp)
{
    return fw_cfg_write_file(opaque, name, offset, data, len, errp);
}

/*
 * Run the table-loader @script with this machine's fw_cfg and the HIGH
 * and FSEG zones of the layout (so the same script always allocates the
 * same addresses). *@rsdp: where it placed the RSDP.
 */
static bool nofw_loader_exec(PCMachineState *pcms, const void *script,
                             size_t len, NofwGetFile *get_file,
                             void (*store)(void *, uint64_t, const void *,
                                           size_t),
                             NofwZone *high, NofwZone *fseg, uint64_t *rsdp,
                             Error **errp)
{
    const NofwLayout *l = &pcms->nofw->layout;
    NofwLoaderResult res = { 0 };
    NofwLoaderEnv env = {
        .get_file = get_file,
        .store = store,
        .write_file = nofw_write_file,
        .high = high,
        .fseg = fseg,
        .opaque = X86_MACHINE(pcms)->fw_cfg,
    };
    bool ok;

    nofw_zone_init(high, "HIGH", l->high_base, l->low_top, true);
    nofw_zone_init(fseg, "FSEG", NOFW_FSEG_BASE, NOFW_RESET_STUB, false);
    ok = nofw_loader_run(script, len, &env, &res, errp);
    *rsdp = nofw_loader_blob_addr(&res, "etc/acpi/rsdp");
    nofw_loader_result_free(&res);
    return ok;
}

/*
 * SMBIOS: QEMU provides the tables and an entry point ("anchor") whose
 * table address firmware fills in. Linux finds the anchor by scanning
 * 0xF0000-0xFFFFF on 16-byte boundaries, so it goes in FSEG.
 */
#define SMBIOS21_LEN                0x1f
#define SMBIOS30_LEN                0x18

static bool nofw_smbios_setup(FWCfgState *fw_cfg, NofwZone *high,
                              NofwZone *fseg, Error **errp)
{
    size_t alen, tlen;
    const uint8_t *anchor =
        fw_cfg_read_file(fw_cfg, "etc/smbios/smbios-anchor", &alen);
    const uint8_t *tables =
        fw_cfg_read_file(fw_cfg, "etc/smbios/smbios-tables", &tlen);
    uint8_t ep[SMBIOS21_LEN];
    uint64_t ep_addr, t_addr;

    if (!anchor || !tables) {
        return true;    /* -smbios type=... not available: nothing to do */
    }
    if (!(alen == SMBIOS21_LEN && !memcmp(anchor, "_SM_", 4)) &&
        !(alen == SMBIOS30_LEN && !memcmp(anchor, "_SM3_", 5))) {
        error_setg(errp, "nofw: SMBIOS anchor of %zu bytes is neither a "
                   "2.1 nor a 3.0 entry point", alen);
        return false;
    }
    if (!nofw_zone_alloc(high, tlen, 16, &t_addr, errp) ||
        !nofw_zone_alloc(fseg, alen, 16, &ep_addr, errp)) {
        return false;
    }
    memcpy(ep, anchor, alen);
    if (alen == SMBIOS21_LEN) {
        stl_le_p(ep + 0x18, t_addr);
        ep[0x15] = 0;
        ep[0x15] = acpi_checksum(ep + 0x10, 0xf);
        ep[0x04] = 0;
        ep[0x04] = acpi_checksum(ep, alen);
    } else {
        stq_le_p(ep + 0x10, t_addr);
        ep[0x05] = 0;
        ep[0x05] = acpi_checksum(ep, alen);
    }
    address_space_write(&address_space_memory, t_addr, MEMTXATTRS_UNSPECIFIED,
                        tables, tlen);
    address_space_write(&address_space_memory, ep_addr,
                        MEMTXATTRS_UNSPECIFIED, ep, alen);
    trace_nofw_smbios(ep_addr, t_addr, tlen);
    return true;
}

bool nofw_boot_tables(PCMachineState *pcms, bool tables_current,
                      Error **errp)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    NofwState *s = pcms->nofw;
    NofwGetFile *get_file = tables_current ? nofw_peek_file : nofw_get_file;
    NofwZone high, fseg;
    const void *script;
    size_t len;
    int64_t t0;

    /*
     * Selecting the script rebuilds the tables for this chipset state,
     * unless acpi_setup() built them for it.
     */
    t0 = get_clock();
    script = get_file(x86ms->fw_cfg, "etc/table-loader", &len);
    t0 = tables_current ? s->setup_ns : get_clock() - t0;
    if (!script) {
        error_setg(errp, "nofw: no etc/table-loader in fw_cfg");
        return false;
    }
    trace_nofw_acpi_build(len, tables_current ? "by acpi_setup()" :
                          "at reset", t0);
    return nofw_loader_exec(pcms, script, len, get_file, nofw_store, &high,
                            &fseg, &s->rsdp_addr, errp) &&
           nofw_smbios_setup(x86ms->fw_cfg, &high, &fseg, errp);
}

/* ---- cold reset: what the kernel's entry ABI points to ---------------- */

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
static void nofw_build_memmap(const NofwLayout *l, NofwMemmap *m)
{
    struct e820_entry *table;
    int n = e820_get_table(&table);
    const uint64_t holes[][2] = {
        { l->info, NOFW_FSEG_TOP },
        { l->high_base, l->low_top },
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
    memmap_add(m, l->info, NOFW_LOW_RAM_TOP, E820_RESERVED);
    memmap_add(m, NOFW_FSEG_BASE, NOFW_FSEG_TOP, E820_RESERVED);
    memmap_add(m, l->high_base, l->low_top, E820_RESERVED);
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
 * What both entry ABIs hand over alike: the initrd and the command line
 * where the layout puts them, and the memory map, packed into @table as
 * the ABI's entries (@stride bytes each: u64 address, u64 size, u32
 * type, little endian). Returns the number of memmap entries.
 */
static unsigned nofw_store_common(MachineState *ms, NofwState *s,
                                  uint8_t *table, size_t stride)
{
    const NofwLayout *l = &s->layout;
    const char *cmdline = ms->kernel_cmdline ?: "";
    NofwMemmap m;

    if (s->initrd) {
        nofw_store(NULL, l->initrd, g_mapped_file_get_contents(s->initrd),
                   l->initrd_size);
    }
    nofw_store(NULL, l->cmdline, cmdline, strlen(cmdline) + 1);
    nofw_build_memmap(l, &m);
    for (unsigned i = 0; i < m.n; i++) {
        uint8_t *e = table + i * stride;

        stq_le_p(e, m.e[i].addr);
        stq_le_p(e + 8, m.e[i].size);
        stl_le_p(e + 16, m.e[i].type);
    }
    return m.n;
}

/*
 * The zero page of the Linux boot protocol (boot_params): the image's
 * setup header plus what a boot loader fills in, the same memory map,
 * command line, initrd and RSDP as start_info gives a PVH kernel.
 */
static void nofw_write_zero_page(PCMachineState *pcms)
{
    NofwState *s = pcms->nofw;
    const NofwLayout *l = &s->layout;
    const NofwBzImage *bz = &s->plan.bz;
    const uint8_t *img =
        (const uint8_t *)g_mapped_file_get_contents(s->plan.bz_file);
    /* the protocol's __BOOT_CS (0x10) and __BOOT_DS (0x18), flat */
    const uint64_t gdt[NOFW_BZ_GDT_SIZE / 8] = {
        0, 0, cpu_to_le64(0x00cf9a000000ffffULL),
        cpu_to_le64(0x00cf92000000ffffULL),
    };
    g_autofree uint8_t *bp = g_malloc0(NOFW_BZ_ZERO_PAGE);

    memcpy(bp + BP_SETUP_HEADER, img + BP_SETUP_HEADER,
           bz->hdr_end - BP_SETUP_HEADER);
    bp[BP_TYPE_OF_LOADER] = BP_LOADER_UNDEFINED;
    stl_le_p(bp + BP_CODE32_START, NOFW_BZ_LOAD);
    stl_le_p(bp + BP_CMD_LINE_PTR, l->cmdline);
    if (s->initrd) {
        stl_le_p(bp + BP_RAMDISK_IMAGE, l->initrd);
        stl_le_p(bp + BP_RAMDISK_SIZE, l->initrd_size);
    }
    if (bz->version >= 0x20e) {
        stq_le_p(bp + BP_ACPI_RSDP_ADDR, s->rsdp_addr);
    }
    bp[BP_E820_ENTRIES] = nofw_store_common(MACHINE(pcms), s,
                                            bp + BP_E820_TABLE,
                                            BP_E820_ENTRY_SIZE);
    nofw_store(NULL, l->gdt, gdt, sizeof(gdt));
    nofw_store(NULL, l->info, bp, NOFW_BZ_ZERO_PAGE);
}

/* hvm_start_info (version 1, with the memmap) for a PVH kernel. */
static void nofw_write_start_info(PCMachineState *pcms)
{
    NofwState *s = pcms->nofw;
    const NofwLayout *l = &s->layout;
    const size_t stride = sizeof(struct hvm_memmap_table_entry);
    g_autofree uint8_t *memmap = g_malloc0(NOFW_MEMMAP_MAX * stride);
    struct hvm_start_info si = {
        .magic = cpu_to_le32(XEN_HVM_START_MAGIC_VALUE),
        .version = cpu_to_le32(1),
        .cmdline_paddr = cpu_to_le64(l->cmdline),
        .rsdp_paddr = cpu_to_le64(s->rsdp_addr),
        .memmap_paddr = cpu_to_le64(l->memmap),
    };
    unsigned n;

    if (s->initrd) {
        struct hvm_modlist_entry mod = {
            .paddr = cpu_to_le64(l->initrd),
            .size = cpu_to_le64(l->initrd_size),
        };

        nofw_store(NULL, l->modlist, &mod, sizeof(mod));
        si.nr_modules = cpu_to_le32(1);
        si.modlist_paddr = cpu_to_le64(l->modlist);
    }
    n = nofw_store_common(MACHINE(pcms), s, memmap, stride);
    si.memmap_entries = cpu_to_le32(n);
    nofw_store(NULL, l->memmap, memmap, n * stride);
    nofw_store(NULL, l->info, &si, sizeof(si));
}

/* ---- the boot CPU ----------------------------------------------------- */

/*
 * The boot CPU as both entry ABIs want it: flat 32-bit protected mode,
 * paging and interrupts off, A20 on. PVH: start_info in EBX. Boot
 * protocol: boot_params in ESI, and a GDT with the selectors loaded
 * (kernels before 5.7 reload them).
 */
static void nofw_cpu_enter_kernel(NofwState *s)
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
    env->eip = s->plan.kernel.entry;
    if (s->plan.boot_protocol) {
        env->regs[R_ESI] = s->layout.info;
        env->gdt.base = s->layout.gdt;
        env->gdt.limit = NOFW_BZ_GDT_SIZE - 1;
    } else {
        env->regs[R_EBX] = s->layout.info;
    }
    x86_cpu_set_a20(cpu, 1);
}

/*
 * At an S3 wakeup: real mode at the waking vector, CS = vector >> 4,
 * IP = vector & 0xF, A20 on (ACPI 6.5, 5.2.10; SeaBIOS s3_resume()).
 */
void nofw_cpu_enter_waking_vector(uint32_t vector)
{
    X86CPU *cpu = X86_CPU(first_cpu);
    CPUX86State *env = &cpu->env;

    cpu_x86_load_seg_cache(env, R_CS, vector >> 4, vector & ~0xfu, 0xffff,
                           DESC_P_MASK | DESC_S_MASK | DESC_CS_MASK |
                           DESC_R_MASK | DESC_A_MASK);
    env->eip = vector & 0xf;
    env->eflags = 0x2;
    x86_cpu_set_a20(cpu, 1);
}

void nofw_boot_enter(PCMachineState *pcms)
{
    NofwState *s = pcms->nofw;

    if (s->plan.boot_protocol) {
        nofw_write_zero_page(pcms);
    } else {
        nofw_write_start_info(pcms);
    }
    nofw_store(NULL, NOFW_RESET_STUB, nofw_reset_stub,
               sizeof(nofw_reset_stub));
    nofw_cpu_enter_kernel(s);
}

/* ---- S3 wakeup -------------------------------------------------------- */

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
    const void *script;
    size_t len;

    script = fw_cfg_peek_file(x86ms->fw_cfg, "etc/table-loader", &len);
    if (!script) {
        error_setg(errp, "no etc/table-loader in fw_cfg");
        return false;
    }
    return nofw_loader_exec(pcms, script, len, nofw_peek_file,
                            nofw_store_nothing, &high, &fseg, rsdp, errp);
}
