/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0004, "pagoda-tlb 2.7.1-2", "a page read, then its page table unmapped: the next read faults (not present)")
{
    seL4_Word vaddr = new_region() + 0x5000;
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = new_object(FRAME_OBJECT, 0);
    map_and_read_back(frame, vaddr, vaddr, 4);
    printf("PageTable_Unmap: %s\n", error_name(table_unmap(3, pt)));
    printf("reading 0x%lx\n", vaddr);
    peek(vaddr);
}
