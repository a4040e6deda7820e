#include <stdio.h>
#include "harness.h"

CASE(RISCVEXEC0002, "4.3-execute", "a fetch from a page mapped with ExecuteNever faults")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    seL4_CPtr frame = new_object(seL4_RISCV_4K_Page, 0);
    expect(page_map(frame, VSPACE, vaddr, seL4_ReadWrite, seL4_RISCV_ExecuteNever), NO_ERROR);
    *(volatile unsigned *)vaddr = 0x00008067;
    __asm__ volatile("fence.i" ::: "memory");
    printf("calling %#lx\n", vaddr);
    ((void (*)(void))vaddr)();
}
