/*
 * acpi: the pvh-test checks of the ACPI tables (acpi=1).
 *
 * main() (pvh-test.c) calls walk_acpi() at each entry: RSDP -> RSDT or
 * XSDT -> each table, reporting every property on the way with acpi=1
 * and silently otherwise, so that tables[] is filled for the device
 * checks (devices.c) either way; then, with acpi=1, check_fadt_pointers()
 * follows the FADT to the DSDT and the FACS.
 */
#include "pvh-test.h"

#define MAX_TABLE_LEN   (16 * MIB)

struct acpi_table tables[MAX_TABLES];
unsigned nr_tables;

/* The 4-character signature at @addr, unprintable bytes shown as '?'. */
static void table_sig(uint32_t addr, char sig[5])
{
    for (int i = 0; i < 4; i++) {
        uint8_t c = rd8(addr + i);

        sig[i] = c >= 0x20 && c < 0x7f && c != ' ' ? c : '?';
    }
    sig[4] = 0;
}

uint32_t find_table(const char *sig)
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
void walk_acpi(bool checks)
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

uint32_t fadt_len(uint32_t fadt)
{
    return rd32(fadt + 4);
}

/* DSDT and FACS, reached through the FADT (acpi=1). */
void check_fadt_pointers(void)
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
