/* x86_64: below the PML4, a PDPT, a page directory and a page table, each
 * type fixed to its level. */
#include <vspace/map_anywhere.h>
#include <sel4/sel4_arch/mapping.h>

static const vspace_level_t levels[] = {
    VSPACE_LEVEL(SEL4_MAPPING_LOOKUP_NO_PDPT, seL4_X86_PDPTObject, seL4_X86_PDPT_Map, seL4_X86_PDPT_Unmap),
    VSPACE_LEVEL(SEL4_MAPPING_LOOKUP_NO_PD, seL4_X86_PageDirectoryObject, seL4_X86_PageDirectory_Map,
                 seL4_X86_PageDirectory_Unmap),
    VSPACE_LEVEL(SEL4_MAPPING_LOOKUP_NO_PT, seL4_X86_PageTableObject, seL4_X86_PageTable_Map,
                 seL4_X86_PageTable_Unmap),
};

const vspace_paging_t vspace_arch_paging =
    VSPACE_PAGING(levels, seL4_X86_Page_Map, seL4_X86_Page_Unmap, seL4_X86_Default_VMAttributes);
