/*
 * Traps.  From user mode they are system calls or faults of the current
 * thread; from the kernel, and interrupts anywhere (Pagoda enables none),
 * they are kernel bugs.  scause says what happened.
 */
#include <arch/cpu.h>
#include <fault.h>
#include <printf.h>

#define SCAUSE_INTERRUPT   BIT(63)
#define CAUSE_FETCH_ACCESS 1
#define CAUSE_LOAD_ACCESS  5
#define CAUSE_STORE_ACCESS 7
#define CAUSE_USER_ECALL   8
#define CAUSE_FETCH_PAGE   12
#define CAUSE_LOAD_PAGE    13
#define CAUSE_STORE_PAGE   15

/* As seL4 reports them: a fault's status is 1 for a fetch, 5 for a load
 * and 7 for a store (access and page faults alike), its address stval. */
static struct fault fault_from_trap(word_t scause)
{
    word_t stval;
    CSR_READ(stval, stval);
    switch (scause) {
    case CAUSE_FETCH_ACCESS:
    case CAUSE_FETCH_PAGE:
        return (struct fault){ .type = fault_vm, .address = stval, .status = 1, .on_code = true };
    case CAUSE_LOAD_ACCESS:
    case CAUSE_LOAD_PAGE:
        return (struct fault){ .type = fault_vm, .address = stval, .status = 5 };
    case CAUSE_STORE_ACCESS:
    case CAUSE_STORE_PAGE:
        return (struct fault){ .type = fault_vm, .address = stval, .status = 7, .on_write = true };
    default:
        return (struct fault){ .type = fault_user_exception, .number = scause, .code = 0 };
    }
}

NORETURN void handle_user_trap(struct user_context *context)
{
    word_t scause;
    CSR_READ(scause, scause);
    if ((scause & SCAUSE_INTERRUPT) || context != &current_thread->context) {
        panic("trap %#lx from user mode at %p", scause, (void *)arch_context_pc(context));
    }
    if (scause == CAUSE_USER_ECALL) {
        context->x[RISCV_PC] += 4;      /* return past the ecall */
        handle_syscall();
        arch_resume_user(current_thread);
    }
    handle_fault(current_thread, fault_from_trap(scause));
    return_to_user();
}

NORETURN void handle_kernel_trap(word_t scause, word_t sepc, word_t stval)
{
    panic("trap %#lx in the kernel at %p, stval %p", scause, (void *)sepc, (void *)stval);
}

NORETURN void arch_resume_user(struct tcb *thread)
{
    restore_user_context(&thread->context);
}
