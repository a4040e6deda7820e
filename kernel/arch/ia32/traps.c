/* Entries from user mode: system calls and exceptions, which x86's
 * exception handling takes (kernel/lib/x86.c). */
#include <arch/cpu.h>
#include <thread.h>
#include <x86.h>

NORETURN void handle_trap(struct user_context *frame)
{
    bool from_user = (frame->cs & 3) != 0;
    if (frame->entry == SYSCALL_VECTOR && from_user) {
        handle_syscall();
        arch_resume_user(current_thread);
    }
    x86_handle_exception(frame->entry, frame->error_code, frame->eip, from_user);
}

NORETURN void arch_resume_user(struct tcb *thread)
{
    tss.esp0 = (uint32_t)(&thread->context + 1);
    restore_user_context(&thread->context);
}
