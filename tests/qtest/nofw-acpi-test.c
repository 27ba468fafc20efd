/*
 * nofw ACPI tables against the golden dumps
 *
 * For each variant, start q35 with nofw (no CPU runs: -accel qtest), find
 * the PVH start_info through the read-only "nofw-start-info" machine
 * property, take the RSDP from it, walk RSDT -> tables, FADT -> FACS and
 * DSDT, and check what a guest relies on: signatures, lengths, checksums,
 * every table inside one non-RAM memmap entry. Then normalise each table
 * the way scripts/diff-acpi.py does (loader-chosen addresses become the
 * 4-character tag of their target, iasl's creator revision is zeroed,
 * checksums recomputed) and compare its bytes with TABLE.aml in
 * tests/acpi-golden/<variant>/.
 *
 * Environment (set by tests/test_qtest.py, i.e. `make check`):
 *   NOFW_ACPI_GOLDEN   the tests/acpi-golden directory
 *   NOFW_PVH_KERNEL    a PVH kernel (build/guest/pvh-exit.elf)
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "libqtest.h"
#include "qobject/qdict.h"

#define START_INFO_MAGIC    0x336ec578
#define E820_RAM            1
#define HEADER_LEN          36
#define MAX_TABLES          64
#define MAX_TABLE_LEN       (16 * 1024 * 1024)

/*
 * The variants of tests/test_golden.py that need no helper process or
 * file (those stay in the Python suite); arguments must match VARIANTS
 * there, since both compare with the same golden.
 */
typedef struct Variant {
    const char *name;
    const char *machine;        /* extra -machine options */
    const char *args;
} Variant;

static const Variant variants[] = {
    { "default", "", "-m 512" },
    { "smp4-6g", "", "-smp 4 -m 6G" },
    { "numa", "", "-m 512 -smp 2 "
      "-object memory-backend-ram,id=ram0,size=256M "
      "-object memory-backend-ram,id=ram1,size=256M "
      "-numa node,nodeid=0,memdev=ram0,cpus=0 "
      "-numa node,nodeid=1,memdev=ram1,cpus=1 "
      "-numa dist,src=0,dst=1,val=21" },
    { "vmgenid", "", "-m 512 "
      "-device vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87" },
    { "root-ports", "", "-m 512 "
      "-device pcie-root-port,id=rp0,bus=pcie.0,chassis=1,slot=1,addr=0x3 "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=2,slot=2,addr=0x4 "
      "-device pcie-root-port,id=rp2,bus=pcie.0,chassis=3,slot=3,addr=0x5,"
      "hotplug=off -device virtio-rng-pci,bus=rp1" },
    { "pxb", "", "-m 512 -device pxb-pcie,id=pxb1,bus_nr=128,bus=pcie.0 "
      "-device pcie-root-port,id=rp9,bus=pxb1,chassis=9,slot=0 "
      "-device virtio-rng-pci,bus=rp9" },
    { "ivrs", "", "-m 512 -device amd-iommu "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1 "
      "-device virtio-rng-pci,bus=rp1" },
    { "viot", "", "-m 512 -device virtio-iommu-pci "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1 "
      "-device virtio-rng-pci,bus=rp1" },
    { "reduced", ",nofw-pm=reduced", "-m 512 "
      "-device pcie-root-port,id=rp1,bus=pcie.0,chassis=1,slot=1 "
      "-device virtio-net-pci,bus=rp1" },
};

typedef struct Table {
    char sig[5];
    char name[16];              /* file stem: SIG, SIG-1, ... */
    uint64_t addr;
    uint32_t len;
    uint8_t *data;
} Table;

typedef struct Walk {
    QTestState *qts;
    const Variant *v;
    Table t[MAX_TABLES];
    int n;
    uint64_t memmap;
    uint32_t memmap_entries;
} Walk;

static uint32_t le32(const uint8_t *p)
{
    return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
    return le32(p) | (uint64_t)le32(p + 4) << 32;
}

static uint8_t sum8(const uint8_t *p, size_t len)
{
    uint8_t s = 0;

    while (len--) {
        s += *p++;
    }
    return s;
}

/* [addr, addr + len) lies inside one memmap entry that is not RAM. */
static void check_reserved(Walk *w, const char *what, uint64_t addr,
                           uint64_t len)
{
    for (uint32_t i = 0; i < w->memmap_entries; i++) {
        uint8_t e[24];
        uint64_t base, size;

        qtest_memread(w->qts, w->memmap + 24 * i, e, sizeof(e));
        base = le64(e);
        size = le64(e + 8);
        if (addr >= base && addr - base < size && len <= size -
            (addr - base)) {
            if (le32(e + 16) == E820_RAM) {
                g_test_message("%s: %s at 0x%" PRIx64 " is in RAM",
                               w->v->name, what, addr);
                g_test_fail();
            }
            return;
        }
    }
    g_test_message("%s: %s at 0x%" PRIx64 "+0x%" PRIx64 " is in no memmap "
                   "entry", w->v->name, what, addr, len);
    g_test_fail();
}

static Table *find_addr(Walk *w, uint64_t addr)
{
    for (int i = 0; i < w->n; i++) {
        if (w->t[i].addr == addr) {
            return &w->t[i];
        }
    }
    return NULL;
}

/* Read the table at @addr once; checks as a guest would rely on them. */
static Table *add_table(Walk *w, uint64_t addr, const char *want)
{
    Table *t = find_addr(w, addr);
    uint8_t head[8];
    int same = 0;

    if (t) {
        g_assert_true(!want || !strcmp(t->sig, want));
        return t;
    }
    g_assert_cmpint(w->n, <, MAX_TABLES);
    g_assert_cmphex(addr, !=, 0);
    g_assert_cmphex(addr, <, 1ULL << 32);
    t = &w->t[w->n++];
    qtest_memread(w->qts, addr, head, sizeof(head));
    memcpy(t->sig, head, 4);
    if (want) {
        g_assert_cmpstr(t->sig, ==, want);
    }
    t->addr = addr;
    t->len = le32(head + 4);
    g_assert_cmpuint(t->len, >=, strcmp(t->sig, "FACS") ? HEADER_LEN : 64);
    g_assert_cmpuint(t->len, <=, MAX_TABLE_LEN);
    t->data = g_malloc(t->len);
    qtest_memread(w->qts, addr, t->data, t->len);
    if (strcmp(t->sig, "FACS")) {
        g_assert_cmphex(sum8(t->data, t->len), ==, 0);
    }
    check_reserved(w, t->sig, addr, t->len);
    for (int i = 0; i < w->n - 1; i++) {
        same += !strcmp(w->t[i].sig, t->sig);
    }
    if (same) {
        g_autofree char *name = g_strdup_printf("%.4s-%d", t->sig, same);

        g_strlcpy(t->name, name, sizeof(t->name));
    } else {
        g_strlcpy(t->name, t->sig, sizeof(t->name));
    }
    return t;
}

static void follow_fadt(Walk *w, Table *fadt)
{
    Table *dsdt = add_table(w, le32(fadt->data + 40), "DSDT");
    bool reduced = le32(fadt->data + 112) & (1 << 20);
    uint64_t facs = le32(fadt->data + 36);

    if (fadt->len >= 148 && le64(fadt->data + 140)) {
        g_assert_cmphex(le64(fadt->data + 140), ==, dsdt->addr);
    }
    if (fadt->len >= 140 && le64(fadt->data + 132)) {
        facs = facs ? facs : le64(fadt->data + 132);
        g_assert_cmphex(le64(fadt->data + 132), ==, facs);
    }
    if (facs) {
        add_table(w, facs, "FACS");
    } else {
        /* only a hardware-reduced FADT may do without a FACS */
        g_assert_true(reduced);
    }
}

static uint32_t tag(const char *sig)
{
    return le32((const uint8_t *)sig);
}

static void put_pointer(Walk *w, uint8_t *p, int size, const char *target)
{
    uint64_t addr = size == 8 ? le64(p) : le32(p);
    Table *t;
    uint32_t v;

    if (!addr) {
        return;     /* an unpatched pointer must show */
    }
    if (!target) {
        t = find_addr(w, addr);
        target = t ? t->sig : "????";
    }
    v = tag(target);
    memset(p, 0, size);
    memcpy(p, &v, 4);       /* little-endian host */
}

/* The bytes diff-acpi.py writes to TABLE.aml (see its normalise()). */
static void normalise(Walk *w, Table *t)
{
    static const struct { const char *name, *target; } named[] = {
        { "VGIA", "VGID" }, { "MEMA", "NVDM" },
    };
    uint8_t *b = t->data;

    if (!strcmp(t->sig, "FACS")) {
        return;
    }
    if (!strcmp(t->sig, "RSDT") || !strcmp(t->sig, "XSDT")) {
        int size = t->sig[0] == 'R' ? 4 : 8;

        for (uint32_t off = HEADER_LEN; off + size <= t->len; off += size) {
            put_pointer(w, b + off, size, NULL);
        }
    } else if (!strcmp(t->sig, "FACP")) {
        static const struct { int off, size; } f[] = {
            { 36, 4 }, { 40, 4 }, { 132, 8 }, { 140, 8 },
        };
        for (int i = 0; i < ARRAY_SIZE(f); i++) {
            if (f[i].off + f[i].size <= t->len) {
                put_pointer(w, b + f[i].off, f[i].size, NULL);
            }
        }
    } else if (!strcmp(t->sig, "TCPA")) {
        put_pointer(w, b + 42, 8, "TLOG");
    } else if (!strcmp(t->sig, "TPM2") && t->len >= 76) {
        put_pointer(w, b + 68, 8, "TLOG");
    } else if (!strcmp(t->sig, "DSDT") || !strcmp(t->sig, "SSDT")) {
        for (int i = 0; i < ARRAY_SIZE(named); i++) {
            for (uint32_t off = 0; off + 10 <= t->len; off++) {
                if (b[off] == 0x08 && !memcmp(b + off + 1, named[i].name, 4)
                    && b[off + 5] == 0x0c) {
                    put_pointer(w, b + off + 6, 4, named[i].target);
                }
            }
        }
    }
    if (!memcmp(b + 28, "INTL", 4)) {
        memset(b + 32, 0, 4);
    }
    b[9] = 0;
    b[9] = -sum8(b, t->len);
}

static void compare_golden(Walk *w, const char *dir, const char *name,
                           const uint8_t *data, size_t len)
{
    g_autofree char *path = g_strdup_printf("%s/%s.aml", dir, name);
    g_autofree gchar *golden = NULL;
    gsize glen;

    if (!g_file_get_contents(path, &golden, &glen, NULL)) {
        g_test_message("%s: %s found in guest memory, %s missing",
                       w->v->name, name, path);
        g_test_fail();
        return;
    }
    if (glen != len || memcmp(golden, data, len)) {
        size_t i = 0;

        while (i < MIN(len, glen) && golden[i] == (char)data[i]) {
            i++;
        }
        g_test_message("%s: %s differs from %s (%zu vs %zu bytes, first "
                       "difference at offset 0x%zx); see scripts/diff-acpi.py"
                       " check --golden %s", w->v->name, name, path, len,
                       (size_t)glen, i, dir);
        g_test_fail();
    }
}

static void test_variant(const void *opaque)
{
    const Variant *v = opaque;
    const char *golden_dir = g_getenv("NOFW_ACPI_GOLDEN");
    const char *kernel = g_getenv("NOFW_PVH_KERNEL");
    g_autofree char *dir = NULL;
    g_autoptr(GDir) gdir = NULL;
    const char *fn;
    Walk w = { .v = v };
    uint8_t info[56], rsdp[20];
    uint64_t info_addr, rsdp_addr;
    QDict *rsp;
    Table *rsdt;

    g_assert_nonnull(golden_dir);
    g_assert_nonnull(kernel);
    dir = g_strdup_printf("%s/%s", golden_dir, v->name);

    w.qts = qtest_initf("-machine q35,nofw=on%s -kernel %s %s", v->machine,
                        kernel, v->args);
    rsp = qtest_qmp(w.qts, "{ 'execute': 'qom-get', 'arguments': "
                    "{ 'path': '/machine', 'property': 'nofw-start-info' } }");
    info_addr = qdict_get_int(rsp, "return");
    qobject_unref(rsp);
    g_assert_cmphex(info_addr, !=, 0);

    qtest_memread(w.qts, info_addr, info, sizeof(info));
    g_assert_cmphex(le32(info), ==, START_INFO_MAGIC);
    rsdp_addr = le64(info + 32);
    w.memmap = le64(info + 40);
    w.memmap_entries = le32(info + 48);
    g_assert_cmpuint(w.memmap_entries, >, 0);

    /* RSDP: revision 0 on q35 (RSDT only); checksum over 20 bytes */
    qtest_memread(w.qts, rsdp_addr, rsdp, sizeof(rsdp));
    g_assert_cmpmem(rsdp, 8, "RSD PTR ", 8);
    g_assert_cmphex(sum8(rsdp, 20), ==, 0);
    g_assert_cmpuint(rsdp[15], ==, 0);
    check_reserved(&w, "RSDP", rsdp_addr, 20);

    rsdt = add_table(&w, le32(rsdp + 16), "RSDT");
    for (uint32_t off = HEADER_LEN; off + 4 <= rsdt->len; off += 4) {
        Table *t = add_table(&w, le32(rsdt->data + off), NULL);

        if (!strcmp(t->sig, "FACP")) {
            follow_fadt(&w, t);
        }
    }

    /* RSDP as diff-acpi.py normalises it: RSDT address -> "RSDT" */
    {
        uint32_t v32 = tag("RSDT");

        memcpy(rsdp + 16, &v32, 4);
        rsdp[8] = 0;
        rsdp[8] = -sum8(rsdp, 20);
        compare_golden(&w, dir, "RSDP", rsdp, 20);
    }
    for (int i = 0; i < w.n; i++) {
        normalise(&w, &w.t[i]);
        compare_golden(&w, dir, w.t[i].name, w.t[i].data, w.t[i].len);
    }

    /* and no golden table is missing from memory */
    gdir = g_dir_open(dir, 0, NULL);
    g_assert_nonnull(gdir);
    while ((fn = g_dir_read_name(gdir))) {
        g_autofree char *stem = NULL;
        bool found = false;

        if (!g_str_has_suffix(fn, ".aml") || !strcmp(fn, "RSDP.aml")) {
            continue;
        }
        stem = g_strndup(fn, strlen(fn) - 4);
        for (int i = 0; i < w.n; i++) {
            found |= !strcmp(w.t[i].name, stem);
        }
        if (!found) {
            g_test_message("%s: golden %s not in guest memory", v->name, fn);
            g_test_fail();
        }
    }

    for (int i = 0; i < w.n; i++) {
        g_free(w.t[i].data);
    }
    qtest_quit(w.qts);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

    for (int i = 0; i < ARRAY_SIZE(variants); i++) {
        g_autofree char *path = g_strdup_printf("nofw-acpi/%s",
                                                variants[i].name);
        qtest_add_data_func(path, &variants[i], test_variant);
    }
    return g_test_run();
}
