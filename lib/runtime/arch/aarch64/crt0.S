/*
 * The root task's first instruction.  The kernel leaves the BootInfo
 * pointer in x0 and no stack, so we bring our own.
 */
    .text
    .global _start
_start:
    adrp x1, __pagoda_stack_top
    add x1, x1, :lo12:__pagoda_stack_top
    mov sp, x1
    mov x29, #0
    mov x30, #0
    bl __pagoda_start_root
    brk #0

    .bss
    .balign 16
    .skip 16384
__pagoda_stack_top:

    .section .note.GNU-stack, "", @progbits
