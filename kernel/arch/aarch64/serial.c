/*
 * The console is the virt machine's PL011 UART, polled (QEMU needs no
 * set-up for it); and aarch64's ways to power off (kernel/lib/arm_power_off.c).
 */
#include <arm.h>
#include <memory.h>
#include <pl011.h>

#define SEMIHOSTING_EXIT  0x18
#define APPLICATION_EXIT  0x20026      /* ADP_Stopped_ApplicationExit */
#define PSCI_SYSTEM_OFF   0x84000008

void arch_console_putc(char c)
{
    pl011_putc((uintptr_t)phys_to_kernel(PL011_PADDR), c);
}

/* Each way may come back, having trapped: the trap entry then takes x0
 * and x1. */
void arm_semihosting_exit(word_t status)
{
    static word_t exit_block[2];
    exit_block[0] = APPLICATION_EXIT;
    exit_block[1] = status;
    register word_t x0 __asm__("x0") = SEMIHOSTING_EXIT;
    register word_t x1 __asm__("x1") = (word_t)exit_block;
    __asm__ volatile("hlt #0xf000" : "+r"(x0), "+r"(x1) : : "memory");
}

void arm_psci_system_off(void)
{
    register word_t x0 __asm__("x0") = PSCI_SYSTEM_OFF;
    __asm__ volatile("hvc #0" : "+r"(x0) : : "x1", "x2", "x3", "memory");
}
