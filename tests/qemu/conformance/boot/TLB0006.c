/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0006, "pagoda-tlb 7.3-frame", "a page written, then the untyped it came from revoked: the next write faults")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr untyped = new_untyped(seL4_PageBits), frame = new_slot();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    printf("Untyped_Retype: %s\n",
           error_name(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, frame, 1)));
    map_and_read_back(frame, vaddr, vaddr, 6);
    printf("CNode_Revoke of the untyped: %s\n", error_name(seL4_CNode_Revoke(ROOT, untyped, DEPTH)));
    printf("writing to 0x%lx\n", vaddr);
    poke(vaddr, 7);
}
