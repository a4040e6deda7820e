/*
 * The root task's first instruction.  The kernel leaves the BootInfo
 * pointer in r0 and no stack, so we bring our own.
 */
    .arm
    .text
    .global _start
_start:
    ldr sp, =__pagoda_stack_top
    mov fp, #0
    mov lr, #0
    bl __pagoda_start_root
    udf #0

    .bss
    .balign 16
    .skip 16384
__pagoda_stack_top:

    .section .note.GNU-stack, "", %progbits
