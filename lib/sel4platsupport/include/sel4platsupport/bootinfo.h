#ifndef SEL4PLATSUPPORT_BOOTINFO_H
#define SEL4PLATSUPPORT_BOOTINFO_H

#include <sel4/sel4.h>

/* The BootInfo the kernel handed the root task, or NULL (with an error
 * message) if there is none. */
seL4_BootInfo *platsupport_get_bootinfo(void);

#endif
