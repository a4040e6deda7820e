/*
 * Trap entry and exit.  While a thread runs in user mode, sscratch holds
 * its struct user_context, where the trap saves its registers; in the
 * kernel sscratch is 0, which is how a trap from the kernel (a kernel bug)
 * is told apart.
 */
#include <arch/frame.h>

/* Every register but zero, sp and a0, with its slot in the context. */
.macro FOR_REGISTERS op
    \op ra, 1
    \op gp, 3
    \op tp, 4
    \op t0, 5
    \op t1, 6
    \op t2, 7
    \op s0, 8
    \op s1, 9
    \op a1, 11
    \op a2, 12
    \op a3, 13
    \op a4, 14
    \op a5, 15
    \op a6, 16
    \op a7, 17
    \op s2, 18
    \op s3, 19
    \op s4, 20
    \op s5, 21
    \op s6, 22
    \op s7, 23
    \op s8, 24
    \op s9, 25
    \op s10, 26
    \op s11, 27
    \op t3, 28
    \op t4, 29
    \op t5, 30
    \op t6, 31
.endm

.macro SAVE reg, index
    sd \reg, (\index * 8)(sp)
.endm

.macro LOAD reg, index
    ld \reg, (\index * 8)(a0)
.endm

    .text
    .balign 4
    .global trap_entry
trap_entry:
    csrrw sp, sscratch, sp              /* sp: the context; sscratch: the user's sp */
    beqz sp, kernel_trap
    FOR_REGISTERS SAVE
    sd a0, (10 * 8)(sp)
    csrrw t0, sscratch, zero
    sd t0, (2 * 8)(sp)
    csrr t0, sepc
    sd t0, 0(sp)
    mv a0, sp
    la sp, kernel_stack_top
    call handle_user_trap               /* does not return */
1:  j 1b

kernel_trap:
    csrrw sp, sscratch, sp              /* the kernel's sp back; sscratch 0 again */
    csrr a0, scause
    csrr a1, sepc
    csrr a2, stval
    call handle_kernel_trap
2:  j 2b

/* restore_user_context(struct user_context *context) */
    .global restore_user_context
restore_user_context:
    ld t0, 0(a0)
    csrw sepc, t0
    csrw sscratch, a0
    ld sp, (2 * 8)(a0)
    FOR_REGISTERS LOAD
    ld a0, (10 * 8)(a0)
    sret

    .section .note.GNU-stack, "", @progbits
