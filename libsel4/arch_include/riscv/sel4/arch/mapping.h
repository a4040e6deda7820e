#ifndef SEL4_ARCH_MAPPING_H
#define SEL4_ARCH_MAPPING_H

/* As in seL4, RISC-V's lookup levels are in <sel4/sel4_arch/mapping.h>. */

#endif
