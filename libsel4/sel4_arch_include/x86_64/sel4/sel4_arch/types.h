#ifndef SEL4_SEL4_ARCH_TYPES_H
#define SEL4_SEL4_ARCH_TYPES_H

#include <sel4/simple_types.h>
#include <sel4/arch/types.h>

typedef seL4_CPtr seL4_X64_PML4;
typedef seL4_CPtr seL4_X86_PDPT;

#endif
