/*
 * aarch64 user context, laid out as entry.S saves it.
 *
 * System calls (`svc #0`, seL4's register convention):
 *   x7 syscall number   x0 cptr / badge   x1 message info
 *   x2..x5               message registers 0..3
 */
#ifndef ARCH_CONTEXT_H
#define ARCH_CONTEXT_H

#include <types.h>
#include <arch/frame.h>

#define ARCH_MSG_REGISTERS 4
#define ARCH_SP_NAME "SP"

/* EL0, AArch64, with debug, SError, IRQ and FIQ masked. */
#define SPSR_EL0_MASKED 0x3c0

struct user_context {
    word_t x[31];
    word_t sp;              /* SP_EL0 */
    word_t pc;              /* ELR_EL1: where the thread resumes */
    word_t spsr;
    word_t tpidr;           /* TPIDR_EL0 */
    word_t unused;          /* keeps the size a multiple of 16 */
};

_Static_assert(sizeof(struct user_context) == CONTEXT_SIZE, "entry.S knows the context's size");

static inline word_t arch_context_mr(const struct user_context *c, word_t i) { return c->x[2 + i]; }
static inline void arch_context_set_mr(struct user_context *c, word_t i, word_t value) { c->x[2 + i] = value; }
static inline word_t arch_context_cptr(const struct user_context *c) { return c->x[0]; }
static inline word_t arch_context_info(const struct user_context *c) { return c->x[1]; }
static inline word_t arch_context_syscall(const struct user_context *c) { return c->x[7]; }
static inline word_t arch_context_pc(const struct user_context *c) { return c->pc; }
static inline word_t arch_context_sp(const struct user_context *c) { return c->sp; }

static inline void arch_context_set_syscall(struct user_context *c, word_t number, word_t cptr, word_t info)
{
    c->x[7] = number;
    c->x[0] = cptr;
    c->x[1] = info;
}

static inline void arch_context_set_reply(struct user_context *c, word_t badge, word_t info)
{
    c->x[0] = badge;
    c->x[1] = info;
}

static inline void arch_context_init_user(struct user_context *c, word_t entry, word_t arg0)
{
    c->pc = entry;
    c->x[0] = arg0;
    c->spsr = SPSR_EL0_MASKED;
}

#endif
