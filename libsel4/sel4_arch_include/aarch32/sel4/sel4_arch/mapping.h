#ifndef SEL4_SEL4_ARCH_MAPPING_H
#define SEL4_SEL4_ARCH_MAPPING_H

#include <sel4/functions.h>

/* Virtual-address bits left unresolved when a Map failed with
 * seL4_FailedLookup for lack of a page table. */
#define SEL4_MAPPING_LOOKUP_LEVEL 2
#define SEL4_MAPPING_LOOKUP_NO_PT 20

static inline seL4_Word seL4_MappingFailedLookupLevel(void)
{
    return seL4_GetMR(SEL4_MAPPING_LOOKUP_LEVEL);
}

#endif
