/*
 * The fault program's kinds that exist on ia32 alone (the shared ones are
 * in tests/qemu/programs/fault.c): privileged instructions, gates and
 * software interrupts, arithmetic and floating-point traps, segments and
 * far transfers, hardware task switching, the system-call instructions
 * the kernel does not use, and the flags `int $0x80` must not carry into
 * the kernel.  Each exception is a user exception numbered by its vector,
 * with the CPU's error code.
 */
#include <stdio.h>
#include "fault_arch.h"
#include "faults.h"

#define GDT_KERNEL_CODE   0x08
#define GDT_KERNEL_DATA   0x10
#define GDT_USER_DATA     0x23                  /* with RPL 3 */
#define GDT_TSS           0x28
#define EFLAGS_TF         0x100
#define EFLAGS_IF         0x200
#define EFLAGS_OF         0x800
#define EFLAGS_NT         0x4000
#define MSR_SYSENTER_CS   0x174
#define FPU_ZERO_DIVIDE   0x4                   /* the x87 control word's ZM */

#define STRING(x)  #x
#define EXPAND(x)  STRING(x)

/* Sets `flags` in EFLAGS. */
#define SET_FLAGS(flags) "pushf; orl $" EXPAND(flags) ", (%%esp); popf\n\t"

/* A Yield: the kernel enters and leaves through the gate. */
#define YIELD "int $0x80\n\t"

void arch_fault(void)
{
/* --- Privileged instructions: #GP(0), user exception 13 ---------------- */
#if defined(FAULT_PRIVILEGED)
    __asm__ volatile("hlt");
#elif defined(FAULT_PRIVILEGED_CR3)
    __asm__ volatile("mov %0, %%cr3" : : "r"(0) : "memory");   /* were it allowed: no page directory */
#elif defined(FAULT_PRIVILEGED_CLI)
    __asm__ volatile("cli");
#elif defined(FAULT_PRIVILEGED_LGDT)
    struct __attribute__((packed)) { unsigned short limit; unsigned long base; } gdt = { 0, 0 };
    __asm__ volatile("lgdt %0" : : "m"(gdt));
#elif defined(FAULT_PRIVILEGED_WRMSR)
    /* SYSENTER_CS: were this allowed, SYSENTER would enter ring 0 at an
     * EIP the next WRMSR chose. */
    __asm__ volatile("wrmsr" : : "c"(MSR_SYSENTER_CS), "a"(GDT_KERNEL_CODE), "d"(0));
#elif defined(FAULT_PRIVILEGED_DEBUG_REGISTER)
    /* DR7: were it allowed, a breakpoint could be armed on kernel code, and
     * the kernel would take #DB in ring 0. */
    __asm__ volatile("mov %0, %%dr7" : : "r"(0x3ul));
#elif defined(FAULT_PRIVILEGED_PORT_OUT)
    /* IOPL 0 and no I/O bitmap; were it allowed, the write to QEMU's
     * isa-debug-exit port would power off with status 0. */
    __asm__ volatile("outb %%al, $0xf4" : : "a"(0));
#elif defined(FAULT_PRIVILEGED_PORT_IN)
    unsigned char line_status;                  /* COM1's, the kernel's console */
    __asm__ volatile("inb %%dx, %%al" : "=a"(line_status) : "d"(0x3fd));

/* --- Gates and software interrupts: every gate but the system call's has
 *     DPL 0, and the IDT ends at 0x80, so `int n` for any other n is #GP
 *     with an error code naming the gate, (n << 3) | 2 ----------------- */
#elif defined(FAULT_INT3)
    __asm__ volatile("int3");
#elif defined(FAULT_INT_NMI_VECTOR)
    __asm__ volatile("int $2");                 /* the NMI vector, which panics if it arrives */
#elif defined(FAULT_INT_PAGE_FAULT_VECTOR)
    __asm__ volatile("int $14");                /* a page fault with no error code pushed */
#elif defined(FAULT_INT_UNUSED_VECTOR)
    __asm__ volatile("int $0x40");              /* an empty gate */
#elif defined(FAULT_INT_BEYOND_IDT)
    __asm__ volatile("int $0x81");
#elif defined(FAULT_INTO)
    /* INTO with OF set is `int $4`, through the gate of #OF. */
    __asm__ volatile(SET_FLAGS(EFLAGS_OF) "into" : : : "cc");

/* --- An exception no gate's DPL stops: BOUND's #BR, user exception 5 --- */
#elif defined(FAULT_BOUND)
    static const long bounds[2] = { 0, 10 };
    __asm__ volatile("bound %0, %1" : : "r"(11l), "m"(bounds));

/* --- Undefined instructions and the system-call instructions the kernel
 *     does not use ---------------------------------------------------- */
#elif defined(FAULT_UNDEFINED_WITH_DF)
    /* The direction flag set must not reach the kernel's C code. */
    __asm__ volatile("std; ud2");
#elif defined(FAULT_SYSENTER)
    /* SYSENTER_CS is 0: #GP(0), user exception 13. */
    __asm__ volatile("sysenter" : : : "memory");
#elif defined(FAULT_SYSEXIT)
    __asm__ volatile("sysexit" : : "c"(0), "d"(0));
#elif defined(FAULT_SYSCALL)
    /* Long mode's instruction: #UD, user exception 6, on qemu32 (Intel). */
    __asm__ volatile("syscall" : : : "ecx", "memory");

/* --- Arithmetic: #DE, user exception 0; an unmasked x87 exception: #MF,
 *     user exception 16 ------------------------------------------------- */
#elif defined(FAULT_DIVIDE_ERROR)
    __asm__ volatile("div %%ecx" : : "a"(1), "d"(0), "c"(0));
#elif defined(FAULT_DIVIDE_OVERFLOW)
    __asm__ volatile("idiv %%ecx" : : "a"(0x80000000u), "d"(-1), "c"(-1));
#elif defined(FAULT_X87_EXCEPTION)
    /* 1 / 0 with division by zero unmasked; the FWAIT after it takes the
     * pending exception.  Static, so that the stack stays word-aligned. */
    static unsigned short control;
    static const float zero = 0;
    __asm__ volatile("fnstcw %0" : "=m"(control));
    control &= ~FPU_ZERO_DIVIDE;
    __asm__ volatile("fldcw %0; fld1; fdivs %1; fwait" : : "m"(control), "m"(zero));

/* --- Segments and far transfers: the kernel's descriptors have DPL 0, so
 *     user mode cannot load them: #GP naming the selector --------------- */
#elif defined(FAULT_KERNEL_DATA_SEGMENT)
    __asm__ volatile("mov %0, %%ds" : : "r"(GDT_KERNEL_DATA));
#elif defined(FAULT_FAR_CALL_KERNEL_CODE)
    __asm__ volatile("lcall %0, $0" : : "i"(GDT_KERNEL_CODE));
#elif defined(FAULT_IRET_TO_KERNEL)
    /* A return frame made by hand for ring 0, at the next instruction. */
    __asm__ volatile("pushf; push %0; push $1f; iret; 1:" : : "i"(GDT_KERNEL_CODE) : "memory");
#elif defined(FAULT_FAR_JUMP_TSS)
    /* The kernel's TSS: were the jump allowed, a task switch would load
     * every register from it. */
    __asm__ volatile("ljmp %0, $0" : : "i"(GDT_TSS));
#elif defined(FAULT_NULL_SEGMENTS_SYSCALL)
    /* Null data segments across a system call (not a fault): the kernel
     * loads its own before touching memory, and the thread gets its own
     * back, which it then replaces. */
    unsigned long data_segment, selector = 0;
    __asm__ volatile("mov %1, %%ds; mov %1, %%es\n\t" YIELD
                     "mov %%ds, %0; mov %2, %1; mov %1, %%ds; mov %1, %%es"
                     : "=&r"(data_segment), "+r"(selector) : "i"(GDT_USER_DATA), "a"((long)seL4_SysYield)
                     : "ebx", "esi", "edi", "memory");
    if (data_segment != 0) {
        printf("DS came back as %#lx\n", data_segment);
    }

/* --- Hardware task switching: the TSS's back link is 0 ----------------- */
#elif defined(FAULT_IRET_NESTED_TASK)
    /* IRET with NT set returns to the task the back link names: #TS(0),
     * user exception 10. */
    __asm__ volatile(SET_FLAGS(EFLAGS_NT) "pushf; push %%cs; push $1f; iret; 1:" : : : "memory");
#elif defined(FAULT_NESTED_TASK_SYSCALL)
    /* NT set across a system call (not a fault): the gate clears it, so the
     * kernel's own IRET is a plain return, which gives the thread NT back. */
    unsigned long flags;
    __asm__ volatile(SET_FLAGS(EFLAGS_NT) YIELD "pushf; pop %0; pushf; andl %2, (%%esp); popf"
                     : "=r"(flags) : "a"((long)seL4_SysYield), "i"(~EFLAGS_NT) : "ebx", "esi", "edi", "memory");
    if (!(flags & EFLAGS_NT)) {
        printf("NT came back clear\n");
    }

/* --- The interrupt flag: user mode runs with interrupts masked, before a
 *     system call and after it (not a fault); POPF cannot set IF at
 *     IOPL 0 -------------------------------------------------------------- */
#elif defined(FAULT_INTERRUPT_FLAG)
    unsigned long before, after;
    __asm__ volatile("pushf; pop %0\n\t" YIELD SET_FLAGS(EFLAGS_IF) "pushf; pop %1"
                     : "=&r"(before), "=r"(after) : "a"((long)seL4_SysYield) : "ebx", "esi", "edi", "memory");
    if ((before | after) & EFLAGS_IF) {
        printf("IF is set\n");
    }

/* --- The trap flag across a system call -------------------------------- */
#elif defined(FAULT_SINGLE_STEP_SYSCALL)
    /* The gate clears TF, so the single-step trap belongs to the user,
     * after the system call returns: #DB, user exception 1. */
    __asm__ volatile(SET_FLAGS(EFLAGS_TF) YIELD "nop" : : "a"((long)seL4_SysYield) : "ebx", "esi", "edi", "memory");

/* --- The stack pointer at 0: the push wraps to the top of the address
 *     space, which nothing maps ---------------------------------------- */
#elif defined(FAULT_STACK_WRAP)
    push_at(0);
#else
#error "choose a FAULT_ kind"
#endif
}
