#ifndef SEL4_SEL4_ARCH_TYPES_H
#define SEL4_SEL4_ARCH_TYPES_H

#include <sel4/simple_types.h>
#include <sel4/arch/types.h>

#endif
