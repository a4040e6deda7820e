/*
 * How the fault programs (tests/qemu/programs/fault.c) do on x86_64 what
 * every architecture can do: system calls with chosen registers, traps
 * with a chosen stack pointer, an undefined instruction.
 */
#ifndef FAULT_ARCH_H
#define FAULT_ARCH_H

/* A system call with nothing but its number. */
static inline void raw_syscall(long number)
{
    __asm__ volatile("syscall" : : "d"(number) : "rcx", "r11", "memory");
}

/*
 * System call `number` made with the stack pointer at `sp`: SYSCALL leaves
 * RSP as the user had it, and the kernel must switch stacks before using
 * one.  Returns the stack pointer the thread got back.
 */
static inline unsigned long syscall_with_stack(long number, unsigned long sp)
{
    unsigned long after;
    __asm__ volatile("mov %%rsp, %%rbx\n\t"
                     "mov %[sp], %%rsp\n\t"
                     "syscall\n\t"
                     "mov %%rsp, %[after]\n\t"
                     "mov %%rbx, %%rsp"
                     : [after] "=&r"(after)
                     : [sp] "r"(sp), "d"(number)
                     : "rbx", "rcx", "r11", "rdi", "rsi", "r8", "r9", "r10", "r15", "memory");
    return after;
}

static inline void undefined_instruction(void)
{
    __asm__ volatile("ud2");
}

/* An undefined instruction with the stack pointer at `sp`. */
static inline void trap_with_stack(unsigned long sp)
{
    __asm__ volatile("mov %0, %%rsp; ud2" : : "r"(sp));
}

/* An undefined instruction with the stack pointer off word alignment. */
static inline void trap_with_misaligned_stack(void)
{
    __asm__ volatile("sub $3, %rsp; ud2");
}

/* A store below `sp`, made through the stack pointer. */
static inline void push_at(unsigned long sp)
{
    __asm__ volatile("mov %0, %%rsp; push %%rax" : : "r"(sp));
}

static inline void call_address(unsigned long address)
{
    __asm__ volatile("call *%0" : : "r"(address));
}

#endif
