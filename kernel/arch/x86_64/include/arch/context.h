/*
 * x86_64 user context, laid out as the entry code pushes it: general
 * registers, then how the kernel was entered, then the hardware frame.
 * rcx and r11 sit together: SYSCALL has put rip and rflags in them, so
 * the system-call entry skips both slots at once.
 *
 * System calls (the `syscall` instruction, seL4's register convention):
 *   rdx syscall number   rdi cptr / badge   rsi message info
 *   r10, r8, r9, r15     message registers 0..3
 */
#ifndef ARCH_CONTEXT_H
#define ARCH_CONTEXT_H

#include <types.h>
#include <arch/frame.h>

#define ARCH_MSG_REGISTERS 4
#define ARCH_SP_NAME "RSP"

struct user_context {
    word_t r15, r14, r13, r12, rbp, rbx, r10, r9, r8, rax, r11, rcx, rdx, rsi, rdi;
    word_t entry;           /* trap vector, or ENTRY_SYSCALL */
    word_t error_code;
    word_t rip, cs, rflags, rsp, ss;
};

_Static_assert(sizeof(struct user_context) % 16 == 0, "the hardware frame ends 16-byte aligned");
#define FRAME_OFFSET_IS(field, offset) \
    _Static_assert(offsetof(struct user_context, field) == (offset), "entry.S knows where " #field " is")
FRAME_OFFSET_IS(r15, FRAME_R15);
FRAME_OFFSET_IS(r10, FRAME_R10);
FRAME_OFFSET_IS(r9, FRAME_R9);
FRAME_OFFSET_IS(r8, FRAME_R8);
FRAME_OFFSET_IS(rax, FRAME_RAX);
FRAME_OFFSET_IS(rdx, FRAME_RDX);
FRAME_OFFSET_IS(rsi, FRAME_RSI);
FRAME_OFFSET_IS(rdi, FRAME_RDI);
FRAME_OFFSET_IS(rip, FRAME_RIP);
FRAME_OFFSET_IS(cs, FRAME_CS);
FRAME_OFFSET_IS(rflags, FRAME_RFLAGS);
FRAME_OFFSET_IS(rsp, FRAME_RSP);

/* Message register i, for i < ARCH_MSG_REGISTERS. */
static inline word_t *x86_mr_register(struct user_context *c, word_t i)
{
    switch (i) {
    case 0: return &c->r10;
    case 1: return &c->r8;
    case 2: return &c->r9;
    default: return &c->r15;        /* 3 */
    }
}

static inline word_t arch_context_mr(const struct user_context *c, word_t i)
{
    return *x86_mr_register((struct user_context *)c, i);
}

static inline void arch_context_set_mr(struct user_context *c, word_t i, word_t value)
{
    *x86_mr_register(c, i) = value;
}

static inline word_t arch_context_cptr(const struct user_context *c) { return c->rdi; }
static inline word_t arch_context_info(const struct user_context *c) { return c->rsi; }
static inline word_t arch_context_syscall(const struct user_context *c) { return c->rdx; }
static inline word_t arch_context_pc(const struct user_context *c) { return c->rip; }
static inline word_t arch_context_sp(const struct user_context *c) { return c->rsp; }

static inline void arch_context_set_syscall(struct user_context *c, word_t number, word_t cptr, word_t info)
{
    c->rdx = number;
    c->rdi = cptr;
    c->rsi = info;
}

static inline void arch_context_set_reply(struct user_context *c, word_t badge, word_t info)
{
    c->rdi = badge;
    c->rsi = info;
}

static inline void arch_context_init_user(struct user_context *c, word_t entry, word_t arg0)
{
    c->rip = entry;
    c->rdi = arg0;
    c->cs = GDT_USER_CODE | 3;
    c->ss = GDT_USER_DATA | 3;
    c->rflags = 0x2;                    /* the always-one bit: IF clear, interrupts masked */
}

#endif
