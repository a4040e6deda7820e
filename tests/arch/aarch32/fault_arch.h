/*
 * How the fault programs (tests/qemu/programs/fault.c) do on aarch32 what
 * every architecture can do: system calls with chosen registers, traps
 * with a chosen stack pointer, an undefined instruction.  System calls
 * are `svc #0` in ARM state with the number in r7; the kernel replies in
 * r0 to r5.
 */
#ifndef FAULT_ARCH_H
#define FAULT_ARCH_H

/* A system call with nothing but its number. */
static inline void raw_syscall(long number)
{
    register long r7 __asm__("r7") = number;
    __asm__ volatile("svc #0" : : "r"(r7) : "r0", "r1", "r2", "r3", "r4", "r5", "memory");
}

/*
 * System call `number` made with the stack pointer at `sp`: the kernel
 * saves the thread's registers without using its stack.  Returns the
 * stack pointer the thread got back.
 */
static inline unsigned long syscall_with_stack(long number, unsigned long sp)
{
    register long r7 __asm__("r7") = number;
    unsigned long after;
    __asm__ volatile("mov r8, sp\n\t"
                     "mov sp, %[sp]\n\t"
                     "svc #0\n\t"
                     "mov %[after], sp\n\t"
                     "mov sp, r8"
                     : [after] "=&r"(after)
                     : [sp] "r"(sp), "r"(r7)
                     : "r0", "r1", "r2", "r3", "r4", "r5", "r8", "memory");
    return after;
}

static inline void undefined_instruction(void)
{
    __asm__ volatile("udf #0");
}

/* An undefined instruction with the stack pointer at `sp`. */
static inline void trap_with_stack(unsigned long sp)
{
    __asm__ volatile("mov sp, %0; udf #0" : : "r"(sp));
}

/* An undefined instruction with the stack pointer off word alignment. */
static inline void trap_with_misaligned_stack(void)
{
    __asm__ volatile("sub sp, sp, #3; udf #0");
}

/* A store below `sp`, made through the stack pointer. */
static inline void push_at(unsigned long sp)
{
    __asm__ volatile("mov sp, %0; push {r0}" : : "r"(sp));
}

static inline void call_address(unsigned long address)
{
    __asm__ volatile("blx %0" : : "r"(address) : "lr");
}

#endif
