/*
 * Exception vectors, kernel entry and exit.
 *
 * A thread's registers are saved straight into its TCB: while a thread
 * runs in EL0, SP_EL1 points just past its struct user_context, so the
 * vector pushes the context there.  Only then does the kernel move to its
 * own stack.  Exceptions from EL1 are kernel bugs.
 */
#include <arch/frame.h>

.macro USER_VECTOR kind
    .balign 0x80
    sub sp, sp, #CONTEXT_SIZE
    stp x0, x1, [sp]
    mov x0, #\kind
    b save_user_context
.endm

.macro KERNEL_VECTOR kind
    .balign 0x80
    mov x0, #\kind
    b kernel_trap
.endm

    .text
    .balign 2048
    .global exception_vectors
exception_vectors:
    KERNEL_VECTOR TRAP_SYNC             /* EL1 with SP_EL0: never used */
    KERNEL_VECTOR TRAP_IRQ
    KERNEL_VECTOR TRAP_FIQ
    KERNEL_VECTOR TRAP_SERROR
    KERNEL_VECTOR TRAP_SYNC             /* EL1 with SP_EL1: the kernel */
    KERNEL_VECTOR TRAP_IRQ
    KERNEL_VECTOR TRAP_FIQ
    KERNEL_VECTOR TRAP_SERROR
    USER_VECTOR TRAP_SYNC               /* EL0 in AArch64 */
    USER_VECTOR TRAP_IRQ
    USER_VECTOR TRAP_FIQ
    USER_VECTOR TRAP_SERROR
    KERNEL_VECTOR TRAP_SYNC             /* EL0 in AArch32: Pagoda never enters it */
    KERNEL_VECTOR TRAP_IRQ
    KERNEL_VECTOR TRAP_FIQ
    KERNEL_VECTOR TRAP_SERROR

save_user_context:
    stp x2, x3, [sp, #16]
    stp x4, x5, [sp, #32]
    stp x6, x7, [sp, #48]
    stp x8, x9, [sp, #64]
    stp x10, x11, [sp, #80]
    stp x12, x13, [sp, #96]
    stp x14, x15, [sp, #112]
    stp x16, x17, [sp, #128]
    stp x18, x19, [sp, #144]
    stp x20, x21, [sp, #160]
    stp x22, x23, [sp, #176]
    stp x24, x25, [sp, #192]
    stp x26, x27, [sp, #208]
    stp x28, x29, [sp, #224]
    mrs x1, sp_el0
    stp x30, x1, [sp, #240]
    mrs x1, elr_el1
    mrs x2, spsr_el1
    stp x1, x2, [sp, #256]
    mrs x1, tpidr_el0
    str x1, [sp, #272]
    mov x1, sp
    adrp x2, kernel_stack_top
    add x2, x2, :lo12:kernel_stack_top
    mov sp, x2
    bl handle_user_trap                 /* (kind, context): does not return */
    brk #0

kernel_trap:
    cbnz x0, 1f                         /* not TRAP_SYNC */
    adrp x1, power_off_in_progress
    ldr x1, [x1, :lo12:power_off_in_progress]
    cbz x1, 1f
    mrs x1, esr_el1
    lsr x1, x1, #ESR_CLASS_SHIFT
    cbz x1, skip_power_off_way          /* an undefined instruction */
1:  mrs x1, esr_el1
    mrs x2, elr_el1
    mrs x3, far_el1
    bl handle_kernel_trap
    brk #0

/* A way to power off that the machine lacks (<arm.h>): go on after it. */
skip_power_off_way:
    mrs x1, elr_el1
    add x1, x1, #4
    msr elr_el1, x1
    eret

/* restore_user_context(struct user_context *context) */
    .global restore_user_context
restore_user_context:
    mov sp, x0
    ldp x1, x2, [sp, #256]
    msr elr_el1, x1
    msr spsr_el1, x2
    ldp x30, x1, [sp, #240]
    msr sp_el0, x1
    ldr x1, [sp, #272]
    msr tpidr_el0, x1
    ldp x0, x1, [sp]
    ldp x2, x3, [sp, #16]
    ldp x4, x5, [sp, #32]
    ldp x6, x7, [sp, #48]
    ldp x8, x9, [sp, #64]
    ldp x10, x11, [sp, #80]
    ldp x12, x13, [sp, #96]
    ldp x14, x15, [sp, #112]
    ldp x16, x17, [sp, #128]
    ldp x18, x19, [sp, #144]
    ldp x20, x21, [sp, #160]
    ldp x22, x23, [sp, #176]
    ldp x24, x25, [sp, #192]
    ldp x26, x27, [sp, #208]
    ldp x28, x29, [sp, #224]
    add sp, sp, #CONTEXT_SIZE          /* SP_EL1 is where the next entry saves */
    eret

    .section .note.GNU-stack, "", @progbits
