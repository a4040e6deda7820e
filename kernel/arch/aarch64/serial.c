/*
 * The console is the virt machine's PL011 UART, polled (QEMU needs no
 * set-up for it).  Power-off uses semihosting, which QEMU's -semihosting
 * turns into an exit with a status; PSCI's SYSTEM_OFF is the fallback.
 */
#include <arch/cpu.h>
#include <memory.h>
#include <pl011.h>

#define SEMIHOSTING_EXIT  0x18
#define APPLICATION_EXIT  0x20026      /* ADP_Stopped_ApplicationExit */
#define PSCI_SYSTEM_OFF   0x84000008

void arch_console_putc(char c)
{
    pl011_putc((uintptr_t)phys_to_kernel(PL011_PADDR), c);
}

word_t power_off_in_progress;

/* Each way may come back, having trapped: the trap entry then takes x0
 * and x1. */
static void semihosting_exit(word_t status)
{
    static word_t exit_block[2];
    exit_block[0] = APPLICATION_EXIT;
    exit_block[1] = status;
    register word_t x0 __asm__("x0") = SEMIHOSTING_EXIT;
    register word_t x1 __asm__("x1") = (word_t)exit_block;
    __asm__ volatile("hlt #0xf000" : "+r"(x0), "+r"(x1) : : "memory");
}

static void psci_system_off(void)
{
    register word_t x0 __asm__("x0") = PSCI_SYSTEM_OFF;
    __asm__ volatile("hvc #0" : "+r"(x0) : : "x1", "x2", "x3", "memory");
}

/* Once started, never again: whatever fails on the way ends here. */
NORETURN void arch_power_off(word_t status)
{
    if (!power_off_in_progress) {
        power_off_in_progress = 1;
        semihosting_exit(status);
        psci_system_off();
    }
    for (;;) {
        __asm__ volatile("wfi");
    }
}
