/*
 * nofw: the ACPI table-loader (etc/table-loader) executed by QEMU
 *
 * Firmware normally reads QEMU's table-loader script from fw_cfg and
 * runs it: ALLOCATE copies a fw_cfg file into guest memory, ADD_POINTER
 * turns offsets between files into guest addresses, ADD_CHECKSUM fixes
 * a table checksum and WRITE_POINTER tells a device (vmgenid) where its
 * blob landed. With nofw there is no firmware, so the machine code in
 * hw/i386/nofw_boot.c calls nofw_loader_run() at every cold reset,
 * after the chipset is programmed and the tables were rebuilt, and again
 * at a wakeup from S3 with a store callback that writes nothing, to give
 * the devices back their WRITE_POINTERs.
 *
 * A bad script is a QEMU bug. The executor treats it as untrusted input
 * anyway, in two passes: loader_check() checks every command (names,
 * sizes, ranges, order, arithmetic overflow), patches host copies of the
 * blobs and records the WRITE_POINTERs; only then does loader_apply()
 * write guest memory and fw_cfg. The layout of a command is the one in
 * include/hw/acpi/bios-linker-loader.h.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bswap.h"
#include "qemu/cutils.h"
#include "qemu/host-utils.h"
#include "qemu/units.h"
#include "qemu/timer.h"
#include "hw/acpi/acpi.h"
#include "hw/acpi/nofw_patch.h"
#include "trace.h"

static const char *const cmd_names[] = {
    [BIOS_LINKER_LOADER_COMMAND_ALLOCATE] = "ALLOCATE",
    [BIOS_LINKER_LOADER_COMMAND_ADD_POINTER] = "ADD_POINTER",
    [BIOS_LINKER_LOADER_COMMAND_ADD_CHECKSUM] = "ADD_CHECKSUM",
    [BIOS_LINKER_LOADER_COMMAND_WRITE_POINTER] = "WRITE_POINTER",
};

void nofw_zone_init(NofwZone *z, const char *name, uint64_t base,
                    uint64_t top, bool down)
{
    z->name = name;
    z->base = base;
    z->top = top;
    z->next = down ? top : base;
    z->down = down;
}

bool nofw_zone_alloc(NofwZone *z, uint64_t size, uint64_t align,
                     uint64_t *addr, Error **errp)
{
    uint64_t a;

    assert(is_power_of_2(align));    /* callers check it: see the header */
    if (z->down) {
        if (size > z->next - z->base) {
            goto full;
        }
        a = QEMU_ALIGN_DOWN(z->next - size, align);
        if (a < z->base) {
            goto full;
        }
        z->next = a;
    } else {
        a = QEMU_ALIGN_UP(z->next, align);
        if (a < z->next || a > z->top || size > z->top - a) {
            goto full;
        }
        z->next = a + size;
    }
    *addr = a;
    return true;

full:
    error_setg(errp, "0x%" PRIx64 " bytes (align 0x%" PRIx64 ") do not fit"
               " in the %s zone [0x%" PRIx64 ", 0x%" PRIx64 "), 0x%" PRIx64
               " bytes left", size, align, z->name, z->base, z->top,
               z->down ? z->next - z->base : z->top - z->next);
    return false;
}

static NofwLoaderBlob *blob_find(const NofwLoaderResult *res,
                                 const char *name)
{
    for (guint i = 0; res->blobs && i < res->blobs->len; i++) {
        NofwLoaderBlob *b = &g_array_index(res->blobs, NofwLoaderBlob, i);
        if (!strcmp(b->name, name)) {
            return b;
        }
    }
    return NULL;
}

/*
 * Length up to the last non-zero 4 KiB chunk. etc/acpi/tables is mostly
 * zero padding: the host copy holds only the rest (copying 128 KiB into
 * new memory is most of the executor's time, in page faults).
 */
static size_t nonzero_len(const uint8_t *p, size_t len)
{
    while (len) {
        size_t n = len % (4 * KiB) ?: 4 * KiB;

        if (!buffer_is_zero(p + len - n, n)) {
            break;
        }
        len -= n;
    }
    return len;
}

/* Make bytes [0, @end) of @b's host copy real (zero beyond @used). */
static uint8_t *blob_grow(NofwLoaderBlob *b, uint32_t end)
{
    if (end > b->used) {
        b->data = g_realloc(b->data, end);
        memset(b->data + b->used, 0, end - b->used);
        b->used = end;
    }
    return b->data;
}

/* A WRITE_POINTER checked in pass 1, for pass 2 to perform. */
typedef struct LoaderWrite {
    unsigned idx;                           /* its command index */
    char dest[BIOS_LINKER_LOADER_FILESZ];   /* the fw_cfg file written */
    uint32_t dst_offset;
    char src[BIOS_LINKER_LOADER_FILESZ];    /* the blob pointed at */
    uint32_t src_offset;
    uint8_t size;
    uint64_t value;                         /* &src + src_offset */
} LoaderWrite;

typedef struct Loader {
    const NofwLoaderEnv *env;
    NofwLoaderResult *res;
    GArray *writes;             /* of LoaderWrite, in script order */
    unsigned idx;               /* index of the current command */
    const char *cmd;            /* its name */
} Loader;

/*
 * Fail the current command: "nofw: table-loader command 7 (ADD_POINTER): "
 * then @fmt. Returns false, so that a check can end in return loader_err().
 */
static bool G_GNUC_PRINTF(3, 4) loader_err(const Loader *l, Error **errp,
                                           const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    va_list ap;

    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    error_setg(errp, "nofw: table-loader command %u (%s): %s", l->idx,
               l->cmd, msg);
    return false;
}

/* Copy a name field, which must be NUL-terminated inside its 56 bytes. */
static bool loader_name(Loader *l, const char *field, const char *raw,
                        char *out, Error **errp)
{
    size_t n = strnlen(raw, BIOS_LINKER_LOADER_FILESZ);

    if (n == BIOS_LINKER_LOADER_FILESZ) {
        return loader_err(l, errp, "%s is not NUL-terminated within %d bytes",
                          field, BIOS_LINKER_LOADER_FILESZ);
    }
    if (n == 0) {
        return loader_err(l, errp, "%s is empty", field);
    }
    memcpy(out, raw, n + 1);
    return true;
}

/* A file named by a command must have been allocated by an earlier one. */
static NofwLoaderBlob *loader_blob(Loader *l, const char *field,
                                   const char *raw, Error **errp)
{
    char name[BIOS_LINKER_LOADER_FILESZ];
    NofwLoaderBlob *b;

    if (!loader_name(l, field, raw, name, errp)) {
        return NULL;
    }
    b = blob_find(l->res, name);
    if (!b) {
        loader_err(l, errp, "%s \"%s\" was not allocated by an earlier command",
                   field, name);
    }
    return b;
}

static bool loader_size_ok(Loader *l, unsigned size, Error **errp)
{
    if (size != 1 && size != 2 && size != 4 && size != 8) {
        return loader_err(l, errp, "size %u is not 1, 2, 4 or 8", size);
    }
    return true;
}

/* @offset + @size must lie inside @b; written so that it cannot wrap. */
static bool loader_range_ok(Loader *l, const char *field, uint32_t offset,
                            uint32_t size, const NofwLoaderBlob *b,
                            Error **errp)
{
    if (offset > b->size || size > b->size - offset) {
        return loader_err(l, errp, "%s 0x%" PRIx32 " + %" PRIu32 " beyond "
                          "\"%s\" (0x%" PRIx32 " bytes)", field, offset,
                          size, b->name, b->size);
    }
    return true;
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

/*
 * The pointer at @p (an offset into @src) plus @src's address, checked:
 * the offset must point inside @src and the sum must fit in @size bytes.
 * @extra (WRITE_POINTER's src_offset) can make the offset alone exceed
 * what @size bytes hold: test that before "max - off" can wrap.
 */
static bool loader_pointer(Loader *l, const uint8_t *p, unsigned size,
                           uint64_t extra, const NofwLoaderBlob *src,
                           uint64_t *value, Error **errp)
{
    uint64_t off = get_le(p, size) + extra;
    uint64_t max = size == 8 ? UINT64_MAX : (1ULL << (8 * size)) - 1;

    if (off >= src->size) {
        return loader_err(l, errp, "pointer value 0x%" PRIx64 " is outside "
                          "\"%s\" (0x%" PRIx32 " bytes)", off, src->name,
                          src->size);
    }
    if (off > max || src->addr > max - off) {
        return loader_err(l, errp, "address 0x%" PRIx64 " + 0x%" PRIx64
                          " of \"%s\" does not fit in %u bytes", src->addr,
                          off, src->name, size);
    }
    *value = src->addr + off;
    return true;
}

static bool cmd_allocate(Loader *l, const BiosLinkerLoaderEntry *e,
                         Error **errp)
{
    const NofwLoaderEnv *env = l->env;
    uint32_t align = le32_to_cpu(e->alloc.align);
    NofwLoaderBlob b = { .zone = e->alloc.zone };
    NofwZone *zone;
    const void *data;
    size_t len;
    Error *err = NULL;

    if (!loader_name(l, "file", e->alloc.file, b.name, errp)) {
        return false;
    }
    if (blob_find(l->res, b.name)) {
        return loader_err(l, errp, "\"%s\" is allocated twice", b.name);
    }
    switch (b.zone) {
    case BIOS_LINKER_LOADER_ALLOC_ZONE_HIGH:
        zone = env->high;
        break;
    case BIOS_LINKER_LOADER_ALLOC_ZONE_FSEG:
        zone = env->fseg;
        break;
    default:
        return loader_err(l, errp, "zone %u of \"%s\" is neither HIGH (1) "
                          "nor FSEG (2)", b.zone, b.name);
    }
    if (!is_power_of_2(align)) {
        return loader_err(l, errp, "align 0x%" PRIx32 " of \"%s\" is not a "
                          "power of 2", align, b.name);
    }
    data = env->get_file(env->opaque, b.name, &len);
    if (!data) {
        return loader_err(l, errp, "no fw_cfg file \"%s\"", b.name);
    }
    if (len == 0 || len > UINT32_MAX) {
        return loader_err(l, errp, "\"%s\" has %zu bytes", b.name, len);
    }
    b.size = len;
    if (!nofw_zone_alloc(zone, b.size, align, &b.addr, &err)) {
        loader_err(l, errp, "\"%s\": %s", b.name, error_get_pretty(err));
        error_free(err);
        return false;
    }
    b.used = nonzero_len(data, len);
    b.data = g_memdup2(data, b.used);
    g_array_append_val(l->res->blobs, b);
    trace_nofw_loader_allocate(l->idx, b.name, b.size, align, zone->name,
                               b.addr);
    return true;
}

static bool cmd_add_pointer(Loader *l, const BiosLinkerLoaderEntry *e,
                            Error **errp)
{
    NofwLoaderBlob *dst = loader_blob(l, "dest_file", e->pointer.dest_file,
                                      errp);
    NofwLoaderBlob *src = dst ? loader_blob(l, "src_file",
                                            e->pointer.src_file, errp) : NULL;
    uint32_t offset = le32_to_cpu(e->pointer.offset);
    unsigned size = e->pointer.size;
    uint64_t v;

    if (!src || !loader_size_ok(l, size, errp) ||
        !loader_range_ok(l, "offset", offset, size, dst, errp) ||
        !loader_pointer(l, blob_grow(dst, offset + size) + offset, size, 0,
                        src, &v, errp)) {
        return false;
    }
    put_le(dst->data + offset, size, v);
    trace_nofw_loader_add_pointer(l->idx, dst->name, offset, size, src->name);
    return true;
}

static bool cmd_add_checksum(Loader *l, const BiosLinkerLoaderEntry *e,
                             Error **errp)
{
    NofwLoaderBlob *b = loader_blob(l, "file", e->cksum.file, errp);
    uint32_t offset = le32_to_cpu(e->cksum.offset);
    uint32_t start = le32_to_cpu(e->cksum.start);
    uint32_t length = le32_to_cpu(e->cksum.length);

    if (!b || !loader_range_ok(l, "offset", offset, 1, b, errp) ||
        !loader_range_ok(l, "start", start, length, b, errp)) {
        return false;
    }
    if (length > INT_MAX) {
        return loader_err(l, errp, "length 0x%" PRIx32 " too large", length);
    }
    /* Like firmware: add, so a field QEMU left zero ends up correct. */
    blob_grow(b, MAX(offset + 1, start + length));
    b->data[offset] += acpi_checksum(b->data + start, length);
    trace_nofw_loader_add_checksum(l->idx, b->name, offset, start, length);
    return true;
}

/* Checked and computed here; pass 2 writes the value into fw_cfg. */
static bool cmd_write_pointer(Loader *l, const BiosLinkerLoaderEntry *e,
                              Error **errp)
{
    const NofwLoaderEnv *env = l->env;
    LoaderWrite w = {
        .idx = l->idx,
        .dst_offset = le32_to_cpu(e->wr_pointer.dst_offset),
        .src_offset = le32_to_cpu(e->wr_pointer.src_offset),
        .size = e->wr_pointer.size,
    };
    NofwLoaderBlob *src;
    uint8_t zero[8] = { 0 };
    Error *err = NULL;

    if (!loader_name(l, "dest_file", e->wr_pointer.dest_file, w.dest, errp)) {
        return false;
    }
    src = loader_blob(l, "src_file", e->wr_pointer.src_file, errp);
    if (!src || !loader_size_ok(l, w.size, errp) ||
        !loader_pointer(l, zero, w.size, w.src_offset, src, &w.value, errp)) {
        return false;
    }
    if (!env->write_file(env->opaque, w.dest, w.dst_offset, NULL, w.size,
                         &err)) {
        loader_err(l, errp, "%s", error_get_pretty(err));
        error_free(err);
        return false;
    }
    pstrcpy(w.src, sizeof(w.src), src->name);
    g_array_append_val(l->writes, w);
    return true;
}

/*
 * Pass 1: check every command, allocate from the zones, patch the host
 * copies of the blobs and record the WRITE_POINTERs. Nothing is written
 * to the guest or to fw_cfg.
 */
static bool loader_check(Loader *l, const BiosLinkerLoaderEntry *cmds,
                         size_t n, Error **errp)
{
    bool ok = true;

    for (size_t i = 0; ok && i < n; i++) {
        uint32_t command = le32_to_cpu(cmds[i].command);

        l->idx = i;
        if (command == 0) {
            /* the script is padded with zeroed commands */
            continue;
        }
        if (command >= ARRAY_SIZE(cmd_names) || !cmd_names[command]) {
            error_setg(errp, "nofw: table-loader command %zu: unknown "
                       "command 0x%" PRIx32, i, command);
            return false;
        }
        l->cmd = cmd_names[command];
        l->res->commands++;
        switch (command) {
        case BIOS_LINKER_LOADER_COMMAND_ALLOCATE:
            ok = cmd_allocate(l, &cmds[i], errp);
            break;
        case BIOS_LINKER_LOADER_COMMAND_ADD_POINTER:
            ok = cmd_add_pointer(l, &cmds[i], errp);
            break;
        case BIOS_LINKER_LOADER_COMMAND_ADD_CHECKSUM:
            ok = cmd_add_checksum(l, &cmds[i], errp);
            break;
        case BIOS_LINKER_LOADER_COMMAND_WRITE_POINTER:
            ok = cmd_write_pointer(l, &cmds[i], errp);
            break;
        }
    }
    return ok;
}

/* Pass 2: everything was checked; write the guest and fw_cfg. */
static void loader_apply(Loader *l)
{
    const NofwLoaderEnv *env = l->env;
    NofwLoaderResult *res = l->res;

    for (guint i = 0; i < res->blobs->len; i++) {
        NofwLoaderBlob *b = &g_array_index(res->blobs, NofwLoaderBlob, i);

        if (b->used) {
            env->store(env->opaque, b->addr, b->data, b->used);
        }
        if (b->used < b->size) {
            env->store(env->opaque, b->addr + b->used, NULL,
                       b->size - b->used);
        }
        res->bytes += b->size;
    }
    for (guint i = 0; i < l->writes->len; i++) {
        LoaderWrite *w = &g_array_index(l->writes, LoaderWrite, i);
        uint8_t buf[8];

        put_le(buf, w->size, w->value);
        /* checked in pass 1, so this cannot fail */
        env->write_file(env->opaque, w->dest, w->dst_offset, buf, w->size,
                        &error_abort);
        trace_nofw_loader_write_pointer(w->idx, w->dest, w->dst_offset,
                                        w->size, w->src, w->src_offset,
                                        w->value);
    }
}

bool nofw_loader_run(const void *script, size_t len,
                     const NofwLoaderEnv *env, NofwLoaderResult *res,
                     Error **errp)
{
    g_autoptr(GArray) writes = g_array_new(false, false,
                                           sizeof(LoaderWrite));
    Loader l = { .env = env, .res = res, .writes = writes };
    int64_t t0 = get_clock();

    res->blobs = g_array_new(false, true, sizeof(NofwLoaderBlob));
    res->commands = 0;
    res->bytes = 0;

    if (len % sizeof(BiosLinkerLoaderEntry)) {
        error_setg(errp, "nofw: table-loader script has %zu bytes, not a "
                   "multiple of %zu", len, sizeof(BiosLinkerLoaderEntry));
        return false;
    }
    if (!loader_check(&l, script, len / sizeof(BiosLinkerLoaderEntry),
                      errp)) {
        return false;
    }
    loader_apply(&l);
    trace_nofw_loader_done(res->commands, res->blobs->len, res->bytes,
                           get_clock() - t0);
    return true;
}

uint64_t nofw_loader_blob_addr(const NofwLoaderResult *res, const char *name)
{
    NofwLoaderBlob *b = blob_find(res, name);

    return b ? b->addr : 0;
}

void nofw_loader_result_free(NofwLoaderResult *res)
{
    for (guint i = 0; res->blobs && i < res->blobs->len; i++) {
        g_free(g_array_index(res->blobs, NofwLoaderBlob, i).data);
    }
    if (res->blobs) {
        g_array_free(res->blobs, true);
    }
    res->blobs = NULL;
}
