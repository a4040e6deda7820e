/*
 * Conformance cases that make sense on riscv64 alone: seL4's one
 * PageTable type, which goes at the first level an address lacks and which
 * ASIDPool_Assign makes a VSpace root, and code in pages mapped with and
 * without seL4_RISCV_ExecuteNever.
 */
#include "harness.h"

static seL4_CPtr new_page_table(void)
{
    return new_object(seL4_RISCV_PageTableObject, 0);
}

CASE(RISCVTABLE0001, "4.5-level 2.7.2-10", "PageTables go at the first missing level: 1, then 2, masked to it")
{
    seL4_Word vaddr = new_region() + 3 * LARGE_SIZE + 0x4321;
    seL4_CPtr frame = new_object(seL4_RISCV_4K_Page, 0);
    expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), 30);
    expect(seL4_RISCV_PageTable_Map(new_page_table(), VSPACE, vaddr, 0), NO_ERROR);
    expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PT);
    expect(seL4_RISCV_PageTable_Map(new_page_table(), VSPACE, vaddr, 0), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr & ~(PAGE_SIZE - 1), 0x5c);
    EXPECT(peek(vaddr & ~(PAGE_SIZE - 1)) == 0x5c);
    /* the first table went where the 1 GiB around the address is, the
     * second where its 2 MiB are: frames fit at both ends of each */
    frame_at((vaddr | (LARGE_SIZE - 1)) & ~(PAGE_SIZE - 1));
    expect_missing_table(probe((vaddr | (HUGE_SIZE - 1)) & ~(PAGE_SIZE - 1)), SEL4_MAPPING_LOOKUP_NO_PT);
    expect_missing_table(probe(vaddr & ~(HUGE_SIZE - 1)), SEL4_MAPPING_LOOKUP_NO_PT);
}

CASE(RISCVTABLE0002, "4.5-full pagoda-delete", "PageTable_Map where every level exists, or a frame is -> DeleteFirst")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr table = new_page_table();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(seL4_RISCV_PageTable_Map(table, VSPACE, vaddr + LARGE_SIZE - 1, 0), DELETE_FIRST);
    seL4_CPtr large = new_object(seL4_RISCV_Mega_Page, 0);
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);
    expect(seL4_RISCV_PageTable_Map(table, VSPACE, vaddr + LARGE_SIZE + PAGE_SIZE, 0), DELETE_FIRST);
    seL4_CPtr huge = new_object(seL4_RISCV_Giga_Page, 0);
    seL4_Word huge_at = new_region();
    expect(map_page(huge, huge_at, seL4_ReadWrite), NO_ERROR);
    expect(seL4_RISCV_PageTable_Map(table, VSPACE, huge_at + LARGE_SIZE, 0), DELETE_FIRST);
    /* the table is still free: it maps elsewhere */
    expect(seL4_RISCV_PageTable_Map(table, VSPACE, new_region(), 0), NO_ERROR);
}

CASE(RISCVROOT0001, "4.5-assign 2.8.2-3",
     "Assign makes an unmapped PageTable a VSpace root; a mapped one or a root -> InvalidCapability 1")
{
    seL4_CPtr mapped = table_at(2, VSPACE, new_region());
    expect(asid_assign(seL4_CapInitThreadASIDPool, mapped), INVALID_CAPABILITY(1));
    seL4_CPtr root = new_page_table();
    expect(asid_assign(seL4_CapInitThreadASIDPool, root), NO_ERROR);
    expect(asid_assign(seL4_CapInitThreadASIDPool, root), INVALID_CAPABILITY(1));
    /* a root now: it takes tables and frames, not a place in another VSpace */
    expect(seL4_RISCV_PageTable_Map(root, VSPACE, new_region(), 0), INVALID_CAPABILITY(0));
    seL4_CPtr frame = new_object(seL4_RISCV_4K_Page, 0);
    expect_missing_table(page_map(frame, root, 0x10000, seL4_ReadWrite, 0), 30);
    map_tables(root, 0x10000, seL4_PageBits);
    expect(page_map(frame, root, 0x10000, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(root);
    expect(page_unmap(frame), NO_ERROR);
}

CASE(RISCVROOT0002, "4.5-root-map 4.5-root-unmap 4.5-root-labels",
     "a root's PageTable_Map -> InvalidCapability 0, _Unmap -> RevokeFirst; frame labels -> IllegalOperation")
{
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    const seL4_CPtr roots[] = { VSPACE, other };
    for (unsigned i = 0; i < ARRAY_SIZE(roots); i++) {
        expect(seL4_RISCV_PageTable_Map(roots[i], VSPACE, new_region(), 0), INVALID_CAPABILITY(0));
        expect(seL4_RISCV_PageTable_Unmap(roots[i]), REVOKE_FIRST);
        struct message get_address = { RISCVPageGetAddress, 0, 0, { 0 }, { 0 } };
        expect(call_message(roots[i], &get_address), ILLEGAL_OPERATION);
        expect(page_unmap(roots[i]), ILLEGAL_OPERATION);
    }
    /* both roots still work */
    table_at(2, other, 0);
    delete_cap(other);
    seL4_Word vaddr = new_region();
    mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0x5c02);
    EXPECT(peek(vaddr) == 0x5c02);
}

/* A page holding one `ret` instruction (jalr x0, 0(ra)). */
static void write_return(seL4_Word vaddr)
{
    *(volatile unsigned *)vaddr = 0x00008067;
    __asm__ volatile("fence.i" ::: "memory");
}

CASE(RISCVEXEC0001, "4.3-execute", "a page mapped without ExecuteNever runs code, at any rights that read")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    seL4_CPtr frame = new_object(seL4_RISCV_4K_Page, 0);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    write_return(vaddr);
    ((void (*)(void))vaddr)();
    expect(map_page(frame, vaddr, seL4_CanRead), NO_ERROR);
    ((void (*)(void))vaddr)();
    EXPECT(peek(vaddr) == 0x00008067);
}
