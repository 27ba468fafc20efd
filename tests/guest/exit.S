/*
 * pvh-exit.elf: a PVH kernel that exits QEMU at once. Its entry point
 * writes 0 (outb) to the isa-debug-exit port 0xf4, so QEMU exits with
 * status 1, then halts. Used to time a boot up to the kernel's entry,
 * and to leave the tables in guest memory for a reader (no code runs).
 */
    .code32
    .text
    .globl pvh_start
pvh_start:
    movw $0xf4, %dx
    xorl %eax, %eax
    outb %al, %dx
1:  cli
    hlt
    jmp 1b
