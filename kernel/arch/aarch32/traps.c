/*
 * Exceptions.  From user mode they are system calls or faults of the
 * current thread; from the kernel, and interrupts anywhere (Pagoda takes
 * none), they are kernel bugs.  The vector says what happened.
 */
#include <arch/cpu.h>
#include <fault.h>
#include <printf.h>

/* seL4 reports the fault status registers' low 14 bits. */
#define FSR_MASK 0x3fff
#define DFSR_WNR (1u << 11)     /* write, not read */

static const char *const trap_kinds[] = {
    [TRAP_UNDEFINED] = "undefined instruction", [TRAP_SVC] = "SVC", [TRAP_PREFETCH_ABORT] = "prefetch abort",
    [TRAP_DATA_ABORT] = "data abort", [TRAP_IRQ] = "IRQ", [TRAP_FIQ] = "FIQ", [TRAP_UNUSED] = "unexpected exception",
};

/*
 * As seL4 reports them: an abort's status is the DFSR or IFSR, its
 * address the faulting data address or, for an instruction fetch, the PC;
 * an undefined instruction is user exception 0, code 0.
 */
static struct fault fault_from_trap(word_t kind, const struct user_context *context)
{
    word_t status, address;
    switch (kind) {
    case TRAP_DATA_ABORT:
        CP15_READ(CP15_DFSR, status);
        CP15_READ(CP15_DFAR, address);
        return (struct fault){ .type = fault_vm, .address = address, .status = status & FSR_MASK,
                               .on_write = (status & DFSR_WNR) != 0 };
    case TRAP_PREFETCH_ABORT:
        CP15_READ(CP15_IFSR, status);
        return (struct fault){ .type = fault_vm, .address = context->pc, .status = status & FSR_MASK,
                               .on_code = true };
    default:
        return (struct fault){ .type = fault_user_exception, .number = 0, .code = 0 };
    }
}

NORETURN void handle_user_trap(word_t kind, struct user_context *context)
{
    if (context != &current_thread->context || kind == TRAP_IRQ || kind == TRAP_FIQ || kind == TRAP_UNUSED) {
        panic("%s from user mode at %p", trap_kinds[kind], (void *)context->pc);
    }
    if (kind == TRAP_SVC) {
        handle_syscall();
        arch_resume_user(current_thread);
    }
    if (kind == TRAP_UNDEFINED) {
        context->pc -= context->cpsr & CPSR_THUMB ? 2 : 4;     /* the banked LR is past the instruction */
    }
    handle_fault(current_thread, fault_from_trap(kind, context));
    return_to_user();
}

NORETURN void handle_kernel_trap(word_t kind, const struct user_context *saved)
{
    word_t dfsr, dfar, ifsr;
    CP15_READ(CP15_DFSR, dfsr);
    CP15_READ(CP15_DFAR, dfar);
    CP15_READ(CP15_IFSR, ifsr);
    panic("%s in the kernel at %p (CPSR %#lx), DFSR %#lx DFAR %p, IFSR %#lx", trap_kinds[kind],
          (void *)saved->pc, saved->cpsr, dfsr, (void *)dfar, ifsr);
}

NORETURN void handle_kernel_stack_overflow(void)
{
    word_t dfar;
    CP15_READ(CP15_DFAR, dfar);
    panic("kernel stack overflow: data abort at %p", (void *)dfar);
}

NORETURN void arch_resume_user(struct tcb *thread)
{
    restore_user_context(&thread->context);
}
