/* Exceptions, which x86's exception handling takes (kernel/lib/x86.c);
 * system calls enter through syscall_entry instead. */
#include <arch/cpu.h>
#include <thread.h>

NORETURN void handle_trap(struct user_context *frame)
{
    x86_handle_exception(frame->entry, frame->error_code, frame->rip, (frame->cs & 3) != 0);
}

NORETURN void arch_resume_user(struct tcb *thread)
{
    tss.rsp[0] = (uint64_t)(&thread->context + 1);
    syscall_frame = &thread->context.ss;
    restore_user_context(&thread->context);
}
