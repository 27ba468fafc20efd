/*
 * libFuzzer harness for the PVH note parser of hw/i386/nofw_elf.c
 *
 * The input is a -kernel file. nofw_pvh_note_find() and
 * nofw_is_multiboot() run on an exact-size heap copy of it, so that
 * ASan reports any read past its end. The parser's verdict (accept or
 * not, and the entry) must be the one of model(), the rules of
 * nofw_elf.c written down again here, with unsigned loads and without
 * looking at how the parser does it. When it accepts, the segments it
 * returns must be the file's loadable segments, below 4 GiB, apart,
 * with the entry in the file contents of one. A second call, reusing
 * k->segments, must agree with the first. A violated invariant aborts,
 * which libFuzzer reports as a crash. Built and run by tests/fuzz/run.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bswap.h"
#include "qemu/units.h"
#include "elf.h"
#include "hw/i386/nofw.h"
#include "nofw-fuzz.h"

/* Real kernels are megabytes, but nothing here depends on the size. */
#define PVH_MAX_INPUT   (1 * MiB)
#define PVH_NOTE        18      /* XEN_ELFNOTE_PHYS32_ENTRY */

/* Unsigned loads: the fields are unsigned in the ELF specification. */
static uint64_t le(const uint8_t *p, unsigned size)
{
    uint64_t v = 0;

    for (unsigned i = 0; i < size; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return v;
}

/* Field @f of the ELF64 (@t64) or ELF32 (@t32) structure at @p */
#define EFIELD(p, is64, t64, t32, f) \
    ((is64) ? le((p) + offsetof(t64, f), sizeof(((t64 *)0)->f)) \
            : le((p) + offsetof(t32, f), sizeof(((t32 *)0)->f)))

static bool in_file(uint64_t off, uint64_t len, size_t size)
{
    return off <= size && len <= size - off;
}

typedef struct Phdr {
    uint64_t type, off, paddr, filesz, memsz;
} Phdr;

/* Program header @i of @img, whose table lies in the file. */
static Phdr phdr(const uint8_t *img, bool is64, uint64_t i)
{
    uint64_t phoff = EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_phoff);
    const uint8_t *ph = img + phoff +
                        i * (is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr));

    return (Phdr) {
        .type = le(ph, 4),
        .off = EFIELD(ph, is64, Elf64_Phdr, Elf32_Phdr, p_offset),
        .paddr = EFIELD(ph, is64, Elf64_Phdr, Elf32_Phdr, p_paddr),
        .filesz = EFIELD(ph, is64, Elf64_Phdr, Elf32_Phdr, p_filesz),
        .memsz = EFIELD(ph, is64, Elf64_Phdr, Elf32_Phdr, p_memsz),
    };
}

static int cmp_paddr(const void *a, const void *b)
{
    const Phdr *x = a, *y = b;

    return x->paddr < y->paddr ? -1 : x->paddr > y->paddr;
}

/*
 * QEMU's ELF loader reads the symbol table: each SHT_SYMTAB section,
 * and the section its sh_link names, must lie in the file, when the
 * section header table itself does.
 */
static bool model_sections(const uint8_t *img, size_t size, bool is64)
{
    uint64_t shoff = EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_shoff);
    uint64_t shnum = EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_shnum);
    uint64_t shsz = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);

    if (!in_file(shoff, shnum * shsz, size)) {
        return true;
    }
    for (uint64_t i = 0; i < shnum; i++) {
        const uint8_t *sh = img + shoff + i * shsz;
        uint64_t link = EFIELD(sh, is64, Elf64_Shdr, Elf32_Shdr, sh_link);

        if (EFIELD(sh, is64, Elf64_Shdr, Elf32_Shdr, sh_type) != SHT_SYMTAB) {
            continue;
        }
        if (!in_file(EFIELD(sh, is64, Elf64_Shdr, Elf32_Shdr, sh_offset),
                     EFIELD(sh, is64, Elf64_Shdr, Elf32_Shdr, sh_size),
                     size)) {
            return false;
        }
        if (link >= shnum) {
            continue;
        }
        sh = img + shoff + link * shsz;     /* its string table */
        if (!in_file(EFIELD(sh, is64, Elf64_Shdr, Elf32_Shdr, sh_offset),
                     EFIELD(sh, is64, Elf64_Shdr, Elf32_Shdr, sh_size),
                     size)) {
            return false;
        }
    }
    return true;
}

/*
 * The verdict nofw_pvh_note_find() should reach. Accepted: an x86
 * little-endian ELF whose program headers and segments lie in the file;
 * whose loadable segments (p_memsz != 0) have p_filesz <= p_memsz, fit
 * below 4 GiB and do not overlap; whose notes are well formed, with
 * zero padding after the last; whose first Xen/PHYS32_ENTRY note
 * carries a 4- or 8-byte entry, 0 < entry < 4 GiB, in the file contents
 * of a loadable segment; and whose symbol table lies in the file.
 */
static bool model(const uint8_t *img, size_t size, uint64_t *entry)
{
    bool is64, found = false, decided = false;
    uint64_t phoff, phnum, phentsize, i, n = 0;
    g_autofree Phdr *load = NULL;

    if (size < EI_NIDENT || memcmp(img, ELFMAG, SELFMAG) ||
        (img[EI_CLASS] != ELFCLASS32 && img[EI_CLASS] != ELFCLASS64) ||
        img[EI_DATA] != ELFDATA2LSB) {
        return false;
    }
    is64 = img[EI_CLASS] == ELFCLASS64;
    if (size < (is64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr))) {
        return false;
    }
    if (EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_machine) != EM_386 &&
        EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_machine) != EM_X86_64) {
        return false;
    }
    phoff = EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_phoff);
    phnum = EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_phnum);
    phentsize = EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_phentsize);
    if (phentsize != (is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr)) ||
        phnum == 0 || !in_file(phoff, phnum * phentsize, size)) {
        return false;
    }
    load = g_new(Phdr, phnum);
    for (i = 0; i < phnum; i++) {
        Phdr p = phdr(img, is64, i);
        uint64_t pos = p.off, end = p.off + p.filesz;

        if (!in_file(p.off, p.filesz, size)) {
            return false;
        }
        if (p.type == PT_LOAD && p.memsz) {
            if (p.filesz > p.memsz || p.paddr >= 4 * GiB ||
                p.memsz > 4 * GiB - p.paddr) {
                return false;
            }
            load[n++] = p;
        }
        while (p.type == PT_NOTE && end - pos >= 12) {
            uint64_t namesz = le(img + pos, 4), descsz = le(img + pos + 4, 4);
            uint64_t desc = pos + 12 + QEMU_ALIGN_UP(namesz, 4);
            uint64_t next = desc + QEMU_ALIGN_UP(descsz, 4);
            uint64_t e;

            if (next > end) {
                return false;
            }
            if (!decided && le(img + pos + 8, 4) == PVH_NOTE &&
                namesz == 4 && !memcmp(img + pos + 12, "Xen", 4)) {
                e = descsz == 4 || descsz == 8 ? le(img + desc, descsz) : 0;
                decided = true;
                found = e && e < 4 * GiB;
                *entry = e;
            }
            pos = next;
        }
        for (; p.type == PT_NOTE && pos < end; pos++) {
            if (img[pos]) {
                return false;
            }
        }
    }
    qsort(load, n, sizeof(*load), cmp_paddr);
    for (i = 1; i < n; i++) {
        if (load[i].paddr < load[i - 1].paddr + load[i - 1].memsz) {
            return false;
        }
    }
    if (!found) {
        return false;
    }
    for (i = 0; i < n; i++) {
        if (*entry >= load[i].paddr &&
            *entry < load[i].paddr + load[i].memsz) {
            return *entry < load[i].paddr + load[i].filesz &&
                   model_sections(img, size, is64);
        }
    }
    return false;
}

/* What must hold when the parser accepted @img. */
static void check_accepted(const uint8_t *img, size_t size,
                           const PvhKernel *k)
{
    bool is64 = img[EI_CLASS] == ELFCLASS64;
    uint64_t phnum = EFIELD(img, is64, Elf64_Ehdr, Elf32_Ehdr, e_phnum);
    uint64_t end = 0, i, n = 0;
    bool entry_in = false;

    check(k->elfclass == (is64 ? 64 : 32));
    check(!k->malformed);
    check(k->entry != 0 && k->entry < 4 * GiB);
    check(k->segments && k->segments->len > 0);

    /* k->segments: the loadable segments of the file, in file order */
    for (i = 0; i < phnum; i++) {
        Phdr p = phdr(img, is64, i);
        const PvhSegment *s;

        if (p.type != PT_LOAD || !p.memsz) {
            continue;
        }
        check(n < k->segments->len);
        s = &g_array_index(k->segments, PvhSegment, n++);
        check(s->paddr == p.paddr && s->memsz == p.memsz &&
              s->filesz == p.filesz);
        check(s->filesz <= s->memsz);
        check(s->paddr < 4 * GiB && s->memsz <= 4 * GiB - s->paddr);
        check(in_file(p.off, p.filesz, size));
        if (k->entry >= s->paddr && k->entry - s->paddr < s->filesz) {
            entry_in = true;
        }
        end = MAX(end, s->paddr + s->memsz);
    }
    check(n == k->segments->len);
    check(entry_in);
    check(k->end == end && k->end <= 4 * GiB);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PvhKernel k = { 0 }, again = { 0 };
    Error *err = NULL, *err2 = NULL;
    uint64_t entry = 0;
    uint8_t *img;
    bool ok, want;

    if (size > PVH_MAX_INPUT) {
        return -1;
    }
    /* exact size: the fuzzer's own buffer may have slack after it */
    img = g_malloc(size ?: 1);
    memcpy(img, data, size);

    ok = nofw_pvh_note_find(img, size, &k, &err);
    want = model(img, size, &entry);
    if (fuzz_verbose()) {
        fprintf(stderr, "fuzz-pvh-note: %s; model: %s\n",
                ok ? "accepted" : error_get_pretty(err),
                want ? "accept" : "refuse");
    }
    check(ok == !err);
    check(ok == want);
    if (ok) {
        check(k.entry == entry);
        check_accepted(img, size, &k);
    } else {
        check(strlen(error_get_pretty(err)) > 0);
    }

    /* A second call reuses k->segments and must agree with the first. */
    again.segments = g_array_new(false, false, sizeof(PvhSegment));
    g_array_set_size(again.segments, 3);
    check(nofw_pvh_note_find(img, size, &again, &err2) == ok);
    if (ok) {
        check(again.entry == k.entry && again.end == k.end);
        check(again.segments->len == k.segments->len);
        check(!memcmp(again.segments->data, k.segments->data,
                      k.segments->len * sizeof(PvhSegment)));
    } else {
        check(again.malformed == k.malformed);
        check(!strcmp(error_get_pretty(err), error_get_pretty(err2)));
    }

    /* Cannot fail; ASan checks that it stays inside the buffer. */
    nofw_is_multiboot(img, size);

    error_free(err);
    error_free(err2);
    if (k.segments) {
        g_array_free(k.segments, true);
    }
    g_array_free(again.segments, true);
    g_free(img);
    return 0;
}
