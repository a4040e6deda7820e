#ifndef SEL4_ARCH_MAPPING_H
#define SEL4_ARCH_MAPPING_H

#include <sel4/sel4_arch/mapping.h>

#endif
