/*
 * riscv64 user context, laid out as entry.S saves it: the PC in slot 0
 * (where x0 would be), then x1..x31 in slots 1..31.
 *
 * System calls (`ecall`, seL4's register convention):
 *   a7 syscall number   a0 cptr / badge   a1 message info
 *   a2..a5               message registers 0..3
 */
#ifndef ARCH_CONTEXT_H
#define ARCH_CONTEXT_H

#include <types.h>
#include <arch/frame.h>

#define ARCH_MSG_REGISTERS 4
#define ARCH_SP_NAME "SP"

#define RISCV_PC 0
#define RISCV_SP 2
#define RISCV_A0 10
#define RISCV_A7 17

struct user_context {
    word_t x[32];
};

_Static_assert(sizeof(struct user_context) == CONTEXT_SIZE, "entry.S knows the context's size");

static inline word_t arch_context_mr(const struct user_context *c, word_t i) { return c->x[RISCV_A0 + 2 + i]; }
static inline void arch_context_set_mr(struct user_context *c, word_t i, word_t value)
{
    c->x[RISCV_A0 + 2 + i] = value;
}
static inline word_t arch_context_cptr(const struct user_context *c) { return c->x[RISCV_A0]; }
static inline word_t arch_context_info(const struct user_context *c) { return c->x[RISCV_A0 + 1]; }
static inline word_t arch_context_syscall(const struct user_context *c) { return c->x[RISCV_A7]; }
static inline word_t arch_context_pc(const struct user_context *c) { return c->x[RISCV_PC]; }
static inline word_t arch_context_sp(const struct user_context *c) { return c->x[RISCV_SP]; }

static inline void arch_context_set_syscall(struct user_context *c, word_t number, word_t cptr, word_t info)
{
    c->x[RISCV_A7] = number;
    c->x[RISCV_A0] = cptr;
    c->x[RISCV_A0 + 1] = info;
}

static inline void arch_context_set_reply(struct user_context *c, word_t badge, word_t info)
{
    c->x[RISCV_A0] = badge;
    c->x[RISCV_A0 + 1] = info;
}

/* User mode and its interrupt state are sstatus's, the same for every
 * thread: the context holds only the registers. */
static inline void arch_context_init_user(struct user_context *c, word_t entry, word_t arg0)
{
    c->x[RISCV_PC] = entry;
    c->x[RISCV_A0] = arg0;
}

#endif
