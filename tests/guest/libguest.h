/*
 * libguest: the tiny freestanding library of the nofw test guests.
 *
 * Port I/O, PCI config access through 0xCF8/0xCFC, a printf for the
 * debugcon port (0xe9), the few string functions the compiler and the
 * checks need, kernel command line "key=value" parsing, CRC-32 (zlib's),
 * and report(), which prints one PASS/FAIL line per check.  Built with
 * -nostdinc: no libc header, 32-bit or otherwise, is needed.
 */
#ifndef LIBGUEST_H
#define LIBGUEST_H

typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __INT8_TYPE__ int8_t;
typedef __INT32_TYPE__ int32_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef __SIZE_TYPE__ size_t;
typedef _Bool bool;
#define true 1
#define false 0
#define NULL ((void *)0)

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Fixed I/O ports of the QEMU devices the host side adds. */
#define DEBUGCON_PORT   0xe9    /* -device isa-debugcon,iobase=0xe9 */
#define DEBUG_EXIT_PORT 0xf4    /* -device isa-debug-exit,iobase=0xf4 */

static inline void outb(uint16_t port, uint8_t v)
{
    asm volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline void outw(uint16_t port, uint16_t v)
{
    asm volatile("outw %0, %1" : : "a"(v), "Nd"(port));
}

static inline void outl(uint16_t port, uint32_t v)
{
    asm volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
    uint8_t v;
    asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

static inline uint16_t inw(uint16_t port)
{
    uint16_t v;
    asm volatile("inw %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

static inline uint32_t inl(uint16_t port)
{
    uint32_t v;
    asm volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

static inline void __attribute__((noreturn)) halt_forever(void)
{
    for (;;) {
        asm volatile("cli; hlt");
    }
}

/*
 * Reads/writes of guest-physical memory (paging is off). volatile: the
 * loader's data, tables and device memory are read exactly as written.
 */
static inline uint8_t rd8(uint32_t pa)
{
    return *(volatile uint8_t *)pa;      /* see above */
}

static inline uint16_t rd16(uint32_t pa)
{
    return *(volatile uint16_t *)pa;      /* see above */
}

static inline uint32_t rd32(uint32_t pa)
{
    return *(volatile uint32_t *)pa;      /* see above */
}

static inline uint64_t rd64(uint32_t pa)
{
    return rd32(pa) | (uint64_t)rd32(pa + 4) << 32;
}

static inline void wr32(uint32_t pa, uint32_t v)
{
    *(volatile uint32_t *)pa = v;         /* see above */
}

/* PCI configuration mechanism #1 (0xCF8/0xCFC), bus 0 only is enough. */
uint32_t pci_cfg_read32(unsigned bus, unsigned dev, unsigned fn, unsigned reg);

/* String and memory functions (gcc may also emit calls to these). */
void *memset(void *s, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);

/*
 * printf to the debugcon port. Conversions: %s %c %u %d %x %lx %llx %%,
 * with an optional '0' flag and width (%08x). %lx and %llx take a
 * uint64_t (the guest is 32-bit; "long" here means the 64-bit value).
 */
void printf(const char *fmt, ...);
void vprintf(const char *fmt, va_list ap);
void snprintf(char *buf, size_t size, const char *fmt, ...);

/*
 * One check: prints "PASS <what>" or "FAIL <what>: <details>" and counts
 * it. The details (printf format) are printed only on failure and must
 * say what was found and what was expected. Returns @pass.
 */
bool report(bool pass, const char *what, const char *fmt, ...);
extern unsigned report_passed, report_failed;

/*
 * Kernel command line: space-separated key=value words.
 * param_get() returns the value of @key (not NUL-terminated, length in
 * *len) or NULL when the key is absent.
 */
const char *param_get(const char *cmdline, const char *key, size_t *len);
bool param_is(const char *cmdline, const char *key, const char *value);
/* Parse a decimal / hexadecimal (no 0x needed) value; false if absent/bad. */
bool param_dec(const char *cmdline, const char *key, uint64_t *out);
bool param_hex(const char *cmdline, const char *key, uint64_t *out);

/* CRC-32 as zlib's crc32() / python's zlib.crc32(): crc32(0, p, n). */
uint32_t crc32(uint32_t crc, const void *buf, size_t len);

#endif /* LIBGUEST_H */
