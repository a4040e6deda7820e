/*
 * ia32 user context, laid out as the entry code pushes it: general
 * registers and data segments, then how the kernel was entered, then the
 * hardware frame.
 *
 * System calls (`int $0x80`, seL4's ia32 register convention):
 *   eax syscall number   ebx cptr / badge   esi message info
 *   edi, ebp             message registers 0 and 1
 */
#ifndef ARCH_CONTEXT_H
#define ARCH_CONTEXT_H

#include <types.h>
#include <arch/frame.h>

#define ARCH_MSG_REGISTERS 2
#define ARCH_SP_NAME "ESP"

struct user_context {
    word_t ebp, edi, esi, edx, ecx, ebx, eax, es, ds;
    word_t entry;           /* the vector: an exception, or SYSCALL_VECTOR */
    word_t error_code;
    word_t eip, cs, eflags, esp, ss;
};

_Static_assert(sizeof(struct user_context) % 16 == 0, "a TCB's capability slots after it stay 16-byte aligned");
_Static_assert(offsetof(struct user_context, cs) == FRAME_CS, "entry.S knows where cs is");

static inline word_t arch_context_mr(const struct user_context *c, word_t i)
{
    return i == 0 ? c->edi : c->ebp;
}

static inline void arch_context_set_mr(struct user_context *c, word_t i, word_t value)
{
    *(i == 0 ? &c->edi : &c->ebp) = value;
}

static inline word_t arch_context_cptr(const struct user_context *c) { return c->ebx; }
static inline word_t arch_context_info(const struct user_context *c) { return c->esi; }
static inline word_t arch_context_syscall(const struct user_context *c) { return c->eax; }
static inline word_t arch_context_pc(const struct user_context *c) { return c->eip; }
static inline word_t arch_context_sp(const struct user_context *c) { return c->esp; }

static inline void arch_context_set_syscall(struct user_context *c, word_t number, word_t cptr, word_t info)
{
    c->eax = number;
    c->ebx = cptr;
    c->esi = info;
}

static inline void arch_context_set_reply(struct user_context *c, word_t badge, word_t info)
{
    c->ebx = badge;
    c->esi = info;
}

/* seL4 passes the first argument (BootInfo) in ebx on ia32. */
static inline void arch_context_init_user(struct user_context *c, word_t entry, word_t arg0)
{
    c->eip = entry;
    c->ebx = arg0;
    c->cs = GDT_USER_CODE | 3;
    c->ss = c->ds = c->es = GDT_USER_DATA | 3;
    c->eflags = 0x2;                    /* the always-one bit: IF clear, interrupts masked */
}

#endif
