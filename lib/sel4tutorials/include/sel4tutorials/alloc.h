/* The allocation helpers the seL4 tutorials use. */
#ifndef SEL4TUTORIALS_ALLOC_H
#define SEL4TUTORIALS_ALLOC_H

#include <sel4/sel4.h>

/* Takes the first empty slot of the root CNode (advancing info->empty). */
seL4_CPtr alloc_slot(seL4_BootInfo *info);

/* Retypes the first non-device untyped with room into one object of `type`
 * (of 2^size_bits bytes for variable-size types) in a fresh slot. */
seL4_CPtr alloc_object(seL4_BootInfo *info, seL4_Word type, seL4_Word size_bits);

#endif
