/*
 * nofw: the PVH entry note of a -kernel ELF
 *
 * The kernel file is untrusted input parsed inside the QEMU process, so
 * every offset and size read from it is checked against the file before
 * use, with 64-bit arithmetic that cannot wrap. Kept apart from the
 * machine code (pvh_select.c, nofw.c) so that tests/fuzz can build it
 * alone.
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

#define XEN_ELFNOTE_PHYS32_ENTRY    18

static bool pvh_range_ok(uint64_t off, uint64_t len, uint64_t size)
{
    return off <= size && len <= size - off;
}

/* A 32-bit field: ldl_le_p() returns int, which would sign-extend */
static uint64_t pvh_ld32(const uint8_t *p)
{
    return (uint32_t)ldl_le_p(p);
}

static int pvh_segment_cmp(gconstpointer a, gconstpointer b)
{
    const PvhSegment *x = a, *y = b;

    return x->paddr < y->paddr ? -1 : x->paddr > y->paddr;
}

/*
 * QEMU's ELF loader, which loads the segments afterwards, also reads the
 * symbol table (load_symbols() in hw/elf_ops.h.inc). A SHT_SYMTAB, or
 * the string table it links to, that does not lie in the file is a
 * broken file: say so, instead of booting it without symbols.
 */
static bool pvh_sections_ok(const uint8_t *img, size_t size, bool is64,
                            Error **errp)
{
    uint64_t shsize = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
    uint64_t shoff, shnum, i;

    if (is64) {
        shoff = ldq_le_p(img + offsetof(Elf64_Ehdr, e_shoff));
        shnum = lduw_le_p(img + offsetof(Elf64_Ehdr, e_shnum));
    } else {
        shoff = pvh_ld32(img + offsetof(Elf32_Ehdr, e_shoff));
        shnum = lduw_le_p(img + offsetof(Elf32_Ehdr, e_shnum));
    }
    if (!pvh_range_ok(shoff, shnum * shsize, size)) {
        return true;            /* the loader cannot read it: no symbols */
    }
    for (i = 0; i < shnum; i++) {
        const uint8_t *sh = img + shoff + i * shsize;
        uint64_t n = i;

        if (ldl_le_p(sh + offsetof(Elf32_Shdr, sh_type)) != SHT_SYMTAB) {
            continue;
        }
        for (int pass = 0; pass < 2; pass++) {  /* symtab, its strtab */
            uint64_t off = is64 ? ldq_le_p(sh + offsetof(Elf64_Shdr,
                                                         sh_offset)) :
                           pvh_ld32(sh + offsetof(Elf32_Shdr, sh_offset));
            uint64_t len = is64 ? ldq_le_p(sh + offsetof(Elf64_Shdr,
                                                         sh_size)) :
                           pvh_ld32(sh + offsetof(Elf32_Shdr, sh_size));
            uint64_t link = pvh_ld32(sh + (is64 ?
                                           offsetof(Elf64_Shdr, sh_link) :
                                           offsetof(Elf32_Shdr, sh_link)));

            if (!pvh_range_ok(off, len, size)) {
                error_setg(errp, "ELF section %" PRIu64 " (0x%" PRIx64
                           " bytes at 0x%" PRIx64 ") outside the file (%zu "
                           "bytes)", n, len, off, size);
                return false;
            }
            if (link >= shnum) {
                break;          /* the loader stops there too */
            }
            n = link;
            sh = img + shoff + n * shsize;
        }
    }
    return true;
}

/*
 * Find the PVH entry of the ELF image @img (@size bytes). Every offset
 * and size read from the file is checked against the file before use.
 * Returns false with @errp set when the file is not an x86 ELF, has no
 * valid XEN_ELFNOTE_PHYS32_ENTRY note, or its entry is not in a
 * loadable segment below 4 GiB. k->segments is (re)filled; the caller
 * frees it, on failure too.
 */
bool nofw_pvh_note_find(const uint8_t *img, size_t size, PvhKernel *k,
                        Error **errp)
{
    bool is64;
    uint64_t phoff, phentsize, phnum, i;
    uint16_t machine;
    g_autofree char *note_err = NULL;
    bool found = false;

    if (size < SELFMAG || memcmp(img, ELFMAG, SELFMAG)) {
        error_setg(errp, "not an ELF file");
        return false;
    }
    k->malformed = true;        /* until the note search says otherwise */
    if (size < EI_NIDENT) {
        error_setg(errp, "ELF header truncated (%zu bytes)", size);
        return false;
    }
    if (img[EI_CLASS] != ELFCLASS32 && img[EI_CLASS] != ELFCLASS64) {
        error_setg(errp, "ELF class %u is neither 32 nor 64 bit",
                   img[EI_CLASS]);
        return false;
    }
    if (img[EI_DATA] != ELFDATA2LSB) {
        error_setg(errp, "ELF data encoding %u is not little endian",
                   img[EI_DATA]);
        return false;
    }
    is64 = img[EI_CLASS] == ELFCLASS64;
    if (size < (is64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr))) {
        error_setg(errp, "ELF header truncated (%zu bytes)", size);
        return false;
    }
    if (is64) {
        machine = lduw_le_p(img + offsetof(Elf64_Ehdr, e_machine));
        phoff = ldq_le_p(img + offsetof(Elf64_Ehdr, e_phoff));
        phentsize = lduw_le_p(img + offsetof(Elf64_Ehdr, e_phentsize));
        phnum = lduw_le_p(img + offsetof(Elf64_Ehdr, e_phnum));
    } else {
        machine = lduw_le_p(img + offsetof(Elf32_Ehdr, e_machine));
        phoff = pvh_ld32(img + offsetof(Elf32_Ehdr, e_phoff));
        phentsize = lduw_le_p(img + offsetof(Elf32_Ehdr, e_phentsize));
        phnum = lduw_le_p(img + offsetof(Elf32_Ehdr, e_phnum));
    }
    if (machine != EM_386 && machine != EM_X86_64) {
        error_setg(errp, "ELF machine %u is not x86", machine);
        return false;
    }
    if (phentsize != (is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr))) {
        error_setg(errp, "ELF program header size %" PRIu64 " is wrong",
                   phentsize);
        return false;
    }
    if (phnum == 0) {
        error_setg(errp, "ELF file has no program headers");
        return false;
    }
    if (!pvh_range_ok(phoff, phnum * phentsize, size)) {
        error_setg(errp, "ELF program headers (%" PRIu64 " at 0x%" PRIx64
                   ") outside the file (%zu bytes)", phnum, phoff, size);
        return false;
    }

    k->elfclass = is64 ? 64 : 32;
    if (k->segments) {
        g_array_set_size(k->segments, 0);
    } else {
        k->segments = g_array_new(false, false, sizeof(PvhSegment));
    }
    k->end = 0;
    for (i = 0; i < phnum; i++) {
        const uint8_t *ph = img + phoff + i * phentsize;
        uint32_t type = ldl_le_p(ph);
        uint64_t off, filesz, memsz, paddr;

        if (is64) {
            off = ldq_le_p(ph + offsetof(Elf64_Phdr, p_offset));
            paddr = ldq_le_p(ph + offsetof(Elf64_Phdr, p_paddr));
            filesz = ldq_le_p(ph + offsetof(Elf64_Phdr, p_filesz));
            memsz = ldq_le_p(ph + offsetof(Elf64_Phdr, p_memsz));
        } else {
            off = pvh_ld32(ph + offsetof(Elf32_Phdr, p_offset));
            paddr = pvh_ld32(ph + offsetof(Elf32_Phdr, p_paddr));
            filesz = pvh_ld32(ph + offsetof(Elf32_Phdr, p_filesz));
            memsz = pvh_ld32(ph + offsetof(Elf32_Phdr, p_memsz));
        }
        if (!pvh_range_ok(off, filesz, size)) {
            error_setg(errp, "ELF segment %" PRIu64 " (0x%" PRIx64 " bytes at "
                       "0x%" PRIx64 ") outside the file (%zu bytes)", i,
                       filesz, off, size);
            return false;
        }
        if (type == PT_LOAD && memsz) {
            PvhSegment s = {
                .paddr = paddr, .memsz = memsz, .filesz = filesz,
            };

            if (filesz > memsz) {
                error_setg(errp, "ELF segment %" PRIu64 ": file size 0x%"
                           PRIx64 " is larger than its memory size 0x%"
                           PRIx64, i, filesz, memsz);
                return false;
            }
            if (paddr >= 4 * GiB || memsz > 4 * GiB - paddr) {
                error_setg(errp, "ELF segment %" PRIu64 " [0x%" PRIx64
                           ", +0x%" PRIx64 ") is not loadable below 4 GiB",
                           i, paddr, memsz);
                return false;
            }
            g_array_append_val(k->segments, s);
            k->end = MAX(k->end, paddr + memsz);
        } else if (type == PT_NOTE) {
            uint64_t pos = off, end = off + filesz;

            while (end - pos >= 12) {
                uint32_t namesz = ldl_le_p(img + pos);
                uint32_t descsz = ldl_le_p(img + pos + 4);
                uint32_t ntype = ldl_le_p(img + pos + 8);
                uint64_t name = pos + 12;
                uint64_t desc = name + QEMU_ALIGN_UP((uint64_t)namesz, 4);
                uint64_t next = desc + QEMU_ALIGN_UP((uint64_t)descsz, 4);

                if (next > end) {
                    error_setg(errp, "ELF note at 0x%" PRIx64 " (name %"
                               PRIu32 " bytes, desc %" PRIu32 " bytes) runs "
                               "past its segment end 0x%" PRIx64, pos,
                               namesz, descsz, end);
                    return false;
                }
                /* the first PVH note decides, as for QEMU's firmware path */
                if (!found && !note_err && ntype == XEN_ELFNOTE_PHYS32_ENTRY
                    && namesz == 4 && !memcmp(img + name, "Xen", 4)) {
                    uint64_t entry = descsz == 4 ? pvh_ld32(img + desc) :
                                     descsz == 8 ? ldq_le_p(img + desc) : 0;

                    if (descsz != 4 && descsz != 8) {
                        note_err = g_strdup_printf("PVH note payload is %"
                                                   PRIu32 " bytes, not 4 or "
                                                   "8", descsz);
                    } else if (entry == 0) {
                        note_err = g_strdup("PVH entry is 0");
                    } else if (entry >= 4 * GiB) {
                        note_err = g_strdup_printf("PVH entry 0x%" PRIx64
                                                   " is not a 32-bit "
                                                   "address", entry);
                    } else {
                        k->entry = entry;
                        found = true;
                    }
                }
                pos = next;
            }
            /* less than a note header left: padding must be zero */
            for (; pos < end; pos++) {
                if (img[pos]) {
                    error_setg(errp, "ELF note at 0x%" PRIx64 " (%" PRIu64
                               " of 12 header bytes) runs past its segment "
                               "end 0x%" PRIx64, pos, end - pos, end);
                    return false;
                }
            }
        }
    }

    /* else QEMU's loader refuses the overlapping ROMs with a page of text */
    if (k->segments->len > 1) {
        g_autoptr(GArray) sorted = g_array_copy(k->segments);

        g_array_sort(sorted, pvh_segment_cmp);
        for (i = 1; i < sorted->len; i++) {
            PvhSegment *a = &g_array_index(sorted, PvhSegment, i - 1);
            PvhSegment *b = &g_array_index(sorted, PvhSegment, i);

            if (b->paddr - a->paddr < a->memsz) {
                error_setg(errp, "ELF segments [0x%" PRIx64 ", 0x%" PRIx64
                           ") and [0x%" PRIx64 ", 0x%" PRIx64 ") overlap",
                           a->paddr, a->paddr + a->memsz, b->paddr,
                           b->paddr + b->memsz);
                return false;
            }
        }
    }

    if (!found) {
        k->malformed = note_err != NULL;
        error_setg(errp, "%s", note_err ? note_err :
                   "no PVH entry note (Xen, XEN_ELFNOTE_PHYS32_ENTRY)");
        return false;
    }
    for (i = 0; i < k->segments->len; i++) {
        PvhSegment *s = &g_array_index(k->segments, PvhSegment, i);

        if (k->entry < s->paddr || k->entry - s->paddr >= s->memsz) {
            continue;
        }
        if (k->entry - s->paddr >= s->filesz) {
            /* the loader zero-fills it: the CPU would run zeros */
            error_setg(errp, "PVH entry 0x%" PRIx64 " is not in the file "
                       "contents of segment [0x%" PRIx64 ", +0x%" PRIx64
                       ") but in its zero-filled part", k->entry, s->paddr,
                       s->memsz);
            return false;
        }
        if (!pvh_sections_ok(img, size, is64, errp)) {
            return false;
        }
        k->malformed = false;
        return true;
    }
    error_setg(errp, "PVH entry 0x%" PRIx64 " is outside every loadable "
               "segment", k->entry);
    return false;
}

/* A Multiboot header in the first 8 KiB: magic, flags, checksum. */
bool nofw_is_multiboot(const uint8_t *img, size_t size)
{
    for (size_t i = 0; i + 12 <= MIN(size, 8192); i += 4) {
        uint32_t magic = ldl_le_p(img + i);
        if (magic == 0x1badb002 &&
            magic + ldl_le_p(img + i + 4) + ldl_le_p(img + i + 8) == 0) {
            return true;
        }
    }
    return false;
}
