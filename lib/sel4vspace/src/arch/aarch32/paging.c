/* aarch32: the page directory is the root, and a 1 KiB page table the one
 * structure below it (sections and supersections go in the directory). */
#include <vspace/map_anywhere.h>
#include <sel4/sel4_arch/mapping.h>

static const vspace_level_t levels[] = {
    VSPACE_LEVEL(SEL4_MAPPING_LOOKUP_NO_PT, seL4_ARM_PageTableObject, seL4_ARM_PageTable_Map,
                 seL4_ARM_PageTable_Unmap),
};

const vspace_paging_t vspace_arch_paging =
    VSPACE_PAGING(levels, seL4_ARM_Page_Map, seL4_ARM_Page_Unmap, seL4_ARM_Default_VMAttributes);
