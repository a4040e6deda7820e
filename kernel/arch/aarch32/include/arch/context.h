/*
 * aarch32 user context, laid out as entry.S saves it.
 *
 * System calls (`svc #0`, seL4's register convention):
 *   r7 syscall number   r0 cptr / badge   r1 message info
 *   r2..r5              message registers 0..3
 */
#ifndef ARCH_CONTEXT_H
#define ARCH_CONTEXT_H

#include <types.h>
#include <arch/frame.h>

#define ARCH_MSG_REGISTERS 4
#define ARCH_SP_NAME "SP"

/* User mode, ARM state, with asynchronous aborts, IRQs and FIQs masked. */
#define CPSR_USER_MASKED 0x1d0

struct user_context {
    word_t r[13];
    word_t sp;              /* user mode's banked SP and LR */
    word_t lr;
    word_t pc;              /* where the thread resumes */
    word_t cpsr;
    word_t tpidrurw;        /* the user read-write thread ID register */
    word_t unused[2];       /* keeps the size a multiple of 16 */
};

_Static_assert(sizeof(struct user_context) == CONTEXT_SIZE, "entry.S knows the context's size");
_Static_assert(offsetof(struct user_context, pc) == CONTEXT_PC, "SRS stores the PC and CPSR there");
_Static_assert(offsetof(struct user_context, tpidrurw) == CONTEXT_TLS, "entry.S saves TPIDRURW there");

static inline word_t arch_context_mr(const struct user_context *c, word_t i) { return c->r[2 + i]; }
static inline void arch_context_set_mr(struct user_context *c, word_t i, word_t value) { c->r[2 + i] = value; }
static inline word_t arch_context_cptr(const struct user_context *c) { return c->r[0]; }
static inline word_t arch_context_info(const struct user_context *c) { return c->r[1]; }
static inline word_t arch_context_syscall(const struct user_context *c) { return c->r[7]; }
static inline word_t arch_context_pc(const struct user_context *c) { return c->pc; }
static inline word_t arch_context_sp(const struct user_context *c) { return c->sp; }

static inline void arch_context_set_syscall(struct user_context *c, word_t number, word_t cptr, word_t info)
{
    c->r[7] = number;
    c->r[0] = cptr;
    c->r[1] = info;
}

static inline void arch_context_set_reply(struct user_context *c, word_t badge, word_t info)
{
    c->r[0] = badge;
    c->r[1] = info;
}

static inline void arch_context_init_user(struct user_context *c, word_t entry, word_t arg0)
{
    c->pc = entry;
    c->r[0] = arg0;
    c->cpsr = CPSR_USER_MASKED;
}

#endif
