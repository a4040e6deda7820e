/*
 * Conformance cases that make sense on x86_64 alone: the page table type
 * is fixed to its level, and the I/O port control capability.
 */
#include "harness.h"

CASE(X86TABLE0001, "2.7.2-8", "a page table without a PDPT -> 39, without a page directory -> 30")
{
    seL4_Word vaddr = new_region() + 3 * BIT(seL4_HugePageBits) + 0x1234;
    seL4_CPtr pt = new_object(seL4_X86_PageTableObject, 0);
    expect_missing_table(seL4_X86_PageTable_Map(pt, VSPACE, vaddr, 0), SEL4_MAPPING_LOOKUP_NO_PDPT);
    expect(seL4_X86_PDPT_Map(new_object(seL4_X86_PDPTObject, 0), VSPACE, vaddr, 0), NO_ERROR);
    expect_missing_table(seL4_X86_PageTable_Map(pt, VSPACE, vaddr, 0), SEL4_MAPPING_LOOKUP_NO_PD);
    expect(seL4_X86_PageDirectory_Map(new_object(seL4_X86_PageDirectoryObject, 0), VSPACE, vaddr, 0), NO_ERROR);
    expect(seL4_X86_PageTable_Map(pt, VSPACE, vaddr, 0), NO_ERROR);
    frame_at(vaddr);
    poke(vaddr & ~(PAGE_SIZE - 1), 0x86);
    EXPECT(peek(vaddr & ~(PAGE_SIZE - 1)) == 0x86);
}

CASE(X86IOPORT0001, "7.2-null", "Copy or Mint of I/O port control (a null derived cap) -> IllegalOperation")
{
    seL4_CPtr slot = new_slot();
    expect(copy_into(slot, seL4_CapIOPortControl), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, seL4_CapIOPortControl, DEPTH, seL4_AllRights, 0),
           ILLEGAL_OPERATION);
    EXPECT(slot_is_empty(slot));
}
