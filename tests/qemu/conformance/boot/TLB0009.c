/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"

CASE(TLB0009, "pagoda-tlb 2.7.1-2", "a 2 MiB page read, then its page directory unmapped: the next read faults")
{
    seL4_Word vaddr = new_region() + BIT(LARGE_BITS);
    seL4_CPtr pd = map_tables(VSPACE, vaddr, LARGE_BITS);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    map_and_read_back(large, vaddr, vaddr + 0x1ff000, 9);
    printf("PageDirectory_Unmap: %s\n", error_name(table_unmap(2, pd)));
    printf("reading 0x%lx\n", vaddr + 0x1ff000);
    peek(vaddr + 0x1ff000);
}
