/*
 * libFuzzer harness for the table-loader executor of hw/acpi/nofw_patch.c
 *
 * The input is a container (little endian, format below) holding a
 * table-loader script and the fw_cfg files it refers to.
 * nofw_loader_run() runs it against fake fw_cfg files and a fake guest
 * memory with the machine's zones (hw/i386/nofw_boot.c, -m 512): HIGH
 * at the top of low RAM, sized from the script as the machine does, and
 * FSEG [0xF0000, 0xFFFF0). Every store must fall inside a zone.
 *
 * A failed run must leave guest memory and fw_cfg untouched. After a
 * successful one the result is checked against a model computed here
 * from the script: each blob placed once, aligned, inside its zone and
 * apart from the others; guest memory written exactly over the blobs,
 * with the bytes the commands give (pointers that point inside their
 * target and fit in their field, untruncated); every ADD_CHECKSUM range
 * that no later command touches summing to 0; the WRITE_POINTER values
 * in the writable files. A violation aborts: libFuzzer reports a crash.
 *
 * Container:
 *   header  u32 script_len   bytes of script that follow (<= 64 KiB)
 *           u8  nfiles       files that follow the script (<= 32)
 *           u8  high_64k     HIGH zone size in 64 KiB units (<= 4 MiB);
 *                            0: sized from the script like the machine
 *   script  script_len bytes, the etc/table-loader file
 *   nfiles times:
 *           u8  name_len     1..55
 *           u8  flags        bit 0: writable (a WRITE_POINTER target)
 *           u32 size         the file's size (<= 1 MiB, 2 MiB in all)
 *           u32 data_len     bytes given (<= size); the rest is zero
 *           name_len bytes of name, data_len bytes of data
 * Bytes after the last file are ignored. tests/fuzz/make-seeds writes
 * such containers; tests/fuzz/run builds and runs this harness.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bswap.h"
#include "qemu/units.h"
#include "hw/acpi/acpi.h"
#include "hw/acpi/nofw_patch.h"
#include "nofw-fuzz.h"

#define LOW_TOP         0x20000000ULL   /* top of low RAM with -m 512 */
#define FSEG_BASE       0xf0000
#define FSEG_TOP        0xffff0         /* the reset stub is above */
#define HIGH_MIN        (256 * KiB)
#define HIGH_MAX        (4 * MiB)
#define MAX_SCRIPT      (64 * KiB)
#define MAX_FILES       32
#define MAX_FILE        (1 * MiB)
#define MAX_TOTAL       (2 * MiB)
#define HDR_LEN         6
#define FILE_HDR_LEN    10
#define NAME_MAX_LEN    (BIOS_LINKER_LOADER_FILESZ - 1)

typedef struct FwFile {
    char name[BIOS_LINKER_LOADER_FILESZ];
    bool writable;
    uint8_t *data;              /* @size bytes */
    uint32_t size;
    uint8_t *model;             /* @data before the run, then patched */
    unsigned writes;            /* writes with data */
} FwFile;

typedef struct Store {
    uint64_t addr;
    uint64_t len;
} Store;

typedef struct Fuzz {
    FwFile files[MAX_FILES];
    unsigned nfiles;
    uint64_t high_base;
    GArray *stores;             /* of Store */
} Fuzz;

/* Guest RAM: the top HIGH_MAX bytes of low RAM, and the F segment. */
static uint8_t high_mem[HIGH_MAX];
static uint8_t fseg_mem[FSEG_TOP - FSEG_BASE];

/* hw/acpi/core.c is not linked: the same 8-bit sum, negated. */
int acpi_checksum(const uint8_t *data, int len)
{
    uint8_t sum = 0;

    for (int i = 0; i < len; i++) {
        sum += data[i];
    }
    return (uint8_t)-sum;
}

/* Host address of guest [addr, addr + len) if it lies in one zone. */
static uint8_t *guest(Fuzz *f, uint64_t addr, uint64_t len)
{
    if (addr >= FSEG_BASE && addr <= FSEG_TOP && len <= FSEG_TOP - addr) {
        return fseg_mem + (addr - FSEG_BASE);
    }
    if (addr >= f->high_base && addr <= LOW_TOP && len <= LOW_TOP - addr) {
        return high_mem + (addr - (LOW_TOP - HIGH_MAX));
    }
    return NULL;
}

static FwFile *find_file(Fuzz *f, const char *name)
{
    for (unsigned i = 0; i < f->nfiles; i++) {
        if (!strcmp(f->files[i].name, name)) {
            return &f->files[i];
        }
    }
    return NULL;
}

static const void *fz_get_file(void *opaque, const char *name, size_t *len)
{
    FwFile *file = find_file(opaque, name);

    if (!file) {
        return NULL;
    }
    *len = file->size;
    return file->data;
}

static void fz_store(void *opaque, uint64_t addr, const void *data,
                     size_t len)
{
    Fuzz *f = opaque;
    uint8_t *p = guest(f, addr, len);
    Store s = { addr, len };

    check(p);                   /* nothing outside the zones */
    if (data) {
        memcpy(p, data, len);
    } else {
        memset(p, 0, len);
    }
    g_array_append_val(f->stores, s);
}

/* What fw_cfg_write_file() does, on a writable file of the container. */
static bool fz_write_file(void *opaque, const char *name, uint32_t offset,
                          const void *data, uint32_t len, Error **errp)
{
    FwFile *file = find_file(opaque, name);

    if (!file) {
        error_setg(errp, "fw_cfg file \"%s\" does not exist", name);
        return false;
    }
    if (!file->writable) {
        error_setg(errp, "fw_cfg file \"%s\" is not writable", name);
        return false;
    }
    if (offset > file->size || len > file->size - offset) {
        error_setg(errp, "fw_cfg file \"%s\": write beyond its end", name);
        return false;
    }
    if (data) {
        memcpy(file->data + offset, data, len);
        file->writes++;
    }
    return true;
}

/* Split the container; false if it is not one (or over the caps). */
static bool parse(Fuzz *f, const uint8_t *in, size_t size,
                  const uint8_t **script, size_t *script_len,
                  unsigned *high_64k)
{
    size_t pos = HDR_LEN, total = 0;
    unsigned n;

    if (size < HDR_LEN) {
        return false;
    }
    *script_len = ldl_le_p(in);
    n = in[4];
    *high_64k = in[5];
    if (*script_len > MAX_SCRIPT || n > MAX_FILES ||
        *high_64k > HIGH_MAX / (64 * KiB) ||
        *script_len > size - pos) {
        return false;
    }
    *script = in + pos;
    pos += *script_len;
    for (unsigned i = 0; i < n; i++) {
        FwFile *file = &f->files[i];
        unsigned name_len;
        uint32_t fsize, dlen;

        if (size - pos < FILE_HDR_LEN) {
            return false;
        }
        name_len = in[pos];
        fsize = ldl_le_p(in + pos + 2);
        dlen = ldl_le_p(in + pos + 6);
        if (name_len == 0 || name_len > NAME_MAX_LEN || fsize > MAX_FILE ||
            dlen > fsize || fsize > MAX_TOTAL - total ||
            name_len + dlen > size - pos - FILE_HDR_LEN) {
            return false;
        }
        file->writable = in[pos + 1] & 1;
        pos += FILE_HDR_LEN;
        memcpy(file->name, in + pos, name_len);
        file->name[name_len] = 0;
        pos += name_len;
        file->size = fsize;
        /* never NULL: NULL from get_file means "no such file" */
        file->data = g_malloc0(fsize ?: 1);
        memcpy(file->data, in + pos, dlen);
        file->model = g_memdup2(file->data, fsize ?: 1);
        pos += dlen;
        total += fsize;
        f->nfiles++;
    }
    return true;
}

static const BiosLinkerLoaderEntry *cmd_at(const uint8_t *script, size_t i)
{
    return (const BiosLinkerLoaderEntry *)(script + i * 128);
}

/* A name field as the executor reads it (it checked the terminator). */
static bool same_name(const char *a, const char *b)
{
    return !strncmp(a, b, BIOS_LINKER_LOADER_FILESZ);
}

/* HIGH zone size as nofw_machine_done() computes it, capped. */
static uint64_t high_size(Fuzz *f, const uint8_t *script, size_t n,
                          unsigned high_64k)
{
    uint64_t need = 4 * KiB;

    if (high_64k) {
        return high_64k * 64 * KiB;
    }
    for (size_t i = 0; i < n; i++) {
        const BiosLinkerLoaderEntry *e = cmd_at(script, i);
        char name[BIOS_LINKER_LOADER_FILESZ + 1] = { 0 };
        FwFile *file;

        if (le32_to_cpu(e->command) != BIOS_LINKER_LOADER_COMMAND_ALLOCATE ||
            e->alloc.zone != BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH) {
            continue;
        }
        memcpy(name, e->alloc.file, BIOS_LINKER_LOADER_FILESZ);
        file = find_file(f, name);
        if (file) {
            need += QEMU_ALIGN_UP((uint64_t)file->size,
                                  MAX(le32_to_cpu(e->alloc.align), 16));
        }
    }
    need = QEMU_ALIGN_UP(MAX(2 * need, HIGH_MIN), 64 * KiB);
    return MIN(need, HIGH_MAX);
}

typedef struct Blob {
    const NofwLoaderBlob *b;
    uint8_t *model;             /* expected guest bytes */
} Blob;

static Blob *model_blob(Blob *blobs, unsigned n, const char *name)
{
    for (unsigned i = 0; i < n; i++) {
        if (same_name(blobs[i].b->name, name)) {
            return &blobs[i];
        }
    }
    check(!"a command names a blob that was not allocated");
    return NULL;
}

static uint64_t get_le(const uint8_t *p, unsigned size)
{
    uint64_t v = 0;

    for (unsigned i = 0; i < size; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return v;
}

static void put_le(uint8_t *p, unsigned size, uint64_t v)
{
    for (unsigned i = 0; i < size; i++) {
        p[i] = v >> (8 * i);
    }
}

/* A pointer of @size bytes to @off in @src: inside it, and it fits. */
static uint64_t pointer(const Blob *src, uint64_t off, unsigned size)
{
    uint64_t max = size == 8 ? UINT64_MAX : (1ULL << (8 * size)) - 1;

    check(size == 1 || size == 2 || size == 4 || size == 8);
    check(off < src->b->size);
    check(src->b->addr <= max && off <= max - src->b->addr);
    return src->b->addr + off;
}

/* Does command @e write any byte of [start, start + len) of @file? */
static bool touches(const BiosLinkerLoaderEntry *e, const char *file,
                    uint64_t start, uint64_t len)
{
    uint64_t off;

    switch (le32_to_cpu(e->command)) {
    case BIOS_LINKER_LOADER_COMMAND_ADD_POINTER:
        off = le32_to_cpu(e->pointer.offset);
        return same_name(e->pointer.dest_file, file) &&
               off < start + len && start < off + e->pointer.size;
    case BIOS_LINKER_LOADER_COMMAND_ADD_CHECKSUM:
        off = le32_to_cpu(e->cksum.offset);
        return same_name(e->cksum.file, file) &&
               off >= start && off < start + len;
    }
    return false;
}

static int cmp_store(const void *a, const void *b)
{
    const Store *x = a, *y = b;

    return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static void check_success(Fuzz *f, const uint8_t *script, size_t n,
                          const NofwLoaderResult *res)
{
    const NofwLoaderBlob *first = (NofwLoaderBlob *)res->blobs->data;
    unsigned nblobs = 0, commands = 0, nb = res->blobs->len;
    g_autofree Blob *blobs = g_new0(Blob, nb + 1);
    uint64_t bytes = 0;
    size_t i, j;

    /* Pass 1 of the model: the ALLOCATEs, in order. */
    for (i = 0; i < n; i++) {
        const BiosLinkerLoaderEntry *e = cmd_at(script, i);
        uint32_t align = le32_to_cpu(e->alloc.align);
        const NofwLoaderBlob *b;
        const FwFile *file;
        uint64_t lo, hi;

        commands += le32_to_cpu(e->command) != 0;
        if (le32_to_cpu(e->command) != BIOS_LINKER_LOADER_COMMAND_ALLOCATE) {
            continue;
        }
        check(nblobs < nb);
        b = &first[nblobs];
        blobs[nblobs].b = b;
        check(same_name(b->name, e->alloc.file));
        check(nofw_loader_blob_addr(res, b->name) == b->addr);
        file = find_file(f, b->name);
        check(file && b->size == file->size && b->size > 0);
        check(b->zone == e->alloc.zone);
        check(align && !(align & (align - 1)) && !(b->addr % align));
        if (b->zone == BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH) {
            lo = f->high_base;
            hi = LOW_TOP;
        } else {
            check(b->zone == BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG);
            lo = FSEG_BASE;
            hi = FSEG_TOP;
        }
        check(b->addr >= lo && b->addr <= hi && b->size <= hi - b->addr);
        for (j = 0; j < nblobs; j++) {
            const NofwLoaderBlob *o = blobs[j].b;

            check(b->addr + b->size <= o->addr ||
                  o->addr + o->size <= b->addr);
        }
        /* the executor's host copy: the first @used bytes, patched */
        check(b->used <= b->size && (b->data || !b->used));
        check(!b->used || !memcmp(b->data, guest(f, b->addr, b->used),
                                  b->used));
        /* the contents before the run: WRITE_POINTERs may change data */
        blobs[nblobs].model = g_memdup2(file->model, file->size);
        bytes += b->size;
        nblobs++;
    }
    check(nblobs == nb);
    check(res->commands == commands);
    check(res->bytes == bytes);

    /* Pass 2: patch the model as the commands say, checking each. */
    for (i = 0; i < n; i++) {
        const BiosLinkerLoaderEntry *e = cmd_at(script, i);
        Blob *dst, *src;
        FwFile *file;
        uint32_t off, start, len;
        unsigned size;

        switch (le32_to_cpu(e->command)) {
        case BIOS_LINKER_LOADER_COMMAND_ADD_POINTER:
            dst = model_blob(blobs, nb, e->pointer.dest_file);
            src = model_blob(blobs, nb, e->pointer.src_file);
            off = le32_to_cpu(e->pointer.offset);
            size = e->pointer.size;
            check(size == 1 || size == 2 || size == 4 || size == 8);
            check(off <= dst->b->size && size <= dst->b->size - off);
            put_le(dst->model + off, size,
                   pointer(src, get_le(dst->model + off, size), size));
            break;
        case BIOS_LINKER_LOADER_COMMAND_ADD_CHECKSUM:
            dst = model_blob(blobs, nb, e->cksum.file);
            off = le32_to_cpu(e->cksum.offset);
            start = le32_to_cpu(e->cksum.start);
            len = le32_to_cpu(e->cksum.length);
            check(off < dst->b->size);
            check(start <= dst->b->size && len <= dst->b->size - start);
            dst->model[off] += acpi_checksum(dst->model + start, len);
            break;
        case BIOS_LINKER_LOADER_COMMAND_WRITE_POINTER:
            src = model_blob(blobs, nb, e->wr_pointer.src_file);
            file = find_file(f, e->wr_pointer.dest_file);
            off = le32_to_cpu(e->wr_pointer.dst_offset);
            size = e->wr_pointer.size;
            check(file && file->writable);
            check(off <= file->size && size <= file->size - off);
            put_le(file->model + off, size,
                   pointer(src, le32_to_cpu(e->wr_pointer.src_offset), size));
            break;
        }
    }

    /* Guest memory and the writable files hold what the model says. */
    for (i = 0; i < nb; i++) {
        check(!memcmp(guest(f, blobs[i].b->addr, blobs[i].b->size),
                      blobs[i].model, blobs[i].b->size));
    }
    for (i = 0; i < f->nfiles; i++) {
        check(!memcmp(f->files[i].data, f->files[i].model,
                      f->files[i].size));
    }

    /* A checksum nothing touched afterwards holds in guest memory. */
    for (i = 0; i < n; i++) {
        const BiosLinkerLoaderEntry *e = cmd_at(script, i);
        uint32_t off = le32_to_cpu(e->cksum.offset);
        uint32_t start = le32_to_cpu(e->cksum.start);
        uint32_t len = le32_to_cpu(e->cksum.length);
        const Blob *b;

        if (le32_to_cpu(e->command) != BIOS_LINKER_LOADER_COMMAND_ADD_CHECKSUM
            || off < start || off - start >= len) {
            continue;
        }
        for (j = i + 1; j < n; j++) {
            if (touches(cmd_at(script, j), e->cksum.file, start, len)) {
                break;
            }
        }
        if (j == n) {
            b = model_blob(blobs, nb, e->cksum.file);
            check(acpi_checksum(guest(f, b->b->addr + start, len),
                                len) == 0);
        }
    }

    /* Stores: inside blobs, disjoint, covering every blob exactly. */
    g_array_sort(f->stores, cmp_store);
    for (i = 0; i < f->stores->len; i++) {
        const Store *s = &g_array_index(f->stores, Store, i);

        check(s->len > 0);
        if (i > 0) {
            const Store *p = &g_array_index(f->stores, Store, i - 1);
            check(p->addr + p->len <= s->addr);
        }
        for (j = 0; j < nb; j++) {
            const NofwLoaderBlob *b = blobs[j].b;

            if (s->addr >= b->addr && s->addr < b->addr + b->size) {
                check(s->len <= b->addr + b->size - s->addr);
                bytes -= s->len;
                break;
            }
        }
        check(j < nb);
    }
    check(bytes == 0);

    for (i = 0; i < nb; i++) {
        g_free(blobs[i].model);
    }
}

/*
 * Structure-aware mutations, half of the time: libFuzzer's byte-level
 * ones rarely hit a command field among kilobytes of table data, and
 * rarely with a value that passes the other checks. Each changes one
 * command or file header in place, to a value near a boundary.
 */
static uint32_t next_rand(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* Offsets of the u32 fields of the four commands, and of the u8 ones */
static const uint8_t cmd_u32[] = { 60, 64, 68, 116, 120 };
static const uint8_t cmd_u8[] = { 64, 120, 124 };
static const uint32_t special[] = {
    0, 1, 2, 3, 4, 7, 8, 16, 0x7f, 0x80, 0xff, 0x100, 0xfff, 0x1000,
    0xffff, 0x10000, 0x20000, 0x7fffffff, 0x80000000, 0xfffffff8,
    0xffffffff,
};

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size,
                               unsigned int seed)
{
    uint32_t r = seed | 1, script_len, nfiles, n, fsize = 0, v;
    size_t pos, files[MAX_FILES];
    uint8_t *e, *o = NULL;

    if (size < HDR_LEN || next_rand(&r) % 2) {
        return LLVMFuzzerMutate(data, size, max_size);
    }
    script_len = ldl_le_p(data);
    nfiles = MIN(data[4], MAX_FILES);
    if (script_len < 128 || script_len > size - HDR_LEN) {
        return LLVMFuzzerMutate(data, size, max_size);
    }
    /* where the file headers are, as far as they are intact */
    pos = HDR_LEN + script_len;
    for (n = 0; n < nfiles && size - pos >= FILE_HDR_LEN;) {
        uint64_t skip = FILE_HDR_LEN + data[pos] +
                        (uint64_t)(uint32_t)ldl_le_p(data + pos + 6);

        files[n++] = pos;
        if (skip > size - pos) {
            break;
        }
        pos += skip;
    }
    nfiles = n;
    if (nfiles) {
        o = data + files[next_rand(&r) % nfiles];
        fsize = ldl_le_p(o + 2);
    }
    e = data + HDR_LEN + next_rand(&r) % (script_len / 128) * 128;

    switch (next_rand(&r) % 8) {
    case 0:                     /* another command */
        stl_le_p(e, next_rand(&r) % 6);
        break;
    case 1:                     /* a name field: a file of the container */
        if (nfiles && o[0] <= NAME_MAX_LEN && o + FILE_HDR_LEN + o[0] <=
            data + size) {
            uint8_t *name = e + (next_rand(&r) % 2 ? 60 : 4);

            memset(name, 0, BIOS_LINKER_LOADER_FILESZ);
            memcpy(name, o + FILE_HDR_LEN, o[0]);
        }
        break;
    case 2:                     /* a u32 field: near a boundary */
    case 3:
        v = special[next_rand(&r) % ARRAY_SIZE(special)];
        if (fsize && next_rand(&r) % 2) {
            v = fsize + v % 3 - 1;      /* size - 1, size, size + 1 */
        }
        stl_le_p(e + cmd_u32[next_rand(&r) % ARRAY_SIZE(cmd_u32)], v);
        break;
    case 4:                     /* a u8 field: sizes and zones */
        e[cmd_u8[next_rand(&r) % ARRAY_SIZE(cmd_u8)]] =
            special[next_rand(&r) % 8];
        break;
    case 5:                     /* copy a command over another */
        memcpy(e, data + HDR_LEN + next_rand(&r) % (script_len / 128) * 128,
               128);
        break;
    case 6:                     /* ALLOCATE align: a power of 2 */
        stl_le_p(e + 60, 1u << (next_rand(&r) % 32));
        break;
    case 7:                     /* a file: writable or not, its size */
        if (nfiles && next_rand(&r) % 2) {
            o[1] ^= 1;
        } else if (nfiles) {
            v = ldl_le_p(o + 6) + special[next_rand(&r) % 12];
            stl_le_p(o + 2, MIN(v, MAX_FILE));
        }
        break;
    }
    return size;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz f = { 0 };
    NofwZone high, fseg;
    NofwLoaderEnv env = {
        .get_file = fz_get_file,
        .store = fz_store,
        .write_file = fz_write_file,
        .high = &high,
        .fseg = &fseg,
        .opaque = &f,
    };
    NofwLoaderResult res = { 0 };
    const uint8_t *in_script;
    uint8_t *script;
    size_t script_len;
    unsigned high_64k;
    Error *err = NULL;
    int ret = -1;
    bool ok;

    if (!parse(&f, data, size, &in_script, &script_len, &high_64k)) {
        if (fuzz_verbose()) {
            fprintf(stderr, "fuzz-loader: not a container\n");
        }
        goto out;
    }
    ret = 0;
    /* exact size, so that ASan sees reads past the script's end */
    script = g_malloc(script_len ?: 1);
    memcpy(script, in_script, script_len);
    f.high_base = LOW_TOP - high_size(&f, script, script_len / 128,
                                      high_64k);
    nofw_zone_init(&high, "HIGH", f.high_base, LOW_TOP, true);
    nofw_zone_init(&fseg, "FSEG", FSEG_BASE, FSEG_TOP, false);
    f.stores = g_array_new(false, false, sizeof(Store));

    ok = nofw_loader_run(script, script_len, &env, &res, &err);
    check(ok == !err);
    if (fuzz_verbose()) {
        fprintf(stderr, "fuzz-loader: %s\n", ok ? "ok" :
                error_get_pretty(err));
    }
    if (ok) {
        check(script_len % 128 == 0);
        check_success(&f, script, script_len / 128, &res);
    } else {
        /* rejected: nothing reached guest memory or fw_cfg */
        check(g_str_has_prefix(error_get_pretty(err), "nofw: table-loader"));
        check(f.stores->len == 0);
        for (unsigned i = 0; i < f.nfiles; i++) {
            check(f.files[i].writes == 0);
        }
        error_free(err);
    }
    nofw_loader_result_free(&res);
    g_array_free(f.stores, true);
    g_free(script);
out:
    for (unsigned i = 0; i < f.nfiles; i++) {
        g_free(f.files[i].data);
        g_free(f.files[i].model);
    }
    return ret;
}
