/*
 * The Xen ELF note XEN_ELFNOTE_PHYS32_ENTRY (type 18, name "Xen") that
 * makes a loader use the PVH entry point. The payload is the 32-bit
 * entry address; built with -DPVH_NOTE_SIZE=8 it is 8 bytes, as in
 * Linux's vmlinux (pvh-test64.elf). Name and payload are 4-byte padded.
 */
#ifndef PVH_NOTE_SIZE
#define PVH_NOTE_SIZE 4
#endif
#define XEN_ELFNOTE_PHYS32_ENTRY 18

    .section .note.Xen, "a", @note
    .p2align 2
    .long 2f - 1f                   /* namesz, including the NUL */
    .long 4f - 3f                   /* descsz */
    .long XEN_ELFNOTE_PHYS32_ENTRY
1:  .asciz "Xen"
2:  .p2align 2
3:
    .long pvh_start
#if PVH_NOTE_SIZE == 8
    .long 0                         /* high half: no 64-bit reloc in ELF32 */
#endif
4:  .p2align 2
