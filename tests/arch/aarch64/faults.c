/*
 * The fault program's kinds that exist on aarch64 alone (the shared ones
 * are in tests/qemu/programs/fault.c): system registers and instructions
 * EL0 may not use, the traps of WFI and WFE, semihosting, breakpoints, a
 * misaligned PC, and the boot frames seL4 maps execute-never.  Each is a
 * user exception whose number is the ESR, or a VM fault with the ESR.
 */
#include <stdio.h>
#include <sel4platsupport/bootinfo.h>
#include "fault_arch.h"
#include "faults.h"

void arch_fault(void)
{
/* --- System registers and instructions of EL1 and above: undefined at EL0 */
#if defined(FAULT_PRIVILEGED_MSR)
    __asm__ volatile("msr sctlr_el1, xzr");    /* were it allowed: the MMU off */
#elif defined(FAULT_PRIVILEGED_MRS)
    unsigned long ttbr1;
    __asm__ volatile("mrs %0, ttbr1_el1" : "=r"(ttbr1));
#elif defined(FAULT_PRIVILEGED_DAIF)
    /* The interrupt masks: EL0 may not touch them (SCTLR_EL1.UMA is 0). */
    __asm__ volatile("msr daifclr, #2");
#elif defined(FAULT_HVC)
    __asm__ volatile("hvc #0");
#elif defined(FAULT_SMC)
    __asm__ volatile("smc #0");
#elif defined(FAULT_ERET)
    __asm__ volatile("eret");

/* --- Waiting for an interrupt that never comes: the kernel traps it ------ */
#elif defined(FAULT_WFI)
    __asm__ volatile("wfi");
#elif defined(FAULT_WFE)
    __asm__ volatile("wfe");

/* --- The debugger's and the emulator's calls ------------------------------ */
#elif defined(FAULT_SEMIHOSTING_EXIT)
    /* Semihosting's exit, as the kernel powers off: were EL0 allowed it,
     * the machine would stop with status 0. */
    static unsigned long block[2] = { 0x20026, 0 };
    register unsigned long x0 __asm__("x0") = 0x18;
    register unsigned long x1 __asm__("x1") = (unsigned long)block;
    __asm__ volatile("hlt #0xf000" : : "r"(x0), "r"(x1) : "memory");
#elif defined(FAULT_BRK)
    __asm__ volatile("brk #0x123");

/* --- A branch to a misaligned address: a PC alignment fault -------------- */
#elif defined(FAULT_PC_MISALIGNED)
    __asm__ volatile("br %0" : : "r"(0x400002ul));

/* --- The IPC buffer and BootInfo, which boot maps execute-never --------- */
#elif defined(FAULT_IPC_BUFFER_EXECUTE)
    call_address((unsigned long)seL4_GetIPCBuffer());
#elif defined(FAULT_BOOTINFO_EXECUTE)
    call_address((unsigned long)platsupport_get_bootinfo());
#else
#error "choose a FAULT_ kind"
#endif
}
