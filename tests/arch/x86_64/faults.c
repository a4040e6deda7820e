/*
 * The fault program's kinds that exist on x86_64 alone (the shared ones
 * are in tests/qemu/programs/fault.c): privileged instructions, gates,
 * arithmetic traps, non-canonical addresses and the SYSCALL instruction's
 * own state.
 */
#include <stdio.h>
#include "faults.h"

#define NONCANONICAL   0x8000000000000000ul
#define RFLAGS_IF      0x200ul
#define USER_TOP_PAGE  0x7ffffffff000ul         /* the last page of user memory */

void arch_fault(void)
{
/* --- Privileged instructions: #GP(0), user exception 13 ---------------- */
#if defined(FAULT_PRIVILEGED)
    __asm__ volatile("hlt");
#elif defined(FAULT_PRIVILEGED_CR3)
    __asm__ volatile("mov %%cr3, %%rax" : : : "rax");
#elif defined(FAULT_PRIVILEGED_CLI)
    __asm__ volatile("cli");
#elif defined(FAULT_PRIVILEGED_LGDT)
    struct __attribute__((packed)) { unsigned short limit; unsigned long base; } gdt = { 0, 0 };
    __asm__ volatile("lgdt %0" : : "m"(gdt));
#elif defined(FAULT_PRIVILEGED_WRMSR)
    /* LSTAR: were this allowed, the next system call would jump to 0. */
    __asm__ volatile("wrmsr" : : "c"(0xc0000082u), "a"(0), "d"(0));
#elif defined(FAULT_PRIVILEGED_PORT_OUT)
    /* IOPL 0 and no I/O bitmap; were it allowed, the write to QEMU's
     * isa-debug-exit port would power off with status 0. */
    __asm__ volatile("outb %%al, $0xf4" : : "a"(0));

/* --- Gates and software interrupts: every IDT gate has DPL 0, so `int n`
 *     is #GP with an error code naming the gate: (n << 3) | 2 in the
 *     manuals, (n << 4) | 2 under QEMU's TCG ------------------------------ */
#elif defined(FAULT_INT_0X80)
    __asm__ volatile("int $0x80");              /* beyond the IDT's 32 gates */
#elif defined(FAULT_INT3)
    __asm__ volatile("int3");
#elif defined(FAULT_INT_NMI_VECTOR)
    __asm__ volatile("int $2");                 /* the NMI vector, which panics if it arrives */

/* --- Undefined instructions: #UD, user exception 6 ---------------------- */
#elif defined(FAULT_UNDEFINED_WITH_DF)
    /* The direction flag set must not reach the kernel's C code. */
    __asm__ volatile("std; ud2");
#elif defined(FAULT_SYSENTER)
    /* qemu64 is an AMD model: SYSENTER is undefined in long mode. */
    __asm__ volatile("sysenter" : : : "rcx", "r11", "memory");

/* --- Arithmetic: #DE, user exception 0 ---------------------------------- */
#elif defined(FAULT_DIVIDE_ERROR)
    __asm__ volatile("div %%rcx" : : "a"(1), "d"(0), "c"(0));
#elif defined(FAULT_DIVIDE_OVERFLOW)
    __asm__ volatile("idiv %%rcx" : : "a"(NONCANONICAL), "d"(-1l), "c"(-1l));

/* --- Non-canonical addresses: #GP(0), not page faults ------------------- */
#elif defined(FAULT_NONCANONICAL_READ)
    (void)*(volatile unsigned long *)NONCANONICAL;
#elif defined(FAULT_NONCANONICAL_STACK)
    /* #SS(0) in the manuals; QEMU's TCG raises #GP(0). */
    __asm__ volatile("mov %0, %%rsp; push %%rax" : : "r"(NONCANONICAL));
#elif defined(FAULT_SYSCALL_NONCANONICAL_RSP)
    check_stack_returned(NONCANONICAL);         /* not a fault */

/* --- The SYSCALL instruction's own state --------------------------------- */
#elif defined(FAULT_SINGLE_STEP_SYSCALL)
    /* TF set across SYSCALL: the kernel masks it, so the single-step trap
     * belongs to the user, after the system call returns. */
    __asm__ volatile("pushfq; orq $0x100, (%%rsp); popfq; syscall; nop"
                     : : "d"((long)seL4_SysYield) : "rcx", "r11", "memory");
#elif defined(FAULT_INTERRUPT_FLAG)
    /* User mode runs with interrupts masked, before a system call and
     * after it (not a fault); POPF cannot set IF at IOPL 0. */
    unsigned long before, after;
    __asm__ volatile("pushfq; popq %0; syscall; pushfq; orq %3, (%%rsp); popfq; pushfq; popq %1"
                     : "=&r"(before), "=r"(after) : "d"((long)seL4_SysYield), "i"(RFLAGS_IF)
                     : "rcx", "r11", "memory");
    if ((before | after) & RFLAGS_IF) {
        printf("IF is set\n");
    }
#elif defined(FAULT_SYSCALL_AT_USER_TOP)
    /* A SYSCALL in the last two bytes of user memory would return to the
     * first non-canonical address, which neither SYSRET nor IRETQ may be
     * asked to do (on Intel CPUs both fault in the kernel).  Pagoda refuses
     * to map the last page, so the program cannot stage it: not a fault. */
    if (!map_fresh_page(USER_TOP_PAGE, seL4_ReadWrite, DEFAULT_ATTRIBUTES)) {
        printf("the last user page cannot be mapped\n");
        return;
    }
    unsigned char *page = (unsigned char *)USER_TOP_PAGE;
    page[0xffe] = 0x0f;                         /* syscall */
    page[0xfff] = 0x05;
    __asm__ volatile("jmp *%0" : : "r"(page + 0xffe), "d"((long)seL4_SysYield));
#else
#error "choose a FAULT_ kind"
#endif
}
