#ifndef SEL4_BOOTINFO_H
#define SEL4_BOOTINFO_H

#include <sel4/types.h>
#include <sel4/bootinfo_types.h>

#endif
