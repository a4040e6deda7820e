/*
 * The console is the virt machine's PL011 UART, polled (QEMU needs no
 * set-up for it), in the device section boot.S maps; and aarch32's ways to
 * power off (kernel/lib/arm_power_off.c): semihosting's SYS_EXIT_EXTENDED
 * carries the status.
 */
#include <arm.h>
#include <memory.h>
#include <pl011.h>

#define SEMIHOSTING_EXIT_EXTENDED 0x20
#define APPLICATION_EXIT  0x20026      /* ADP_Stopped_ApplicationExit */
#define PSCI_SYSTEM_OFF   0x84000008

void arch_console_putc(char c)
{
    pl011_putc(PL011_BASE, c);
}

/* An svc in SVC mode takes the mode's LR, should it come back. */
void arm_semihosting_exit(word_t status)
{
    static word_t exit_block[2];
    exit_block[0] = APPLICATION_EXIT;
    exit_block[1] = status;
    register word_t r0 __asm__("r0") = SEMIHOSTING_EXIT_EXTENDED;
    register word_t r1 __asm__("r1") = (word_t)exit_block;
    __asm__ volatile("svc #0x123456" : : "r"(r0), "r"(r1) : "lr", "memory");
}

void arm_psci_system_off(void)
{
    register word_t r0 __asm__("r0") = PSCI_SYSTEM_OFF;
    __asm__ volatile("hvc #0" : "+r"(r0) : : "memory");
}
