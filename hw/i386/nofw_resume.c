/*
 * nofw: resume from S3 (suspend to RAM) without firmware
 *
 * When the guest enters S3, QEMU's RTC sets the CMOS shutdown status
 * (register 0x0F) to 0xFE. system_wakeup then resets the devices and the
 * CPUs (pc_machine_wakeup(), RESET_TYPE_WAKEUP) and keeps RAM. Firmware
 * takes over from there (SeaBIOS: handle_resume() and s3_resume()): it
 * clears the status, restores the chipset registers that the reset
 * cleared and that the OS does not restore itself, gives the devices
 * back the table addresses WRITE_POINTER gave them at boot (vmgenid
 * forgets its own at reset), and jumps to the waking vector the OS wrote
 * into the FACS. nofw_machine_reset() calls nofw_resume() to do the same
 * before the guest runs again. The APs stay in wait-for-SIPI, where the
 * reset left them, for the OS to start. RAM is as the guest left it: the
 * loader does not copy the kernel image in again at a wakeup.
 *
 * Everything is read from guest RAM and the devices, nothing from nofw's
 * own boot-time state, so a guest migrated or saved while suspended
 * resumes on a machine that did not boot it.
 *
 * Copyright (c) 2026 nofw developers
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/error-report.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "system/address-spaces.h"
#include "system/runstate.h"
#include "hw/i386/x86.h"
#include "hw/rtc/mc146818rtc.h"
#include "hw/i386/nofw.h"
#include "target/i386/cpu.h"
#include "trace.h"

#define NOFW_CMOS_SHUTDOWN          0x0f
#define NOFW_CMOS_S3_RESUME         0xfe

/* Where an OS looks for the RSDP on a BIOS machine (ACPI 6.5, 5.2.5.1) */
#define NOFW_RSDP_AREA              0xe0000
#define NOFW_RSDP_AREA_SIZE         (128 * KiB)

/*
 * FADT and FACS fields (ACPI 6.5, 5.2.9 and 5.2.10). QEMU's FACS is
 * version 0 (ACPI 1.0b): X_Firmware_Waking_Vector is reserved there, and
 * Linux leaves it 0, so only Firmware_Waking_Vector is used, as SeaBIOS
 * does.
 */
#define NOFW_FADT_FIRMWARE_CTRL     36
#define NOFW_FADT_X_FIRMWARE_CTRL   132
#define NOFW_FACS_WAKING_VECTOR     12
#define NOFW_FACS_MIN_LENGTH        64

/* Guest RAM only: the pointers are the guest's, and MMIO reads act. */
static bool guest_read(uint64_t addr, void *buf, uint64_t len)
{
    MemoryRegionSection sec = memory_region_find(get_system_memory(),
                                                 addr, len);
    bool ram = sec.mr && int128_get64(sec.size) == len &&
               memory_region_is_ram(sec.mr);

    if (sec.mr) {
        memory_region_unref(sec.mr);
    }
    return ram && address_space_read(&address_space_memory, addr,
                                     MEMTXATTRS_UNSPECIFIED, buf,
                                     len) == MEMTX_OK;
}

/* The RSDP as the guest finds it: signature and ACPI 1.0 checksum. */
static bool nofw_find_rsdp(uint8_t rsdp[36], uint64_t *addr)
{
    g_autofree uint8_t *area = g_malloc(NOFW_RSDP_AREA_SIZE);

    if (!guest_read(NOFW_RSDP_AREA, area, NOFW_RSDP_AREA_SIZE)) {
        return false;
    }
    for (uint32_t off = 0; off + 36 <= NOFW_RSDP_AREA_SIZE; off += 16) {
        uint8_t sum = 0;

        if (memcmp(area + off, "RSD PTR ", 8)) {
            continue;
        }
        for (int i = 0; i < 20; i++) {
            sum += area[off + i];
        }
        if (!sum) {
            memcpy(rsdp, area + off, 36);
            *addr = NOFW_RSDP_AREA + off;
            return true;
        }
    }
    return false;
}

/* The table with @sig that the RSDT (or XSDT) lists, or 0. */
static uint64_t nofw_find_table(const uint8_t *rsdp, const char *sig)
{
    bool xsdt = rsdp[15] >= 2 && ldq_le_p(rsdp + 24);
    uint64_t root = xsdt ? ldq_le_p(rsdp + 24) : ldl_le_p(rsdp + 16);
    unsigned entry = xsdt ? 8 : 4;
    uint8_t hdr[8];
    uint32_t len;

    if (!guest_read(root, hdr, sizeof(hdr)) ||
        memcmp(hdr, xsdt ? "XSDT" : "RSDT", 4)) {
        return 0;
    }
    len = ldl_le_p(hdr + 4);
    /* a bound on what a corrupt length makes us read */
    len = MIN(len, 36 + 256 * entry);
    for (uint32_t off = 36; off + entry <= len; off += entry) {
        uint8_t e[8] = { 0 };
        uint64_t addr;
        char s[4];

        if (!guest_read(root + off, e, entry)) {
            return 0;
        }
        addr = xsdt ? ldq_le_p(e) : ldl_le_p(e);
        if (guest_read(addr, s, 4) && !memcmp(s, sig, 4)) {
            return addr;
        }
    }
    return 0;
}

/* Where the RSDP and the FACS are, from the tables the guest sees. */
static bool nofw_find_facs(uint64_t *rsdp_addr, uint64_t *facs,
                           Error **errp)
{
    uint8_t rsdp[36], fadt[NOFW_FADT_X_FIRMWARE_CTRL + 8] = { 0 };
    uint64_t addr;
    uint32_t len;

    if (!nofw_find_rsdp(rsdp, rsdp_addr)) {
        error_setg(errp, "no RSDP in guest memory");
        return false;
    }
    addr = nofw_find_table(rsdp, "FACP");
    if (!addr || !guest_read(addr, fadt, 8)) {
        error_setg(errp, "no FADT in the RSDT");
        return false;
    }
    len = MIN(ldl_le_p(fadt + 4), sizeof(fadt));
    if (len < NOFW_FADT_FIRMWARE_CTRL + 4 || !guest_read(addr, fadt, len)) {
        error_setg(errp, "the FADT is truncated");
        return false;
    }
    *facs = len >= NOFW_FADT_X_FIRMWARE_CTRL + 8 ?
            ldq_le_p(fadt + NOFW_FADT_X_FIRMWARE_CTRL) : 0;
    if (!*facs) {
        *facs = ldl_le_p(fadt + NOFW_FADT_FIRMWARE_CTRL);
    }
    return true;
}

/*
 * Where resume cannot work, the boot CPU waits in the reset stub's hlt
 * loop with interrupts off, and the guest goes back to S3: RAM stays as
 * the guest left it, and another wakeup tries again.
 */
static void nofw_stay_suspended(void)
{
    X86CPU *cpu = X86_CPU(first_cpu);

    cpu->env.eip = 0xfff0 + NOFW_RESET_STUB_HLT;
    qemu_system_suspend_request();
}

bool nofw_resume(PCMachineState *pcms, Error **errp)
{
    X86MachineState *x86ms = X86_MACHINE(pcms);
    MC146818RtcState *rtc = MC146818_RTC(x86ms->rtc);
    uint8_t facs[NOFW_FACS_WAKING_VECTOR + 4];
    uint64_t addr, rsdp, replayed;
    uint32_t vector;
    int status = mc146818rtc_get_cmos_data(rtc, NOFW_CMOS_SHUTDOWN);

    if (status != NOFW_CMOS_S3_RESUME) {
        /* not a wakeup from S3 (firmware would boot normally) */
        trace_nofw_resume(status, 0, 0, "shutdown status not S3");
        return true;
    }
    mc146818rtc_set_cmos_data(rtc, NOFW_CMOS_SHUTDOWN, 0);

    /* what the reset undid and the OS expects from firmware */
    nofw_ich9_resume(pcms);

    /* the vector first: a guest that cannot resume keeps its RAM as is */
    if (!nofw_find_facs(&rsdp, &addr, errp)) {
        goto refuse;
    }
    if (!addr || !guest_read(addr, facs, sizeof(facs)) ||
        memcmp(facs, "FACS", 4) ||
        ldl_le_p(facs + 4) < NOFW_FACS_MIN_LENGTH) {
        error_setg(errp, "no FACS at 0x%" PRIx64, addr);
        goto refuse;
    }
    vector = ldl_le_p(facs + NOFW_FACS_WAKING_VECTOR);
    trace_nofw_resume(status, addr, vector, vector ? "real mode" :
                      "no waking vector");
    if (!vector) {
        error_setg(errp, "the guest set no waking vector");
        goto refuse;
    }
    if (vector >= 1 * MiB) {
        error_setg(errp, "the waking vector 0x%" PRIx32 " is not reachable "
                   "in real mode", vector);
        goto refuse;
    }
    if (!nofw_replay_write_pointers(pcms, &replayed, errp)) {
        goto refuse;
    }
    /* the script allocated what it did at boot, or the addresses are off */
    if (replayed != rsdp) {
        error_setg(errp, "the table-loader now places the RSDP at 0x%"
                   PRIx64 ", the guest's is at 0x%" PRIx64, replayed, rsdp);
        goto refuse;
    }
    nofw_cpu_enter_waking_vector(vector);
    return true;

refuse:
    nofw_stay_suspended();
    return false;
}
