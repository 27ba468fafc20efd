/*
 * devices: the pvh-test checks of the chipset and devices.
 *
 * main() (pvh-test.c) calls these at each entry, after walk_acpi()
 * (acpi.c) filled tables[], each when the command line asks for it:
 * ICH9 power management (pm=ich9) and PCIe MMCONFIG (mcfg=1), the
 * HW-reduced FADT (pm=reduced), SMBIOS (smbios=1), vmgenid (vmgenid=GUID)
 * and the TPM event log (tpm=1); s3=novector suspends the guest instead
 * of ending the run.
 */
#include "pvh-test.h"

/* ICH9 LPC (0:1f.0) and Q35 MCH (0:0.0) configuration registers. */
#define LPC_DEV                 0x1f
#define LPC_ID                  0x29188086
#define LPC_PMBASE              0x40
#define LPC_PMBASE_MASK         0xff80
#define LPC_ACPI_CNTL           0x44
#define LPC_ACPI_EN             0x80
#define ICH9_PMIO_PM1_CNT       0x04
#define ICH9_PMIO_PM1_TMR       0x08
#define ICH9_PMIO_GPE0_STS      0x20
#define MCH_ID                  0x29c08086
#define MCH_PCIEXBAR            0x60

static int sci_irq_of_acpi_cntl(uint8_t cntl)
{
    static const int8_t irq[8] = { 9, 10, 11, -1, 20, 21, 22, 23 };

    return irq[cntl & 7];
}

void check_pm_ich9(void)
{
    uint32_t fadt = find_table("FACP"), lpc_id, pmbase_reg, pmbase, cntl;
    uint32_t evt, cnt, tmr, gpe0, flags, t0, t1;
    uint16_t sci;

    if (!report(fadt != 0, "pm.fadt", "no FACP table found")) {
        return;
    }
    evt = rd32(fadt + FADT_PM1A_EVT_BLK);
    cnt = rd32(fadt + FADT_PM1A_CNT_BLK);
    tmr = rd32(fadt + FADT_PM_TMR_BLK);
    gpe0 = rd32(fadt + FADT_GPE0_BLK);
    sci = rd16(fadt + FADT_SCI_INT);
    flags = rd32(fadt + FADT_FLAGS);
    lpc_id = pci_cfg_read32(0, LPC_DEV, 0, 0);
    pmbase_reg = pci_cfg_read32(0, LPC_DEV, 0, LPC_PMBASE);
    cntl = pci_cfg_read32(0, LPC_DEV, 0, LPC_ACPI_CNTL) & 0xff;
    pmbase = pmbase_reg & LPC_PMBASE_MASK;
    printf("INFO ich9 pmbase reg 0x%x acpi_cntl 0x%x; FADT pm1a_evt 0x%x "
           "pm1a_cnt 0x%x pm_tmr 0x%x gpe0 0x%x sci %u flags 0x%x\n",
           pmbase_reg, cntl, evt, cnt, tmr, gpe0, sci, flags);

    report(!(flags & FADT_FLAG_HW_REDUCED), "pm.fadt.not_reduced",
           "FADT flags 0x%x: HW_REDUCED_ACPI set, expected clear for ICH9",
           flags);
    if (!report(lpc_id == LPC_ID, "pm.lpc.id", "0:1f.0 id 0x%x, expected "
                "0x%x (ICH9 LPC)", lpc_id, LPC_ID)) {
        return;
    }
    report(evt != 0 && pmbase == evt, "pm.pmbase", "LPC PMBASE 0x%x (reg "
           "0x%x), FADT PM1a_EVT_BLK 0x%x, expected equal and non-zero",
           pmbase, pmbase_reg, evt);
    report(cntl & LPC_ACPI_EN, "pm.acpi_en", "LPC ACPI_CNTL 0x%x, expected "
           "ACPI_EN (0x80) set", cntl);
    report(cnt == pmbase + ICH9_PMIO_PM1_CNT, "pm.pm1a_cnt",
           "FADT PM1a_CNT_BLK 0x%x, expected PMBASE 0x%x + 4", cnt, pmbase);
    report(tmr == pmbase + ICH9_PMIO_PM1_TMR, "pm.pm_tmr",
           "FADT PM_TMR_BLK 0x%x, expected PMBASE 0x%x + 8", tmr, pmbase);
    report(gpe0 == pmbase + ICH9_PMIO_GPE0_STS, "pm.gpe0",
           "FADT GPE0_BLK 0x%x, expected PMBASE 0x%x + 0x20", gpe0, pmbase);
    report(sci == sci_irq_of_acpi_cntl(cntl), "pm.sci_int",
           "FADT SCI_INT %u, ACPI_CNTL 0x%x selects IRQ %d", sci, cntl,
           sci_irq_of_acpi_cntl(cntl));

    /* The PM timer (3.58 MHz, 24 bits) runs only if the PM I/O is on. */
    if (tmr && tmr < 0x10000) {
        t0 = inl(tmr) & 0xffffff;
        /* volatile: a delay loop the compiler must not remove */
        for (volatile uint32_t i = 0; i < 100000; i++) {
            continue;
        }
        t1 = inl(tmr) & 0xffffff;
        report(t0 != t1 && inl(tmr) != 0xffffffff, "pm.timer.runs",
               "PM timer at 0x%x read 0x%x then 0x%x, expected it to advance",
               tmr, t0, t1);
    } else {
        report(false, "pm.timer.runs", "FADT PM_TMR_BLK 0x%x is not an "
               "I/O port", tmr);
    }
}

void check_mcfg(bool required)
{
    uint32_t mcfg = find_table("MCFG"), host_id, via_mcfg, lo, hi, mask;
    uint64_t base, bar;

    host_id = pci_cfg_read32(0, 0, 0, 0);
    report(host_id == MCH_ID, "pci.hostbridge.id", "0:0.0 id 0x%x, expected "
           "0x%x (Q35 MCH)", host_id, MCH_ID);
    if (!mcfg) {
        if (required) {
            report(false, "pci.mcfg.present", "no MCFG table (mcfg=1)");
        } else {
            printf("INFO no MCFG table\n");
        }
        return;
    }
    if (!report(rd32(mcfg + 4) >= 44 + 16, "pci.mcfg.length",
                "MCFG length %u, expected >= 60 (one allocation)",
                rd32(mcfg + 4))) {
        return;
    }
    base = rd64(mcfg + 44);
    printf("INFO mcfg base 0x%lx segment %u buses %u-%u\n", base,
           rd16(mcfg + 52), rd8(mcfg + 54), rd8(mcfg + 55));

    lo = pci_cfg_read32(0, 0, 0, MCH_PCIEXBAR);
    hi = pci_cfg_read32(0, 0, 0, MCH_PCIEXBAR + 4);
    mask = (lo & 6) == 0 ? 0xf0000000 : (lo & 6) == 2 ? 0xf8000000 :
           0xfc000000;
    bar = (uint64_t)(hi & 0xf) << 32 | (lo & mask);
    report((lo & 1) && bar == base, "pci.mcfg.pciexbar",
           "MCH PCIEXBAR 0x%x:%08x (base 0x%lx, %s), MCFG base 0x%lx, "
           "expected enabled and equal", hi, lo, bar,
           lo & 1 ? "enabled" : "disabled", base);
    if (report(below_4g(base, 4096), "pci.mcfg.below_4g",
               "MCFG base 0x%lx, expected below 4 GiB", base)) {
        via_mcfg = rd32(base);
        report(via_mcfg == host_id && host_id != 0xffffffff,
               "pci.mcfg.hostbridge", "MMCONFIG 0x%lx reads 0x%x, 0xCF8 "
               "reads 0x%x, expected equal", base, via_mcfg, host_id);
    }
}

void check_pm_reduced(void)
{
    uint32_t fadt = find_table("FACP"), flags, len;
    uint64_t a;

    if (!report(fadt != 0, "pm.fadt", "no FACP table found")) {
        return;
    }
    flags = rd32(fadt + FADT_FLAGS);
    len = fadt_len(fadt);
    report(flags & FADT_FLAG_HW_REDUCED, "pm.reduced.flag",
           "FADT flags 0x%x, expected HW_REDUCED_ACPI (bit 20)", flags);
    report(rd32(fadt + FADT_PM1A_EVT_BLK) == 0, "pm.reduced.pm1a_evt",
           "FADT PM1a_EVT_BLK 0x%x, expected 0",
           rd32(fadt + FADT_PM1A_EVT_BLK));
    report(rd32(fadt + FADT_GPE0_BLK) == 0, "pm.reduced.gpe0",
           "FADT GPE0_BLK 0x%x, expected 0", rd32(fadt + FADT_GPE0_BLK));
    a = rd64(fadt + FADT_RESET_REG + GAS_ADDRESS);
    report(a != 0, "pm.reduced.reset_reg", "FADT RESET_REG address 0, "
           "expected non-zero");
    if (!report(len >= FADT_SLEEP_STATUS_REG + 12, "pm.reduced.length",
                "FADT length %u, expected >= 268 (sleep registers)", len)) {
        return;
    }
    a = rd64(fadt + FADT_SLEEP_CONTROL_REG + GAS_ADDRESS);
    report(a != 0, "pm.reduced.sleep_control", "FADT SLEEP_CONTROL_REG "
           "address 0, expected non-zero");
    a = rd64(fadt + FADT_SLEEP_STATUS_REG + GAS_ADDRESS);
    report(a != 0, "pm.reduced.sleep_status", "FADT SLEEP_STATUS_REG "
           "address 0, expected non-zero");
}

/* Walk the SMBIOS structures: each is type, length, handle, strings. */
static void check_smbios_structures(uint64_t table, uint32_t size)
{
    uint32_t p, end, count = 0;
    bool ended = false;

    if (!report(table && below_4g(table, size) && size >= 4,
                "smbios.table.pointer", "structure table 0x%lx size %u, "
                "expected non-zero below 4 GiB", table, size)) {
        return;
    }
    check_not_ram("smbios.table.reserved", table, size, false);
    p = table;
    end = table + size;
    while (p + 4 <= end && !ended) {
        uint8_t type = rd8(p), len = rd8(p + 1);

        if (len < 4) {
            break;
        }
        count++;
        ended = type == 127;
        p += len;
        while (p + 1 < end && (rd8(p) || rd8(p + 1))) {
            p++;
        }
        p += 2;
    }
    report(ended && p <= end, "smbios.structures",
           "walked %u structures in 0x%x+%u without reaching type 127 in "
           "bounds", count, (uint32_t)table, size);
}

void check_smbios(void)
{
    uint32_t bad = 0;

    for (uint32_t p = 0xf0000; p < 0x100000; p += 16) {
        if (!memcmp((const void *)p, "_SM3_", 5)) {
            uint8_t len = rd8(p + 6);

            if (len < 24 || checksum8(p, len)) {
                bad = p;
                continue;
            }
            printf("SMBIOS _SM3_ 0x%x\n", p);
            report(true, "smbios.entry", "");
            check_smbios_structures(rd64(p + 0x10), rd32(p + 0x0c));
            return;
        }
        if (!memcmp((const void *)p, "_SM_", 4)) {
            uint8_t len = rd8(p + 5);

            if (len < 31 || checksum8(p, len) ||
                memcmp((const void *)(p + 16), "_DMI_", 5) ||
                checksum8(p + 16, 15)) {
                bad = p;
                continue;
            }
            printf("SMBIOS _SM_ 0x%x\n", p);
            report(true, "smbios.entry", "");
            check_smbios_structures(rd32(p + 0x18), rd16(p + 0x16));
            return;
        }
    }
    if (bad) {
        report(false, "smbios.entry", "anchor at 0x%x has a bad length or "
               "checksum (or no valid _DMI_ part)", bad);
    } else {
        report(false, "smbios.entry", "no _SM_ or _SM3_ anchor in "
               "0xF0000-0xFFFFF");
    }
}

/* One hex digit, or -1. */
static int hexval(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * "aabbccdd-eeff-..." as the 16 bytes vmgenid stores: the first three
 * fields little endian (QEMU's qemu_uuid_bswap()), the rest as written.
 */
static bool parse_guid(const char *p, size_t len, uint8_t out[16])
{
    static const uint8_t order[16] = {
        3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15
    };
    uint8_t be[16];
    unsigned n = 0;

    for (size_t i = 0; i < len && n < 16; i++) {
        int hi, lo;

        if (p[i] == '-') {
            continue;
        }
        hi = hexval(p[i]);
        lo = i + 1 < len ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            return false;
        }
        be[n++] = hi << 4 | lo;
        i++;
    }
    if (n != 16 || len != 36) {
        return false;
    }
    for (int i = 0; i < 16; i++) {
        out[i] = be[order[i]];
    }
    return true;
}

/*
 * vmgenid=<guid>: the SSDT's named dword VGIA (patched by ADD_POINTER)
 * points at the GUID page; the device writes the GUID at VGIA + 40 once
 * WRITE_POINTER told it the address, so a match proves both commands.
 */
void check_vmgenid(void)
{
    size_t glen;
    const char *g = param_get(cmdline, "vmgenid", &glen);
    uint32_t vgia = 0;
    uint8_t want[16];
    char seen[33], exp[33];
    bool found = false, same = true;

    if (!report(parse_guid(g, glen, want), "vmgenid.param",
                "vmgenid= must be a GUID like 324e6eaf-d1d1-4bf6-bf41-"
                "b9bb6c91fb87")) {
        return;
    }
    for (unsigned t = 0; t < nr_tables && !found; t++) {
        uint32_t a = tables[t].addr, len = rd32(a + 4);

        if (memcmp(tables[t].sig, "SSDT", 4)) {
            continue;
        }
        for (uint32_t i = 36; i + 10 <= len; i++) {
            /* NameOp "VGIA" DWordPrefix <value> */
            if (rd8(a + i) == 0x08 && rd8(a + i + 1) == 'V' &&
                rd8(a + i + 2) == 'G' && rd8(a + i + 3) == 'I' &&
                rd8(a + i + 4) == 'A' && rd8(a + i + 5) == 0x0c) {
                vgia = rd32(a + i + 6);
                found = true;
                break;
            }
        }
    }
    if (!report(found && vgia, "vmgenid.vgia", "VGIA %s (0x%x), expected "
                "a named dword in an SSDT, patched to the GUID page",
                found ? "is zero" : "not found", vgia)) {
        return;
    }
    printf("INFO vmgenid VGIA 0x%x\n", vgia);
    check_in_reserved_entry("vmgenid.page.reserved", vgia, 4096);
    for (int i = 0; i < 16; i++) {
        uint8_t b = rd8(vgia + 40 + i);

        same &= b == want[i];
        snprintf(seen + 2 * i, 3, "%02x", b);
        snprintf(exp + 2 * i, 3, "%02x", want[i]);
    }
    report(same, "vmgenid.guid", "bytes at VGIA+40 (0x%x): %s, expected %s "
           "(the GUID of -device vmgenid)", vgia + 40, seen, exp);
}

/*
 * tpm=1: the TPM2 table's event log (LASA, patched by ADD_POINTER to the
 * "etc/tpm/log" blob) must be non-empty and lie in a non-RAM entry.
 */
void check_tpm(void)
{
    uint32_t tpm2 = find_table("TPM2"), laml;
    uint64_t lasa;

    if (!report(tpm2, "tpm.tpm2.present", "no TPM2 table in the RSDT")) {
        return;
    }
    if (!report(rd32(tpm2 + 4) >= 76, "tpm.tpm2.length", "TPM2 length %u, "
                "expected >= 76 (with LAML/LASA)", rd32(tpm2 + 4))) {
        return;
    }
    laml = rd32(tpm2 + 64);
    lasa = rd64(tpm2 + 68);
    printf("INFO tpm log 0x%lx %u\n", lasa, laml);
    if (report(laml && lasa && below_4g(lasa, laml), "tpm.log.pointer",
               "LASA 0x%lx LAML %u, expected a log below 4 GiB", lasa,
               laml)) {
        check_in_reserved_entry("tpm.log.reserved", lasa, laml);
    }
}

/*
 * s3=novector: enter S3 through PM1a_CNT (SLP_TYP 1, as the DSDT's _S3
 * says) without writing a waking vector into the FACS, after leaving a
 * marker in RAM; a guest that resumes or boots again says so.
 */
#define S3_MARKER_ADDR          0x7000
#define S3_MARKER               0x53334e56      /* "S3NV" */
#define PM1_SLP_TYP_S3          (1u << 10)
#define PM1_SLP_EN              (1u << 13)

void suspend_without_vector(void)
{
    uint32_t pmbase = pci_cfg_read32(0, LPC_DEV, 0, LPC_PMBASE) &
                      LPC_PMBASE_MASK;

    wr32(S3_MARKER_ADDR, S3_MARKER);
    printf("S3 suspending without a waking vector, pmbase 0x%x\n", pmbase);
    outw(pmbase + ICH9_PMIO_PM1_CNT, PM1_SLP_TYP_S3 | PM1_SLP_EN);
    /* QEMU stops the CPU soon after the write; it must never run on */
    halt_forever();
}
