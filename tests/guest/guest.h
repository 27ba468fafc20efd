/*
 * Layout shared by entry.S and pvh-test.c: the CPU state entry.S saves
 * at the PVH entry point, before it changes anything, the word at the
 * very start of the image (0x100000) used to check segment bases, and
 * the exception frame entry.S passes to guest_exception().
 */
#ifndef GUEST_H
#define GUEST_H

#define GUEST_LOAD_ADDR     0x100000
#define GUEST_IMAGE_MAGIC   0x54535650  /* "PVST" at GUEST_LOAD_ADDR */

/* Byte offsets in struct entry_state. */
#define ES_EBX          0
#define ES_ESP          4
#define ES_CR0          8
#define ES_CR4          12
#define ES_EFLAGS       16
#define ES_CS           20
#define ES_DS           24
#define ES_ES           28
#define ES_SS           32
#define ES_FS           36
#define ES_GS           40
#define ES_DS_READ      44      /* 32 bits at DS:0x100000 */
#define ES_ES_READ      48      /* 32 bits at ES:0x100000 */
#define ES_SS_READ      52      /* 32 bits at SS:0x100000 */
#define ES_BSS_DIRTY    56      /* non-zero dwords found in .bss */
#define ES_SIZE         60

#ifndef __ASSEMBLER__
#include "libguest.h"

struct entry_state {
    uint32_t ebx, esp, cr0, cr4, eflags;
    uint32_t cs, ds, es, ss, fs, gs;
    uint32_t ds_read, es_read, ss_read;
    uint32_t bss_dirty;
};
_Static_assert(sizeof(struct entry_state) == ES_SIZE, "entry_state layout");

/* What entry.S's exception stubs leave on the stack. */
struct exc_frame {
    uint32_t vector, error, eip, cs, eflags;
};

/* Linker-script and entry.S symbols. */
extern const uint32_t image_head[];     /* GUEST_LOAD_ADDR */
extern char _end[];                     /* end of .bss and stack */

/* Called by entry.S (pvh-test.c). */
void main(uint32_t ebx, const struct entry_state *st);
void guest_exception(const struct exc_frame *f);
_Static_assert(__builtin_offsetof(struct entry_state, bss_dirty) ==
               ES_BSS_DIRTY, "entry_state layout");
#endif

#endif /* GUEST_H */
