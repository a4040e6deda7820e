/*
 * A root task that faults in one way, chosen at build time (FAULT_<kind>),
 * so that each fault's report can be checked: the thread has no fault
 * handler, so the kernel prints the double-fault report and, with nothing
 * left to run, powers off with status 127.
 */
#include <stdio.h>

static void fault(void)
{
#if defined(FAULT_UNDEFINED_WITH_DF)
    /* The direction flag set must not reach the kernel's C code. */
    __asm__ volatile("std; ud2");
#elif defined(FAULT_UNKNOWN_SYSCALL)
    __asm__ volatile("syscall" : : "d"(-100l) : "rcx", "r11", "memory");
#elif defined(FAULT_PRIVILEGED)
    __asm__ volatile("hlt");
#elif defined(FAULT_NULL_CALL)
    void (*volatile null_function)(void) = 0;
    null_function();
#elif defined(FAULT_KERNEL_WRITE)
    *(volatile unsigned long *)0xffffff8000000000ul = 1;
#elif defined(FAULT_MISALIGNED_STACK)
    __asm__ volatile("sub $3, %rsp; ud2");
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
