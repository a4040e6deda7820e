/* A machine of its own: the case prints the VSpace dump. */
#include <pagoda/syscalls.h>
#include "harness.h"

CASE(DUMP0002, "2.6.1-9 pagoda-dump", "each cache attribute is encoded in the entry, read back by the dump")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pml4 = new_vspace(seL4_CapInitThreadASIDPool);
    seL4_CPtr pdpt = new_object(L1_TABLE_OBJECT, 0), pd = new_object(L2_TABLE_OBJECT, 0);
    seL4_CPtr pt = new_object(L3_TABLE_OBJECT, 0);
    expect(table_map(1, pdpt, pml4, vaddr, 0), NO_ERROR);
    expect(table_map(2, pd, pml4, vaddr, 0), NO_ERROR);
    expect(table_map(3, pt, pml4, vaddr, 0), NO_ERROR);
    const seL4_X86_VMAttributes attributes[] = {
        seL4_X86_WriteBack, seL4_X86_WriteThrough, seL4_X86_CacheDisabled, seL4_X86_Uncacheable,
        seL4_X86_WriteCombining,
    };
    for (seL4_Word i = 0; i < ARRAY_SIZE(attributes); i++) {
        expect(page_map(new_frame(), pml4, vaddr + i * PAGE_SIZE, seL4_CanRead, attributes[i]), NO_ERROR);
    }
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(page_map(large, pml4, vaddr + BIT(seL4_LargePageBits), seL4_ReadWrite, seL4_X86_WriteCombining),
           NO_ERROR);
    pagoda_debug_dump_vspace(pml4);
}
