#ifndef SEL4RUNTIME_H
#define SEL4RUNTIME_H

#include <sel4/sel4.h>

/* The BootInfo the kernel handed the root task. */
seL4_BootInfo *sel4runtime_bootinfo(void);

#endif
