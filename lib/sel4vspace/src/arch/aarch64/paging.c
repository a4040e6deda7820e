/* aarch64: seL4's current PageTable, which goes at whichever of the three
 * levels below the root an address lacks first (the older API's fixed
 * PageUpperDirectory and PageDirectory would do for the first two). */
#include <vspace/map_anywhere.h>
#include <sel4/sel4_arch/mapping.h>

#define PAGE_TABLE(bits) \
    VSPACE_LEVEL(bits, seL4_ARM_PageTableObject, seL4_ARM_PageTable_Map, seL4_ARM_PageTable_Unmap)

static const vspace_level_t levels[] = {
    PAGE_TABLE(SEL4_MAPPING_LOOKUP_NO_PUD),
    PAGE_TABLE(SEL4_MAPPING_LOOKUP_NO_PD),
    PAGE_TABLE(SEL4_MAPPING_LOOKUP_NO_PT),
};

const vspace_paging_t vspace_arch_paging =
    VSPACE_PAGING(levels, seL4_ARM_Page_Map, seL4_ARM_Page_Unmap, seL4_ARM_Default_VMAttributes);
