/*
 * nofw: boot a q35 guest straight into a PVH kernel, with no firmware
 *
 * With -machine q35,nofw=on (or auto, the default of the current q35
 * machine type, when -kernel is a kernel nofw boots) QEMU does what
 * SeaBIOS + pvh.bin would do, so the first guest instruction is the
 * kernel's entry point. This file holds the hooks pc.c, pc_sysfw.c and
 * pc_q35.c call, in the order QEMU calls them; read top to bottom, it is
 * the boot flow:
 *
 *  startup   nofw_firmware_init() (from pc_system_firmware_init) decides
 *            from the -kernel file itself (pvh_select.c) and maps a
 *            reset stub in place of the BIOS; nofw_load_kernel() loads
 *            the kernel; nofw_machine_pre_acpi() programs the chipset so
 *            acpi_setup() builds the tables the first boot gets;
 *            nofw_machine_done() fixes the memory layout (nofw_boot.c).
 *  reset     nofw_machine_reset(), at the end of pc_machine_reset() (after
 *            devices and ROMs were reset), on every cold reset:
 *              1. chipset as firmware leaves it (hw/isa/ich9_nofw_pm.c)
 *              2. ACPI tables rebuilt for that state (except at the
 *                 first reset: acpi_setup()'s build is for it) and the
 *                 table-loader run into guest RAM, SMBIOS
 *              3. initrd, hvm_start_info (or the boot protocol's zero
 *                 page) with cmdline, module and memmap
 *              4. boot CPU in 32-bit protected mode at the kernel entry
 *            Devices added before the guest first runs (-S, device_add)
 *            make nofw redo this at "cont".
 *  wakeup    the same reset, RESET_TYPE_WAKEUP: nofw_resume.c.
 *  migration snapshot loads and incoming migration are left alone: guest
 *            memory and CPU state come from the stream. A nofw=on guest
 *            moves only to nofw=on machines with its nofw-pm (vmstate
 *            section "nofw").
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/madvise.h"
#include "qemu/error-report.h"
#include "qemu/timer.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "qapi/visitor.h"
#include "qapi/qapi-visit-common.h"
#include "elf.h"
#include "system/address-spaces.h"
#include "hw/boards.h"
#include "hw/loader.h"
#include "hw/i386/x86.h"
#include "hw/i386/acpi-build.h"
#include "hw/i386/nofw.h"
#include "hw/pci/pci.h"
#include "migration/vmstate.h"
#include "system/hw_accel.h"
#include "system/runstate.h"
#include "trace.h"

static const char *const nofw_pm_names[] = {
    [NOFW_PM_ICH9] = "ich9",
    [NOFW_PM_REDUCED] = "reduced",
};

static const char *const nofw_bz_names[] = {
    [NOFW_BZ_AUTO] = "auto",
    [NOFW_BZ_PVH] = "pvh",
    [NOFW_BZ_BOOT_PROTOCOL] = "boot-protocol",
};

static const VMStateDescription vmstate_nofw;
static void nofw_device_realized(DeviceListener *listener, DeviceState *dev);
static void nofw_vm_state_change(void *opaque, bool running, RunState state);

/* ---- startup ---------------------------------------------------------- */

/* The firmware path, or exit(1) where it is no answer. */
static void nofw_fall_back(NofwState *s, const char *why, bool broken)
{
    if (s->mode == ON_OFF_AUTO_ON) {
        error_report("nofw=on: %s", why);
        exit(1);
    }
    if (s->pm == NOFW_PM_REDUCED) {
        error_report("nofw-pm=reduced needs firmwareless boot, which "
                     "nofw=auto cannot use: %s", why);
        exit(1);
    }
    /* auto: only a kernel that is broken is news */
    if (broken) {
        warn_report("nofw=auto: booting through firmware: %s", why);
    }
}

/*
 * Called instead of loading a BIOS: false leaves the machine to its
 * firmware. Nothing is changed until the plan is committed.
 */
bool nofw_firmware_init(PCMachineState *pcms, MemoryRegion *rom_memory,
                        bool pflash)
{
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    g_autofree char *why = NULL;
    Error *err = NULL;
    NofwPlan *plan;
    bool broken;

    if (s->mode == ON_OFF_AUTO_OFF) {
        if (s->pm == NOFW_PM_REDUCED) {
            error_report("nofw-pm=reduced needs firmwareless boot, but "
                         "nofw=off");
            exit(1);
        }
        return false;
    }
    plan = nofw_plan_new(pcms, pflash, &why, &broken);
    trace_nofw_select(OnOffAuto_str(s->mode), ms->kernel_filename ?: "-",
                      !why, why ?: "PVH note found");
    if (!plan) {
        nofw_fall_back(s, why, broken);
        return false;
    }
    nofw_plan_commit(s, plan);
    if (s->pm == NOFW_PM_REDUCED && !nofw_reduced_init(pcms, &err)) {
        error_report_err(err);
        exit(1);
    }
    nofw_bios_init(pcms, rom_memory);
    return true;
}

/*
 * Instead of x86_load_linux(): the ELF segments (or the bzImage's
 * protected-mode part) as ROMs, which rom_reset() copies in again at
 * every reset; nofw_placement() checked them against RAM at the
 * decision. The initrd is mapped, and written at each reset.
 */
bool nofw_load_kernel(PCMachineState *pcms)
{
    MachineState *ms = MACHINE(pcms);
    NofwState *s = pcms->nofw;
    GError *gerr = NULL;
    ssize_t size = 0;

    if (!s->active) {
        return false;
    }
    if (s->plan.boot_protocol) {
        rom_add_blob_fixed("nofw-bzimage", s->plan.bz.pm, s->plan.bz.pm_len,
                           NOFW_BZ_LOAD);
    } else {
        /* a decompressed bzImage payload is read through its memfd */
        g_autofree char *memfd = s->plan.elf_fd < 0 ? NULL :
            g_strdup_printf("/proc/self/fd/%d", s->plan.elf_fd);

        size = load_elf(memfd ?: ms->kernel_filename, NULL, NULL, NULL,
                        NULL, NULL, NULL, NULL, ELFDATA2LSB,
                        I386_ELF_MACHINE, 0, 0);
    }
    if (size < 0) {
        error_report("nofw: cannot load kernel '%s' (error %zd)",
                     ms->kernel_filename, size);
        exit(1);
    }
    if (s->plan.elf_fd >= 0) {
        /* the loader's mapping keeps the decompressed ELF for resets */
        close(s->plan.elf_fd);
        s->plan.elf_fd = -1;
    }
    if (ms->initrd_filename) {
        s->initrd = g_mapped_file_new(ms->initrd_filename, false, &gerr);
        if (!s->initrd) {
            error_report("nofw: cannot read initrd '%s': %s",
                         ms->initrd_filename, gerr->message);
            exit(1);
        }
    }
    return true;
}

/*
 * The chipset as firmware leaves it. One memory transaction: each PAM,
 * PCIEXBAR or BAR write would otherwise rebuild the address space (12 ms
 * a write with 288 CPUs); committed before anything is stored through it.
 */
static bool nofw_chipset(PCMachineState *pcms, Error **errp)
{
    bool ok;

    memory_region_transaction_begin();
    nofw_ich9_chipset_setup(pcms);
    ok = nofw_pci_setup(pcms, errp);
    memory_region_transaction_commit();
    return ok;
}

/*
 * Program the chipset before acpi_setup() builds the tables, so that
 * build already describes what the guest gets and the first reset can
 * use it instead of building again: a table build is most of what nofw
 * adds to QEMU's start-up (bench/README.md, time to entry).
 */
void nofw_machine_pre_acpi(PCMachineState *pcms)
{
    NofwState *s = pcms->nofw;
    Error *err = NULL;
    bool ok;

    if (!s->active) {
        return;
    }
    /* reset state the tables describe (the MCH's PCI hole, BSEL) first */
    memory_region_transaction_begin();
    device_cold_reset(DEVICE(pci_find_device(pcms->pcibus, 0, 0)));
    nofw_ich9_pcihp_bsel(pcms);
    ok = nofw_chipset(pcms, &err);
    memory_region_transaction_commit();
    if (!ok) {
        error_report_err(err);
        exit(1);
    }
    s->setup_ns = get_clock();
}

/*
 * What nofw writes at reset sits in the first 2 MiB and at the top of low
 * RAM, and is a few pages. With transparent huge pages the first write
 * there clears 2 MiB on the host; these ranges are small pages instead.
 * KVM cannot map the first 2 MiB with a huge page anyway (the legacy
 * holes split it), and the guest does not use the top range.
 */
static void nofw_small_pages(uint64_t start, uint64_t end)
{
    uint64_t page = qemu_real_host_page_size();

    while (start < end) {
        MemoryRegionSection sec = memory_region_find(get_system_memory(),
                                                     start, end - start);
        uint64_t a, b;

        if (!sec.mr) {
            break;
        }
        a = sec.offset_within_address_space;
        b = a + int128_get64(sec.size);
        if (memory_region_is_ram(sec.mr) && a < b) {
            uint8_t *host = memory_region_get_ram_ptr(sec.mr) +
                            sec.offset_within_region;
            uint64_t lo = QEMU_ALIGN_UP((uintptr_t)host, page);
            uint64_t hi = QEMU_ALIGN_DOWN((uintptr_t)host + (b - a), page);

            /* advice only: nothing changes when the backend ignores it */
            if (lo < hi) {
                qemu_madvise((void *)(uintptr_t)lo, hi - lo,
                             QEMU_MADV_NOHUGEPAGE);
            }
        }
        memory_region_unref(sec.mr);
        start = b;
    }
}

void nofw_machine_done(PCMachineState *pcms)
{
    NofwState *s = pcms->nofw;
    Error *err = NULL;

    /* nofw=off machines too: they must recognise, and refuse, the section */
    vmstate_register(NULL, 0, &vmstate_nofw, s);
    if (!s->active) {
        return;
    }
    s->setup_ns = get_clock() - s->setup_ns;
    if ((s->pm == NOFW_PM_REDUCED && !nofw_reduced_machine_done(pcms, &err))
        || !nofw_layout_init(pcms, &err)) {
        error_report_err(err);
        exit(1);
    }
    nofw_small_pages(0, 2 * MiB);
    nofw_small_pages(s->layout.high_base, s->layout.low_top);
    s->listener.realize = nofw_device_realized;
    device_listener_register(&s->listener);
    /* after registering, which replays the devices already realized */
    s->tables_current = true;
    qemu_add_vm_change_state_handler(nofw_vm_state_change, pcms);
}

/* ---- reset ------------------------------------------------------------ */

/* What firmware does between a reset and the jump to the kernel. */
static bool nofw_prepare(PCMachineState *pcms, bool tables_current,
                         Error **errp)
{
    if (!nofw_chipset(pcms, errp) ||
        !nofw_boot_tables(pcms, tables_current, errp)) {
        return false;
    }
    nofw_boot_enter(pcms);
    return true;
}

void nofw_machine_reset(PCMachineState *pcms, ResetType type)
{
    NofwState *s = pcms->nofw;
    Error *err = NULL;
    bool tables_current;

    if (!s->active) {
        return;
    }
    /* only the first reset can find acpi_setup()'s build current */
    tables_current = s->tables_current;
    s->tables_current = false;
    if (type == RESET_TYPE_WAKEUP) {
        /* booted through firmware (migrated from nofw=off): its resume */
        if (!s->started) {
            return;
        }
        if (!nofw_resume(pcms, &err)) {
            error_prepend(&err, "nofw: the guest cannot resume from S3 and "
                          "stays suspended: ");
            error_report_err(err);
        }
        return;
    }
    s->fresh = false;
    s->plugged = false;
    if (type != RESET_TYPE_COLD || runstate_check(RUN_STATE_INMIGRATE)) {
        trace_nofw_reset_skipped(type, "memory and CPU state come from "
                                 "the snapshot or migration stream");
        return;
    }
    if (!nofw_prepare(pcms, tables_current, &err)) {
        if (!s->started) {
            error_report_err(err);
            exit(1);
        }
        error_report_err(err);
        qemu_system_shutdown_request(SHUTDOWN_CAUSE_HOST_ERROR);
        return;
    }
    s->started = true;
    s->fresh = !runstate_is_running();
    trace_nofw_reset(type, s->plan.kernel.entry, s->layout.info,
                     s->rsdp_addr);
}

/* ---- prelaunch rebuild ------------------------------------------------ */

/*
 * Devices added while stopped after reset (-S, then device_add: what
 * libvirt does) must be in the tables, chipset and BARs the guest finds,
 * as they are when firmware runs at "cont" and only then reads fw_cfg.
 */
static void nofw_device_realized(DeviceListener *listener, DeviceState *dev)
{
    NofwState *s = container_of(listener, NofwState, listener);

    s->tables_current = false;
    if (s->fresh && dev->hotplugged && !runstate_is_running()) {
        s->plugged = true;
    }
}

static void nofw_vm_state_change(void *opaque, bool running, RunState state)
{
    PCMachineState *pcms = opaque;
    NofwState *s = pcms->nofw;
    Error *err = NULL;

    if (!running) {
        return;
    }
    if (s->fresh && s->plugged) {
        /* the vCPUs have not run since reset: redo what reset did */
        cpu_synchronize_state(first_cpu);
        acpi_build_invalidate();
        if (nofw_prepare(pcms, false, &err)) {
            trace_nofw_prelaunch_plug(s->rsdp_addr);
        } else {
            error_report_err(err);
            qemu_system_shutdown_request(SHUTDOWN_CAUSE_HOST_ERROR);
        }
    }
    s->fresh = false;
    s->plugged = false;
}

/* ---- migration -------------------------------------------------------- */

/*
 * Sent only by a nofw=on source, so that a nofw=off stream stays exactly
 * stock QEMU's. An incoming QEMU takes its ROMs from the stream, and a
 * nofw=on guest's BIOS region holds the reset stub, not firmware: on a
 * nofw=off destination the guest would loop at its first reset. Such a
 * destination (and one with another nofw-pm) refuses the guest instead.
 */
static bool nofw_vmstate_needed(void *opaque)
{
    NofwState *s = opaque;

    return s->active;
}

static int nofw_pre_save(void *opaque)
{
    NofwState *s = opaque;

    s->mig_pm = s->pm;
    return 0;
}

static int nofw_post_load(void *opaque, int version_id)
{
    NofwState *s = opaque;

    if (!s->active) {
        error_report("nofw: the incoming guest was started without "
                     "firmware (nofw=on) and this machine has nofw=off; "
                     "start it with nofw=on");
        return -EINVAL;
    }
    if (s->mig_pm != s->pm) {
        error_report("nofw: the incoming guest has nofw-pm=%s and this "
                     "machine nofw-pm=%s",
                     s->mig_pm < ARRAY_SIZE(nofw_pm_names) ?
                     nofw_pm_names[s->mig_pm] : "?", nofw_pm_names[s->pm]);
        return -EINVAL;
    }
    s->started = true;
    return 0;
}

static const VMStateDescription vmstate_nofw = {
    .name = "nofw",
    .version_id = 1,
    .minimum_version_id = 1,
    .needed = nofw_vmstate_needed,
    .pre_save = nofw_pre_save,
    .post_load = nofw_post_load,
    .fields = (const VMStateField[]) {
        VMSTATE_UINT32(mig_pm, NofwState),
        VMSTATE_END_OF_LIST()
    },
};

/* ---- properties ------------------------------------------------------- */

bool nofw_acpi_reduced(MachineState *ms)
{
    PCMachineState *pcms = (PCMachineState *)
        object_dynamic_cast(OBJECT(ms), TYPE_PC_MACHINE);

    return pcms && pcms->nofw->active && pcms->nofw->pm == NOFW_PM_REDUCED;
}

static void nofw_get_mode(Object *obj, Visitor *v, const char *name,
                          void *opaque, Error **errp)
{
    OnOffAuto mode = PC_MACHINE(obj)->nofw->mode;

    visit_type_OnOffAuto(v, name, &mode, errp);
}

static void nofw_set_mode(Object *obj, Visitor *v, const char *name,
                          void *opaque, Error **errp)
{
    visit_type_OnOffAuto(v, name, &PC_MACHINE(obj)->nofw->mode, errp);
}

static char *nofw_get_pm(Object *obj, Error **errp)
{
    return g_strdup(nofw_pm_names[PC_MACHINE(obj)->nofw->pm]);
}

/* Index of @value in @names (@n of them), or -1. */
static int nofw_name_index(const char *const *names, int n,
                           const char *value)
{
    for (int i = 0; i < n; i++) {
        if (!strcmp(value, names[i])) {
            return i;
        }
    }
    return -1;
}

static void nofw_set_pm(Object *obj, const char *value, Error **errp)
{
    int i = nofw_name_index(nofw_pm_names, ARRAY_SIZE(nofw_pm_names), value);

    if (i < 0) {
        error_setg(errp, "nofw-pm: '%s' is not 'ich9' or 'reduced'", value);
        return;
    }
    PC_MACHINE(obj)->nofw->pm = i;
}

static char *nofw_get_bz(Object *obj, Error **errp)
{
    return g_strdup(nofw_bz_names[PC_MACHINE(obj)->nofw->bz_mode]);
}

static void nofw_set_bz(Object *obj, const char *value, Error **errp)
{
    int i = nofw_name_index(nofw_bz_names, ARRAY_SIZE(nofw_bz_names), value);

    if (i < 0) {
        error_setg(errp, "x-nofw-bzimage: '%s' is not 'auto', 'pvh' or "
                   "'boot-protocol'", value);
        return;
    }
    PC_MACHINE(obj)->nofw->bz_mode = i;
}

/* Where hvm_start_info lies, for tests and tools; 0 without nofw. */
static void nofw_get_start_info(Object *obj, Visitor *v, const char *name,
                                void *opaque, Error **errp)
{
    NofwState *s = PC_MACHINE(obj)->nofw;
    uint64_t addr = s->started && !s->plan.boot_protocol ?
                    s->layout.info : 0;

    visit_type_uint64(v, name, &addr, errp);
}

void nofw_machine_class_init(MachineClass *mc)
{
    ObjectClass *oc = OBJECT_CLASS(mc);

    object_class_property_add(oc, "nofw", "OnOffAuto", nofw_get_mode,
                              nofw_set_mode, NULL, NULL);
    object_class_property_set_description(oc, "nofw",
        "Boot -kernel with no firmware: QEMU loads the kernel, places the "
        "ACPI tables, programs the chipset and starts it at its PVH entry "
        "(an ELF with a PVH note, or the one a bzImage's xz/gzip/zstd "
        "payload holds) or, for other bzImages, through the Linux boot "
        "protocol (trace event nofw_bzimage says which) (on|off|auto; "
        "auto: when -kernel is such a kernel)");
    object_class_property_add_str(oc, "nofw-pm", nofw_get_pm, nofw_set_pm);
    object_class_property_set_description(oc, "nofw-pm",
        "ACPI power management with nofw: ich9 (PM1/GPE blocks of the "
        "ICH9 LPC, as firmware sets them up) or reduced (hardware-reduced "
        "ACPI)");
    object_class_property_add_str(oc, "x-nofw-bzimage", nofw_get_bz,
                                  nofw_set_bz);
    object_class_property_set_description(oc, "x-nofw-bzimage",
        "Test switch: how nofw boots a bzImage: auto (its PVH kernel when "
        "QEMU can decompress the payload, else the Linux boot protocol), "
        "pvh or boot-protocol");
    object_class_property_add(oc, "nofw-start-info", "uint64",
                              nofw_get_start_info, NULL, NULL, NULL);
    object_class_property_set_description(oc, "nofw-start-info",
        "Read-only: guest-physical address of the PVH hvm_start_info "
        "(0 when the machine did not boot without firmware, or booted a "
        "bzImage through the boot protocol)");
}

void nofw_machine_instance_init(PCMachineState *pcms)
{
    pcms->nofw = g_new0(NofwState, 1);
    pcms->nofw->mode = PC_MACHINE_GET_CLASS(pcms)->nofw_default;
    pcms->nofw->pm = NOFW_PM_ICH9;
    pcms->nofw->plan.elf_fd = -1;
}
