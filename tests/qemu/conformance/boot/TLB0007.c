/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0007, "pagoda-tlb 2.6.1-6 2.6.1-remap",
     "a page read, then remapped write-only (kernel-only): the next read faults, status 0x5")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 7);
    printf("read 0x%lx: %lu\n", vaddr, peek(vaddr));
    printf("Page_Map write-only: %s\n", error_name(page_map(frame, VSPACE, vaddr, seL4_CanWrite, 0)));
    printf("reading 0x%lx\n", vaddr);
    peek(vaddr);
}
