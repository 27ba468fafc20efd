/*
 * libguest: debugcon printf, report(), command line parsing, CRC-32 and
 * the string functions of the nofw test guests. See libguest.h.
 */
#include "libguest.h"

unsigned report_passed, report_failed;

uint32_t pci_cfg_read32(unsigned bus, unsigned dev, unsigned fn, unsigned reg)
{
    outl(0xcf8, 0x80000000u | bus << 16 | dev << 11 | fn << 8 | (reg & 0xfc));
    return inl(0xcfc);
}

void *memset(void *s, int c, size_t n)
{
    uint8_t *p = s;

    while (n--) {
        *p++ = c;
    }
    return s;
}

void *memcpy(void *d, const void *s, size_t n)
{
    uint8_t *dp = d;
    const uint8_t *sp = s;

    while (n--) {
        *dp++ = *sp++;
    }
    return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *pa = a, *pb = b;

    for (; n; n--, pa++, pb++) {
        if (*pa != *pb) {
            return *pa - *pb;
        }
    }
    return 0;
}

size_t strlen(const char *s)
{
    size_t n = 0;

    while (s[n]) {
        n++;
    }
    return n;
}

size_t strnlen(const char *s, size_t max)
{
    size_t n = 0;

    while (n < max && s[n]) {
        n++;
    }
    return n;
}

/* Output sinks: the debugcon port, or a bounded buffer (snprintf). */
struct sink {
    char *buf;
    size_t size, pos;
};

static void sink_putc(struct sink *s, char c)
{
    if (!s->buf) {
        outb(DEBUGCON_PORT, c);
    } else if (s->pos + 1 < s->size) {
        s->buf[s->pos++] = c;
        s->buf[s->pos] = 0;
    }
}

static void sink_number(struct sink *s, uint64_t v, unsigned base,
                        unsigned width, char pad)
{
    char tmp[24];
    unsigned n = 0;

    do {
        unsigned digit;

        if (base == 16) {
            digit = v & 15;
            v >>= 4;
        } else {
            /* 32-bit division only: no libgcc in a freestanding guest. */
            uint32_t v32 = v;

            digit = v32 % 10;
            v = v32 / 10;
        }
        tmp[n++] = "0123456789abcdef"[digit];
    } while (v);
    while (n < width && width < sizeof(tmp)) {
        tmp[n++] = pad;
    }
    while (n) {
        sink_putc(s, tmp[--n]);
    }
}

static void sink_format(struct sink *s, const char *fmt, va_list ap)
{
    for (; *fmt; fmt++) {
        unsigned width = 0, longs = 0;
        char pad = ' ';
        uint64_t v;

        if (*fmt != '%') {
            sink_putc(s, *fmt);
            continue;
        }
        fmt++;
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9') {
            width = width * 10 + (*fmt++ - '0');
        }
        while (*fmt == 'l') {
            longs++;
            fmt++;
        }
        switch (*fmt) {
        case 's': {
            const char *str = va_arg(ap, const char *);

            if (!str) {
                str = "(null)";
            }
            while (*str) {
                sink_putc(s, *str++);
            }
            break;
        }
        case 'c':
            sink_putc(s, va_arg(ap, int));
            break;
        case 'd': {
            int32_t i = va_arg(ap, int32_t);

            if (i < 0) {
                sink_putc(s, '-');
                i = -i;
            }
            sink_number(s, (uint32_t)i, 10, width, pad);
            break;
        }
        case 'u':
            sink_number(s, va_arg(ap, uint32_t), 10, width, pad);
            break;
        case 'x':
            v = longs ? va_arg(ap, uint64_t) : va_arg(ap, uint32_t);
            sink_number(s, v, 16, width, pad);
            break;
        case '%':
            sink_putc(s, '%');
            break;
        case 0:
            return;
        default:
            sink_putc(s, '%');
            sink_putc(s, *fmt);
            break;
        }
    }
}

void vprintf(const char *fmt, va_list ap)
{
    struct sink s = { 0 };

    sink_format(&s, fmt, ap);
}

void printf(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

void snprintf(char *buf, size_t size, const char *fmt, ...)
{
    struct sink s = { .buf = buf, .size = size };
    va_list ap;

    if (size) {
        buf[0] = 0;
    }
    va_start(ap, fmt);
    sink_format(&s, fmt, ap);
    va_end(ap);
}

/*
 * Check names must be unique per entry (the host keys on them): remember
 * a CRC of each name and complain about a repeated one.
 */
static uint32_t seen_names[1024];
static unsigned nr_seen_names;

static void note_name(const char *what)
{
    uint32_t h = crc32(0, what, strlen(what));
    unsigned i;

    for (i = 0; i < nr_seen_names; i++) {
        if (seen_names[i] == h) {
            printf("FAIL guest.duplicate_check_name: \"%s\" reported twice\n",
                   what);
            report_failed++;
            return;
        }
    }
    if (nr_seen_names < ARRAY_SIZE(seen_names)) {
        seen_names[nr_seen_names++] = h;
    }
}

bool report(bool pass, const char *what, const char *fmt, ...)
{
    va_list ap;

    note_name(what);
    if (pass) {
        printf("PASS %s\n", what);
        report_passed++;
        return true;
    }
    printf("FAIL %s: ", what);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    report_failed++;
    return false;
}

const char *param_get(const char *cmdline, const char *key, size_t *len)
{
    size_t klen = strlen(key);
    const char *p = cmdline;

    if (!p) {
        return NULL;
    }
    while (*p) {
        const char *word;

        while (*p == ' ' || *p == '\t' || *p == '\n') {
            p++;
        }
        word = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
            p++;
        }
        if ((size_t)(p - word) > klen && !memcmp(word, key, klen) &&
            word[klen] == '=') {
            *len = p - word - klen - 1;
            return word + klen + 1;
        }
    }
    return NULL;
}

bool param_is(const char *cmdline, const char *key, const char *value)
{
    size_t len;
    const char *v = param_get(cmdline, key, &len);

    return v && len == strlen(value) && !memcmp(v, value, len);
}

static bool parse_number(const char *v, size_t len, unsigned base,
                         uint64_t *out)
{
    uint64_t n = 0;
    size_t i;

    if (base == 16 && len > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) {
        v += 2;
        len -= 2;
    }
    if (!len || len > 16) {
        return false;
    }
    for (i = 0; i < len; i++) {
        unsigned d;

        if (v[i] >= '0' && v[i] <= '9') {
            d = v[i] - '0';
        } else if (base == 16 && v[i] >= 'a' && v[i] <= 'f') {
            d = v[i] - 'a' + 10;
        } else if (base == 16 && v[i] >= 'A' && v[i] <= 'F') {
            d = v[i] - 'A' + 10;
        } else {
            return false;
        }
        n = (base == 16 ? n << 4 : (n << 3) + (n << 1)) + d;
    }
    *out = n;
    return true;
}

bool param_dec(const char *cmdline, const char *key, uint64_t *out)
{
    size_t len;
    const char *v = param_get(cmdline, key, &len);

    return v && parse_number(v, len, 10, out);
}

bool param_hex(const char *cmdline, const char *key, uint64_t *out)
{
    size_t len;
    const char *v = param_get(cmdline, key, &len);

    return v && parse_number(v, len, 16, out);
}

uint32_t crc32(uint32_t crc, const void *buf, size_t len)
{
    static uint32_t table[256];
    const uint8_t *p = buf;

    if (!table[1]) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;

            for (int k = 0; k < 8; k++) {
                c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            }
            table[i] = c;
        }
    }
    crc = ~crc;
    while (len--) {
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    }
    return ~crc;
}
