#ifndef SEL4_SEL4_ARCH_MAPPING_H
#define SEL4_SEL4_ARCH_MAPPING_H

#include <sel4/functions.h>

/* Virtual-address bits left unresolved when a Map failed with
 * seL4_FailedLookup for lack of a paging structure: 30 when the level-1
 * table is missing (seL4 names no constant for it), 21 the level-2 one. */
#define SEL4_MAPPING_LOOKUP_LEVEL 2
#define SEL4_MAPPING_LOOKUP_NO_PT 21

static inline seL4_Word seL4_MappingFailedLookupLevel(void)
{
    return seL4_GetMR(SEL4_MAPPING_LOOKUP_LEVEL);
}

#endif
