/*
 * Conformance cases that make sense on aarch64 alone: seL4's PageTable
 * type, which goes at the first level an address lacks, beside the older
 * API's fixed-level PageUpperDirectory and PageDirectory.
 */
#include "harness.h"

static seL4_CPtr new_page_table(void)
{
    return new_object(seL4_ARM_PageTableObject, 0);
}

CASE(ARMTABLE0001, "3.5-level 2.7.2-10", "PageTables go at the first missing level: 1, then 2, then 3")
{
    seL4_Word vaddr = new_region() + 5 * HUGE_SIZE + 3 * BIT(seL4_LargePageBits) + 0x4321;
    seL4_CPtr frame = new_object(seL4_ARM_SmallPageObject, 0);
    expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PUD);
    expect(seL4_ARM_PageTable_Map(new_page_table(), VSPACE, vaddr, 0), NO_ERROR);
    expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PD);
    expect(seL4_ARM_PageTable_Map(new_page_table(), VSPACE, vaddr, 0), NO_ERROR);
    expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PT);
    seL4_CPtr pt = new_page_table();
    expect(seL4_ARM_PageTable_Map(pt, VSPACE, vaddr, 0), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr & ~(PAGE_SIZE - 1), 0xa64);
    EXPECT(peek(vaddr & ~(PAGE_SIZE - 1)) == 0xa64);
    /* the last table went where the 2 MiB around the address are: so does a
     * frame at its other end */
    frame_at((vaddr | (BIT(seL4_LargePageBits) - 1)) & ~(PAGE_SIZE - 1));
    /* the older API's fixed-level types find their levels taken */
    expect(seL4_ARM_PageUpperDirectory_Map(new_object(seL4_ARM_PageUpperDirectoryObject, 0), VSPACE, vaddr, 0),
           DELETE_FIRST);
    expect(seL4_ARM_PageDirectory_Map(new_object(seL4_ARM_PageDirectoryObject, 0), VSPACE, vaddr, 0), DELETE_FIRST);
}

CASE(ARMTABLE0002, "3.5-full pagoda-delete", "PageTable_Map where every level exists, or a frame is -> DeleteFirst")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    seL4_CPtr pt = new_page_table();
    expect(seL4_ARM_PageTable_Map(pt, VSPACE, vaddr, 0), DELETE_FIRST);
    seL4_Word huge_at = new_region() + HUGE_SIZE;
    map_tables(VSPACE, huge_at, seL4_HugePageBits);
    expect(map_page(new_object(seL4_ARM_HugePageObject, 0), huge_at, seL4_ReadWrite), NO_ERROR);
    expect(seL4_ARM_PageTable_Map(pt, VSPACE, huge_at + 0x1000, 0), DELETE_FIRST);
    seL4_Word large_at = new_region() + 2 * HUGE_SIZE;
    map_tables(VSPACE, large_at, seL4_LargePageBits);
    expect(map_page(new_object(seL4_ARM_LargePageObject, 0), large_at, seL4_ReadWrite), NO_ERROR);
    expect(seL4_ARM_PageTable_Map(pt, VSPACE, large_at, 0), DELETE_FIRST);
    expect(seL4_ARM_PageTable_Map(pt, VSPACE, large_at + BIT(seL4_LargePageBits), 0), NO_ERROR);
}

CASE(ARMTABLE0003, "3.5-labels 2.7.2-0", "each table type answers to its own labels only -> IllegalOperation")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = new_page_table(), pud = new_object(seL4_ARM_PageUpperDirectoryObject, 0);
    seL4_CPtr pd = new_object(seL4_ARM_PageDirectoryObject, 0);
    expect(seL4_ARM_PageUpperDirectory_Map(pt, VSPACE, vaddr, 0), ILLEGAL_OPERATION);
    expect(seL4_ARM_PageDirectory_Map(pt, VSPACE, vaddr, 0), ILLEGAL_OPERATION);
    expect(seL4_ARM_PageTable_Map(pud, VSPACE, vaddr, 0), ILLEGAL_OPERATION);
    expect(seL4_ARM_PageDirectory_Map(pud, VSPACE, vaddr, 0), ILLEGAL_OPERATION);
    expect(seL4_ARM_PageTable_Map(pd, VSPACE, vaddr, 0), ILLEGAL_OPERATION);
    expect(seL4_ARM_PageUpperDirectory_Unmap(pd), ILLEGAL_OPERATION);
    expect(seL4_ARM_PageDirectory_Unmap(pt), ILLEGAL_OPERATION);
    expect(seL4_ARM_PageTable_Unmap(pud), ILLEGAL_OPERATION);
    expect_missing_table(probe(vaddr), SEL4_MAPPING_LOOKUP_NO_PUD);     /* none of them mapped anything */
}

CASE(ARMTABLE0004, "3.5-unmap 2.7.1-2", "a PageTable mapped at level 1 unmaps: what was below is gone")
{
    seL4_Word vaddr = new_region() + 7 * HUGE_SIZE;
    seL4_CPtr top = new_page_table();
    expect(seL4_ARM_PageTable_Map(top, VSPACE, vaddr, 0), NO_ERROR);
    expect(seL4_ARM_PageTable_Map(new_page_table(), VSPACE, vaddr, 0), NO_ERROR);
    expect(seL4_ARM_PageTable_Map(new_page_table(), VSPACE, vaddr, 0), NO_ERROR);
    frame_at(vaddr);
    poke(vaddr, 0x77);
    EXPECT(holds(vaddr, 0x77));
    expect(seL4_ARM_PageTable_Unmap(top), NO_ERROR);
    expect_missing_table(probe(vaddr), SEL4_MAPPING_LOOKUP_NO_PUD);
    expect(seL4_ARM_PageTable_Map(top, VSPACE, vaddr, 0), NO_ERROR);   /* empty now */
    expect_missing_table(probe(vaddr), SEL4_MAPPING_LOOKUP_NO_PD);
}
