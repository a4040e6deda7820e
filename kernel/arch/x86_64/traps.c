/* Exceptions: from user mode they become faults of the current thread;
 * from the kernel they are kernel bugs, as are NMIs, double faults and
 * machine checks wherever they strike. */
#include <arch/cpu.h>
#include <fault.h>
#include <printf.h>

#define PF_INSTRUCTION BIT(4)

static word_t read_cr2(void)
{
    word_t cr2;
    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    return cr2;
}

static struct fault fault_from_trap(const struct user_context *frame)
{
    if (frame->entry == VECTOR_PAGE_FAULT) {
        return (struct fault){ .type = fault_vm, .address = read_cr2(), .status = frame->error_code & 0x1f,
                               .on_code = (frame->error_code & PF_INSTRUCTION) != 0 };
    }
    return (struct fault){ .type = fault_user_exception, .number = frame->entry, .code = frame->error_code };
}

static bool is_machine_trap(word_t vector)
{
    return vector == VECTOR_NMI || vector == VECTOR_DOUBLE_FAULT || vector == VECTOR_MACHINE_CHECK;
}

NORETURN void handle_trap(struct user_context *frame)
{
    if ((frame->cs & 3) == 0 || is_machine_trap(frame->entry)) {
        panic("exception %lu (error %#lx) at %p, cr2 %p", frame->entry, frame->error_code,
              (void *)frame->rip, (void *)read_cr2());
    }
    handle_fault(current_thread, fault_from_trap(frame));
    return_to_user();
}

NORETURN void arch_resume_user(struct tcb *thread)
{
    tss.rsp[0] = (uint64_t)(&thread->context + 1);
    restore_user_context(&thread->context);
}
