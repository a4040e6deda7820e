/*
 * A thread's saved user registers.  Each architecture's <arch/context.h>
 * defines struct user_context and these inline accessors:
 *
 *   ARCH_MSG_REGISTERS                     message registers passed in registers
 *   context_mr(ctx, i) / context_set_mr(ctx, i, v)       i < ARCH_MSG_REGISTERS
 *   context_cptr(ctx), context_info(ctx), context_syscall(ctx)
 *   context_set_reply(ctx, badge, info)
 *   context_pc(ctx), context_sp(ctx)
 *   context_init_user(ctx, entry, arg0)    a thread's first user state
 *   ARCH_SP_NAME                            the stack pointer's name in fault reports
 */
#ifndef CONTEXT_H
#define CONTEXT_H

#include <types.h>
#include <arch/context.h>

#endif
