/*
 * The fault program's kinds that exist on riscv64 alone (the shared ones
 * are in tests/qemu/programs/fault.c): the kernel's window, CSRs and
 * instructions of S- and M-mode, WFI, breakpoints, a misaligned
 * load-reserved, SBI calls, and fetches the page tables refuse.
 * Exceptions other than page faults are user exceptions numbered by
 * scause.
 *
 * QEMU's virt CPU has the C extension, so every jump target is a valid
 * instruction address: a misaligned fetch cannot happen.
 */
#include <stdio.h>
#include "fault_arch.h"
#include "faults.h"

#define SSTATUS_SIE         0x2
#define SBI_EXT_SRST        0x53525354ul    /* "SRST": system reset */
#define SBI_LEGACY_SHUTDOWN 0x8ul
#define INSTRUCTION_RET     0x8082          /* c.jr ra */
#define INSTRUCTION_NOP     0x00000013      /* addi zero, zero, 0 */

/* The kernel's first instruction, through its window (KERNEL_ADDRESS is
 * not a valid Sv39 address at all: bits 63..39 must copy bit 38). */
#define KERNEL_IMAGE        0xffffffc080200000ul

/* An SBI call as a supervisor would make it (the extension in a7, the
 * function in a6): from user mode it is a system call like any other. */
static inline void sbi_call(unsigned long extension, unsigned long function, unsigned long arg0,
                            unsigned long arg1)
{
    register unsigned long a0 __asm__("a0") = arg0;
    register unsigned long a1 __asm__("a1") = arg1;
    register unsigned long a6 __asm__("a6") = function;
    register unsigned long a7 __asm__("a7") = extension;
    __asm__ volatile("ecall" : "+r"(a0), "+r"(a1) : "r"(a6), "r"(a7) : "a2", "a3", "a4", "a5", "memory");
}

/* Maps a fresh page at FREE_ADDRESS with `attributes`, writes `halfword`
 * at `offset` in it and jumps there (fence.i first, so that the fetch sees
 * the store). */
static inline void run_fresh_page(seL4_Word attributes, seL4_Word offset, unsigned short halfword)
{
    if (!map_fresh_page(FREE_ADDRESS, seL4_ReadWrite, attributes)) {
        printf("could not map a page\n");
        return;
    }
    volatile unsigned short *code = (volatile unsigned short *)(FREE_ADDRESS + offset);
    *code = halfword;
    __asm__ volatile("fence.i; jalr %0" : : "r"(code) : "ra", "memory");
}

void arch_fault(void)
{
/* --- The kernel's window: mapped in every VSpace, but not for U-mode ---- */
#if defined(FAULT_KERNEL_WINDOW_READ)
    printf("read %#lx\n", *(volatile unsigned long *)KERNEL_IMAGE);
#elif defined(FAULT_KERNEL_WINDOW_WRITE)
    *(volatile unsigned long *)KERNEL_IMAGE = 0;
#elif defined(FAULT_TRAP_KERNEL_WINDOW_SP)
    /* The report's stack walk must not show the kernel's memory. */
    trap_with_stack(KERNEL_IMAGE);

/* --- CSRs and instructions of S- and M-mode: illegal in U-mode (scause 2),
 *     a trap that passes through the firmware, which hands it on -------- */
#elif defined(FAULT_PRIVILEGED_SATP)
    __asm__ volatile("csrw satp, zero");        /* were it allowed: translation off */
#elif defined(FAULT_PRIVILEGED_SSTATUS)
    __asm__ volatile("csrs sstatus, %0" : : "r"(SSTATUS_SIE));
#elif defined(FAULT_PRIVILEGED_SSCRATCH)
    /* sscratch holds the thread's context in the kernel's memory. */
    unsigned long scratch;
    __asm__ volatile("csrr %0, sscratch" : "=r"(scratch));
#elif defined(FAULT_PRIVILEGED_MSTATUS)
    unsigned long mstatus;
    __asm__ volatile("csrr %0, mstatus" : "=r"(mstatus));
#elif defined(FAULT_SFENCE_VMA)
    __asm__ volatile("sfence.vma");
#elif defined(FAULT_SRET)
    __asm__ volatile("sret");
#elif defined(FAULT_MRET)
    __asm__ volatile("mret");

/* --- Waiting for an interrupt: illegal in U-mode where S-mode exists ----- */
#elif defined(FAULT_WFI)
    __asm__ volatile("wfi");

/* --- A breakpoint: scause 3 ---------------------------------------------- */
#elif defined(FAULT_EBREAK)
    __asm__ volatile("ebreak");

/* --- A load-reserved from a misaligned address: scause 4.  The firmware
 *     takes misaligned accesses first (it emulates plain loads and stores)
 *     and hands an atomic on ------------------------------------------------ */
#elif defined(FAULT_LR_MISALIGNED)
    unsigned long words[2] = { 0, 0 };
    unsigned long loaded;
    __asm__ volatile("lr.d %0, (%1)" : "=r"(loaded) : "r"((char *)words + 1) : "memory");

/* --- SBI calls: from U-mode, ecall is the kernel's, never the firmware's;
 *     were it the firmware's, the machine would power off with status 0 -- */
#elif defined(FAULT_SBI_SYSTEM_RESET)
    sbi_call(SBI_EXT_SRST, 0, 0, 0);            /* shutdown, no reason */
#elif defined(FAULT_SBI_LEGACY_SHUTDOWN)
    sbi_call(SBI_LEGACY_SHUTDOWN, 0, 0, 0);

/* --- Fetches the page tables refuse: instruction page faults ------------- */
#elif defined(FAULT_FETCH_ACROSS_PAGE)
    /* The first half of a 4-byte instruction in the page's last two bytes:
     * its second half lies in the next page, where nothing is mapped. */
    run_fresh_page(DEFAULT_ATTRIBUTES, BIT(seL4_PageBits) - 2, INSTRUCTION_NOP & 0xffff);
#elif defined(FAULT_EXECUTE_NEVER)
    /* A return, which would come back were the page executable. */
    run_fresh_page(seL4_RISCV_ExecuteNever, 0, INSTRUCTION_RET);
#else
#error "choose a FAULT_ kind"
#endif
}
