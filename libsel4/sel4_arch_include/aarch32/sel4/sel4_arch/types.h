#ifndef SEL4_SEL4_ARCH_TYPES_H
#define SEL4_SEL4_ARCH_TYPES_H

#include <sel4/simple_types.h>
#include <sel4/arch/types.h>

/* The VSpace root. */
typedef seL4_CPtr seL4_ARM_PageDirectory;

#endif
