/*
 * The root task's first instruction.  The kernel leaves the BootInfo
 * pointer in rdi and no stack, so we bring our own.
 */
    .text
    .global _start
_start:
    lea __pagoda_stack_top(%rip), %rsp
    xor %ebp, %ebp
    call __pagoda_start_root
    ud2

    .bss
    .balign 16
    .skip 16384
__pagoda_stack_top:

    .section .note.GNU-stack, "", @progbits
