#ifndef SEL4_ARCH_TYPES_H
#define SEL4_ARCH_TYPES_H

#include <sel4/macros.h>
#include <sel4/simple_types.h>

typedef seL4_CPtr seL4_ARM_ASIDControl;
typedef seL4_CPtr seL4_ARM_ASIDPool;
typedef seL4_CPtr seL4_ARM_Page;
typedef seL4_CPtr seL4_ARM_PageTable;
typedef seL4_CPtr seL4_ARM_VSpace;

/* Bit 0: normal, write-back cacheable memory (else Device-nGnRnE, which
 * ARMv7 calls strongly-ordered); bit 1: parity (the hardware ignores it);
 * bit 2: never executable by user code. */
typedef enum {
    seL4_ARM_PageCacheable = 0x01,
    seL4_ARM_ParityEnabled = 0x02,
    seL4_ARM_Default_VMAttributes = 0x03,
    seL4_ARM_ExecuteNever = 0x04,
    seL4_ARM_Uncached_VMAttributes = 0x00,
    SEL4_FORCE_LONG_ENUM(seL4_ARM_VMAttributes),
} seL4_ARM_VMAttributes;

#endif
