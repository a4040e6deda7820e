/*
 * How the fault programs (tests/qemu/programs/fault.c) do on riscv64 what
 * every architecture can do: system calls with chosen registers, traps
 * with a chosen stack pointer, an undefined instruction.  System calls
 * are seL4's on RISC-V: `ecall` with the number in a7.
 */
#ifndef FAULT_ARCH_H
#define FAULT_ARCH_H

/* A system call with nothing but its number. */
static inline void raw_syscall(long number)
{
    register long a7 __asm__("a7") = number;
    __asm__ volatile("ecall" : : "r"(a7) : "a0", "a1", "a2", "a3", "a4", "a5", "memory");
}

/*
 * System call `number` made with the stack pointer at `sp`: `ecall` leaves
 * sp as the user had it, and the kernel must switch stacks before using
 * one.  Returns the stack pointer the thread got back.
 */
static inline unsigned long syscall_with_stack(long number, unsigned long sp)
{
    register long a7 __asm__("a7") = number;
    unsigned long after;
    __asm__ volatile("mv s2, sp\n\t"
                     "mv sp, %[sp]\n\t"
                     "ecall\n\t"
                     "mv %[after], sp\n\t"
                     "mv sp, s2"
                     : [after] "=&r"(after)
                     : [sp] "r"(sp), "r"(a7)
                     : "a0", "a1", "a2", "a3", "a4", "a5", "s2", "memory");
    return after;
}

/* `unimp`, an instruction every RISC-V decoder rejects. */
static inline void undefined_instruction(void)
{
    __asm__ volatile("unimp");
}

/* An undefined instruction with the stack pointer at `sp`. */
static inline void trap_with_stack(unsigned long sp)
{
    __asm__ volatile("mv sp, %0; unimp" : : "r"(sp));
}

/* An undefined instruction with the stack pointer off word alignment. */
static inline void trap_with_misaligned_stack(void)
{
    __asm__ volatile("addi sp, sp, -3; unimp");
}

/* A store below `sp`, made through the stack pointer (RISC-V has no push). */
static inline void push_at(unsigned long sp)
{
    __asm__ volatile("mv sp, %0; sd zero, -8(sp)" : : "r"(sp));
}

static inline void call_address(unsigned long address)
{
    __asm__ volatile("jalr %0" : : "r"(address) : "ra");
}

#endif
