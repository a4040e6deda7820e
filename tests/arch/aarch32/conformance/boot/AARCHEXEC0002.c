/* A machine of its own: the case ends in a fault. */
#include <stdio.h>
#include "harness.h"
#include "../code_page.h"

CASE(AARCHEXEC0002, "6-execute", "a fetch from a page mapped with ExecuteNever faults")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr code = code_page_copy();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(page_map(code, VSPACE, vaddr, seL4_CanRead, seL4_ARM_Default_VMAttributes | seL4_ARM_ExecuteNever),
           NO_ERROR);
    printf("read %#lx: %#lx\n", vaddr, peek(vaddr));
    printf("calling %#lx\n", vaddr);
    code_page_call(vaddr);
}
