#include <pl011.h>

#define UART_DATA         0x00
#define UART_FLAGS        0x18
#define UART_TX_FULL      BIT(5)

static volatile uint32_t *uart_register(uintptr_t uart, word_t offset)
{
    return (volatile uint32_t *)(uart + offset);
}

static void uart_write(uintptr_t uart, char c)
{
    while (*uart_register(uart, UART_FLAGS) & UART_TX_FULL) {
    }
    *uart_register(uart, UART_DATA) = (uint8_t)c;
}

void pl011_putc(uintptr_t uart, char c)
{
    if (c == '\n') {
        uart_write(uart, '\r');
    }
    uart_write(uart, c);
}
