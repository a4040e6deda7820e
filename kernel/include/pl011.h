/* Arm's PL011 UART as the console, polled (kernel/lib/pl011.c); QEMU's
 * virt machines need no set-up for it. */
#ifndef PL011_H
#define PL011_H

#include <types.h>

/* Writes `c` to the UART whose registers the kernel reaches at `uart`,
 * with a CR before each LF, as terminals want. */
void pl011_putc(uintptr_t uart, char c);

#endif
