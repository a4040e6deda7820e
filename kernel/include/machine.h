/* Machine services each architecture provides. */
#ifndef MACHINE_H
#define MACHINE_H

#include <types.h>

void console_putc(char c);

/* Turns the machine off; QEMU reports `status` as its exit status. */
NORETURN void machine_power_off(word_t status);

#endif
