/*
 * Exception vectors, kernel entry and exit.
 *
 * A thread's registers are saved straight into its TCB: while a thread
 * runs in user mode, SVC mode's SP points just past the PC and CPSR of its
 * struct user_context.  Every vector, whatever mode it runs in, stores its
 * return address and SPSR there with SRS, moves to SVC mode and saves the
 * user registers below them.  Only then does the kernel move to its own
 * stack.  Exceptions from the kernel itself are kernel bugs.
 */
#include <arch/frame.h>

/* A vector's handler.  `adjust` turns the banked LR into the address of
 * the instruction to resume at (undefined instructions: traps.c, which
 * knows the instruction set). */
.macro VECTOR name, kind, adjust
\name:
    VECTOR_BODY \kind, \adjust
.endm

.macro VECTOR_BODY kind, adjust
    .if \adjust
    sub lr, lr, #\adjust
    .endif
    srsdb sp!, #MODE_SVC
    cps #MODE_SVC
    sub sp, sp, #(CONTEXT_REGISTERS * 4)
    stmia sp, {r0-r14}^
    mov r0, #\kind
    b save_user_context
.endm

    .arm
    .text
    .balign 32
    .global exception_vectors
exception_vectors:
    b vector_unused                     /* reset */
    b vector_undefined
    b vector_svc
    b vector_prefetch_abort
    b vector_data_abort
    b vector_unused                     /* hypervisor trap: never taken */
    b vector_irq
    b vector_fiq

    VECTOR vector_unused, TRAP_UNUSED, 0
    VECTOR vector_undefined, TRAP_UNDEFINED, 0
    VECTOR vector_svc, TRAP_SVC, 0
    VECTOR vector_prefetch_abort, TRAP_PREFETCH_ABORT, 4

/* A data abort taken in a mode other than user or SVC can only be a
 * vector's store to SVC mode's stack: that stack has run into its guard
 * page (boot.c).  Abort mode's own SP, which nothing else uses, serves as
 * the scratch register that finds out. */
vector_data_abort:
    mrs sp, spsr
    and sp, sp, #MODE_MASK
    cmp sp, #MODE_USR
    cmpne sp, #MODE_SVC
    bne kernel_stack_overflow
    VECTOR_BODY TRAP_DATA_ABORT, 8
    VECTOR vector_irq, TRAP_IRQ, 4
    VECTOR vector_fiq, TRAP_FIQ, 4

/* r0: the kind of trap; sp: the saved registers.  The saved CPSR says
 * whether they are a thread's. */
save_user_context:
    mov r1, sp
    ldr r2, [r1, #CONTEXT_CPSR]
    and r2, r2, #MODE_MASK
    cmp r2, #MODE_USR
    bne kernel_trap
    mrc p15, 0, r2, c13, c0, 2          /* TPIDRURW */
    str r2, [r1, #CONTEXT_TLS]
    ldr sp, =kernel_stack_top
    bl handle_user_trap                 /* (kind, context): does not return */
    udf #0

kernel_trap:
    cmp r0, #TRAP_UNDEFINED
    cmpne r0, #TRAP_SVC
    bne 1f
    ldr r2, =power_off_in_progress
    ldr r2, [r2]
    cmp r2, #0
    bne skip_power_off_way
1:  bl handle_kernel_trap               /* (kind, saved registers): does not return */
    udf #0

/* A way to power off that the machine lacks (<arm.h>): go on after it,
 * where the saved PC of an svc or undefined instruction already is.  Its
 * r0..r12 come back. */
skip_power_off_way:
    ldmia sp, {r0-r12}
    add sp, sp, #(CONTEXT_REGISTERS * 4)
    rfeia sp!

/* What the stack held is lost: start it again, to panic. */
kernel_stack_overflow:
    cps #MODE_SVC
    ldr sp, =kernel_stack_top
    bl handle_kernel_stack_overflow     /* does not return */
    udf #0

/* restore_user_context(struct user_context *context) */
    .global restore_user_context
restore_user_context:
    mov sp, r0
    ldr r1, [sp, #CONTEXT_TLS]
    mcr p15, 0, r1, c13, c0, 2
    ldmia sp, {r0-r14}^
    add sp, sp, #(CONTEXT_REGISTERS * 4)
    rfeia sp!                           /* SVC mode's SP: where the next entry saves */

    .section .note.GNU-stack, "", %progbits
