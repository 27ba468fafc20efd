/*
 * PVH entry point of pvh-test.elf / pvh-test64.elf.
 *
 * The loader (QEMU's nofw, or SeaBIOS/qboot + pvh.bin) jumps here in
 * 32-bit protected mode with ebx = guest-physical address of
 * hvm_start_info, at power-on and after every system_reset. Before
 * relying on anything we record the CPU state the PVH ABI defines: CR0,
 * EFLAGS, the selectors, and a read of the image's first word through
 * DS, ES and SS (a segment base other than 0 reads something else).
 * Then we switch to our own flat GDT, segments and stack, so that the
 * checks run and report even when the entry state is wrong; count the
 * non-zero dwords of .bss (the ELF loader must zero it) and clear it;
 * install an IDT whose handlers report an exception instead of letting
 * it triple-fault; and call main(ebx, &entry_state), which never returns.
 */
#include "guest.h"

#define CODE_SEL    0x08
#define DATA_SEL    0x10

    .code32

    .section .head, "a"
    .globl image_head
image_head:
    .long GUEST_IMAGE_MAGIC

    .text
    .globl pvh_start
pvh_start:
    /* Nothing is known to be flat yet: read through the loader's
     * segments into registers, then load our GDT (read through CS, whose
     * base must be 0 for this code to run at its link address at all). */
    movl %ebx, %ebp
    movl %ds:image_head, %eax
    movl %es:image_head, %ecx
    movl %ss:image_head, %edx
    movl %esp, %edi
    xorl %esi, %esi
    movw %fs, %si
    lgdtl %cs:gdt_desc
    movw $DATA_SEL, %bx
    movw %bx, %fs
    movl %eax, %fs:entry_state + ES_DS_READ
    movl %ecx, %fs:entry_state + ES_ES_READ
    movl %edx, %fs:entry_state + ES_SS_READ
    movl %edi, %fs:entry_state + ES_ESP
    movl %esi, %fs:entry_state + ES_FS
    movl %ebp, %fs:entry_state + ES_EBX
    movl %cr0, %eax
    movl %eax, %fs:entry_state + ES_CR0
    movl %cr4, %eax
    movl %eax, %fs:entry_state + ES_CR4
    xorl %eax, %eax
    movw %cs, %ax
    movl %eax, %fs:entry_state + ES_CS
    movw %ds, %ax
    movl %eax, %fs:entry_state + ES_DS
    movw %es, %ax
    movl %eax, %fs:entry_state + ES_ES
    movw %ss, %ax
    movl %eax, %fs:entry_state + ES_SS
    movw %gs, %ax
    movl %eax, %fs:entry_state + ES_GS

    /* Flat segments and our stack; the entry ESP is undefined anyway. */
    movw $DATA_SEL, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    movw %ax, %gs
    movl $stack_top, %esp
    ljmpl $CODE_SEL, $1f
1:  pushfl
    cli                             /* in case IF was (wrongly) set */
    popl %eax
    movl %eax, entry_state + ES_EFLAGS
    cld                             /* DF is undefined at entry too */

    /* Count non-zero dwords of .bss (the stack excluded), then clear it. */
    movl $__bss_start, %esi
    xorl %edx, %edx
2:  cmpl $__bss_check_end, %esi
    jae 3f
    cmpl $0, (%esi)
    je 4f
    incl %edx
4:  addl $4, %esi
    jmp 2b
3:  movl %edx, entry_state + ES_BSS_DIRTY
    movl $__bss_start, %edi
    movl $__bss_check_end, %ecx
    subl %edi, %ecx
    shrl $2, %ecx
    xorl %eax, %eax
    rep stosl

    /* IDT: 32 interrupt gates, vector v -> exc_stubs + 16 * v. */
    movl $exc_stubs, %eax
    movl $idt, %edi
    movl $32, %ecx
5:  movl %eax, %edx
    andl $0xffff, %edx
    orl $(CODE_SEL << 16), %edx
    movl %edx, (%edi)
    movl %eax, %edx
    andl $0xffff0000, %edx
    orl $0x8e00, %edx               /* present, DPL 0, 32-bit int gate */
    movl %edx, 4(%edi)
    addl $16, %eax
    addl $8, %edi
    loop 5b
    lidtl idt_desc

    pushl $entry_state
    pushl entry_state + ES_EBX
    call main
6:  cli
    hlt
    jmp 6b

/* Exception stubs, 16 bytes apart: push a 0 error code where the CPU
 * pushes none, then the vector; guest_exception() reports and exits. */
.macro exc_stub vector, has_error
    .p2align 4
    .if \has_error == 0
    pushl $0
    .endif
    pushl $\vector
    jmp exc_common
.endm

    .p2align 4
exc_stubs:
    exc_stub 0, 0
    exc_stub 1, 0
    exc_stub 2, 0
    exc_stub 3, 0
    exc_stub 4, 0
    exc_stub 5, 0
    exc_stub 6, 0
    exc_stub 7, 0
    exc_stub 8, 1
    exc_stub 9, 0
    exc_stub 10, 1
    exc_stub 11, 1
    exc_stub 12, 1
    exc_stub 13, 1
    exc_stub 14, 1
    exc_stub 15, 0
    exc_stub 16, 0
    exc_stub 17, 1
    exc_stub 18, 0
    exc_stub 19, 0
    exc_stub 20, 0
    exc_stub 21, 1
    exc_stub 22, 0
    exc_stub 23, 0
    exc_stub 24, 0
    exc_stub 25, 0
    exc_stub 26, 0
    exc_stub 27, 0
    exc_stub 28, 0
    exc_stub 29, 1
    exc_stub 30, 1
    exc_stub 31, 0

exc_common:
    cld
    pushl %esp                      /* struct exc_frame * */
    call guest_exception
7:  cli
    hlt
    jmp 7b

    .data
    .p2align 3
gdt:
    .quad 0
    .quad 0x00cf9b000000ffff        /* 0x08: flat 4 GiB code, accessed */
    .quad 0x00cf93000000ffff        /* 0x10: flat 4 GiB data, accessed */
gdt_desc:
    .word gdt_desc - gdt - 1
    .long gdt
idt_desc:
    .word 32 * 8 - 1
    .long idt

    .p2align 2
    .globl entry_state
entry_state:
    .fill ES_SIZE, 1, 0

    .bss
    .p2align 3
idt:
    .fill 32 * 8, 1, 0

    .section .stack, "aw", @nobits
    .globl stack_top                /* guest.lds tests for it */
    .p2align 4
    .fill 8192, 1, 0
stack_top:
