/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0008, "pagoda-tlb 7.3-frame 7.4-copy",
     "a frame mapped twice: deleting the copy's cap, its page faults, the original's does not")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), copy = new_slot();
    printf("CNode_Copy: %s\n", error_name(seL4_CNode_Copy(ROOT, copy, DEPTH, ROOT, frame, DEPTH, seL4_AllRights)));
    printf("Page_Map of the copy: %s\n",
           error_name(page_map(copy, VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0)));
    poke(vaddr, 8);
    printf("read 0x%lx: %lu\n", vaddr + PAGE_SIZE, peek(vaddr + PAGE_SIZE));
    printf("CNode_Delete of the copy: %s\n", error_name(seL4_CNode_Delete(ROOT, copy, DEPTH)));
    printf("read 0x%lx: %lu\n", vaddr, peek(vaddr));
    printf("reading 0x%lx\n", vaddr + PAGE_SIZE);
    peek(vaddr + PAGE_SIZE);
}
