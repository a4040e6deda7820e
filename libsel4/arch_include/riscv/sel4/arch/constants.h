#ifndef SEL4_ARCH_CONSTANTS_H
#define SEL4_ARCH_CONSTANTS_H

#define seL4_PageBits          12
#define seL4_BootInfoFrameBits seL4_PageBits

/* RISC-V's names for the page sizes. */
#define seL4_MegaPageBits      21
#define seL4_GigaPageBits      30

#endif
