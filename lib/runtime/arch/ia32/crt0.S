/*
 * The root task's first instruction.  The kernel leaves the BootInfo
 * pointer in ebx and no stack, so we bring our own and pass the pointer
 * on it, as the i386 C convention wants.
 */
    .text
    .global _start
_start:
    mov $__pagoda_stack_top, %esp
    xor %ebp, %ebp
    sub $12, %esp                       /* 16-byte aligned at the call */
    push %ebx
    call __pagoda_start_root
    ud2

    .bss
    .balign 16
    .skip 16384
__pagoda_stack_top:

    .section .note.GNU-stack, "", @progbits
