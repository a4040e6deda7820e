/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0005, "pagoda-tlb 7.3-table", "a page read, then the last cap of its page table deleted: the next read faults")
{
    seL4_Word vaddr = new_region() + 0x1ff000;
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = new_object(FRAME_OBJECT, 0);
    map_and_read_back(frame, vaddr, vaddr, 5);
    printf("CNode_Delete of the page table: %s\n", error_name(seL4_CNode_Delete(ROOT, pt, DEPTH)));
    printf("reading 0x%lx\n", vaddr);
    peek(vaddr);
}
