/*
 * Unit tests of the nofw table-loader executor (hw/acpi/nofw_patch.c) on
 * hand-made scripts, without a VM: fw_cfg is a hash table of files and
 * guest memory a 16 MiB buffer. Good scripts must produce the expected
 * bytes; every validation rule must reject its bad script with a message
 * naming the command, before anything reaches guest memory or fw_cfg.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "hw/acpi/acpi.h"
#include "hw/acpi/nofw_patch.h"

#define MEM_SIZE    (16 * 1024 * 1024)
#define HIGH_BASE   0xe00000
#define HIGH_TOP    0x1000000
#define FSEG_BASE   0xf0000
#define FSEG_TOP    0x100000
#define WP_FILE     "etc/wp"
#define HUGE_SIZE   0x80000000ULL   /* past what acpi_checksum() takes */

/*
 * hw/acpi/core.c drags in the whole ACPI device model; this is the same
 * 8-bit two's complement sum, and the tests check the result directly
 * (the covered bytes must add up to 0), not through this function.
 */
int acpi_checksum(const uint8_t *data, int len)
{
    uint8_t sum = 0;

    for (int i = 0; i < len; i++) {
        sum += data[i];
    }
    return (uint8_t)-sum;
}

typedef struct Fixture {
    GHashTable *files;          /* name -> GByteArray */
    uint8_t *mem;
    unsigned stores;
    uint8_t wp[8];              /* the writable fw_cfg file */
    unsigned wp_writes;         /* write callbacks fired */
    GArray *script;             /* of BiosLinkerLoaderEntry */
    void *huge;                 /* file "huge": HUGE_SIZE zero bytes */
    NofwZone high, fseg;
    NofwLoaderEnv env;
    NofwLoaderResult res;
} Fixture;

static const void *fx_get_file(void *opaque, const char *name, size_t *len)
{
    Fixture *f = opaque;
    GByteArray *a = g_hash_table_lookup(f->files, name);

    if (f->huge && !strcmp(name, "huge")) {
        *len = HUGE_SIZE;
        return f->huge;
    }
    if (!a) {
        return NULL;
    }
    *len = a->len;
    return a->len ? a->data : (const void *)"";   /* no data when empty */
}

static void fx_store(void *opaque, uint64_t addr, const void *data,
                     size_t len)
{
    Fixture *f = opaque;

    g_assert_cmpuint(addr, <=, MEM_SIZE);
    g_assert_cmpuint(len, <=, MEM_SIZE - addr);
    if (data) {
        memcpy(f->mem + addr, data, len);
    } else {
        memset(f->mem + addr, 0, len);
    }
    f->stores++;
}

static bool fx_write_file(void *opaque, const char *name, uint32_t offset,
                          const void *data, uint32_t len, Error **errp)
{
    Fixture *f = opaque;

    if (strcmp(name, WP_FILE)) {
        error_setg(errp, "fw_cfg file \"%s\" is not writable", name);
        return false;
    }
    if (offset > sizeof(f->wp) || len > sizeof(f->wp) - offset) {
        error_setg(errp, "fw_cfg file \"%s\": write beyond its end", name);
        return false;
    }
    if (data) {
        memcpy(f->wp + offset, data, len);
        f->wp_writes++;
    }
    return true;
}

static void fx_file(Fixture *f, const char *name, const void *data,
                    size_t len)
{
    GByteArray *a = g_byte_array_new();

    g_byte_array_append(a, data, len);
    g_hash_table_insert(f->files, g_strdup(name), a);
}

static void fx_setup(Fixture *f, gconstpointer data)
{
    f->files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify)g_byte_array_unref);
    f->mem = g_malloc0(MEM_SIZE);
    f->script = g_array_new(false, true, sizeof(BiosLinkerLoaderEntry));
    nofw_zone_init(&f->high, "HIGH", HIGH_BASE, HIGH_TOP, true);
    nofw_zone_init(&f->fseg, "FSEG", FSEG_BASE, FSEG_TOP, false);
    f->env = (NofwLoaderEnv) {
        .get_file = fx_get_file,
        .store = fx_store,
        .write_file = fx_write_file,
        .high = &f->high,
        .fseg = &f->fseg,
        .opaque = f,
    };
}

static void fx_teardown(Fixture *f, gconstpointer data)
{
    nofw_loader_result_free(&f->res);
    if (f->huge) {
        munmap(f->huge, HUGE_SIZE);
    }
    g_array_free(f->script, true);
    g_hash_table_destroy(f->files);
    g_free(f->mem);
}

static BiosLinkerLoaderEntry *cmd(Fixture *f, uint32_t command)
{
    BiosLinkerLoaderEntry e = { .command = cpu_to_le32(command) };

    g_array_append_val(f->script, e);
    return &g_array_index(f->script, BiosLinkerLoaderEntry,
                          f->script->len - 1);
}

static void allocate(Fixture *f, const char *file, uint32_t align,
                     uint8_t zone)
{
    BiosLinkerLoaderEntry *e = cmd(f, BIOS_LINKER_LOADER_COMMAND_ALLOCATE);

    pstrcpy(e->alloc.file, sizeof(e->alloc.file), file);
    e->alloc.align = cpu_to_le32(align);
    e->alloc.zone = zone;
}

static void add_pointer(Fixture *f, const char *dest, const char *src,
                        uint32_t offset, uint8_t size)
{
    BiosLinkerLoaderEntry *e = cmd(f, BIOS_LINKER_LOADER_COMMAND_ADD_POINTER);

    pstrcpy(e->pointer.dest_file, sizeof(e->pointer.dest_file), dest);
    pstrcpy(e->pointer.src_file, sizeof(e->pointer.src_file), src);
    e->pointer.offset = cpu_to_le32(offset);
    e->pointer.size = size;
}

static void add_checksum(Fixture *f, const char *file, uint32_t offset,
                         uint32_t start, uint32_t length)
{
    BiosLinkerLoaderEntry *e =
        cmd(f, BIOS_LINKER_LOADER_COMMAND_ADD_CHECKSUM);

    pstrcpy(e->cksum.file, sizeof(e->cksum.file), file);
    e->cksum.offset = cpu_to_le32(offset);
    e->cksum.start = cpu_to_le32(start);
    e->cksum.length = cpu_to_le32(length);
}

static void write_pointer(Fixture *f, const char *dest, uint32_t dst_offset,
                          const char *src, uint32_t src_offset, uint8_t size)
{
    BiosLinkerLoaderEntry *e =
        cmd(f, BIOS_LINKER_LOADER_COMMAND_WRITE_POINTER);

    pstrcpy(e->wr_pointer.dest_file, sizeof(e->wr_pointer.dest_file), dest);
    pstrcpy(e->wr_pointer.src_file, sizeof(e->wr_pointer.src_file), src);
    e->wr_pointer.dst_offset = cpu_to_le32(dst_offset);
    e->wr_pointer.src_offset = cpu_to_le32(src_offset);
    e->wr_pointer.size = size;
}

static bool run(Fixture *f, Error **errp)
{
    return nofw_loader_run(f->script->data,
                           f->script->len * sizeof(BiosLinkerLoaderEntry),
                           &f->env, &f->res, errp);
}

static uint64_t le(const uint8_t *p, unsigned size)
{
    uint64_t v = 0;

    for (unsigned i = 0; i < size; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return v;
}

static uint8_t sum8(const uint8_t *p, size_t len)
{
    uint8_t s = 0;

    while (len--) {
        s += *p++;
    }
    return s;
}

/*
 * A miniature of what QEMU's ACPI build emits: "rsdp" in FSEG pointing
 * (4 bytes) at "tables" in HIGH, whose 8-byte field at 0x10 points at
 * offset 0x40 of itself and whose 4-byte field at 0x20 points into
 * "small", a checksum over [0, 0x80) at 0x9 and over the rsdp, and a
 * WRITE_POINTER of &tables + 0x28 into the writable file.
 */
static void good_script(Fixture *f)
{
    uint8_t rsdp[20] = "RSD PTR ", tables[0x100] = { 0 }, small[4] = "SML";

    rsdp[16] = 0;                               /* pointer: offset 0 */
    memcpy(tables, "TBLS", 4);
    tables[0x10] = 0x40;                        /* pointer: offset 0x40 */
    tables[0x20] = 0x01;                        /* pointer: offset 1 */
    for (int i = 0x40; i < 0x80; i++) {
        tables[i] = i;
    }
    fx_file(f, "rsdp", rsdp, sizeof(rsdp));
    fx_file(f, "tables", tables, sizeof(tables));
    fx_file(f, "small", small, sizeof(small));

    allocate(f, "rsdp", 16, BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
    allocate(f, "tables", 64, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
    allocate(f, "small", 1, BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
    cmd(f, 0);                                  /* padding */
    add_pointer(f, "rsdp", "tables", 16, 4);
    add_pointer(f, "tables", "tables", 0x10, 8);
    add_pointer(f, "tables", "small", 0x20, 4);
    add_checksum(f, "tables", 9, 0, 0x80);
    add_checksum(f, "rsdp", 8, 0, 20);
    write_pointer(f, WP_FILE, 0, "tables", 0x28, 8);
}

static void test_good(Fixture *f, gconstpointer data)
{
    uint64_t rsdp, tables, small;
    const uint8_t *t;

    good_script(f);
    g_assert_true(run(f, &error_abort));
    g_assert_cmpuint(f->res.commands, ==, 9);
    g_assert_cmpuint(f->res.blobs->len, ==, 3);
    g_assert_cmpuint(f->res.bytes, ==, 20 + 0x100 + 4);

    /* FSEG grows up from its base, HIGH down from its top; aligned. */
    rsdp = nofw_loader_blob_addr(&f->res, "rsdp");
    tables = nofw_loader_blob_addr(&f->res, "tables");
    small = nofw_loader_blob_addr(&f->res, "small");
    g_assert_cmphex(rsdp, ==, FSEG_BASE);
    g_assert_cmphex(small, ==, FSEG_BASE + 20);
    g_assert_cmphex(tables, ==, HIGH_TOP - 0x100);
    g_assert_cmphex(nofw_loader_blob_addr(&f->res, "nope"), ==, 0);

    /* The bytes in guest memory. */
    t = f->mem + tables;
    g_assert_cmpmem(f->mem + rsdp, 8, "RSD PTR ", 8);
    g_assert_cmphex(le(f->mem + rsdp + 16, 4), ==, tables);
    g_assert_cmphex(le(t + 0x10, 8), ==, tables + 0x40);
    g_assert_cmphex(le(t + 0x20, 4), ==, small + 1);
    g_assert_cmphex(sum8(t, 0x80), ==, 0);
    g_assert_cmphex(sum8(f->mem + rsdp, 20), ==, 0);
    g_assert_cmpmem(t + 0x40, 4, "\x40\x41\x42\x43", 4);
    g_assert_cmpmem(f->mem + small, 4, "SML", 4);

    /* WRITE_POINTER went through the write callback, once. */
    g_assert_cmpuint(f->wp_writes, ==, 1);
    g_assert_cmphex(le(f->wp, 8), ==, tables + 0x28);
}

/* 1- and 2-byte pointers work when the address fits (low zone). */
static void test_pointer_small(Fixture *f, gconstpointer data)
{
    uint8_t a[4] = { 0x10, 0x20, 0x00 }, b[0x40] = { 0 };

    nofw_zone_init(&f->fseg, "FSEG", 0x80, 0x100, false);
    fx_file(f, "a", a, sizeof(a));
    fx_file(f, "b", b, sizeof(b));
    allocate(f, "a", 1, BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
    allocate(f, "b", 1, BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
    add_pointer(f, "a", "b", 0, 1);
    add_pointer(f, "a", "b", 1, 2);
    g_assert_true(run(f, &error_abort));
    g_assert_cmphex(f->mem[0x80], ==, 0x84 + 0x10);
    g_assert_cmphex(le(f->mem + 0x81, 2), ==, 0x84 + 0x20);
    g_assert_cmphex(f->mem[0x83], ==, 0);
}

/* A second run (reset) over dirtied memory gives the same blob bytes. */
static void test_rerun(Fixture *f, gconstpointer data)
{
    g_autofree uint8_t *first = NULL;

    good_script(f);
    g_assert_true(run(f, &error_abort));
    first = g_memdup2(f->mem, MEM_SIZE);
    nofw_loader_result_free(&f->res);
    nofw_zone_init(&f->high, "HIGH", HIGH_BASE, HIGH_TOP, true);
    nofw_zone_init(&f->fseg, "FSEG", FSEG_BASE, FSEG_TOP, false);
    /* what the guest left behind: the loader must rewrite every byte */
    memset(f->mem + FSEG_BASE, 0xa5, FSEG_TOP - FSEG_BASE);
    memset(f->mem + HIGH_BASE, 0x5a, HIGH_TOP - HIGH_BASE);
    g_assert_true(run(f, &error_abort));
    g_assert_cmpuint(f->stores, ==, 6);
    for (guint i = 0; i < f->res.blobs->len; i++) {
        NofwLoaderBlob *b = &g_array_index(f->res.blobs, NofwLoaderBlob, i);

        g_assert_cmpmem(f->mem + b->addr, b->size, first + b->addr, b->size);
    }
    g_assert_cmpuint(f->wp_writes, ==, 2);
}

/*
 * A blob that ends in zero pages (as etc/acpi/tables does): the host copy
 * keeps only the non-zero start, yet a pointer and a checksum that land
 * in the zero tail work, and the tail is zeroed over what the guest left.
 */
static void test_zero_tail(Fixture *f, gconstpointer data)
{
    const uint32_t size = 3 * 4096 + 100, ptr = 2 * 4096 + 8, ck = 5000;
    g_autofree uint8_t *pad = g_malloc0(size);
    NofwLoaderBlob *b;
    const uint8_t *m;
    uint64_t addr;

    memcpy(pad, "HEAD", 4);
    pad[ptr] = 0x10;                            /* pointer: offset 0x10 */
    fx_file(f, "pad", pad, size);
    allocate(f, "pad", 4096, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
    add_pointer(f, "pad", "pad", ptr, 8);
    add_checksum(f, "pad", ck, 4096, ptr + 8 - 4096);
    memset(f->mem + HIGH_BASE, 0x5a, HIGH_TOP - HIGH_BASE);
    g_assert_true(run(f, &error_abort));

    b = &g_array_index(f->res.blobs, NofwLoaderBlob, 0);
    g_assert_cmpuint(b->size, ==, size);
    g_assert_cmpuint(b->used, <, size);         /* the tail was not copied */
    addr = nofw_loader_blob_addr(&f->res, "pad");
    m = f->mem + addr;
    g_assert_cmpmem(m, 4, "HEAD", 4);
    g_assert_cmphex(le(m + ptr, 8), ==, addr + 0x10);
    g_assert_cmphex(sum8(m + 4096, ptr + 8 - 4096), ==, 0);
    for (uint32_t i = 4; i < size; i++) {
        if ((i < ptr || i >= ptr + 8) && i != ck) {
            g_assert_cmphex(m[i], ==, 0);
        }
    }
    g_assert_cmphex(m[size], ==, 0x5a);         /* nothing beyond it */
    g_assert_cmpuint(f->res.bytes, ==, size);
}

typedef struct BadCase {
    const char *name;
    void (*build)(Fixture *f);
    const char *msg;            /* substring of the error */
} BadCase;

static void base_files(Fixture *f)
{
    uint8_t buf[0x100] = { 0 };

    fx_file(f, "a", buf, sizeof(buf));
    fx_file(f, "b", buf, sizeof(buf));
}

static void base(Fixture *f)
{
    base_files(f);
    allocate(f, "a", 64, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
    allocate(f, "b", 16, BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
}

static void bad_unknown_file(Fixture *f)
{
    base(f);
    allocate(f, "etc/none", 16, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
}

static void bad_align_zero(Fixture *f)
{
    base_files(f);
    allocate(f, "a", 0, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
}

static void bad_align_npot(Fixture *f)
{
    base_files(f);
    allocate(f, "a", 48, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
}

static void bad_zone(Fixture *f)
{
    base_files(f);
    allocate(f, "a", 16, 3);
}

static void bad_empty_file(Fixture *f)
{
    base(f);
    fx_file(f, "empty", NULL, 0);
    allocate(f, "empty", 16, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
}

static void bad_duplicate(Fixture *f)
{
    base(f);
    allocate(f, "a", 64, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
}

static void bad_unallocated(Fixture *f)
{
    base_files(f);
    allocate(f, "a", 64, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
    add_pointer(f, "a", "b", 0, 4);
}

static void bad_does_not_fit(Fixture *f)
{
    static uint8_t big[0x20000];

    fx_file(f, "big", big, sizeof(big));
    allocate(f, "big", 16, BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
}

static void bad_pointer_size(Fixture *f)
{
    base(f);
    add_pointer(f, "a", "b", 0, 3);
}

static void bad_pointer_offset(Fixture *f)
{
    base(f);
    add_pointer(f, "a", "b", 0xfe, 4);
}

static void bad_pointer_offset_wraps(Fixture *f)
{
    base(f);
    add_pointer(f, "a", "b", 0xfffffffe, 4);
}

static void bad_pointer_value(Fixture *f)
{
    uint8_t a[8] = { 0x00, 0x01 }, b[0x100] = { 0 };   /* 0x100: past b */

    fx_file(f, "a", a, sizeof(a));
    fx_file(f, "b", b, sizeof(b));
    allocate(f, "a", 1, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
    allocate(f, "b", 1, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
    add_pointer(f, "a", "b", 0, 2);
}

static void bad_pointer_overflow(Fixture *f)
{
    base(f);
    /* "b" lies at 0xf0000: its address does not fit in 2 bytes */
    add_pointer(f, "a", "b", 0, 2);
}

static void bad_checksum_offset(Fixture *f)
{
    base(f);
    add_checksum(f, "a", 0x100, 0, 0x10);
}

static void bad_checksum_range(Fixture *f)
{
    base(f);
    add_checksum(f, "a", 9, 0x80, 0x81);
}

static void bad_checksum_wraps(Fixture *f)
{
    base(f);
    add_checksum(f, "a", 9, 0x10, 0xfffffff8);
}

/*
 * A checksum over 2 GiB: within its file, but more than acpi_checksum()
 * takes. The file is zero pages mapped on demand; HIGH is made to fit it.
 */
static void bad_checksum_length(Fixture *f)
{
    f->huge = mmap(NULL, HUGE_SIZE, PROT_READ,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    g_assert_true(f->huge != MAP_FAILED);
    nofw_zone_init(&f->high, "HIGH", 0, 4 * HUGE_SIZE, true);
    base(f);
    allocate(f, "huge", 4096, BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH);
    add_checksum(f, "huge", 0, 0, HUGE_SIZE);
}

static void bad_unterminated(Fixture *f)
{
    BiosLinkerLoaderEntry *e;

    base(f);
    e = cmd(f, BIOS_LINKER_LOADER_COMMAND_ADD_CHECKSUM);
    memset(e->cksum.file, 'a', sizeof(e->cksum.file));
}

static void bad_empty_name(Fixture *f)
{
    base(f);
    add_checksum(f, "", 9, 0, 0x10);
}

static void bad_unknown_command(Fixture *f)
{
    base(f);
    cmd(f, 7);
}

static void bad_wp_not_writable(Fixture *f)
{
    base(f);
    write_pointer(f, "etc/readonly", 0, "a", 0, 8);
}

static void bad_wp_range(Fixture *f)
{
    base(f);
    write_pointer(f, WP_FILE, 4, "a", 0, 8);
}

static void bad_wp_src_offset(Fixture *f)
{
    base(f);
    write_pointer(f, WP_FILE, 0, "a", 0x100, 8);
}

static void bad_wp_size(Fixture *f)
{
    base(f);
    write_pointer(f, WP_FILE, 0, "a", 0, 5);
}

/* src_offset alone beyond what 1 byte holds: no truncated pointer */
static void bad_wp_truncated(Fixture *f)
{
    static uint8_t big[0x200];

    fx_file(f, "big", big, sizeof(big));
    allocate(f, "big", 16, BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
    write_pointer(f, WP_FILE, 0, "big", 0x100, 1);
}

static const BadCase bad_cases[] = {
    { "unknown-file", bad_unknown_file,
      "command 2 (ALLOCATE): no fw_cfg file \"etc/none\"" },
    { "align-zero", bad_align_zero,
      "command 0 (ALLOCATE): align 0x0 of \"a\" is not a power of 2" },
    { "align-not-power-of-2", bad_align_npot,
      "command 0 (ALLOCATE): align 0x30 of \"a\" is not a power of 2" },
    { "zone", bad_zone, "command 0 (ALLOCATE): zone 3" },
    { "empty-file", bad_empty_file,
      "command 2 (ALLOCATE): \"empty\" has 0 bytes" },
    { "duplicate-allocate", bad_duplicate,
      "command 2 (ALLOCATE): \"a\" is allocated twice" },
    { "not-allocated", bad_unallocated,
      "command 1 (ADD_POINTER): src_file \"b\" was not allocated" },
    { "does-not-fit", bad_does_not_fit,
      "command 0 (ALLOCATE): \"big\": 0x20000 bytes (align 0x10) do not "
      "fit in the FSEG zone" },
    { "pointer-size", bad_pointer_size,
      "command 2 (ADD_POINTER): size 3 is not 1, 2, 4 or 8" },
    { "pointer-offset", bad_pointer_offset,
      "command 2 (ADD_POINTER): offset 0xfe + 4 beyond \"a\"" },
    { "pointer-offset-wraps", bad_pointer_offset_wraps,
      "command 2 (ADD_POINTER): offset 0xfffffffe + 4 beyond \"a\"" },
    { "pointer-value", bad_pointer_value,
      "command 2 (ADD_POINTER): pointer value 0x100 is outside \"b\"" },
    { "pointer-overflow", bad_pointer_overflow,
      "command 2 (ADD_POINTER): address 0xf0000 + 0x0 of \"b\" does not "
      "fit in 2 bytes" },
    { "checksum-offset", bad_checksum_offset,
      "command 2 (ADD_CHECKSUM): offset 0x100 + 1 beyond \"a\"" },
    { "checksum-range", bad_checksum_range,
      "command 2 (ADD_CHECKSUM): start 0x80 + 129 beyond \"a\"" },
    { "checksum-range-wraps", bad_checksum_wraps,
      "command 2 (ADD_CHECKSUM): start 0x10 + 4294967288 beyond \"a\"" },
    { "checksum-length", bad_checksum_length,
      "command 3 (ADD_CHECKSUM): length 0x80000000 too large" },
    { "name-unterminated", bad_unterminated,
      "command 2 (ADD_CHECKSUM): file is not NUL-terminated within 56 "
      "bytes" },
    { "name-empty", bad_empty_name,
      "command 2 (ADD_CHECKSUM): file is empty" },
    { "unknown-command", bad_unknown_command,
      "command 2: unknown command 0x7" },
    { "write-pointer-not-writable", bad_wp_not_writable,
      "command 2 (WRITE_POINTER): fw_cfg file \"etc/readonly\" is not "
      "writable" },
    { "write-pointer-range", bad_wp_range,
      "command 2 (WRITE_POINTER): fw_cfg file \"etc/wp\": write beyond" },
    { "write-pointer-src-offset", bad_wp_src_offset,
      "command 2 (WRITE_POINTER): pointer value 0x100 is outside \"a\"" },
    { "write-pointer-size", bad_wp_size,
      "command 2 (WRITE_POINTER): size 5 is not 1, 2, 4 or 8" },
    { "write-pointer-truncated", bad_wp_truncated,
      "command 1 (WRITE_POINTER): address 0xf0000 + 0x100 of \"big\" "
      "does not fit in 1 bytes" },
};

static void test_bad(Fixture *f, gconstpointer data)
{
    const BadCase *c = data;
    Error *err = NULL;

    c->build(f);
    /* A valid WRITE_POINTER after the bad command must not fire either. */
    write_pointer(f, WP_FILE, 0, "a", 0, 8);
    g_assert_false(run(f, &err));
    g_assert_nonnull(err);
    if (!strstr(error_get_pretty(err), c->msg)) {
        g_test_message("error: %s", error_get_pretty(err));
        g_test_message("expected to contain: %s", c->msg);
        g_test_fail();
    }
    g_assert_true(g_str_has_prefix(error_get_pretty(err),
                                   "nofw: table-loader command "));
    /* Nothing reached guest memory or fw_cfg. */
    g_assert_cmpuint(f->stores, ==, 0);
    g_assert_cmpuint(f->wp_writes, ==, 0);
    error_free(err);
}

static void test_bad_length(Fixture *f, gconstpointer data)
{
    uint8_t script[sizeof(BiosLinkerLoaderEntry) + 1] = { 0 };
    Error *err = NULL;

    g_assert_false(nofw_loader_run(script, sizeof(script), &f->env, &f->res,
                                   &err));
    g_assert_nonnull(strstr(error_get_pretty(err), "129 bytes, not a "
                            "multiple of 128"));
    g_assert_cmpuint(f->stores, ==, 0);
    error_free(err);
}

/* Zone allocator edges: exact fit, and alignment pushing past the end. */
static void test_zone(Fixture *f, gconstpointer data)
{
    NofwZone z;
    uint64_t a;
    Error *err = NULL;

    nofw_zone_init(&z, "Z", 0x1000, 0x2000, true);
    g_assert_true(nofw_zone_alloc(&z, 0x800, 0x1000, &a, &error_abort));
    g_assert_cmphex(a, ==, 0x1000);
    g_assert_false(nofw_zone_alloc(&z, 1, 1, &a, &err));
    error_free(err);
    err = NULL;

    nofw_zone_init(&z, "Z", 0x1001, 0x2000, false);
    g_assert_true(nofw_zone_alloc(&z, 0xfff, 1, &a, &error_abort));
    g_assert_cmphex(a, ==, 0x1001);
    nofw_zone_init(&z, "Z", 0x1001, 0x2000, false);
    g_assert_false(nofw_zone_alloc(&z, 0x1000, 0x1000, &a, &err));
    error_free(err);
    err = NULL;
    nofw_zone_init(&z, "Z", 0, UINT64_MAX, false);
    z.next = UINT64_MAX - 2;
    g_assert_false(nofw_zone_alloc(&z, 1, 0x1000, &a, &err));
    error_free(err);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);

#define ADD(path, fn, data) \
    g_test_add("/nofw-loader/" path, Fixture, data, fx_setup, fn, \
               fx_teardown)
    ADD("good", test_good, NULL);
    ADD("pointer-small", test_pointer_small, NULL);
    ADD("rerun", test_rerun, NULL);
    ADD("zero-tail", test_zero_tail, NULL);
    ADD("zone", test_zone, NULL);
    ADD("bad/script-length", test_bad_length, NULL);
    for (int i = 0; i < ARRAY_SIZE(bad_cases); i++) {
        g_autofree char *p = g_strdup_printf("/nofw-loader/bad/%s",
                                             bad_cases[i].name);
        g_test_add(p, Fixture, &bad_cases[i], fx_setup, test_bad,
                   fx_teardown);
    }
#undef ADD
    return g_test_run();
}
