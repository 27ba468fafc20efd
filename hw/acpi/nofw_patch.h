/*
 * nofw: the ACPI table-loader (etc/table-loader) executed by QEMU
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_ACPI_NOFW_PATCH_H
#define HW_ACPI_NOFW_PATCH_H

#include "hw/acpi/bios-linker-loader.h"

/*
 * A range of guest memory handed out by a bump allocator: HIGH grows
 * down from @top, FSEG grows up from @base.
 */
typedef struct NofwZone {
    const char *name;
    uint64_t base;
    uint64_t top;
    uint64_t next;
    bool down;
} NofwZone;

void nofw_zone_init(NofwZone *z, const char *name, uint64_t base,
                    uint64_t top, bool down);
/* @align must be a power of 2 (the table-loader checks the script's). */
bool nofw_zone_alloc(NofwZone *z, uint64_t size, uint64_t align,
                     uint64_t *addr, Error **errp);

/* What the executor needs from the machine (or from a unit test). */
typedef struct NofwLoaderEnv {
    /* Contents of fw_cfg file @name (the executor copies them), or NULL */
    const void *(*get_file)(void *opaque, const char *name, size_t *len);
    /* Write @len bytes at guest physical @addr; zeros when @data is NULL */
    void (*store)(void *opaque, uint64_t addr, const void *data, size_t len);
    /*
     * Write into fw_cfg file @name as a guest DMA write would; with
     * @data NULL only check that the range may be written.
     */
    bool (*write_file)(void *opaque, const char *name, uint32_t offset,
                       const void *data, uint32_t len, Error **errp);
    NofwZone *high;
    NofwZone *fseg;
    void *opaque;
} NofwLoaderEnv;

typedef struct NofwLoaderBlob {
    char name[BIOS_LINKER_LOADER_FILESZ];
    uint64_t addr;
    uint32_t size;
    uint8_t zone;
    uint8_t *data;      /* host copy, patched: the first @used bytes */
    uint32_t used;      /* the rest, up to @size, is zero */
} NofwLoaderBlob;

typedef struct NofwLoaderResult {
    GArray *blobs;      /* of NofwLoaderBlob, in ALLOCATE order */
    unsigned commands;  /* non-padding commands executed */
    uint64_t bytes;     /* bytes copied into guest memory */
} NofwLoaderResult;

/*
 * Run the table-loader @script (@len bytes): validate every command,
 * then place, patch and checksum the blobs in guest memory and perform
 * the WRITE_POINTERs. On error nothing was written to the guest or to
 * fw_cfg; @errp names the command index, the field and the file.
 */
bool nofw_loader_run(const void *script, size_t len,
                     const NofwLoaderEnv *env, NofwLoaderResult *res,
                     Error **errp);

/* Guest address of the blob called @name in @res, or 0 */
uint64_t nofw_loader_blob_addr(const NofwLoaderResult *res,
                               const char *name);

void nofw_loader_result_free(NofwLoaderResult *res);

#endif
