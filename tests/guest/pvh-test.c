/*
 * pvh-test: the nofw PVH test guest's entry and dispatch.
 *
 * entry.S calls main() once per entry at the PVH entry point (power-on
 * and every system_reset). main() prints "ENTRY <n>", then one PASS/FAIL
 * line per property of what the loader handed over: here the CPU state
 * of the PVH ABI, the image and hvm_start_info; then, from the other
 * files, its memory map, the command line and the initrd (memmap.c), the
 * ACPI tables (acpi.c), the ICH9 power management and PCIe MMCONFIG
 * setup, or the HW-reduced FADT, SMBIOS, vmgenid and TPM (devices.c).
 * The kernel command line says what to expect (key=value, see
 * README.md); a group whose key is absent is skipped. Then "SUMMARY",
 * and either an isa-debug-exit write (0: all passed, 1: some failed) or,
 * with wait=1, a halt loop so the host can system_reset and look for the
 * next ENTRY.
 */
#include "pvh-test.h"

/* Entry counter: guest RAM survives system_reset, the image does not. */
#define ENTRY_COUNTER_ADDR      0x5000
#define ENTRY_MAGIC_ADDR        0x5004
#define ENTRY_MAGIC             0x4e4f4657      /* "WFON" */

/* A20 check: these two addresses alias when A20 is masked. */
#define A20_LOW_ADDR            0x7000
#define A20_HIGH_ADDR           (A20_LOW_ADDR + 0x100000)

#define CR0_PE                  (1u << 0)
#define CR0_PG                  (1u << 31)
#define EFLAGS_IF               (1u << 9)
#define EFLAGS_VM               (1u << 17)

/*
 * Reset to this value by the loader at each entry (the image is reloaded).
 * volatile: the check must read memory, not a value the compiler assumes.
 */
static volatile uint32_t data_sentinel = 0x5a17e0ad;

const struct hvm_start_info *si;
const char *cmdline = "";
struct range boot_data[8];
unsigned nr_boot_data;

/* ------------------------------------------------------------------ */
/* Entry counter, start_info, CPU state                                */
/* ------------------------------------------------------------------ */

static void collect_boot_data(uint32_t ebx)
{
    const struct hvm_start_info *s = (const void *)ebx;

    nr_boot_data = 0;
    boot_data[nr_boot_data++] = (struct range) { "image", GUEST_LOAD_ADDR,
        (uint32_t)_end - GUEST_LOAD_ADDR };
    if (!ebx || s->magic != START_INFO_MAGIC) {
        return;
    }
    boot_data[nr_boot_data++] = (struct range) { "start_info", ebx,
                                                 sizeof(*s) };
    if (s->version >= 1 && s->memmap_paddr) {
        boot_data[nr_boot_data++] = (struct range) { "memmap",
            s->memmap_paddr, (uint64_t)s->memmap_entries * sizeof(*mm) };
    }
    if (s->cmdline_paddr && below_4g(s->cmdline_paddr, 1)) {
        boot_data[nr_boot_data++] = (struct range) { "cmdline",
            s->cmdline_paddr,
            strnlen((const char *)(uint32_t)s->cmdline_paddr, 65536) + 1 };
    }
    if (s->nr_modules && s->modlist_paddr) {
        const struct hvm_modlist_entry *mod =
            (const void *)(uint32_t)s->modlist_paddr;

        boot_data[nr_boot_data++] = (struct range) { "modlist",
            s->modlist_paddr, (uint64_t)s->nr_modules * sizeof(*mod) };
        if (below_4g(s->modlist_paddr, sizeof(*mod))) {
            boot_data[nr_boot_data++] = (struct range) { "module0",
                mod->paddr, mod->size };
        }
    }
}

/*
 * The boot data item (other than this image, boot_data[0]) overlapping
 * [addr, addr+len), or NULL.
 */
static const struct range *boot_data_at(uint64_t addr, uint64_t len)
{
    for (unsigned i = 1; i < nr_boot_data; i++) {
        if (overlaps(addr, len, boot_data[i].addr, boot_data[i].len)) {
            return &boot_data[i];
        }
    }
    return NULL;
}

/* n-th entry since power-on; 0 when the counter words hold boot data. */
static unsigned count_entry(void)
{
    unsigned n = 1;

    if (boot_data_at(ENTRY_COUNTER_ADDR, 8)) {
        return 0;
    }
    if (rd32(ENTRY_MAGIC_ADDR) == ENTRY_MAGIC) {
        n = rd32(ENTRY_COUNTER_ADDR) + 1;
    }
    wr32(ENTRY_COUNTER_ADDR, n);
    wr32(ENTRY_MAGIC_ADDR, ENTRY_MAGIC);
    return n;
}

static void check_scratch(void)
{
    const struct range *r = boot_data_at(ENTRY_COUNTER_ADDR, 8);

    report(!r, "guest.scratch.counter",
           "%s at 0x%lx+0x%lx covers the guest's entry counter at 0x%x-0x%x",
           r ? r->name : "", r ? r->addr : 0, r ? r->len : 0,
           ENTRY_COUNTER_ADDR, ENTRY_MAGIC_ADDR + 3);
    r = boot_data_at(A20_LOW_ADDR, 4);
    if (!r) {
        r = boot_data_at(A20_HIGH_ADDR, 4);
    }
    report(!r, "guest.scratch.a20",
           "%s at 0x%lx+0x%lx covers the A20 scratch words at 0x%x/0x%x",
           r ? r->name : "", r ? r->addr : 0, r ? r->len : 0,
           A20_LOW_ADDR, A20_HIGH_ADDR);
}

static void check_start_info(uint32_t ebx)
{
    const struct hvm_start_info *s = (const void *)ebx;

    si = NULL;
    if (!report(ebx != 0, "start_info.ebx", "ebx is 0, expected the "
                "address of hvm_start_info")) {
        return;
    }
    if (!report(s->magic == START_INFO_MAGIC, "start_info.magic",
                "0x%x at 0x%x, expected 0x%x", s->magic, ebx,
                START_INFO_MAGIC)) {
        return;
    }
    report(s->version >= 1, "start_info.version", "%u, expected >= 1",
           s->version);
    printf("INFO start_info 0x%x version %u flags 0x%x nr_modules %u "
           "modlist 0x%lx cmdline 0x%lx rsdp 0x%lx memmap 0x%lx entries %u\n",
           ebx, s->version, s->flags, s->nr_modules, s->modlist_paddr,
           s->cmdline_paddr, s->rsdp_paddr, s->memmap_paddr,
           s->memmap_entries);
    si = s;
}

/*
 * A20: with the gate masked, A20_HIGH_ADDR aliases A20_LOW_ADDR. Both
 * words are restored (high first: if they alias, low's value is the one
 * that survives, and both were equal before).
 */
static void check_a20(void)
{
    uint32_t old_lo = rd32(A20_LOW_ADDR), old_hi = rd32(A20_HIGH_ADDR);
    uint32_t lo, hi;

    wr32(A20_LOW_ADDR, 0x1a20a20a);
    wr32(A20_HIGH_ADDR, 0x2b20b20b);
    lo = rd32(A20_LOW_ADDR);
    hi = rd32(A20_HIGH_ADDR);
    wr32(A20_HIGH_ADDR, old_hi);
    wr32(A20_LOW_ADDR, old_lo);
    report(lo == 0x1a20a20a && hi == 0x2b20b20b, "cpu.a20",
           "read back 0x%x at 0x%x and 0x%x at 0x%x, expected 0x1a20a20a "
           "and 0x2b20b20b", lo, A20_LOW_ADDR, hi, A20_HIGH_ADDR);
}

static void check_cpu(const struct entry_state *st)
{
    printf("INFO cpu cr0 0x%x cr4 0x%x eflags 0x%x cs 0x%x ds 0x%x es 0x%x "
           "ss 0x%x fs 0x%x gs 0x%x esp 0x%x\n", st->cr0, st->cr4, st->eflags,
           st->cs, st->ds, st->es, st->ss, st->fs, st->gs, st->esp);
    report(st->cr0 & CR0_PE, "cpu.cr0.pe",
           "CR0 0x%x, expected PE (bit 0) set", st->cr0);
    report(!(st->cr0 & CR0_PG), "cpu.cr0.pg",
           "CR0 0x%x, expected PG (bit 31) clear", st->cr0);
    report(!(st->eflags & EFLAGS_IF), "cpu.eflags.if",
           "EFLAGS 0x%x, expected IF (bit 9) clear", st->eflags);
    report(!(st->eflags & EFLAGS_VM), "cpu.eflags.vm",
           "EFLAGS 0x%x, expected VM (bit 17) clear", st->eflags);
    check_a20();
    /* A segment base B != 0 would have read linear B + 0x100000. */
    report(st->ds_read == GUEST_IMAGE_MAGIC, "cpu.ds.base",
           "DS:0x%x read 0x%x, expected 0x%x (base 0)", GUEST_LOAD_ADDR,
           st->ds_read, GUEST_IMAGE_MAGIC);
    report(st->es_read == GUEST_IMAGE_MAGIC, "cpu.es.base",
           "ES:0x%x read 0x%x, expected 0x%x (base 0)", GUEST_LOAD_ADDR,
           st->es_read, GUEST_IMAGE_MAGIC);
    report(st->ss_read == GUEST_IMAGE_MAGIC, "cpu.ss.base",
           "SS:0x%x read 0x%x, expected 0x%x (base 0)", GUEST_LOAD_ADDR,
           st->ss_read, GUEST_IMAGE_MAGIC);
}

/* The ELF loader zero-fills .bss and rewrites .data at every entry. */
static void check_image(const struct entry_state *st)
{
    report(image_head[0] == GUEST_IMAGE_MAGIC, "image.head",
           "0x%x at 0x%x, expected 0x%x", image_head[0], GUEST_LOAD_ADDR,
           GUEST_IMAGE_MAGIC);
    report(st->bss_dirty == 0, "image.bss.zeroed",
           "%u non-zero dwords in .bss at entry, expected 0", st->bss_dirty);
    report(data_sentinel == 0x5a17e0ad, "image.data.reloaded",
           ".data word 0x%x, expected its initial 0x5a17e0ad", data_sentinel);
    data_sentinel = 0xdeadbeef;
}

/* SUMMARY, then exit QEMU through isa-debug-exit, or wait for a reset. */
static void __attribute__((noreturn)) finish(void)
{
    printf("SUMMARY %u passed, %u failed\n", report_passed, report_failed);
    if (si && param_is(cmdline, "wait", "1")) {
        halt_forever();
    }
    outl(DEBUG_EXIT_PORT, report_failed ? 1 : 0);
    halt_forever();
}

/* entry.S's IDT sends every CPU exception here: report it, stop. */
void guest_exception(const struct exc_frame *f)
{
    static bool once;
    uint32_t cr2;

    if (once) {
        outl(DEBUG_EXIT_PORT, 1);
        halt_forever();
    }
    once = true;
    asm volatile("mov %%cr2, %0" : "=r"(cr2));
    report(false, "guest.exception", "vector %u error 0x%x at eip 0x%x "
           "(cr2 0x%x): the guest crashed, probably reading what the loader "
           "handed over", f->vector, f->error, f->eip, cr2);
    finish();
}

void main(uint32_t ebx, const struct entry_state *st)
{
    unsigned n;
    size_t len;

    collect_boot_data(ebx);
    n = count_entry();
    printf("ENTRY %u\n", n);

    check_scratch();
    check_cpu(st);
    check_image(st);
    check_start_info(ebx);
    if (si) {
        check_cmdline();
        check_memmap(param_get(cmdline, "ram_mb", &len));
        if (param_get(cmdline, "initrd_crc", &len) ||
            param_get(cmdline, "initrd_size", &len)) {
            check_initrd();
        }
        walk_acpi(param_is(cmdline, "acpi", "1"));
        if (param_is(cmdline, "acpi", "1") && nr_tables) {
            check_fadt_pointers();
        }
        if (param_is(cmdline, "pm", "ich9")) {
            check_pm_ich9();
        } else if (param_is(cmdline, "pm", "reduced")) {
            check_pm_reduced();
        } else if (param_get(cmdline, "pm", &len)) {
            report(false, "pm.mode", "pm= must be ich9 or reduced");
        }
        if (param_is(cmdline, "pm", "ich9") || param_is(cmdline, "mcfg", "1")) {
            check_mcfg(param_is(cmdline, "mcfg", "1"));
        }
        if (param_is(cmdline, "smbios", "1")) {
            check_smbios();
        }
        if (param_get(cmdline, "vmgenid", &len)) {
            check_vmgenid();
        }
        if (param_is(cmdline, "tpm", "1")) {
            check_tpm();
        }
        if (param_is(cmdline, "s3", "novector")) {
            suspend_without_vector();
        }
    } else {
        printf("CMDLINE %s\n", "");
    }

    finish();
}
