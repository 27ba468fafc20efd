/*
 * floor.bin: a 64 KiB "firmware" for -bios whose reset vector ends the
 * run at once. bench/run assembles it into build/bench/ and times QEMU
 * with it: the physical limit of a q35 boot (QEMU init + teardown, no
 * guest work), the reference for nofw's time to kernel entry.
 *
 * Default: outb 0 to isa-debug-exit (port 0xf4), so QEMU exits with
 * status 1 like pvh-exit.elf does at its PVH entry.
 * -DWAIT (floor-wait.bin): print "SUMMARY" on debugcon (port 0xe9) and
 * halt, like pvh-test.elf with wait=1, so bench/run can sample the peak
 * RSS of a QEMU that has run no firmware.
 *
 * The image is mapped at 4 GiB - 64 KiB; the CPU starts at CS base
 * 0xffff0000, IP 0xfff0, i.e. 16 bytes before the end of the image.
 */
	.code16
	.text
start:
#ifdef WAIT
	movw $(msg - start), %si	/* offset in CS; start is offset 0 */
2:	movb %cs:(%si), %al
	testb %al, %al
	jz 1f
	outb %al, $0xe9
	incw %si
	jmp 2b
#else
	xorb %al, %al
	outb %al, $0xf4
#endif
1:	cli
	hlt
	jmp 1b
#ifdef WAIT
msg:	.asciz "SUMMARY\n"
#endif

	.org 0xfff0, 0xff
reset_vector:
	jmp start		/* near: IP wraps to offset 0 of this segment */

	.org 0x10000, 0xff
