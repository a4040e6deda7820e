/*
 * The fault program's kinds that exist on aarch32 alone (the shared ones
 * are in tests/qemu/programs/fault.c): CP15 and VFP registers of PL1, the
 * mode and mask bits user mode may not change, svc's immediate and the
 * semihosting calls, breakpoints, HVC and SMC, WFI and WFE, alignment
 * faults, memory user mode may not execute or write, and Thumb state.
 * Undefined instructions are user exception 0; aborts are VM faults with
 * the DFSR or IFSR.
 */
#include <stdio.h>
#include <sel4platsupport/bootinfo.h>
#include "fault_arch.h"
#include "faults.h"

#define MODE_SVC            0x13
#define GIC_DISTRIBUTOR     0xffe00000ul    /* the kernel's mapping of the GIC */
#define SEMIHOSTING_EXIT    0x18            /* SYS_EXIT, with ADP_Stopped_ApplicationExit */
#define APPLICATION_EXIT    0x20026
#define SPIN_ITERATIONS     100000

#define STRING(x)  #x
#define EXPAND(x)  STRING(x)

/* Reads SCTLR, which user mode may not: undefined unless in a PL1 mode. */
#define READ_SCTLR "mrc p15, 0, r0, c1, c0, 0\n\t"

#if defined(FAULT_THUMB_UNDEFINED)
/* An undefined Thumb instruction, 16-byte aligned: its address ends in 0. */
__attribute__((target("thumb"), naked, aligned(16))) static void thumb_undefined(void)
{
    __asm__ volatile("udf #0");
}
#elif defined(FAULT_THUMB_YIELD)
/* A system call from Thumb state; it must come back to Thumb state. */
__attribute__((target("thumb"), noinline)) static void thumb_yield(void)
{
    raw_syscall(seL4_SysYield);
}
#elif defined(FAULT_SEMIHOSTING_THUMB)
/* Semihosting's call in Thumb state is `svc #0xab`. */
__attribute__((target("thumb"), noinline)) static void thumb_semihosting_exit(void)
{
    register unsigned long r0 __asm__("r0") = SEMIHOSTING_EXIT;
    register unsigned long r1 __asm__("r1") = APPLICATION_EXIT;
    __asm__ volatile("mov r7, #0; svc #0xab" : : "r"(r0), "r"(r1) : "r7", "memory");
}
#endif

/* Maps a fresh read-write page at FREE_ADDRESS with `attributes`. */
static inline int map_free_page(seL4_Word attributes)
{
    if (!map_fresh_page(FREE_ADDRESS, seL4_ReadWrite, attributes)) {
        printf("could not map a page\n");
        return 0;
    }
    return 1;
}

void arch_fault(void)
{
/* --- CP15 and VFP registers of PL1: undefined in user mode ------------- */
#if defined(FAULT_PRIVILEGED_SCTLR)
    __asm__ volatile("mcr p15, 0, %0, c1, c0, 0" : : "r"(0));         /* were it allowed: the MMU off */
#elif defined(FAULT_PRIVILEGED_TTBR0)
    unsigned long ttbr0;
    __asm__ volatile("mrc p15, 0, %0, c2, c0, 0" : "=r"(ttbr0));
#elif defined(FAULT_PRIVILEGED_DACR)
    /* Manager of every domain: were it allowed, no access would be checked. */
    __asm__ volatile("mcr p15, 0, %0, c3, c0, 0" : : "r"(~0ul));
#elif defined(FAULT_PRIVILEGED_TLBIALL)
    __asm__ volatile("mcr p15, 0, %0, c8, c7, 0" : : "r"(0));
#elif defined(FAULT_PRIVILEGED_DCIMVAC)
    /* Invalidating the kernel's cached data without writing it back. */
    __asm__ volatile("mcr p15, 0, %0, c7, c6, 1" : : "r"(KERNEL_ADDRESS) : "memory");
#elif defined(FAULT_PRIVILEGED_VIRTUAL_TIMER)
    /* CNTV_CTL: were it allowed, the interrupt the kernel keeps pending
     * would go, and WFI would wait for good. */
    __asm__ volatile("mcr p15, 0, %0, c14, c3, 1" : : "r"(0));
#elif defined(FAULT_PRIVILEGED_BREAKPOINT_REGISTER)
    /* DBGBCR0: were it allowed, a breakpoint could be armed on kernel code. */
    __asm__ volatile("mcr p14, 0, %0, c0, c0, 5" : : "r"(1ul));
#elif defined(FAULT_PRIVILEGED_FPEXC)
    __asm__ volatile("vmsr fpexc, %0" : : "r"(0));

/* --- The mode and mask bits: user mode's writes to them change nothing,
 *     so the SCTLR read after them is still undefined ------------------- */
#elif defined(FAULT_CPS_SVC)
    __asm__ volatile("cps #" EXPAND(MODE_SVC) "\n\t" READ_SCTLR : : : "r0");
#elif defined(FAULT_MSR_MODE)
    __asm__ volatile("msr cpsr_c, #" EXPAND(MODE_SVC) "\n\t" READ_SCTLR : : : "r0");
#elif defined(FAULT_INTERRUPTS_UNMASK)
    /* Not a fault: were the masks cleared, the interrupt the kernel keeps
     * pending would be taken from user mode at once. */
    __asm__ volatile("cpsie aif; msr cpsr_c, #0x10" : : : "memory");
    for (volatile int i = 0; i < SPIN_ITERATIONS; i++) {
    }

/* --- svc's immediate, semihosting's calls, breakpoints, HVC and SMC ---- */
#elif defined(FAULT_SVC_IMMEDIATE)
    /* Not a fault: the kernel ignores the immediate, as seL4 does. */
    register long r7 __asm__("r7") = seL4_SysYield;
    __asm__ volatile("svc #0x42" : : "r"(r7) : "r0", "r1", "r2", "r3", "r4", "r5", "memory");
#elif defined(FAULT_SEMIHOSTING_SVC)
    /* Semihosting's exit in ARM state: from user mode a system call like
     * any other, numbered by r7.  Were it QEMU's, the machine would power
     * off with status 0. */
    register unsigned long r0 __asm__("r0") = SEMIHOSTING_EXIT;
    register unsigned long r1 __asm__("r1") = APPLICATION_EXIT;
    register long r7 __asm__("r7") = 0;
    __asm__ volatile("svc #0x123456" : : "r"(r0), "r"(r1), "r"(r7) : "memory");
#elif defined(FAULT_SEMIHOSTING_THUMB)
    thumb_semihosting_exit();
#elif defined(FAULT_SEMIHOSTING_HLT)
    /* HLT #0xf000, the A32 semihosting trap of later architectures:
     * undefined on ARMv7. */
    __asm__ volatile(".inst 0xe10f0070");
#elif defined(FAULT_BKPT)
    __asm__ volatile("bkpt #0xab");             /* semihosting's immediate on M-profile */
#elif defined(FAULT_HVC)
    __asm__ volatile(".inst 0xe1400070");       /* hvc #0 */
#elif defined(FAULT_SMC)
    __asm__ volatile(".inst 0xe1600070");       /* smc #0 */

/* --- Waiting: WFI returns at once (an interrupt is pending for good), WFE
 *     at the next event or at once ------------------------------------- */
#elif defined(FAULT_WFI)
    __asm__ volatile("wfi");
#elif defined(FAULT_WFE)
    __asm__ volatile("wfe");

/* --- Alignment faults: LDM, STRD and LDREX need word alignment whatever
 *     SCTLR.A says -------------------------------------------------------- */
#elif defined(FAULT_LDM_MISALIGNED)
    if (map_free_page(DEFAULT_ATTRIBUTES)) {
        __asm__ volatile("ldm %0, {r2, r3}" : : "r"(FREE_ADDRESS + 1) : "r2", "r3", "memory");
    }
#elif defined(FAULT_STRD_MISALIGNED)
    if (map_free_page(DEFAULT_ATTRIBUTES)) {
        __asm__ volatile("strd r2, r3, [%0]" : : "r"(FREE_ADDRESS + 2) : "r2", "r3", "memory");
    }
#elif defined(FAULT_LDREX_MISALIGNED)
    if (map_free_page(DEFAULT_ATTRIBUTES)) {
        unsigned long loaded;
        __asm__ volatile("ldrex %0, [%1]" : "=r"(loaded) : "r"(FREE_ADDRESS + 2) : "memory");
    }

/* --- Memory user mode may not execute or write ---------------------------- */
#elif defined(FAULT_EXECUTE_NEVER)
    /* The page is zeroed: were it executable, the fetches would run through
     * it into the unmapped page after it. */
    if (map_free_page(DEFAULT_ATTRIBUTES | seL4_ARM_ExecuteNever)) {
        call_address(FREE_ADDRESS);
    }
#elif defined(FAULT_IPC_BUFFER_EXECUTE)
    call_address((unsigned long)seL4_GetIPCBuffer());       /* boot maps it execute-never */
#elif defined(FAULT_BOOTINFO_EXECUTE)
    call_address((unsigned long)platsupport_get_bootinfo());    /* and BootInfo */
#elif defined(FAULT_KERNEL_EXECUTE)
    call_address(KERNEL_ADDRESS);
#elif defined(FAULT_GIC_WRITE)
    /* GICD_CTLR: were it allowed, the distributor would be off, and WFI
     * would wait for good. */
    *(volatile unsigned long *)GIC_DISTRIBUTOR = 0;
#elif defined(FAULT_STACK_WRAP)
    push_at(0);
#elif defined(FAULT_PC_MISALIGNED)
    __asm__ volatile("bx %0" : : "r"(0x400002ul));

/* --- Thumb state ---------------------------------------------------------- */
#elif defined(FAULT_THUMB_UNDEFINED)
    thumb_undefined();
#elif defined(FAULT_THUMB_YIELD)
    thumb_yield();                              /* not a fault */
#else
#error "choose a FAULT_ kind"
#endif
}
