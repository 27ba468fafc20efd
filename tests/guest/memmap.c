/*
 * memmap: the pvh-test checks of what start_info points to.
 *
 * main() (pvh-test.c) calls check_cmdline(), check_memmap() and, when the
 * command line names an initrd, check_initrd() at each entry, once
 * start_info is known to be usable. check_memmap() also sets mm/nr_mm,
 * which the placement helpers here (a range in RAM, in a reserved entry)
 * use for the ACPI and device checks that run after it.
 */
#include "pvh-test.h"

const struct hvm_memmap_table_entry *mm;
unsigned nr_mm;

/* Index of the memmap entry wholly containing [addr, addr+len), or -1. */
int mm_containing(uint64_t addr, uint64_t len)
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
void check_not_ram(const char *what, uint64_t addr, uint64_t len,
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
bool check_in_reserved_entry(const char *what, uint64_t addr, uint64_t len)
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

/* ------------------------------------------------------------------ */
/* Memory map, command line, initrd                                    */
/* ------------------------------------------------------------------ */

void check_memmap(const char *ram_mb)
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

void check_cmdline(void)
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

void check_initrd(void)
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
