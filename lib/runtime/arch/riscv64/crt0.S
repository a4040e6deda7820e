/*
 * The root task's first instruction.  The kernel leaves the BootInfo
 * pointer in a0 and no stack, so we bring our own; gp is the linker's,
 * for the accesses it relaxed to be gp-relative.
 */
    .text
    .global _start
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, __pagoda_stack_top
    li ra, 0
    li s0, 0
    call __pagoda_start_root
    ebreak

    .bss
    .balign 16
    .skip 16384
__pagoda_stack_top:

    .section .note.GNU-stack, "", @progbits
