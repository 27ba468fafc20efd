/*
 * pvh-test.h: what the files of the pvh-test guest share.
 *
 * pvh-test.c (entry, CPU state, start_info, dispatch) sets the state
 * below at each entry, then calls the groups of checks in memmap.c (the
 * memory map, the command line, the initrd), acpi.c (RSDP, RSDT/XSDT,
 * FADT, DSDT, FACS) and devices.c (ICH9 PM, MMCONFIG, HW-reduced FADT,
 * SMBIOS, vmgenid, TPM, S3). All of them are linked into one image,
 * pvh-test.elf (and pvh-test64.elf).
 */
#ifndef PVH_TEST_H
#define PVH_TEST_H

#include "guest.h"

#define START_INFO_MAGIC        0x336ec578
#define E820_RAM                1

#define FOUR_GIB                0x100000000ull
#define MIB                     0x100000ull

/* Offsets in the FADT (ACPI 6.x, table 5.9). */
#define FADT_FIRMWARE_CTRL      36
#define FADT_DSDT               40
#define FADT_SCI_INT            46
#define FADT_PM1A_EVT_BLK       56
#define FADT_PM1A_CNT_BLK       64
#define FADT_PM_TMR_BLK         76
#define FADT_GPE0_BLK           80
#define FADT_FLAGS              112
#define FADT_RESET_REG          116
#define FADT_X_FIRMWARE_CTRL    132
#define FADT_X_DSDT             140
#define FADT_SLEEP_CONTROL_REG  244
#define FADT_SLEEP_STATUS_REG   256
#define FADT_FLAG_HW_REDUCED    (1u << 20)
#define GAS_ADDRESS             4       /* u64 inside a Generic Address */

struct hvm_start_info {
    uint32_t magic;
    uint32_t version;
    uint32_t flags;
    uint32_t nr_modules;
    uint64_t modlist_paddr;
    uint64_t cmdline_paddr;
    uint64_t rsdp_paddr;
    uint64_t memmap_paddr;
    uint32_t memmap_entries;
    uint32_t reserved;
};

struct hvm_modlist_entry {
    uint64_t paddr;
    uint64_t size;
    uint64_t cmdline_paddr;
    uint64_t reserved;
};

struct hvm_memmap_table_entry {
    uint64_t addr;
    uint64_t size;
    uint32_t type;
    uint32_t reserved;
};

_Static_assert(sizeof(struct hvm_start_info) == 56, "start_info layout");
_Static_assert(sizeof(struct hvm_modlist_entry) == 32, "modlist layout");
_Static_assert(sizeof(struct hvm_memmap_table_entry) == 24, "memmap layout");

/* Set by pvh-test.c at each entry. */
extern const struct hvm_start_info *si;         /* NULL if unusable */
extern const char *cmdline;                     /* "" until checked */

/* Memory handed over at entry that the guest must not write. */
struct range {
    const char *name;
    uint64_t addr, len;
};
extern struct range boot_data[8];               /* [0]: this image */
extern unsigned nr_boot_data;

/* Set by check_memmap() (memmap.c). */
extern const struct hvm_memmap_table_entry *mm;
extern unsigned nr_mm;                          /* 0: no usable memmap */

/* Filled by walk_acpi() (acpi.c). */
#define MAX_TABLES      64
struct acpi_table {
    uint32_t addr;
    char sig[5];
};
extern struct acpi_table tables[MAX_TABLES];
extern unsigned nr_tables;

static inline bool below_4g(uint64_t addr, uint64_t len)
{
    return addr < FOUR_GIB && len <= FOUR_GIB - addr;
}

static inline bool overlaps(uint64_t a, uint64_t alen, uint64_t b,
                            uint64_t blen)
{
    return a < b + blen && b < a + alen;
}

static inline uint8_t checksum8(uint32_t addr, uint32_t len)
{
    uint8_t sum = 0;

    while (len--) {
        sum += rd8(addr++);
    }
    return sum;
}

/* memmap.c */
int mm_containing(uint64_t addr, uint64_t len);
void check_not_ram(const char *what, uint64_t addr, uint64_t len,
                   bool low_ok);
bool check_in_reserved_entry(const char *what, uint64_t addr, uint64_t len);
void check_memmap(const char *ram_mb);
void check_cmdline(void);
void check_initrd(void);

/* acpi.c */
uint32_t find_table(const char *sig);
uint32_t fadt_len(uint32_t fadt);
void walk_acpi(bool checks);
void check_fadt_pointers(void);

/* devices.c */
void check_pm_ich9(void);
void check_mcfg(bool required);
void check_pm_reduced(void);
void check_smbios(void);
void check_vmgenid(void);
void check_tpm(void);
void suspend_without_vector(void);

#endif /* PVH_TEST_H */
