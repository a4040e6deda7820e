/* The console is COM1, polled.  Power-off uses QEMU's isa-debug-exit. */
#include <arch_api.h>
#include <pc99.h>

#define COM1            0x3f8
#define LINE_STATUS     5
#define TRANSMIT_EMPTY  0x20
#define DEBUG_EXIT_PORT 0xf4
#define ACPI_PM1A_CNT   0x604
#define ACPI_SLEEP_S5   0x2000

static void serial_init(void)
{
    outb(COM1 + 1, 0x00);       /* no interrupts */
    outb(COM1 + 3, 0x80);       /* divisor latch: 115200 baud */
    outb(COM1 + 0, 0x01);
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03);       /* 8 bits, no parity, one stop bit */
    outb(COM1 + 2, 0xc7);       /* FIFOs on and cleared */
}

/* Moves the legacy PIC's vectors off the exceptions' (the BIOS leaves IRQ 0
 * on vector 8, the double fault), then masks every line. */
static void disable_pic(void)
{
    static const uint8_t init[][2] = {
        { 0x20, 0x11 }, { 0xa0, 0x11 },     /* ICW1: initialise, ICW4 follows */
        { 0x21, 0x20 }, { 0xa1, 0x28 },     /* ICW2: vectors 0x20 and 0x28 */
        { 0x21, 0x04 }, { 0xa1, 0x02 },     /* ICW3: the slave on line 2 */
        { 0x21, 0x01 }, { 0xa1, 0x01 },     /* ICW4: 8086 mode */
        { 0x21, 0xff }, { 0xa1, 0xff },     /* mask everything */
    };
    for (word_t i = 0; i < ARRAY_SIZE(init); i++) {
        outb(init[i][0], init[i][1]);
    }
}

void pc99_init(void)
{
    serial_init();
    disable_pic();
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
