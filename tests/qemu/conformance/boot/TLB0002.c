/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0002, "pagoda-tlb 2.6.2-1", "a page read, then unmapped: the next read faults (not present)")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 2);
    printf("read 0x%lx: %lu\n", vaddr, peek(vaddr));      /* the TLB now holds the page */
    printf("Page_Unmap: %s\n", error_name(page_unmap(frame)));
    printf("reading 0x%lx\n", vaddr);
    peek(vaddr);
}
