/*
 * nofw: a bzImage as -kernel, without firmware
 *
 * Distributions ship the kernel as a bzImage: real-mode setup code, then
 * a protected-mode part that decompresses the kernel proper (an ELF
 * vmlinux, which carries the PVH note) from a payload. The setup header
 * (Linux boot protocol, Documentation/arch/x86/boot.rst) says where the
 * payload is. nofw decompresses it here and, when the result is an ELF
 * with a PVH note, boots that exactly as if it had been given. The
 * result lives in a memfd that the ELF loader reads by its /proc path;
 * the decompressor's own memory is freed before the guest starts.
 *
 * Every offset and size comes from the file and is checked against it;
 * the output is bounded by the size the payload states in its last 4
 * bytes (little endian: gzip's own ISIZE, appended by kbuild for the
 * other formats), which is checked against a limit first.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bswap.h"
#include "qemu/memfd.h"
#include "qemu/units.h"
#include "hw/i386/nofw.h"
#ifdef NOFW_HAVE_LZMA
#include <lzma.h>
#endif
#include <zlib.h>
#ifdef CONFIG_ZSTD
#include <zstd.h>
#include <zstd_errors.h>
#endif

#define BZ_SETUP_SECTS      0x1f1
#define BZ_SYSSIZE          0x1f4
#define BZ_JUMP             0x200
#define BZ_HEADER           0x202
#define BZ_VERSION          0x206
#define BZ_INITRD_ADDR_MAX  0x22c
#define BZ_XLOADFLAGS       0x236
#define BZ_CMDLINE_SIZE     0x238
#define BZ_PAYLOAD_OFFSET   0x248
#define BZ_PAYLOAD_LENGTH   0x24c
#define BZ_PREF_ADDRESS     0x258
#define BZ_INIT_SIZE        0x260
#define BZ_MAGIC            0x53726448  /* "HdrS" */

bool nofw_bzimage_is(const uint8_t *img, size_t size)
{
    return size >= BZ_VERSION + 2 && ldl_le_p(img + BZ_HEADER) == BZ_MAGIC;
}

bool nofw_bzimage_parse(const uint8_t *img, size_t size, NofwBzImage *bz,
                        Error **errp)
{
    unsigned sects;
    uint64_t off, len;
    unsigned need;

    memset(bz, 0, sizeof(*bz));
    bz->version = lduw_le_p(img + BZ_VERSION);
    /* 2.08 added the payload fields; 2.10 pref_address and init_size */
    if (bz->version < 0x208) {
        error_setg(errp, "bzImage boot protocol %u.%02u is older than "
                   "2.08 (no payload fields)", bz->version >> 8,
                   bz->version & 0xff);
        return false;
    }
    need = bz->version >= 0x20a ? BZ_INIT_SIZE + 4 : BZ_PAYLOAD_LENGTH + 4;
    bz->hdr_end = BZ_JUMP + 2 + img[BZ_JUMP + 1];
    if (size < need || bz->hdr_end < need || bz->hdr_end > 0x2d0) {
        error_setg(errp, "bzImage setup header (%u bytes) is malformed or "
                   "truncated", bz->hdr_end - BZ_SETUP_SECTS);
        return false;
    }
    sects = img[BZ_SETUP_SECTS] ?: 4;
    bz->setup_len = (sects + 1) * 512;
    if (bz->setup_len >= size) {
        error_setg(errp, "bzImage setup code (%u sectors) ends at 0x%x, "
                   "beyond the file (%zu bytes)", sects, bz->setup_len, size);
        return false;
    }
    bz->pm = img + bz->setup_len;
    bz->pm_len = size - bz->setup_len;
    bz->initrd_addr_max = (uint32_t)ldl_le_p(img + BZ_INITRD_ADDR_MAX);
    bz->xloadflags = lduw_le_p(img + BZ_XLOADFLAGS);
    bz->cmdline_size = (uint32_t)ldl_le_p(img + BZ_CMDLINE_SIZE);
    if (bz->version >= 0x20a) {
        bz->pref_address = ldq_le_p(img + BZ_PREF_ADDRESS);
        bz->init_size = (uint32_t)ldl_le_p(img + BZ_INIT_SIZE);
    }
    if (bz->pref_address >= 4 * GiB ||
        bz->init_size > 4 * GiB - bz->pref_address) {
        error_setg(errp, "bzImage pref_address 0x%" PRIx64 " + init_size "
                   "0x%x is not below 4 GiB", bz->pref_address,
                   bz->init_size);
        return false;
    }

    off = (uint32_t)ldl_le_p(img + BZ_PAYLOAD_OFFSET);
    len = (uint32_t)ldl_le_p(img + BZ_PAYLOAD_LENGTH);
    if (len < 8 || off > bz->pm_len || len > bz->pm_len - off) {
        error_setg(errp, "bzImage payload (%" PRIu64 " bytes at 0x%" PRIx64
                   ") is not inside the file (%zu bytes)", len,
                   bz->setup_len + off, size);
        return false;
    }
    bz->payload = bz->pm + off;
    bz->payload_len = len;
    return true;
}

typedef enum {
    BZ_NONE, BZ_GZIP, BZ_XZ, BZ_ZSTD,
} BzFormat;

static const struct {
    const char *name;
    uint8_t len;
    uint8_t magic[6];
    BzFormat fmt;
} bz_formats[] = {
    { "gzip", 2, { 0x1f, 0x8b }, BZ_GZIP },
    { "xz", 6, { 0xfd, '7', 'z', 'X', 'Z', 0 }, BZ_XZ },
    { "zstd", 4, { 0x28, 0xb5, 0x2f, 0xfd }, BZ_ZSTD },
    { "bzip2", 3, { 'B', 'Z', 'h' }, BZ_NONE },
    { "lzma", 3, { 0x5d, 0, 0 }, BZ_NONE },
    { "lzo", 4, { 0x89, 'L', 'Z', 'O' }, BZ_NONE },
    { "lz4", 4, { 0x02, 0x21, 0x4c, 0x18 }, BZ_NONE },
};

/*
 * Each decoder fills exactly @out_len bytes or fails: more output than
 * that, less, or a corrupt stream.
 */
static bool bz_too_big(size_t out_len, Error **errp)
{
    error_setg(errp, "bzImage payload decompresses to more than the %zu "
               "bytes it states", out_len);
    return false;
}

static bool bz_check_len(size_t got, size_t out_len, Error **errp)
{
    if (got != out_len) {
        error_setg(errp, "bzImage payload decompresses to %zu bytes, not "
                   "the %zu bytes it states", got, out_len);
        return false;
    }
    return true;
}

#ifdef NOFW_HAVE_LZMA
static bool bz_xz(const uint8_t *in, size_t in_len, uint8_t *out,
                  size_t out_len, Error **errp)
{
    lzma_stream st = LZMA_STREAM_INIT;
    lzma_ret ret = lzma_stream_decoder(&st, 256 * MiB, 0);

    if (ret != LZMA_OK) {
        error_setg(errp, "xz decoder: error %d", ret);
        return false;
    }
    st.next_in = in;
    st.avail_in = in_len;
    st.next_out = out;
    st.avail_out = out_len;
    ret = lzma_code(&st, LZMA_FINISH);
    lzma_end(&st);
    if (ret == LZMA_STREAM_END) {
        return bz_check_len(st.total_out, out_len, errp);
    }
    if (st.avail_out == 0 && (ret == LZMA_OK || ret == LZMA_BUF_ERROR)) {
        return bz_too_big(out_len, errp);
    }
    if (ret == LZMA_OK || ret == LZMA_BUF_ERROR) {
        error_setg(errp, "bzImage xz payload is truncated");
        return false;
    }
    error_setg(errp, "bzImage xz payload is corrupt (liblzma error %d at "
               "input byte %" PRIu64 ")", ret, (uint64_t)st.total_in);
    return false;
}

#endif

static bool bz_gzip(const uint8_t *in, size_t in_len, uint8_t *out,
                    size_t out_len, Error **errp)
{
    z_stream z = { 0 };
    int ret;

    if (in_len > UINT_MAX || out_len > UINT_MAX ||
        inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        error_setg(errp, "gzip decoder: cannot start");
        return false;
    }
    z.next_in = (Bytef *)in;
    z.avail_in = in_len;
    z.next_out = out;
    z.avail_out = out_len;
    ret = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (ret == Z_STREAM_END) {
        return bz_check_len(z.total_out, out_len, errp);
    }
    if (z.avail_out == 0 && ret == Z_BUF_ERROR) {
        return bz_too_big(out_len, errp);
    }
    error_setg(errp, "bzImage gzip payload is corrupt (%s)",
               z.msg ?: "truncated");
    return false;
}

#ifdef CONFIG_ZSTD
/* One shot into the output: no window buffer on top of it. */
static bool bz_zstd(const uint8_t *in, size_t in_len, uint8_t *out,
                    size_t out_len, Error **errp)
{
    size_t frame = ZSTD_findFrameCompressedSize(in, in_len);
    size_t ret;

    if (ZSTD_isError(frame)) {
        error_setg(errp, "bzImage zstd payload is corrupt or truncated "
                   "(%s)", ZSTD_getErrorName(frame));
        return false;
    }
    ret = ZSTD_decompress(out, out_len, in, frame);
    if (ZSTD_getErrorCode(ret) == ZSTD_error_dstSize_tooSmall) {
        return bz_too_big(out_len, errp);
    }
    if (ZSTD_isError(ret)) {
        error_setg(errp, "bzImage zstd payload is corrupt (%s)",
                   ZSTD_getErrorName(ret));
        return false;
    }
    return bz_check_len(ret, out_len, errp);
}
#endif

int nofw_bzimage_unpack(const NofwBzImage *bz, uint64_t limit, int *fd,
                        uint8_t **elf, size_t *elf_len, const char **why,
                        Error **errp)
{
    const uint8_t *in = bz->payload;
    size_t in_len = bz->payload_len - 4;
    uint64_t out_len = (uint32_t)ldl_le_p(in + in_len);
    BzFormat fmt = BZ_NONE;
    const char *name = NULL;
    uint8_t *out;
    bool ok;

    for (int i = 0; i < ARRAY_SIZE(bz_formats); i++) {
        if (!memcmp(in, bz_formats[i].magic, bz_formats[i].len)) {
            fmt = bz_formats[i].fmt;
            name = bz_formats[i].name;
            break;
        }
    }
#ifndef CONFIG_ZSTD
    if (fmt == BZ_ZSTD) {
        fmt = BZ_NONE;
    }
#endif
#ifndef NOFW_HAVE_LZMA
    if (fmt == BZ_XZ) {
        fmt = BZ_NONE;
    }
#endif
#ifndef CONFIG_LINUX
    fmt = BZ_NONE;              /* the ELF goes through a memfd */
#endif
    if (fmt == BZ_NONE) {
        *why = name ? "QEMU does not decompress this payload format" :
                      "unknown payload format";
        return 0;
    }
    if (fmt == BZ_GZIP) {
        in_len = bz->payload_len;   /* its last 4 bytes are gzip's own */
    }
    if (out_len == 0 || out_len > limit) {
        error_setg(errp, "bzImage %s payload states %" PRIu64 " bytes "
                   "decompressed; the limit is %" PRIu64 " (guest RAM, at "
                   "most %u MiB)", name, out_len, limit,
                   (unsigned)(NOFW_BZ_MAX / MiB));
        return -1;
    }
#ifdef CONFIG_LINUX
    *fd = qemu_memfd_create("nofw-vmlinux", out_len, false, 0, 0, errp);
    if (*fd < 0) {
        return -1;
    }
    out = mmap(NULL, out_len, PROT_READ | PROT_WRITE, MAP_SHARED, *fd, 0);
    if (out == MAP_FAILED) {
        error_setg_errno(errp, errno, "cannot map %" PRIu64 " bytes for "
                         "the decompressed kernel", out_len);
        close(*fd);
        *fd = -1;
        return -1;
    }
    switch (fmt) {
    case BZ_GZIP:
        ok = bz_gzip(in, in_len, out, out_len, errp);
        break;
#ifdef NOFW_HAVE_LZMA
    case BZ_XZ:
        ok = bz_xz(in, in_len, out, out_len, errp);
        break;
#endif
#ifdef CONFIG_ZSTD
    case BZ_ZSTD:
        ok = bz_zstd(in, in_len, out, out_len, errp);
        break;
#endif
    default:
        g_assert_not_reached();
    }
    if (!ok) {
        munmap(out, out_len);
        close(*fd);
        *fd = -1;
        return -1;
    }
    *elf = out;
    *elf_len = out_len;
    *why = name;
    return 1;
#else
    g_assert_not_reached();
#endif
}
