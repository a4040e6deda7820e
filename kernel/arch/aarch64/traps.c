/*
 * Exceptions.  From EL0 they are system calls or faults of the current
 * thread; from EL1, and interrupts anywhere (Pagoda enables none), they
 * are kernel bugs.  ESR_EL1's exception class says what happened.
 */
#include <arch/cpu.h>
#include <fault.h>
#include <printf.h>

#define ESR_CLASS(esr)        ((esr) >> ESR_CLASS_SHIFT)
#define EC_SVC64              0x15
#define EC_INSTRUCTION_ABORT  0x20
#define EC_DATA_ABORT         0x24
#define ESR_WNR               (1ul << 6)    /* a data abort's: write, not read */

static const char *const trap_kinds[] = {
    [TRAP_SYNC] = "synchronous exception", [TRAP_IRQ] = "IRQ", [TRAP_FIQ] = "FIQ", [TRAP_SERROR] = "SError",
};

/* As seL4 reports them: an abort's status is the whole ESR, its address
 * the faulting data address or, for an instruction fetch, the PC. */
static struct fault fault_from_trap(const struct user_context *context, word_t esr)
{
    word_t far;
    SYSREG_READ(far_el1, far);
    switch (ESR_CLASS(esr)) {
    case EC_DATA_ABORT:
        return (struct fault){ .type = fault_vm, .address = far, .status = esr, .on_write = (esr & ESR_WNR) != 0 };
    case EC_INSTRUCTION_ABORT:
        return (struct fault){ .type = fault_vm, .address = context->pc, .status = esr, .on_code = true };
    default:
        return (struct fault){ .type = fault_user_exception, .number = esr, .code = 0 };
    }
}

NORETURN void handle_user_trap(word_t kind, struct user_context *context)
{
    word_t esr;
    SYSREG_READ(esr_el1, esr);
    if (kind != TRAP_SYNC || context != &current_thread->context) {
        panic("%s from EL0 (ESR %#lx) at %p", trap_kinds[kind], esr, (void *)context->pc);
    }
    if (ESR_CLASS(esr) == EC_SVC64) {
        handle_syscall();
        arch_resume_user(current_thread);
    }
    handle_fault(current_thread, fault_from_trap(context, esr));
    return_to_user();
}

NORETURN void handle_kernel_trap(word_t kind, word_t esr, word_t elr, word_t far)
{
    panic("%s in the kernel (ESR %#lx) at %p, FAR %p", trap_kinds[kind], esr, (void *)elr, (void *)far);
}

NORETURN void arch_resume_user(struct tcb *thread)
{
    restore_user_context(&thread->context);
}
