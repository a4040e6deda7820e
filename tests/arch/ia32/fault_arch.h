/*
 * How the fault programs (tests/qemu/programs/fault.c) do on ia32 what
 * every architecture can do: system calls with chosen registers, traps
 * with a chosen stack pointer, an undefined instruction.  System calls
 * are `int $0x80` with the number in EAX; the kernel replies in EBX, ESI,
 * EDI and EBP.  EBP is the compiler's frame pointer, so no call made here
 * expects a reply in it.
 */
#ifndef FAULT_ARCH_H
#define FAULT_ARCH_H

/* A system call with nothing but its number. */
static inline void raw_syscall(long number)
{
    __asm__ volatile("int $0x80" : : "a"(number) : "ebx", "esi", "edi", "memory");
}

/*
 * System call `number` made with the stack pointer at `sp`: the gate
 * switches to the TSS's ring-0 stack, so the kernel never uses the
 * user's.  Returns the stack pointer the thread got back.
 */
static inline unsigned long syscall_with_stack(long number, unsigned long sp)
{
    unsigned long after;
    __asm__ volatile("mov %%esp, %%ebx\n\t"
                     "mov %[sp], %%esp\n\t"
                     "int $0x80\n\t"
                     "mov %%esp, %[after]\n\t"
                     "mov %%ebx, %%esp"
                     : [after] "=&r"(after)
                     : [sp] "r"(sp), "a"(number)
                     : "ebx", "esi", "edi", "memory");
    return after;
}

static inline void undefined_instruction(void)
{
    __asm__ volatile("ud2");
}

/* An undefined instruction with the stack pointer at `sp`. */
static inline void trap_with_stack(unsigned long sp)
{
    __asm__ volatile("mov %0, %%esp; ud2" : : "r"(sp));
}

/* An undefined instruction with the stack pointer off word alignment. */
static inline void trap_with_misaligned_stack(void)
{
    __asm__ volatile("sub $3, %esp; ud2");
}

/* A store below `sp`, made through the stack pointer. */
static inline void push_at(unsigned long sp)
{
    __asm__ volatile("mov %0, %%esp; push %%eax" : : "r"(sp));
}

static inline void call_address(unsigned long address)
{
    __asm__ volatile("call *%0" : : "r"(address));
}

#endif
