/*
 * libFuzzer harness for the bzImage reader of hw/i386/nofw_bzimage.c
 *
 * The input is a -kernel file, taken the way nofw_bzimage_choose() in
 * hw/i386/pvh_select.c takes it: nofw_bzimage_is(), then
 * nofw_bzimage_parse(), nofw_bzimage_unpack() into a memfd and
 * nofw_pvh_note_find() on the result. The decompressed size is capped
 * far below the machine's (guest RAM, at most 1 GiB) to keep each run
 * short; the checks are the same. What the functions return is checked
 * against the setup header, read here again; a violated invariant
 * aborts, which libFuzzer reports as a crash. The decompressors are
 * system libraries, not instrumented: only nofw's code gives coverage.
 * Built and run by tests/fuzz/run.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bswap.h"
#include "qemu/units.h"
#include "hw/i386/nofw.h"
#include "nofw-fuzz.h"

#define BZ_MAX_INPUT    (1 * MiB)
#define BZ_LIMIT        (4 * MiB)   /* decompressed, at most */

/* The lowest free file descriptor: it must not change (no fd leak). */
static int free_fd(void)
{
    int fd = dup(0);

    check(fd >= 0);
    close(fd);
    return fd;
}

static void check_parsed(const uint8_t *img, size_t size,
                         const NofwBzImage *bz)
{
    uint32_t off = ldl_le_p(img + 0x248), len = ldl_le_p(img + 0x24c);

    check(bz->version == lduw_le_p(img + 0x206) && bz->version >= 0x208);
    check(bz->hdr_end == 0x202 + img[0x201] && bz->hdr_end <= 0x2d0);
    check(bz->hdr_end >= (bz->version >= 0x20a ? 0x264 : 0x250));
    check(bz->setup_len == ((img[0x1f1] ?: 4) + 1) * 512);
    check(bz->setup_len < size);
    check(bz->pm == img + bz->setup_len);
    check(bz->pm_len == size - bz->setup_len);
    check(bz->payload == bz->pm + off && bz->payload_len == len);
    check(len >= 8 && off <= bz->pm_len && len <= bz->pm_len - off);
    check(bz->pref_address < 4 * GiB &&
          bz->init_size <= 4 * GiB - bz->pref_address);
    check(bz->initrd_addr_max == (uint32_t)ldl_le_p(img + 0x22c));
    check(bz->xloadflags == lduw_le_p(img + 0x236));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    NofwBzImage bz;
    PvhKernel k = { 0 };
    Error *err = NULL;
    const char *why = NULL;
    uint8_t *img, *elf = NULL;
    size_t elf_len = 0;
    int fd = -1, fd0, r;

    if (size > BZ_MAX_INPUT) {
        return -1;
    }
    img = g_malloc(size ?: 1);
    memcpy(img, data, size);
    fd0 = free_fd();

    if (!nofw_bzimage_is(img, size)) {
        goto out;
    }
    if (!nofw_bzimage_parse(img, size, &bz, &err)) {
        check(err);
        if (fuzz_verbose()) {
            fprintf(stderr, "fuzz-bzimage: %s\n", error_get_pretty(err));
        }
        error_free(err);
        goto out;
    }
    check(!err);
    check_parsed(img, size, &bz);

    r = nofw_bzimage_unpack(&bz, BZ_LIMIT, &fd, &elf, &elf_len, &why, &err);
    if (fuzz_verbose()) {
        fprintf(stderr, "fuzz-bzimage: unpack %d: %s\n", r,
                r < 0 ? error_get_pretty(err) : why);
    }
    check(r >= -1 && r <= 1);
    check((r < 0) == !!err);
    if (r < 0) {
        check(fd == -1);
        error_free(err);
        goto out;
    }
    check(why);
    if (r == 0) {
        check(fd == -1 && !elf);
        goto out;
    }
    /* exactly the size the payload states, within the limit */
    check(fd >= 0 && elf && elf_len > 0 && elf_len <= BZ_LIMIT);
    check(elf_len == (uint32_t)ldl_le_p(bz.payload + bz.payload_len - 4));

    /* what the machine does next with the decompressed kernel */
    if (!nofw_pvh_note_find(elf, elf_len, &k, &err)) {
        error_free(err);
    } else {
        check(k.entry < 4 * GiB && k.segments->len > 0);
    }
    if (k.segments) {
        g_array_free(k.segments, true);
    }
    munmap(elf, elf_len);
    close(fd);
out:
    check(free_fd() == fd0);
    g_free(img);
    return 0;
}
