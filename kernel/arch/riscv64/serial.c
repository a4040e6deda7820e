/*
 * The console is the virt machine's 16550 UART, polled (QEMU needs no
 * set-up for it).  Power-off uses SiFive's test finisher, which makes
 * QEMU exit with a status.
 */
#include <memory.h>

#define UART_THR        0
#define UART_LSR        5
#define UART_THR_EMPTY  BIT(5)

#define FINISHER_PASS   0x5555          /* exit status 0 */
#define FINISHER_FAIL   0x3333          /* exit status: the upper 16 bits */

static volatile uint8_t *uart_register(word_t offset)
{
    return (volatile uint8_t *)phys_to_kernel(UART_PADDR) + offset;
}

static void uart_write(char c)
{
    while (!(*uart_register(UART_LSR) & UART_THR_EMPTY)) {
    }
    *uart_register(UART_THR) = (uint8_t)c;
}

/* Terminals want CR LF; user output goes through here too. */
void arch_console_putc(char c)
{
    if (c == '\n') {
        uart_write('\r');
    }
    uart_write(c);
}

NORETURN void arch_power_off(word_t status)
{
    volatile uint32_t *finisher = phys_to_kernel(TEST_DEVICE_PADDR);
    *finisher = status == 0 ? FINISHER_PASS : (uint32_t)(status << 16 | FINISHER_FAIL);
    for (;;) {
        __asm__ volatile("wfi");
    }
}
