/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0001, "pagoda-tlb 2.6.1-remap", "remapped read-only after a write, the next write faults")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 1);                                 /* the TLB now holds a writable entry */
    expect(page_map(frame, VSPACE, vaddr, seL4_CanRead, 0), NO_ERROR);
    EXPECT(peek(vaddr) == 1);
    printf("writing to 0x%lx\n", vaddr);
    poke(vaddr, 2);
}
