/*
 * The console is the virt machine's PL011 UART, polled (QEMU needs no
 * set-up for it), in the device section boot.S maps.  Power-off uses
 * semihosting's SYS_EXIT_EXTENDED, which QEMU's -semihosting turns into an
 * exit with a status; PSCI's SYSTEM_OFF is the fallback.
 */
#include <memory.h>
#include <pl011.h>

#define SEMIHOSTING_EXIT_EXTENDED 0x20
#define APPLICATION_EXIT  0x20026      /* ADP_Stopped_ApplicationExit */
#define PSCI_SYSTEM_OFF   0x84000008

void arch_console_putc(char c)
{
    pl011_putc(PL011_BASE, c);
}

static void semihosting_exit(word_t status)
{
    static word_t exit_block[2];
    exit_block[0] = APPLICATION_EXIT;
    exit_block[1] = status;
    register word_t r0 __asm__("r0") = SEMIHOSTING_EXIT_EXTENDED;
    register word_t r1 __asm__("r1") = (word_t)exit_block;
    __asm__ volatile("svc #0x123456" : : "r"(r0), "r"(r1) : "memory");
}

static void psci_system_off(void)
{
    register word_t r0 __asm__("r0") = PSCI_SYSTEM_OFF;
    __asm__ volatile("hvc #0" : "+r"(r0) : : "memory");
}

/* A way QEMU was not given traps in the kernel, which panics and comes
 * back here: then the next way is tried, and after the last the CPU stays
 * here for good. */
NORETURN void arch_power_off(word_t status)
{
    static word_t attempts;
    word_t attempt = attempts++;
    if (attempt == 0) {
        semihosting_exit(status);
    }
    if (attempt <= 1) {
        psci_system_off();
    }
    for (;;) {
        __asm__ volatile("wfi");
    }
}
