/* The console is COM1, polled.  Power-off uses QEMU's isa-debug-exit. */
#include <arch/cpu.h>
#include <arch_api.h>

#define COM1            0x3f8
#define LINE_STATUS     5
#define TRANSMIT_EMPTY  0x20
#define DEBUG_EXIT_PORT 0xf4
#define ACPI_PM1A_CNT   0x604
#define ACPI_SLEEP_S5   0x2000

void serial_init(void)
{
    outb(COM1 + 1, 0x00);       /* no interrupts */
    outb(COM1 + 3, 0x80);       /* divisor latch: 115200 baud */
    outb(COM1 + 0, 0x01);
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03);       /* 8 bits, no parity, one stop bit */
    outb(COM1 + 2, 0xc7);       /* FIFOs on and cleared */
}

static void serial_write(char c)
{
    while (!(inb(COM1 + LINE_STATUS) & TRANSMIT_EMPTY)) {
    }
    outb(COM1, (uint8_t)c);
}

/* Terminals want CR LF; user output goes through here too. */
void arch_console_putc(char c)
{
    if (c == '\n') {
        serial_write('\r');
    }
    serial_write(c);
}

/* QEMU exits with (status << 1) | 1 through isa-debug-exit.  Without that
 * device, fall back to an ACPI power-off, then to halting. */
NORETURN void arch_power_off(word_t status)
{
    outl(DEBUG_EXIT_PORT, (uint32_t)status);
    outw(ACPI_PM1A_CNT, ACPI_SLEEP_S5);
    for (;;) {
        __asm__ volatile("cli; hlt");
    }
}
