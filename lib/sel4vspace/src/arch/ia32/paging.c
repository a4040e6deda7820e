/* ia32: the page directory is the root, and a page table the one
 * structure below it (4 MiB pages go in the page directory itself). */
#include <vspace/map_anywhere.h>
#include <sel4/sel4_arch/mapping.h>

static const vspace_level_t levels[] = {
    VSPACE_LEVEL(SEL4_MAPPING_LOOKUP_NO_PT, seL4_X86_PageTableObject, seL4_X86_PageTable_Map,
                 seL4_X86_PageTable_Unmap),
};

const vspace_paging_t vspace_arch_paging =
    VSPACE_PAGING(levels, seL4_X86_Page_Map, seL4_X86_Page_Unmap, seL4_X86_Default_VMAttributes);
