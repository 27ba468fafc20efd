/*
 * nofw: the decision, how (and whether) -kernel boots without firmware
 *
 * nofw_firmware_init() (hw/i386/nofw.c) calls nofw_plan_new() once, at
 * startup, before any firmware is loaded. From the -kernel file and the
 * machine configuration it makes a plan: a PVH ELF (its note parsed by
 * nofw_elf.c), the PVH ELF a bzImage's payload holds (nofw_bzimage.c
 * decompresses it), or a bzImage entered through the Linux boot
 * protocol; with the segments, the entry and the decompressed image.
 * The plan owns all of that and touches nothing of the machine: on a
 * refusal it is freed and the machine takes the firmware path (or exits,
 * with nofw=on) with nothing to undo; nofw_plan_commit() hands it over.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "hw/boards.h"
#include "hw/i386/x86.h"
#include "hw/i386/nofw.h"
#include "trace.h"

/*
 * Decompress @p's bzImage payload and keep the ELF inside when it has a
 * PVH note. 1: @p boots it. 0: it cannot, @how says why (the boot
 * protocol may still do). -1: a bad payload, @errp set.
 */
static int nofw_bzimage_pvh(MachineState *ms, NofwPlan *p, char **how,
                            Error **errp)
{
    PvhKernel k = { 0 };
    const char *fmt = NULL;
    Error *err = NULL;
    uint8_t *elf;
    size_t elf_len;
    int fd = -1;
    bool pvh;
    int r;

    r = nofw_bzimage_unpack(&p->bz, MIN(ms->ram_size, NOFW_BZ_MAX), &fd,
                            &elf, &elf_len, &fmt, errp);
    if (r <= 0) {
        *how = r ? NULL : g_strdup(fmt);
        return r;
    }
    pvh = nofw_pvh_note_find(elf, elf_len, &k, &err);
    munmap(elf, elf_len);
    if (!pvh) {
        *how = g_strdup_printf("its %s payload is not a PVH kernel: %s",
                               fmt, error_get_pretty(err));
        error_free(err);
        g_clear_pointer(&k.segments, g_array_unref);
        close(fd);
        return 0;
    }
    p->kernel = k;
    p->elf_fd = fd;
    trace_nofw_bzimage(ms->kernel_filename, "pvh", fmt);
    return 1;
}

/*
 * A bzImage: decompress its payload and boot the ELF inside through its
 * PVH note; else (a format QEMU does not decompress, no PVH note) enter
 * the bzImage through the Linux 32-bit boot protocol, which needs 2.12
 * (xloadflags) here. Returns why neither works, or NULL.
 */
static char *nofw_bzimage_choose(PCMachineState *pcms, NofwPlan *p,
                                 GMappedFile *f, const uint8_t *img,
                                 size_t size)
{
    MachineState *ms = MACHINE(pcms);
    NofwBzMode mode = pcms->nofw->bz_mode;
    g_autofree char *how = NULL;
    Error *err = NULL;
    char *why;

    if (!nofw_bzimage_parse(img, size, &p->bz, &err)) {
        goto refuse;
    }
    if (mode != NOFW_BZ_BOOT_PROTOCOL) {
        switch (nofw_bzimage_pvh(ms, p, &how, &err)) {
        case 1:
            return NULL;
        case -1:
            goto refuse;
        }
        if (mode == NOFW_BZ_PVH) {
            error_setg(&err, "x-nofw-bzimage=pvh: %s", how);
            goto refuse;
        }
    } else {
        how = g_strdup("x-nofw-bzimage=boot-protocol");
    }
    if (p->bz.version < 0x20c) {
        error_setg(&err, "bzImage boot protocol %u.%02u is older than 2.12, "
                   "and %s", p->bz.version >> 8, p->bz.version & 0xff, how);
        goto refuse;
    }

    /* the protected-mode part goes at 1 MiB; it decompresses itself */
    p->boot_protocol = true;
    p->bz_file = g_mapped_file_ref(f);
    p->kernel.elfclass = 32;
    p->kernel.entry = NOFW_BZ_LOAD;
    p->kernel.segments = g_array_new(false, false, sizeof(PvhSegment));
    g_array_append_val(p->kernel.segments, ((PvhSegment) {
        .paddr = NOFW_BZ_LOAD, .memsz = p->bz.pm_len }));
    g_array_append_val(p->kernel.segments, ((PvhSegment) {
        .paddr = p->bz.pref_address, .memsz = p->bz.init_size }));
    p->kernel.end = MAX(NOFW_BZ_LOAD + p->bz.pm_len,
                        p->bz.pref_address + p->bz.init_size);
    trace_nofw_bzimage(ms->kernel_filename, "boot-protocol", how);
    return NULL;

refuse:
    p->kernel.malformed = true;     /* news even with auto: it warns */
    why = g_strdup_printf("kernel '%s': %s", ms->kernel_filename,
                          error_get_pretty(err));
    error_free(err);
    return why;
}

static bool nofw_in_low_ram(X86MachineState *x86ms, uint64_t addr,
                            uint64_t len)
{
    return addr >= 1 * MiB && addr <= x86ms->below_4g_mem_size &&
           len <= x86ms->below_4g_mem_size - addr;
}

/*
 * Why the kernel's segments cannot go where nofw loads them, or NULL.
 * Decided with the rest, so that nofw=auto falls back with a warning.
 */
static char *nofw_placement(PCMachineState *pcms, PvhKernel *k)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    MachineState *ms = MACHINE(pcms);
    uint64_t top = x86ms->below_4g_mem_size;

    for (guint i = 0; i < k->segments->len; i++) {
        PvhSegment *seg = &g_array_index(k->segments, PvhSegment, i);
        uint64_t end = seg->paddr + seg->memsz;
        const char *what = NULL;

        if (!nofw_in_low_ram(x86ms, seg->paddr, seg->memsz)) {
            what = "is not in guest RAM between 1 MiB and";
        } else if (end > top - NOFW_HIGH_MIN) {
            what = "leaves no room for the ACPI tables below";
        }
        if (what) {
            k->malformed = true;    /* news with nofw=auto too */
            return g_strdup_printf("kernel '%s': segment [0x%" PRIx64 ", 0x%"
                                   PRIx64 ") %s 0x%" PRIx64 " (see -m)",
                                   ms->kernel_filename, seg->paddr, end,
                                   what, top);
        }
    }
    return NULL;
}

/*
 * Why this machine cannot boot firmwareless, or NULL if it can; then @p
 * says how.
 */
static char *nofw_decide(PCMachineState *pcms, bool pflash, NofwPlan *p)
{
    MachineState *ms = MACHINE(pcms);
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    g_autoptr(GMappedFile) f = NULL;
    GError *gerr = NULL;
    Error *err = NULL;
    const uint8_t *img;
    size_t size;
    char *why;

    if (!ms->kernel_filename) {
        return g_strdup("no -kernel given (nofw boots a PVH ELF kernel)");
    }
    if (pflash) {
        return g_strdup("firmware in pflash was requested");
    }
    if (ms->firmware && mc->default_machine_opts &&
        !strstr(mc->default_machine_opts, ms->firmware)) {
        return g_strdup_printf("firmware '%s' was requested with -bios",
                               ms->firmware);
    }
    if (ms->cgs) {
        return g_strdup("confidential guests need their firmware");
    }
    /* QEMU 10.1+ built with IGVM: the file supplies firmware and state */
    if (object_property_find(OBJECT(ms), "igvm-cfg") &&
        object_property_get_link(OBJECT(ms), "igvm-cfg", &error_abort)) {
        return g_strdup("an IGVM file (igvm-cfg) supplies the guest's "
                        "firmware and initial state");
    }
    if (!x86_machine_is_acpi_enabled(X86_MACHINE(pcms))) {
        return g_strdup("ACPI is off (nofw hands the kernel QEMU's ACPI "
                        "tables)");
    }
    f = g_mapped_file_new(ms->kernel_filename, false, &gerr);
    if (!f) {
        why = g_strdup_printf("cannot read kernel '%s': %s",
                              ms->kernel_filename, gerr->message);
        g_error_free(gerr);
        return why;
    }
    img = (const uint8_t *)g_mapped_file_get_contents(f);
    size = g_mapped_file_get_length(f);
    if (nofw_bzimage_is(img, size)) {
        why = nofw_bzimage_choose(pcms, p, f, img, size);
        return why ?: nofw_placement(pcms, &p->kernel);
    }
    if (nofw_is_multiboot(img, size)) {
        return g_strdup_printf("kernel '%s' is a Multiboot image",
                               ms->kernel_filename);
    }
    if (!nofw_pvh_note_find(img, size, &p->kernel, &err)) {
        why = g_strdup_printf("kernel '%s': %s", ms->kernel_filename,
                              error_get_pretty(err));
        error_free(err);
        return why;
    }
    why = nofw_placement(pcms, &p->kernel);
    if (why) {
        return why;
    }
    trace_nofw_pvh_note(ms->kernel_filename, p->kernel.elfclass,
                        p->kernel.entry);
    return NULL;
}

void nofw_plan_free(NofwPlan *p)
{
    if (p->kernel.segments) {
        g_array_free(p->kernel.segments, true);
    }
    if (p->elf_fd >= 0) {
        close(p->elf_fd);
    }
    if (p->bz_file) {
        g_mapped_file_unref(p->bz_file);
    }
    g_free(p);
}

NofwPlan *nofw_plan_new(PCMachineState *pcms, bool pflash, char **why,
                        bool *broken)
{
    g_autoptr(NofwPlan) p = g_new0(NofwPlan, 1);

    p->elf_fd = -1;
    *why = nofw_decide(pcms, pflash, p);
    *broken = *why && p->kernel.malformed;
    return *why ? NULL : g_steal_pointer(&p);
}

void nofw_plan_commit(NofwState *s, NofwPlan *plan)
{
    s->plan = *plan;
    g_free(plan);
    s->active = true;
}
