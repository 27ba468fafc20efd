/*
 * pvh-test: the checks of the nofw PVH test guest.
 *
 * entry.S calls main() once per entry at the PVH entry point (power-on
 * and every system_reset). main() prints "ENTRY <n>", then one PASS/FAIL
 * line per property of what the loader handed over: the CPU state of the
 * PVH ABI, hvm_start_info and its memory map, the command line, the
 * initrd, the ACPI tables, the ICH9 power management and PCIe MMCONFIG
 * setup, or the HW-reduced FADT, and SMBIOS. The kernel command line
 * says what to expect (key=value, see README.md); a group whose key is
 * absent is skipped. Then "SUMMARY", and either an isa-debug-exit write
 * (0: all passed, 1: some failed) or, with wait=1, a halt loop so the host
 * can system_reset and look for the next ENTRY.
 */
#include "guest.h"

#define START_INFO_MAGIC        0x336ec578
#define E820_RAM                1

/* Entry counter: guest RAM survives system_reset, the image does not. */
#define ENTRY_COUNTER_ADDR      0x5000
#define ENTRY_MAGIC_ADDR        0x5004
#define ENTRY_MAGIC             0x4e4f4657      /* "WFON" */

/* A20 check: these two addresses alias when A20 is masked. */
#define A20_LOW_ADDR            0x7000
#define A20_HIGH_ADDR           (A20_LOW_ADDR + 0x100000)

#define FOUR_GIB                0x100000000ull
#define MIB                     0x100000ull

#define CR0_PE                  (1u << 0)
#define CR0_PG                  (1u << 31)
#define EFLAGS_IF               (1u << 9)
#define EFLAGS_VM               (1u << 17)

/* Offsets in the FADT (ACPI 6.x, table 5.9). */
#define FADT_FIRMWARE_CTRL      36
#define FADT_DSDT               40
#define FADT_SCI_INT            46
#define FADT_PM1A_EVT_BLK       56
#define FADT_PM1A_CNT_BLK       64
#define FADT_PM_TMR_BLK         76
#define FADT_GPE0_BLK           80
#define FADT_FLAGS              112
#define FADT_RESET_REG          116
#define FADT_X_FIRMWARE_CTRL    132
#define FADT_X_DSDT             140
#define FADT_SLEEP_CONTROL_REG  244
#define FADT_SLEEP_STATUS_REG   256
#define FADT_FLAG_HW_REDUCED    (1u << 20)
#define GAS_ADDRESS             4       /* u64 inside a Generic Address */

/* ICH9 LPC (0:1f.0) and Q35 MCH (0:0.0) configuration registers. */
#define LPC_DEV                 0x1f
#define LPC_ID                  0x29188086
#define LPC_PMBASE              0x40
#define LPC_PMBASE_MASK         0xff80
#define LPC_ACPI_CNTL           0x44
#define LPC_ACPI_EN             0x80
#define ICH9_PMIO_PM1_CNT       0x04
#define ICH9_PMIO_PM1_TMR       0x08
#define ICH9_PMIO_GPE0_STS      0x20
#define MCH_ID                  0x29c08086
#define MCH_PCIEXBAR            0x60

struct hvm_start_info {
    uint32_t magic;
    uint32_t version;
    uint32_t flags;
    uint32_t nr_modules;
    uint64_t modlist_paddr;
    uint64_t cmdline_paddr;
    uint64_t rsdp_paddr;
    uint64_t memmap_paddr;
    uint32_t memmap_entries;
    uint32_t reserved;
};

struct hvm_modlist_entry {
    uint64_t paddr;
    uint64_t size;
    uint64_t cmdline_paddr;
    uint64_t reserved;
};

struct hvm_memmap_table_entry {
    uint64_t addr;
    uint64_t size;
    uint32_t type;
    uint32_t reserved;
};

_Static_assert(sizeof(struct hvm_start_info) == 56, "start_info layout");
_Static_assert(sizeof(struct hvm_modlist_entry) == 32, "modlist layout");
_Static_assert(sizeof(struct hvm_memmap_table_entry) == 24, "memmap layout");

/*
 * Reset to this value by the loader at each entry (the image is reloaded).
 * volatile: the check must read memory, not a value the compiler assumes.
 */
static volatile uint32_t data_sentinel = 0x5a17e0ad;

static const struct hvm_start_info *si;         /* NULL if unusable */
static const char *cmdline = "";
static const struct hvm_memmap_table_entry *mm;
static unsigned nr_mm;                          /* 0: no usable memmap */

/* Memory handed over at entry that the guest must not write. */
struct range {
    const char *name;
    uint64_t addr, len;
};
static struct range boot_data[8];
static unsigned nr_boot_data;

static bool below_4g(uint64_t addr, uint64_t len)
{
    return addr < FOUR_GIB && len <= FOUR_GIB - addr;
}

static bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
    return a < b + blen && b < a + alen;
}

/* Index of the memmap entry wholly containing [addr, addr+len), or -1. */
static int mm_containing(uint64_t addr, uint64_t len)
{
    for (unsigned i = 0; i < nr_mm; i++) {
        if (addr >= mm[i].addr && len <= mm[i].size &&
            addr - mm[i].addr <= mm[i].size - len) {
            return i;
        }
    }
    return -1;
}

/* Index of the first RAM memmap entry overlapping [addr, addr+len), or -1. */
static int mm_ram_overlapping(uint64_t addr, uint64_t len)
{
    for (unsigned i = 0; i < nr_mm; i++) {
        if (mm[i].type == E820_RAM &&
            overlaps(addr, len, mm[i].addr, mm[i].size)) {
            return i;
        }
    }
    return -1;
}

static void mm_describe(char *buf, size_t size, int i)
{
    if (i < 0) {
        snprintf(buf, size, "no memmap entry");
    } else {
        snprintf(buf, size, "memmap[%d] 0x%lx-0x%lx type %u", i, mm[i].addr,
                 mm[i].addr + mm[i].size - 1, mm[i].type);
    }
}

/*
 * Boot data (start_info, the memmap array, cmdline, module list) and the
 * SMBIOS tables: in a non-RAM memmap entry, or outside all RAM, so the
 * kernel does not allocate over them before it has read them. With
 * @low_ok (cmdline bootdata_low=1), RAM below 1 MiB is accepted too:
 * that is where SeaBIOS/qboot + pvh.bin put them, and Linux (>= 5.13)
 * never allocates from the first MiB.
 */
static void check_not_ram(const char *what, uint64_t addr, uint64_t len,
                          bool low_ok)
{
    int in = mm_containing(addr, len ? len : 1);
    int ram = mm_ram_overlapping(addr, len ? len : 1);
    char desc[80];

    if (!nr_mm) {
        report(false, what, "0x%lx+0x%lx: no usable memmap to check against",
               addr, len);
        return;
    }
    mm_describe(desc, sizeof(desc), ram);
    report((in >= 0 && mm[in].type != E820_RAM) || ram < 0 ||
           (low_ok && addr + len <= MIB), what,
           "0x%lx+0x%lx lies in RAM (%s); expected a non-RAM memmap entry "
           "or no entry%s", addr, len, desc,
           low_ok ? " or below 1 MiB" : "");
}

/* ACPI tables: wholly inside ONE memmap entry that is not RAM. */
static bool check_in_reserved_entry(const char *what, uint64_t addr,
                                    uint64_t len)
{
    int in = mm_containing(addr, len ? len : 1);
    char desc[80];

    if (in >= 0) {
        mm_describe(desc, sizeof(desc), in);
    } else {
        mm_describe(desc, sizeof(desc),
                    mm_ram_overlapping(addr, len ? len : 1));
        snprintf(desc + strlen(desc), sizeof(desc) - strlen(desc),
                 " overlapped, not contained");
    }
    return report(in >= 0 && mm[in].type != E820_RAM, what,
                  "0x%lx+0x%lx: %s; expected inside one non-RAM memmap entry",
                  addr, len, desc);
}

static uint8_t checksum8(uint32_t addr, uint32_t len)
{
    uint8_t sum = 0;

    while (len--) {
        sum += rd8(addr++);
    }
    return sum;
}

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

/* ------------------------------------------------------------------ */
/* Memory map, command line, initrd                                    */
/* ------------------------------------------------------------------ */

static void check_memmap(const char *ram_mb)
{
    bool sorted = true, disjoint = true, sizes = true, types = true;
    unsigned bad_sorted = 0, bad_a = 0, bad_b = 0, bad_size = 0, bad_type = 0;
    uint64_t ram = 0;
    uint64_t mb;
    bool low_ok;

    nr_mm = 0;
    if (!report(si->memmap_paddr != 0 &&
                below_4g(si->memmap_paddr, 128 * sizeof(*mm)),
                "memmap.paddr", "0x%lx, expected non-zero and below 4 GiB",
                si->memmap_paddr) |
        !report(si->memmap_entries > 0 && si->memmap_entries < 128,
                "memmap.entries", "%u, expected 1..127",
                si->memmap_entries)) {
        return;
    }
    mm = (const void *)(uint32_t)si->memmap_paddr;
    nr_mm = si->memmap_entries;

    for (unsigned i = 0; i < nr_mm; i++) {
        printf("INFO memmap[%u] 0x%lx-0x%lx type %u\n", i, mm[i].addr,
               mm[i].addr + mm[i].size - 1, mm[i].type);
        if (sorted && i && mm[i].addr < mm[i - 1].addr) {
            sorted = false;
            bad_sorted = i;
        }
        if (sizes && (!mm[i].size || mm[i].addr + mm[i].size < mm[i].addr)) {
            sizes = false;
            bad_size = i;
        }
        if (types && (mm[i].type < 1 || mm[i].type > 7)) {
            types = false;
            bad_type = i;
        }
        for (unsigned j = 0; disjoint && j < i; j++) {
            if (overlaps(mm[i].addr, mm[i].size, mm[j].addr, mm[j].size)) {
                disjoint = false;
                bad_a = j;
                bad_b = i;
            }
        }
        if (mm[i].type == E820_RAM) {
            ram += mm[i].size;
        }
    }
    report(sorted, "memmap.sorted",
           "entry %u at 0x%lx follows entry %u at 0x%lx, expected ascending "
           "addresses", bad_sorted, mm[bad_sorted].addr, bad_sorted - 1,
           mm[bad_sorted ? bad_sorted - 1 : 0].addr);
    report(disjoint, "memmap.nonoverlapping",
           "entry %u 0x%lx+0x%lx overlaps entry %u 0x%lx+0x%lx", bad_a,
           mm[bad_a].addr, mm[bad_a].size, bad_b, mm[bad_b].addr,
           mm[bad_b].size);
    report(sizes, "memmap.sizes", "entry %u at 0x%lx has size 0x%lx, "
           "expected > 0 and no wrap", bad_size, mm[bad_size].addr,
           mm[bad_size].size);
    report(types, "memmap.types", "entry %u at 0x%lx has type %u, expected "
           "1..7 (XEN_HVM_MEMMAP_TYPE_*)", bad_type, mm[bad_type].addr,
           mm[bad_type].type);

    /* Where the loader put what it handed over. */
    low_ok = param_is(cmdline, "bootdata_low", "1");
    check_not_ram("start_info.reserved", (uint32_t)si, sizeof(*si), low_ok);
    check_not_ram("memmap.array.reserved", si->memmap_paddr,
                  nr_mm * sizeof(*mm), low_ok);
    if (si->cmdline_paddr) {
        check_not_ram("cmdline.reserved", si->cmdline_paddr,
                      strlen(cmdline) + 1, low_ok);
    }
    if (si->nr_modules) {
        check_not_ram("modlist.reserved", si->modlist_paddr,
                      (uint64_t)si->nr_modules *
                      sizeof(struct hvm_modlist_entry), low_ok);
    }
    {
        uint32_t len = (uint32_t)_end - GUEST_LOAD_ADDR;
        int in = mm_containing(GUEST_LOAD_ADDR, len);
        char desc[80];

        mm_describe(desc, sizeof(desc), in);
        report(in >= 0 && mm[in].type == E820_RAM, "memmap.image_in_ram",
               "image 0x%x+0x%x: %s; expected inside one RAM entry",
               GUEST_LOAD_ADDR, len, desc);
    }

    if (ram_mb && param_dec(cmdline, "ram_mb", &mb)) {
        report(ram <= mb * MIB && ram + 8 * MIB >= mb * MIB, "memmap.ram_mb",
               "RAM entries sum to 0x%lx (%u KiB), expected between %u MiB "
               "- 8 MiB and %u MiB", ram, (uint32_t)(ram >> 10),
               (uint32_t)mb, (uint32_t)mb);
    } else if (ram_mb) {
        report(false, "memmap.ram_mb", "ram_mb= is not a decimal number");
    }
}

static void check_cmdline(void)
{
    cmdline = "";
    if (!si->cmdline_paddr) {
        printf("INFO no cmdline (cmdline_paddr 0)\n");
    } else if (report(below_4g(si->cmdline_paddr, 65536),
                      "cmdline.below_4g", "cmdline_paddr 0x%lx, expected "
                      "below 4 GiB", si->cmdline_paddr)) {
        const char *s = (const char *)(uint32_t)si->cmdline_paddr;

        if (report(strnlen(s, 65536) < 65536, "cmdline.terminated",
                   "no NUL in 64 KiB at 0x%lx", si->cmdline_paddr)) {
            cmdline = s;
        }
    }
    printf("CMDLINE %s\n", cmdline);
}

static void check_initrd(void)
{
    const struct hvm_modlist_entry *mod;
    uint64_t want_size, want_crc;
    bool has_size = param_dec(cmdline, "initrd_size", &want_size);
    bool has_crc = param_hex(cmdline, "initrd_crc", &want_crc);
    size_t len;

    if ((param_get(cmdline, "initrd_size", &len) && !has_size) ||
        (param_get(cmdline, "initrd_crc", &len) && !has_crc)) {
        report(false, "initrd.params", "initrd_size= must be decimal and "
               "initrd_crc= hexadecimal");
        return;
    }
    if (!report(si->nr_modules >= 1, "initrd.nr_modules",
                "%u, expected >= 1", si->nr_modules) ||
        !report(si->modlist_paddr && below_4g(si->modlist_paddr,
                                              sizeof(*mod)),
                "initrd.modlist", "modlist_paddr 0x%lx, expected non-zero "
                "and below 4 GiB", si->modlist_paddr)) {
        return;
    }
    mod = (const void *)(uint32_t)si->modlist_paddr;
    printf("INFO module0 0x%lx size 0x%lx cmdline 0x%lx\n", mod->paddr,
           mod->size, mod->cmdline_paddr);
    if (has_size) {
        report(mod->size == want_size, "initrd.size",
               "module 0 size %u (0x%lx), expected %u", (uint32_t)mod->size,
               mod->size, (uint32_t)want_size);
    }
    if (has_crc) {
        if (report(below_4g(mod->paddr, mod->size), "initrd.below_4g",
                   "module 0 at 0x%lx+0x%lx, expected below 4 GiB",
                   mod->paddr, mod->size)) {
            uint32_t crc = crc32(0, (const void *)(uint32_t)mod->paddr,
                                 mod->size);

            report(crc == (uint32_t)want_crc, "initrd.crc32",
                   "crc32 of module 0 (0x%lx+0x%lx) is %08x, expected %08x",
                   mod->paddr, mod->size, crc, (uint32_t)want_crc);
        }
    }
    /* Nothing else handed over (or this image) may share its bytes. */
    {
        const struct range *clash = NULL;

        for (unsigned i = 0; i < nr_boot_data; i++) {
            if ((strlen(boot_data[i].name) != 7 ||
                 memcmp(boot_data[i].name, "module0", 7)) &&
                overlaps(mod->paddr, mod->size, boot_data[i].addr,
                         boot_data[i].len)) {
                clash = &boot_data[i];
                break;
            }
        }
        report(!clash, "initrd.placement",
               "module 0 0x%lx+0x%lx overlaps %s 0x%lx+0x%lx", mod->paddr,
               mod->size, clash ? clash->name : "", clash ? clash->addr : 0,
               clash ? clash->len : 0);
    }
}

/* ------------------------------------------------------------------ */
/* ACPI                                                                */
/* ------------------------------------------------------------------ */

#define MAX_TABLES      64
#define MAX_TABLE_LEN   (16 * MIB)

static struct {
    uint32_t addr;
    char sig[5];
} tables[MAX_TABLES];
static unsigned nr_tables;

/* The 4-character signature at @addr, unprintable bytes shown as '?'. */
static void table_sig(uint32_t addr, char sig[5])
{
    for (int i = 0; i < 4; i++) {
        uint8_t c = rd8(addr + i);

        sig[i] = c >= 0x20 && c < 0x7f && c != ' ' ? c : '?';
    }
    sig[4] = 0;
}

static uint32_t find_table(const char *sig)
{
    for (unsigned i = 0; i < nr_tables; i++) {
        if (!memcmp(tables[i].sig, sig, 4)) {
            return tables[i].addr;
        }
    }
    return 0;
}

/*
 * Checks of a table reached through a pointer (RSDT, entries, DSDT):
 * length, checksum and placement, with check names "<prefix>.length"
 * etc. Returns whether the table is usable.
 */
static bool check_table(const char *prefix, uint32_t addr, bool checks)
{
    uint32_t len = rd32(addr + 4);
    char name[64], sig[5];
    bool ok;

    table_sig(addr, sig);
    if (checks) {
        printf("TABLE %s 0x%x %u\n", sig, addr, len);
    }
    ok = len >= 36 && len <= MAX_TABLE_LEN;
    if (checks) {
        snprintf(name, sizeof(name), "%s.length", prefix);
        report(ok, name, "%s at 0x%x: length %u, expected 36..16 MiB", sig,
               addr, len);
    }
    if (!ok) {
        return false;
    }
    ok = checksum8(addr, len) == 0;
    if (checks) {
        snprintf(name, sizeof(name), "%s.checksum", prefix);
        report(ok, name, "%s at 0x%x length %u: byte sum 0x%x, expected 0 "
               "(checksum byte 0x%x)", sig, addr, len, checksum8(addr, len),
               rd8(addr + 9));
        snprintf(name, sizeof(name), "%s.reserved", prefix);
        check_in_reserved_entry(name, addr, len);
    }
    return ok;
}

static void check_rsdp(uint32_t rsdp, bool checks, uint64_t *root,
                       bool *xsdt)
{
    uint8_t rev = rd8(rsdp + 15);
    bool ok;

    char sig[9];

    *root = 0;
    table_sig(rsdp, sig);
    table_sig(rsdp + 4, sig + 4);
    ok = !memcmp((const void *)rsdp, "RSD PTR ", 8);
    if (checks) {
        report(ok, "acpi.rsdp.signature", "\"%s\" at 0x%x, expected "
               "\"RSD?PTR?\" (\"RSD PTR \")", sig, rsdp);
    }
    if (!ok) {
        return;
    }
    ok = checksum8(rsdp, 20) == 0;
    if (checks) {
        printf("TABLE RSDP 0x%x %u\n", rsdp, rev >= 2 ? rd32(rsdp + 20) : 20);
        report(ok, "acpi.rsdp.checksum", "sum of the first 20 bytes at 0x%x "
               "is 0x%x, expected 0", rsdp, checksum8(rsdp, 20));
        if (mm_containing(rsdp, 20) >= 0 &&
            mm[mm_containing(rsdp, 20)].type != E820_RAM) {
            report(true, "acpi.rsdp.reserved", "");
        } else {
            report(rsdp >= 0xe0000 && rsdp + 20 <= 0x100000,
                   "acpi.rsdp.reserved", "RSDP at 0x%x: not in a non-RAM "
                   "memmap entry nor in 0xE0000-0xFFFFF", rsdp);
        }
    }
    *root = rd32(rsdp + 16);
    *xsdt = false;
    if (rev >= 2) {
        uint32_t len = rd32(rsdp + 20);
        uint64_t x = rd64(rsdp + 24);
        bool xok = len >= 36 && len < 4096 && checksum8(rsdp, len) == 0;

        if (checks) {
            report(xok, "acpi.rsdp.xchecksum", "revision %u, length %u: sum "
                   "0x%x, expected length >= 36 and sum 0", rev, len,
                   len >= 36 && len < 4096 ? checksum8(rsdp, len) : 0xff);
            report(x != 0, "acpi.rsdp.xsdt", "revision %u with XsdtAddress "
                   "0, expected an XSDT", rev);
        }
        if (x) {
            *root = x;
            *xsdt = true;
        }
    }
}

/*
 * Walk RSDP -> RSDT/XSDT -> tables, filling tables[] for the other
 * groups; with @checks (acpi=1) report every property on the way.
 */
static void walk_acpi(bool checks)
{
    const char *rname;
    uint64_t root;
    uint32_t rsdp = si->rsdp_paddr, len;
    unsigned esize, n;
    bool xsdt;
    char rsig[5];

    nr_tables = 0;
    if (checks) {
        if (!report(si->rsdp_paddr && below_4g(si->rsdp_paddr, 36),
                    "acpi.rsdp_paddr", "0x%lx, expected non-zero, below "
                    "4 GiB", si->rsdp_paddr)) {
            return;
        }
    } else if (!si->rsdp_paddr || !below_4g(si->rsdp_paddr, 36)) {
        return;
    }
    check_rsdp(rsdp, checks, &root, &xsdt);
    if (!root) {
        return;
    }
    rname = xsdt ? "XSDT" : "RSDT";
    if (checks && !report(below_4g(root, 36), "acpi.root.below_4g",
                          "%s at 0x%lx, expected below 4 GiB", rname, root)) {
        return;
    }
    table_sig(root, rsig);
    if (checks) {
        char name[32];

        snprintf(name, sizeof(name), "acpi.%s.signature", rname);
        report(!memcmp(rsig, rname, 4), name, "\"%s\" at 0x%x, expected "
               "\"%s\"", rsig, (uint32_t)root, rname);
        snprintf(name, sizeof(name), "acpi.%s", rname);
        if (!check_table(name, root, true)) {
            return;
        }
    } else if (memcmp(rsig, rname, 4) || !check_table("", root, false)) {
        return;
    }

    len = rd32(root + 4);
    esize = xsdt ? 8 : 4;
    n = (len - 36) / esize;
    for (unsigned i = 0; i < n; i++) {
        uint64_t addr = xsdt ? rd64(root + 36 + i * 8)
                             : rd32(root + 36 + i * 4);
        char sig[5], prefix[40];

        if (!below_4g(addr, 36)) {
            if (checks) {
                snprintf(prefix, sizeof(prefix), "acpi.table.%u.below_4g", i);
                report(false, prefix, "%s entry %u: 0x%lx, expected non-zero "
                       "and below 4 GiB", rname, i, addr);
            }
            continue;
        }
        table_sig(addr, sig);
        snprintf(prefix, sizeof(prefix), "acpi.table.%s.%u", sig, i);
        if (!check_table(prefix, addr, checks) && !checks) {
            continue;
        }
        if (nr_tables < MAX_TABLES) {
            tables[nr_tables].addr = addr;
            memcpy(tables[nr_tables].sig, sig, 5);
            nr_tables++;
        }
    }
}

static uint32_t fadt_len(uint32_t fadt)
{
    return rd32(fadt + 4);
}

/* DSDT and FACS, reached through the FADT (acpi=1). */
static void check_fadt_pointers(void)
{
    uint32_t fadt = find_table("FACP"), dsdt32, facs32, flen;
    uint64_t xdsdt = 0, xfacs = 0, dsdt, facs;

    if (!report(fadt != 0, "acpi.facp.present", "no FACP in the %u tables "
                "of the RSDT/XSDT", nr_tables)) {
        return;
    }
    flen = fadt_len(fadt);
    dsdt32 = rd32(fadt + FADT_DSDT);
    facs32 = rd32(fadt + FADT_FIRMWARE_CTRL);
    if (flen >= FADT_X_DSDT + 8) {
        xdsdt = rd64(fadt + FADT_X_DSDT);
    }
    if (flen >= FADT_X_FIRMWARE_CTRL + 8) {
        xfacs = rd64(fadt + FADT_X_FIRMWARE_CTRL);
    }
    dsdt = xdsdt ? xdsdt : dsdt32;
    facs = xfacs ? xfacs : facs32;

    report(!xdsdt || !dsdt32 || xdsdt == dsdt32, "acpi.facp.dsdt_match",
           "DSDT 0x%x and X_DSDT 0x%lx differ", dsdt32, xdsdt);
    if (report(dsdt && below_4g(dsdt, 36), "acpi.dsdt.pointer",
               "FADT DSDT 0x%x X_DSDT 0x%lx, expected non-zero below 4 GiB",
               dsdt32, xdsdt)) {
        char sig[5];

        table_sig(dsdt, sig);
        report(!memcmp(sig, "DSDT", 4), "acpi.dsdt.signature",
               "\"%s\" at 0x%x, expected \"DSDT\"", sig, (uint32_t)dsdt);
        check_table("acpi.dsdt", dsdt, true);
    }

    if (rd32(fadt + FADT_FLAGS) & FADT_FLAG_HW_REDUCED) {
        printf("INFO FADT is HW-reduced: no FACS required\n");
        return;
    }
    report(!xfacs || !facs32 || xfacs == facs32, "acpi.facp.facs_match",
           "FIRMWARE_CTRL 0x%x and X_FIRMWARE_CTRL 0x%lx differ", facs32,
           xfacs);
    if (report(facs && below_4g(facs, 64), "acpi.facs.pointer",
               "FIRMWARE_CTRL 0x%x X_FIRMWARE_CTRL 0x%lx, expected non-zero "
               "below 4 GiB", facs32, xfacs)) {
        char sig[5];
        uint32_t len = rd32(facs + 4);

        table_sig(facs, sig);
        printf("TABLE FACS 0x%x %u\n", (uint32_t)facs, len);
        report(!memcmp(sig, "FACS", 4), "acpi.facs.signature",
               "\"%s\" at 0x%x, expected \"FACS\"", sig, (uint32_t)facs);
        report(len >= 64 && len <= 4096, "acpi.facs.length",
               "%u, expected >= 64", len);
        report(!(facs & 63), "acpi.facs.aligned", "0x%x, expected 64-byte "
               "aligned", (uint32_t)facs);
        check_in_reserved_entry("acpi.facs.reserved", facs,
                                len >= 64 && len <= 4096 ? len : 64);
    }
}

/* ------------------------------------------------------------------ */
/* Chipset: ICH9 PM, MMCONFIG; HW-reduced FADT; SMBIOS                 */
/* ------------------------------------------------------------------ */

static int sci_irq_of_acpi_cntl(uint8_t cntl)
{
    static const int8_t irq[8] = { 9, 10, 11, -1, 20, 21, 22, 23 };

    return irq[cntl & 7];
}

static void check_pm_ich9(void)
{
    uint32_t fadt = find_table("FACP"), lpc_id, pmbase_reg, pmbase, cntl;
    uint32_t evt, cnt, tmr, gpe0, flags, t0, t1;
    uint16_t sci;

    if (!report(fadt != 0, "pm.fadt", "no FACP table found")) {
        return;
    }
    evt = rd32(fadt + FADT_PM1A_EVT_BLK);
    cnt = rd32(fadt + FADT_PM1A_CNT_BLK);
    tmr = rd32(fadt + FADT_PM_TMR_BLK);
    gpe0 = rd32(fadt + FADT_GPE0_BLK);
    sci = rd16(fadt + FADT_SCI_INT);
    flags = rd32(fadt + FADT_FLAGS);
    lpc_id = pci_cfg_read32(0, LPC_DEV, 0, 0);
    pmbase_reg = pci_cfg_read32(0, LPC_DEV, 0, LPC_PMBASE);
    cntl = pci_cfg_read32(0, LPC_DEV, 0, LPC_ACPI_CNTL) & 0xff;
    pmbase = pmbase_reg & LPC_PMBASE_MASK;
    printf("INFO ich9 pmbase reg 0x%x acpi_cntl 0x%x; FADT pm1a_evt 0x%x "
           "pm1a_cnt 0x%x pm_tmr 0x%x gpe0 0x%x sci %u flags 0x%x\n",
           pmbase_reg, cntl, evt, cnt, tmr, gpe0, sci, flags);

    report(!(flags & FADT_FLAG_HW_REDUCED), "pm.fadt.not_reduced",
           "FADT flags 0x%x: HW_REDUCED_ACPI set, expected clear for ICH9",
           flags);
    if (!report(lpc_id == LPC_ID, "pm.lpc.id", "0:1f.0 id 0x%x, expected "
                "0x%x (ICH9 LPC)", lpc_id, LPC_ID)) {
        return;
    }
    report(evt != 0 && pmbase == evt, "pm.pmbase", "LPC PMBASE 0x%x (reg "
           "0x%x), FADT PM1a_EVT_BLK 0x%x, expected equal and non-zero",
           pmbase, pmbase_reg, evt);
    report(cntl & LPC_ACPI_EN, "pm.acpi_en", "LPC ACPI_CNTL 0x%x, expected "
           "ACPI_EN (0x80) set", cntl);
    report(cnt == pmbase + ICH9_PMIO_PM1_CNT, "pm.pm1a_cnt",
           "FADT PM1a_CNT_BLK 0x%x, expected PMBASE 0x%x + 4", cnt, pmbase);
    report(tmr == pmbase + ICH9_PMIO_PM1_TMR, "pm.pm_tmr",
           "FADT PM_TMR_BLK 0x%x, expected PMBASE 0x%x + 8", tmr, pmbase);
    report(gpe0 == pmbase + ICH9_PMIO_GPE0_STS, "pm.gpe0",
           "FADT GPE0_BLK 0x%x, expected PMBASE 0x%x + 0x20", gpe0, pmbase);
    report(sci == sci_irq_of_acpi_cntl(cntl), "pm.sci_int",
           "FADT SCI_INT %u, ACPI_CNTL 0x%x selects IRQ %d", sci, cntl,
           sci_irq_of_acpi_cntl(cntl));

    /* The PM timer (3.58 MHz, 24 bits) runs only if the PM I/O is on. */
    if (tmr && tmr < 0x10000) {
        t0 = inl(tmr) & 0xffffff;
        /* volatile: a delay loop the compiler must not remove */
        for (volatile uint32_t i = 0; i < 100000; i++) {
            continue;
        }
        t1 = inl(tmr) & 0xffffff;
        report(t0 != t1 && inl(tmr) != 0xffffffff, "pm.timer.runs",
               "PM timer at 0x%x read 0x%x then 0x%x, expected it to advance",
               tmr, t0, t1);
    } else {
        report(false, "pm.timer.runs", "FADT PM_TMR_BLK 0x%x is not an "
               "I/O port", tmr);
    }
}

static void check_mcfg(bool required)
{
    uint32_t mcfg = find_table("MCFG"), host_id, via_mcfg, lo, hi, mask;
    uint64_t base, bar;

    host_id = pci_cfg_read32(0, 0, 0, 0);
    report(host_id == MCH_ID, "pci.hostbridge.id", "0:0.0 id 0x%x, expected "
           "0x%x (Q35 MCH)", host_id, MCH_ID);
    if (!mcfg) {
        if (required) {
            report(false, "pci.mcfg.present", "no MCFG table (mcfg=1)");
        } else {
            printf("INFO no MCFG table\n");
        }
        return;
    }
    if (!report(rd32(mcfg + 4) >= 44 + 16, "pci.mcfg.length",
                "MCFG length %u, expected >= 60 (one allocation)",
                rd32(mcfg + 4))) {
        return;
    }
    base = rd64(mcfg + 44);
    printf("INFO mcfg base 0x%lx segment %u buses %u-%u\n", base,
           rd16(mcfg + 52), rd8(mcfg + 54), rd8(mcfg + 55));

    lo = pci_cfg_read32(0, 0, 0, MCH_PCIEXBAR);
    hi = pci_cfg_read32(0, 0, 0, MCH_PCIEXBAR + 4);
    mask = (lo & 6) == 0 ? 0xf0000000 : (lo & 6) == 2 ? 0xf8000000 :
           0xfc000000;
    bar = (uint64_t)(hi & 0xf) << 32 | (lo & mask);
    report((lo & 1) && bar == base, "pci.mcfg.pciexbar",
           "MCH PCIEXBAR 0x%x:%08x (base 0x%lx, %s), MCFG base 0x%lx, "
           "expected enabled and equal", hi, lo, bar,
           lo & 1 ? "enabled" : "disabled", base);
    if (report(below_4g(base, 4096), "pci.mcfg.below_4g",
               "MCFG base 0x%lx, expected below 4 GiB", base)) {
        via_mcfg = rd32(base);
        report(via_mcfg == host_id && host_id != 0xffffffff,
               "pci.mcfg.hostbridge", "MMCONFIG 0x%lx reads 0x%x, 0xCF8 "
               "reads 0x%x, expected equal", base, via_mcfg, host_id);
    }
}

static void check_pm_reduced(void)
{
    uint32_t fadt = find_table("FACP"), flags, len;
    uint64_t a;

    if (!report(fadt != 0, "pm.fadt", "no FACP table found")) {
        return;
    }
    flags = rd32(fadt + FADT_FLAGS);
    len = fadt_len(fadt);
    report(flags & FADT_FLAG_HW_REDUCED, "pm.reduced.flag",
           "FADT flags 0x%x, expected HW_REDUCED_ACPI (bit 20)", flags);
    report(rd32(fadt + FADT_PM1A_EVT_BLK) == 0, "pm.reduced.pm1a_evt",
           "FADT PM1a_EVT_BLK 0x%x, expected 0",
           rd32(fadt + FADT_PM1A_EVT_BLK));
    report(rd32(fadt + FADT_GPE0_BLK) == 0, "pm.reduced.gpe0",
           "FADT GPE0_BLK 0x%x, expected 0", rd32(fadt + FADT_GPE0_BLK));
    a = rd64(fadt + FADT_RESET_REG + GAS_ADDRESS);
    report(a != 0, "pm.reduced.reset_reg", "FADT RESET_REG address 0, "
           "expected non-zero");
    if (!report(len >= FADT_SLEEP_STATUS_REG + 12, "pm.reduced.length",
                "FADT length %u, expected >= 268 (sleep registers)", len)) {
        return;
    }
    a = rd64(fadt + FADT_SLEEP_CONTROL_REG + GAS_ADDRESS);
    report(a != 0, "pm.reduced.sleep_control", "FADT SLEEP_CONTROL_REG "
           "address 0, expected non-zero");
    a = rd64(fadt + FADT_SLEEP_STATUS_REG + GAS_ADDRESS);
    report(a != 0, "pm.reduced.sleep_status", "FADT SLEEP_STATUS_REG "
           "address 0, expected non-zero");
}

/* Walk the SMBIOS structures: each is type, length, handle, strings. */
static void check_smbios_structures(uint64_t table, uint32_t size)
{
    uint32_t p, end, count = 0;
    bool ended = false;

    if (!report(table && below_4g(table, size) && size >= 4,
                "smbios.table.pointer", "structure table 0x%lx size %u, "
                "expected non-zero below 4 GiB", table, size)) {
        return;
    }
    check_not_ram("smbios.table.reserved", table, size, false);
    p = table;
    end = table + size;
    while (p + 4 <= end && !ended) {
        uint8_t type = rd8(p), len = rd8(p + 1);

        if (len < 4) {
            break;
        }
        count++;
        ended = type == 127;
        p += len;
        while (p + 1 < end && (rd8(p) || rd8(p + 1))) {
            p++;
        }
        p += 2;
    }
    report(ended && p <= end, "smbios.structures",
           "walked %u structures in 0x%x+%u without reaching type 127 in "
           "bounds", count, (uint32_t)table, size);
}

static void check_smbios(void)
{
    uint32_t bad = 0;

    for (uint32_t p = 0xf0000; p < 0x100000; p += 16) {
        if (!memcmp((const void *)p, "_SM3_", 5)) {
            uint8_t len = rd8(p + 6);

            if (len < 24 || checksum8(p, len)) {
                bad = p;
                continue;
            }
            printf("SMBIOS _SM3_ 0x%x\n", p);
            report(true, "smbios.entry", "");
            check_smbios_structures(rd64(p + 0x10), rd32(p + 0x0c));
            return;
        }
        if (!memcmp((const void *)p, "_SM_", 4)) {
            uint8_t len = rd8(p + 5);

            if (len < 31 || checksum8(p, len) ||
                memcmp((const void *)(p + 16), "_DMI_", 5) ||
                checksum8(p + 16, 15)) {
                bad = p;
                continue;
            }
            printf("SMBIOS _SM_ 0x%x\n", p);
            report(true, "smbios.entry", "");
            check_smbios_structures(rd32(p + 0x18), rd16(p + 0x16));
            return;
        }
    }
    if (bad) {
        report(false, "smbios.entry", "anchor at 0x%x has a bad length or "
               "checksum (or no valid _DMI_ part)", bad);
    } else {
        report(false, "smbios.entry", "no _SM_ or _SM3_ anchor in "
               "0xF0000-0xFFFFF");
    }
}

/* ------------------------------------------------------------------ */

/* SUMMARY, then exit QEMU through isa-debug-exit, or wait for a reset. */
/* One hex digit, or -1. */
static int hexval(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * "aabbccdd-eeff-..." as the 16 bytes vmgenid stores: the first three
 * fields little endian (QEMU's qemu_uuid_bswap()), the rest as written.
 */
static bool parse_guid(const char *p, size_t len, uint8_t out[16])
{
    static const uint8_t order[16] = {
        3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15
    };
    uint8_t be[16];
    unsigned n = 0;

    for (size_t i = 0; i < len && n < 16; i++) {
        int hi, lo;

        if (p[i] == '-') {
            continue;
        }
        hi = hexval(p[i]);
        lo = i + 1 < len ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            return false;
        }
        be[n++] = hi << 4 | lo;
        i++;
    }
    if (n != 16 || len != 36) {
        return false;
    }
    for (int i = 0; i < 16; i++) {
        out[i] = be[order[i]];
    }
    return true;
}

/*
 * vmgenid=<guid>: the SSDT's named dword VGIA (patched by ADD_POINTER)
 * points at the GUID page; the device writes the GUID at VGIA + 40 once
 * WRITE_POINTER told it the address, so a match proves both commands.
 */
static void check_vmgenid(void)
{
    size_t glen;
    const char *g = param_get(cmdline, "vmgenid", &glen);
    uint32_t vgia = 0;
    uint8_t want[16];
    char seen[33], exp[33];
    bool found = false, same = true;

    if (!report(parse_guid(g, glen, want), "vmgenid.param",
                "vmgenid= must be a GUID like 324e6eaf-d1d1-4bf6-bf41-"
                "b9bb6c91fb87")) {
        return;
    }
    for (unsigned t = 0; t < nr_tables && !found; t++) {
        uint32_t a = tables[t].addr, len = rd32(a + 4);

        if (memcmp(tables[t].sig, "SSDT", 4)) {
            continue;
        }
        for (uint32_t i = 36; i + 10 <= len; i++) {
            /* NameOp "VGIA" DWordPrefix <value> */
            if (rd8(a + i) == 0x08 && rd8(a + i + 1) == 'V' &&
                rd8(a + i + 2) == 'G' && rd8(a + i + 3) == 'I' &&
                rd8(a + i + 4) == 'A' && rd8(a + i + 5) == 0x0c) {
                vgia = rd32(a + i + 6);
                found = true;
                break;
            }
        }
    }
    if (!report(found && vgia, "vmgenid.vgia", "VGIA %s (0x%x), expected "
                "a named dword in an SSDT, patched to the GUID page",
                found ? "is zero" : "not found", vgia)) {
        return;
    }
    printf("INFO vmgenid VGIA 0x%x\n", vgia);
    check_in_reserved_entry("vmgenid.page.reserved", vgia, 4096);
    for (int i = 0; i < 16; i++) {
        uint8_t b = rd8(vgia + 40 + i);

        same &= b == want[i];
        snprintf(seen + 2 * i, 3, "%02x", b);
        snprintf(exp + 2 * i, 3, "%02x", want[i]);
    }
    report(same, "vmgenid.guid", "bytes at VGIA+40 (0x%x): %s, expected %s "
           "(the GUID of -device vmgenid)", vgia + 40, seen, exp);
}

/*
 * tpm=1: the TPM2 table's event log (LASA, patched by ADD_POINTER to the
 * "etc/tpm/log" blob) must be non-empty and lie in a non-RAM entry.
 */
static void check_tpm(void)
{
    uint32_t tpm2 = find_table("TPM2"), laml;
    uint64_t lasa;

    if (!report(tpm2, "tpm.tpm2.present", "no TPM2 table in the RSDT")) {
        return;
    }
    if (!report(rd32(tpm2 + 4) >= 76, "tpm.tpm2.length", "TPM2 length %u, "
                "expected >= 76 (with LAML/LASA)", rd32(tpm2 + 4))) {
        return;
    }
    laml = rd32(tpm2 + 64);
    lasa = rd64(tpm2 + 68);
    printf("INFO tpm log 0x%lx %u\n", lasa, laml);
    if (report(laml && lasa && below_4g(lasa, laml), "tpm.log.pointer",
               "LASA 0x%lx LAML %u, expected a log below 4 GiB", lasa,
               laml)) {
        check_in_reserved_entry("tpm.log.reserved", lasa, laml);
    }
}

/*
 * s3=novector: enter S3 through PM1a_CNT (SLP_TYP 1, as the DSDT's _S3
 * says) without writing a waking vector into the FACS, after leaving a
 * marker in RAM; a guest that resumes or boots again says so.
 */
#define S3_MARKER_ADDR          0x7000
#define S3_MARKER               0x53334e56      /* "S3NV" */
#define PM1_SLP_TYP_S3          (1u << 10)
#define PM1_SLP_EN              (1u << 13)

static void suspend_without_vector(void)
{
    uint32_t pmbase = pci_cfg_read32(0, LPC_DEV, 0, LPC_PMBASE) &
                      LPC_PMBASE_MASK;

    *(volatile uint32_t *)S3_MARKER_ADDR = S3_MARKER;
    printf("S3 suspending without a waking vector, pmbase 0x%x\n", pmbase);
    outw(pmbase + ICH9_PMIO_PM1_CNT, PM1_SLP_TYP_S3 | PM1_SLP_EN);
    /* QEMU stops the CPU soon after the write; it must never run on */
    halt_forever();
}

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
