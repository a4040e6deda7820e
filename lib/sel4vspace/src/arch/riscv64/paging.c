/* riscv64 (Sv39): the root's entries map 1 GiB, and one PageTable type
 * serves both levels below it. */
#include <vspace/map_anywhere.h>
#include <sel4/sel4_arch/mapping.h>

/* A missing level-1 table leaves 30 bits, for which seL4 names no constant. */
#define LOOKUP_NO_LEVEL1_TABLE (SEL4_MAPPING_LOOKUP_NO_PT + seL4_PageTableIndexBits)

#define PAGE_TABLE(bits) \
    VSPACE_LEVEL(bits, seL4_RISCV_PageTableObject, seL4_RISCV_PageTable_Map, seL4_RISCV_PageTable_Unmap)

static const vspace_level_t levels[] = {
    PAGE_TABLE(LOOKUP_NO_LEVEL1_TABLE),
    PAGE_TABLE(SEL4_MAPPING_LOOKUP_NO_PT),
};

const vspace_paging_t vspace_arch_paging =
    VSPACE_PAGING(levels, seL4_RISCV_Page_Map, seL4_RISCV_Page_Unmap, seL4_RISCV_Default_VMAttributes);
