/*
 * A root task that misbehaves in one way, chosen at build time
 * (FAULT_<kind>), so that each kind of bad input at the system-call layer
 * can be checked.  Most are faults: the thread has no fault handler, so
 * the kernel prints the double-fault report and, with nothing left to run,
 * powers off with status 127 (a kernel panic would give 125).  A few are
 * not faults at all (the kernel must simply carry on): those print "still
 * running" and exit 0.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4platsupport/bootinfo.h>
#include <sel4tutorials/alloc.h>

#define KERNEL_ADDRESS   0xffffff8000000000ul   /* the kernel window */
#define UNMAPPED_ADDRESS 0x10000000ul           /* nothing is mapped there */
#define NONCANONICAL     0x8000000000000000ul
#define USER_TOP_PAGE    0x7ffffffff000ul       /* the last page of user memory */
#define FREE_ADDRESS     0x8000000000ul         /* PML4 slot 1: clear of the program */

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

static inline void check_stack_returned(unsigned long sp)
{
    unsigned long after = syscall_with_stack(seL4_SysYield, sp);
    if (after != sp) {
        printf("the stack pointer came back as %#lx, not %#lx\n", after, sp);
    }
}

/* An invocation the kernel refuses (slot 0 holds no capability), so that
 * the libsel4 stub copies the reply's message registers into the IPC
 * buffer, whatever seL4_GetIPCBuffer() says it is. */
static inline void invoke_null_cap(void)
{
    seL4_X86_Page_Unmap(seL4_CapNull);
}

/* Maps a fresh 4 KiB frame at `vaddr` with `rights`, and the paging
 * structures it needs (none may exist yet); false if any step fails. */
static inline int map_fresh_page(seL4_Word vaddr, seL4_CapRights_t rights)
{
    seL4_BootInfo *info = platsupport_get_bootinfo();
    seL4_CPtr vspace = seL4_CapInitThreadVSpace;
    seL4_X86_VMAttributes attr = seL4_X86_Default_VMAttributes;
    seL4_CPtr pdpt = alloc_object(info, seL4_X86_PDPTObject, 0);
    seL4_CPtr pd = alloc_object(info, seL4_X86_PageDirectoryObject, 0);
    seL4_CPtr pt = alloc_object(info, seL4_X86_PageTableObject, 0);
    seL4_CPtr frame = alloc_object(info, seL4_X86_4K, 0);
    return seL4_X86_PDPT_Map(pdpt, vspace, vaddr, attr) == seL4_NoError &&
           seL4_X86_PageDirectory_Map(pd, vspace, vaddr, attr) == seL4_NoError &&
           seL4_X86_PageTable_Map(pt, vspace, vaddr, attr) == seL4_NoError &&
           seL4_X86_Page_Map(frame, vspace, vaddr, rights, attr) == seL4_NoError;
}

static void fault(void)
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

/* --- Memory: bad data addresses ----------------------------------------- */
#elif defined(FAULT_NULL_CALL)
    void (*volatile null_function)(void) = 0;
    null_function();
#elif defined(FAULT_KERNEL_WRITE)
    *(volatile unsigned long *)KERNEL_ADDRESS = 1;
#elif defined(FAULT_NONCANONICAL_READ)
    /* Not a page fault: #GP(0). */
    (void)*(volatile unsigned long *)NONCANONICAL;
#elif defined(FAULT_READ_ONLY_WRITE)
    if (!map_fresh_page(FREE_ADDRESS, seL4_CanRead)) {
        printf("could not map a read-only page\n");
        return;
    }
    *(volatile char *)(FREE_ADDRESS + 0x123) = 1;
#elif defined(FAULT_EXECUTE_UNMAPPED)
    /* Without NX or SMEP, a fetch reports as a data fault (status 0x4). */
    __asm__ volatile("call *%0" : : "r"(UNMAPPED_ADDRESS));

/* --- The stack pointer: the kernel never uses the user's stack ---------- */
#elif defined(FAULT_MISALIGNED_STACK)
    __asm__ volatile("sub $3, %rsp; ud2");
#elif defined(FAULT_STACK_OVERFLOW)
    __asm__ volatile("mov %0, %%rsp; push %%rax" : : "r"(UNMAPPED_ADDRESS));
#elif defined(FAULT_NONCANONICAL_STACK)
    /* #SS(0) in the manuals; QEMU's TCG raises #GP(0). */
    __asm__ volatile("mov %0, %%rsp; push %%rax" : : "r"(NONCANONICAL));
#elif defined(FAULT_TRAP_KERNEL_RSP)
    /* A trap with RSP in the kernel window: the report must not show the
     * kernel's memory as the thread's stack. */
    __asm__ volatile("mov %0, %%rsp; ud2" : : "r"(KERNEL_ADDRESS));
#elif defined(FAULT_SYSCALL_KERNEL_RSP)
    check_stack_returned(KERNEL_ADDRESS);       /* not a fault */
#elif defined(FAULT_SYSCALL_NONCANONICAL_RSP)
    check_stack_returned(NONCANONICAL);         /* not a fault */

/* --- System-call numbers: anything but the implemented ones is an unknown
 *     syscall fault ------------------------------------------------------ */
#elif defined(FAULT_UNKNOWN_SYSCALL)
    raw_syscall(-100);
#elif defined(FAULT_UNKNOWN_SYSCALL_ZERO)
    raw_syscall(0);
#elif defined(FAULT_UNKNOWN_SYSCALL_POSITIVE)
    raw_syscall(1);
#elif defined(FAULT_UNKNOWN_SYSCALL_32BIT)
    raw_syscall(0xfffffff9);                    /* seL4_SysYield, but only 32 bits of it */
#elif defined(FAULT_UNKNOWN_SYSCALL_MIN)
    raw_syscall((long)NONCANONICAL);            /* the most negative number */
#elif defined(FAULT_UNKNOWN_SYSCALL_DUMP_SCHEDULER)
    raw_syscall(seL4_SysDebugDumpScheduler);    /* seL4's debug calls Pagoda lacks */
#elif defined(FAULT_UNKNOWN_SYSCALL_DEBUG_HALT)
    raw_syscall(seL4_SysDebugHalt);
#elif defined(FAULT_UNKNOWN_SYSCALL_KERNEL_RSP)
    syscall_with_stack(-100, KERNEL_ADDRESS);

/* --- The SYSCALL instruction's own state --------------------------------- */
#elif defined(FAULT_SINGLE_STEP_SYSCALL)
    /* TF set across SYSCALL: the kernel masks it, so the single-step trap
     * belongs to the user, after the system call returns. */
    __asm__ volatile("pushfq; orq $0x100, (%%rsp); popfq; syscall; nop"
                     : : "d"((long)seL4_SysYield) : "rcx", "r11", "memory");
#elif defined(FAULT_SYSCALL_AT_USER_TOP)
    /* A SYSCALL in the last two bytes of user memory would return to the
     * first non-canonical address, which neither SYSRET nor IRETQ may be
     * asked to do (on Intel CPUs both fault in the kernel).  Pagoda refuses
     * to map the last page, so the program cannot stage it: not a fault. */
    if (!map_fresh_page(USER_TOP_PAGE, seL4_ReadWrite)) {
        printf("the last user page cannot be mapped\n");
        return;
    }
    unsigned char *page = (unsigned char *)USER_TOP_PAGE;
    page[0xffe] = 0x0f;                         /* syscall */
    page[0xfff] = 0x05;
    __asm__ volatile("jmp *%0" : : "r"(page + 0xffe), "d"((long)seL4_SysYield));

/* --- The IPC buffer: the kernel reads and writes it through the frame
 *     capability; the user's own pointer to it is the stub's business ---- */
#elif defined(FAULT_IPC_BUFFER_KERNEL)
    seL4_SetIPCBuffer((seL4_IPCBuffer *)KERNEL_ADDRESS);
    invoke_null_cap();
#elif defined(FAULT_IPC_BUFFER_UNMAPPED_ADDRESS)
    seL4_SetIPCBuffer((seL4_IPCBuffer *)UNMAPPED_ADDRESS);
    invoke_null_cap();
#elif defined(FAULT_IPC_BUFFER_PAGE_UNMAPPED)
    /* The extra capability is in the buffer before the unmap; the kernel
     * still reads it (the message names the address, checked after the
     * VSpace) and replies with an error, whose registers the stub then
     * writes to the unmapped page. */
    seL4_SetCap(0, seL4_CapInitThreadVSpace);
    if (seL4_X86_Page_Unmap(seL4_CapInitThreadIPCBuffer) != seL4_NoError) {
        printf("could not unmap the IPC buffer\n");
        return;
    }
    seL4_Word mr[4] = { NONCANONICAL, seL4_ReadWrite.words[0], seL4_X86_Default_VMAttributes };
    seL4_PagodaInvokeError(seL4_CapInitThreadIPCBuffer, X86PageMap, 1, 3, mr);
#else
#error "choose a FAULT_ kind"
#endif
}

int main(void)
{
    printf("faulting\n");
    fault();
    printf("still running\n");
    return 0;
}
