/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0003, "pagoda-tlb 7.3-frame", "a page written, then its frame cap deleted: the next write faults (not present)")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 3);
    printf("read 0x%lx: %lu\n", vaddr, peek(vaddr));
    printf("CNode_Delete of the frame: %s\n", error_name(seL4_CNode_Delete(ROOT, frame, DEPTH)));
    printf("writing to 0x%lx\n", vaddr);
    poke(vaddr, 4);
}
