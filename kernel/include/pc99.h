/*
 * The PC that x86_64 and ia32 run on (kernel/lib/pc99.c): I/O ports, the
 * COM1 console (arch_console_putc), power-off through QEMU's isa-debug-exit
 * (arch_power_off), and the legacy PIC.
 */
#ifndef PC99_H
#define PC99_H

#include <types.h>

static inline void outb(uint16_t port, uint8_t value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
    uint8_t value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline void outw(uint16_t port, uint16_t value)
{
    __asm__ volatile("outw %0, %1" : : "a"(value), "Nd"(port));
}

static inline void outl(uint16_t port, uint32_t value)
{
    __asm__ volatile("outl %0, %1" : : "a"(value), "Nd"(port));
}

/* Readies the console and masks every device interrupt at the PIC: the
 * kernel runs with interrupts off, and only exceptions and system calls
 * enter it. */
void pc99_init(void);

#endif
