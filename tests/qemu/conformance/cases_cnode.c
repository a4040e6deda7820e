/*
 * CNode invocations, in seL4's decoder order (the reference's section 7.2
 * for Copy and Mint).  The cases use root CNode slots and CNodes of their
 * own, of 16 slots with no guard.
 */
#include "harness.h"

/* ---- The decoder: label, length, target slot ---------------------------- */

CASE(CNODE0001, "7.2-dest", "a label outside CNodeRevoke..CNodeSaveCaller on a CNode -> IllegalOperation")
{
    seL4_CPtr frame = new_frame(), slot = new_slot();
    seL4_Word labels[] = { UntypedRetype, CNodeRevoke - 1, CNodeSaveCaller + 1, PAGE_MAP_LABEL };
    for (unsigned i = 0; i < ARRAY_SIZE(labels); i++) {
        struct message m = { labels[i], 1, 5, { ROOT }, { slot, DEPTH, frame, DEPTH, seL4_AllRights.words[0] } };
        expect(call_message(ROOT, &m), ILLEGAL_OPERATION);
    }
    EXPECT(slot_is_empty(slot));
}

CASE(CNODE0002, "7.2-truncated", "any CNode operation with fewer than 2 words -> TruncatedMessage")
{
    seL4_CPtr frame = new_frame(), slot = new_slot();
    seL4_Word labels[] = { CNodeRevoke, CNodeDelete, CNodeCopy, CNodeMove, CNodeSaveCaller };
    for (unsigned i = 0; i < ARRAY_SIZE(labels); i++) {
        struct message one = { labels[i], 1, 1, { ROOT }, { frame } };
        struct message none = { labels[i], 1, 0, { ROOT }, { frame } };
        expect(call_message(ROOT, &one), TRUNCATED_MESSAGE);
        expect(call_message(ROOT, &none), TRUNCATED_MESSAGE);
    }
    struct message delete = { CNodeDelete, 0, 1, { 0 }, { frame } };
    expect(call_message(ROOT, &delete), TRUNCATED_MESSAGE);
    EXPECT(slot_is_empty(slot));
    expect(page_get_address(frame).error, NO_ERROR);
}

CASE(CNODE0003, "7.2-truncated", "Copy, Mint, Move, Mutate with 3 words or no source root -> TruncatedMessage")
{
    seL4_CPtr frame = new_frame(), slot = new_slot();
    seL4_Word labels[] = { CNodeCopy, CNodeMint, CNodeMove, CNodeMutate };
    for (unsigned i = 0; i < ARRAY_SIZE(labels); i++) {
        struct message three = { labels[i], 1, 3, { ROOT }, { slot, DEPTH, frame } };
        struct message no_root = { labels[i], 0, 6, { ROOT }, { slot, DEPTH, frame, DEPTH, seL4_AllRights.words[0] } };
        expect(call_message(ROOT, &three), TRUNCATED_MESSAGE);
        expect(call_message(ROOT, &no_root), TRUNCATED_MESSAGE);
    }
    EXPECT(slot_is_empty(slot));
    expect(page_get_address(frame).error, NO_ERROR);
}

CASE(CNODE0004, "7.2-truncated", "Copy with 4 words, Mint with 5, Mutate with 4 -> TruncatedMessage; Move needs 4")
{
    seL4_CPtr frame = new_frame(), slot = new_slot();
    seL4_Word paddr = frame_paddr(frame);
    struct message copy4 = { CNodeCopy, 1, 4, { ROOT }, { slot, DEPTH, frame, DEPTH } };
    struct message mint5 = { CNodeMint, 1, 5, { ROOT }, { slot, DEPTH, frame, DEPTH, seL4_AllRights.words[0] } };
    struct message mutate4 = { CNodeMutate, 1, 4, { ROOT }, { slot, DEPTH, frame, DEPTH } };
    struct message move4 = { CNodeMove, 1, 4, { ROOT }, { slot, DEPTH, frame, DEPTH } };
    expect(call_message(ROOT, &copy4), TRUNCATED_MESSAGE);
    expect(call_message(ROOT, &mint5), TRUNCATED_MESSAGE);
    expect(call_message(ROOT, &mutate4), TRUNCATED_MESSAGE);
    EXPECT(slot_is_empty(slot));
    expect(call_message(ROOT, &move4), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    EXPECT(frame_paddr(slot) == paddr);
}

CASE(CNODE0005, "7.2-truncated 7.2-occupied 7.2-empty 7.2-dest",
     "check order: target lookup, then occupied, then source, then the length of Copy, Mint, Mutate")
{
    seL4_CPtr frame = new_frame(), occupied = new_frame(), slot = new_slot(), empty = new_slot();
    struct message bad_dest = { CNodeCopy, 1, 3, { ROOT }, { slot, 0, frame } };
    struct message copy_occupied = { CNodeCopy, 1, 4, { ROOT }, { occupied, DEPTH, frame, DEPTH } };
    struct message mint_empty = { CNodeMint, 1, 5, { ROOT }, { slot, DEPTH, empty, DEPTH, seL4_AllRights.words[0] } };
    struct message mutate_no_root = { CNodeMutate, 1, 4, { frame }, { slot, DEPTH, frame, DEPTH } };
    expect(call_message(ROOT, &bad_dest), RANGE_ERROR(1, DEPTH));
    expect(call_message(ROOT, &copy_occupied), DELETE_FIRST);
    expect(call_message(ROOT, &mint_empty), LOOKUP_MISSING(1, DEPTH));
    expect(call_message(ROOT, &mutate_no_root), LOOKUP_INVALID_ROOT(1));
    EXPECT(slot_is_empty(slot));
}

CASE(CNODE0006, "7.2-dest", "target depth 0, seL4_WordBits + 1, 256 or ~0 -> RangeError 1, seL4_WordBits")
{
    seL4_CPtr frame = new_frame(), slot = new_slot();
    expect(seL4_CNode_Copy(ROOT, slot, 0, ROOT, frame, DEPTH, seL4_AllRights), RANGE_ERROR(1, DEPTH));
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH + 1, ROOT, frame, DEPTH, seL4_AllRights), RANGE_ERROR(1, DEPTH));
    expect(seL4_CNode_Delete(ROOT, frame, 0), RANGE_ERROR(1, DEPTH));
    expect(seL4_CNode_Revoke(ROOT, frame, DEPTH + 1), RANGE_ERROR(1, DEPTH));
    struct message delete256 = { CNodeDelete, 0, 2, { 0 }, { frame, 256 } };
    struct message delete_all_ones = { CNodeDelete, 0, 2, { 0 }, { frame, ~0ul } };
    expect(call_message(ROOT, &delete256), RANGE_ERROR(1, DEPTH));
    expect(call_message(ROOT, &delete_all_ones), RANGE_ERROR(1, DEPTH));
    EXPECT(slot_is_empty(slot));
    expect(page_get_address(frame).error, NO_ERROR);
}

CASE(CNODE0007, "7.2-dest", "target lookups in the root CNode: guard and depth mismatches, MR0 0")
{
    seL4_CPtr frame = new_frame();
    expect(seL4_CNode_Copy(ROOT, 4096, DEPTH, ROOT, frame, DEPTH, seL4_AllRights),
           GUARD_MISMATCH(DEPTH, 0, ROOT_GUARD_BITS));
    expect(seL4_CNode_Copy(ROOT, 0, ROOT_CNODE_BITS, ROOT, frame, DEPTH, seL4_AllRights),
           GUARD_MISMATCH(ROOT_CNODE_BITS, 0, ROOT_GUARD_BITS));
    expect(seL4_CNode_Copy(ROOT, 0, DEPTH - 1, ROOT, frame, DEPTH, seL4_AllRights), DEPTH_MISMATCH(DEPTH - 1, DEPTH));
    expect(seL4_CNode_Delete(ROOT, 4096, DEPTH), GUARD_MISMATCH(DEPTH, 0, ROOT_GUARD_BITS));
}

CASE(CNODE0008, "7.2-dest", "target lookups in a 16-slot CNode: too shallow, or beyond a non-CNode -> DepthMismatch")
{
    seL4_CPtr cnode = new_cnode(), frame = new_frame();
    seL4_Word paddr = frame_paddr(frame);
    expect(seL4_CNode_Copy(cnode, 2, 3, ROOT, frame, DEPTH, seL4_AllRights), DEPTH_MISMATCH(3, 4));
    expect(seL4_CNode_Copy(cnode, 2, CNODE_RADIX, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    expect(seL4_CNode_Copy(cnode, (2 << CNODE_RADIX) | 1, 8, ROOT, frame, DEPTH, seL4_AllRights), DEPTH_MISMATCH(4, 0));
    expect(seL4_CNode_Copy(cnode, (3 << CNODE_RADIX) | 1, 8, ROOT, frame, DEPTH, seL4_AllRights), DEPTH_MISMATCH(4, 0));
    /* Index bits above the depth are not looked at: 0x13 at depth 4 is slot 3. */
    expect(seL4_CNode_Copy(cnode, 0x13, CNODE_RADIX, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    EXPECT(paddr_in(cnode, 3, CNODE_RADIX) == paddr);
    EXPECT(paddr_in(cnode, 2, CNODE_RADIX) == paddr);
}

/* ---- Copy and Mint: the generic checks ----------------------------------- */

CASE(CNODE0009, "7.2-occupied", "Copy, Mint, Move, Mutate into an occupied slot -> DeleteFirst; both caps stay")
{
    seL4_CPtr frame = new_frame(), occupant = new_frame();
    seL4_Word paddr = frame_paddr(frame), occupant_paddr = frame_paddr(occupant);
    expect(copy_into(occupant, frame), DELETE_FIRST);
    expect(seL4_CNode_Mint(ROOT, occupant, DEPTH, ROOT, frame, DEPTH, seL4_AllRights, 1), DELETE_FIRST);
    expect(seL4_CNode_Move(ROOT, occupant, DEPTH, ROOT, frame, DEPTH), DELETE_FIRST);
    expect(seL4_CNode_Mutate(ROOT, occupant, DEPTH, ROOT, frame, DEPTH, 0), DELETE_FIRST);
    expect(copy_into(frame, frame), DELETE_FIRST);
    expect(seL4_CNode_Move(ROOT, frame, DEPTH, ROOT, frame, DEPTH), DELETE_FIRST);
    EXPECT(frame_paddr(frame) == paddr);
    EXPECT(frame_paddr(occupant) == occupant_paddr);
}

CASE(CNODE0010, "7.2-source", "a source root that is a frame or an empty slot -> FailedLookup, MR0 1, InvalidRoot")
{
    seL4_CPtr frame = new_frame(), empty = new_slot(), slot = new_slot();
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, frame, frame, DEPTH, seL4_AllRights), LOOKUP_INVALID_ROOT(1));
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, empty, frame, DEPTH, seL4_AllRights, 0), LOOKUP_INVALID_ROOT(1));
    expect(seL4_CNode_Move(ROOT, slot, DEPTH, frame, frame, DEPTH), LOOKUP_INVALID_ROOT(1));
    expect(seL4_CNode_Mutate(ROOT, slot, DEPTH, empty, frame, DEPTH, 0), LOOKUP_INVALID_ROOT(1));
    EXPECT(slot_is_empty(slot));
}

CASE(CNODE0011, "7.2-source", "source depth outside 1..seL4_WordBits, guard and depth mismatches -> errors with MR0 1")
{
    seL4_CPtr frame = new_frame(), cnode = new_cnode(), slot = new_slot();
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, frame, 0, seL4_AllRights), RANGE_ERROR(1, DEPTH));
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, frame, DEPTH + 1, seL4_AllRights), RANGE_ERROR(1, DEPTH));
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, 4096, DEPTH, seL4_AllRights),
           LOOKUP_GUARD_MISMATCH(1, DEPTH, 0, ROOT_GUARD_BITS));
    expect(seL4_CNode_Move(ROOT, slot, DEPTH, ROOT, 0, DEPTH - 1), LOOKUP_DEPTH_MISMATCH(1, DEPTH - 1, DEPTH));
    expect(seL4_CNode_Copy(cnode, 5, CNODE_RADIX, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, cnode, (5 << CNODE_RADIX) | 2, 8, seL4_AllRights),
           LOOKUP_DEPTH_MISMATCH(1, 4, 0));
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, cnode, 5, 2, seL4_AllRights), LOOKUP_DEPTH_MISMATCH(1, 2, 4));
    EXPECT(slot_is_empty(slot));
}

CASE(CNODE0012, "7.2-empty", "an empty source slot -> FailedLookup, MR0 1, MissingCapability, MR2 the source depth")
{
    seL4_CPtr cnode = new_cnode(), empty = new_slot(), slot = new_slot();
    expect(copy_into(slot, empty), LOOKUP_MISSING(1, DEPTH));
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, empty, DEPTH, seL4_AllRights, 1), LOOKUP_MISSING(1, DEPTH));
    expect(seL4_CNode_Move(ROOT, slot, DEPTH, ROOT, empty, DEPTH), LOOKUP_MISSING(1, DEPTH));
    expect(seL4_CNode_Mutate(ROOT, slot, DEPTH, ROOT, empty, DEPTH, 0), LOOKUP_MISSING(1, DEPTH));
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, cnode, 7, CNODE_RADIX, seL4_AllRights), LOOKUP_MISSING(1, CNODE_RADIX));
    expect(seL4_CNode_Move(cnode, 1, CNODE_RADIX, cnode, 7, CNODE_RADIX), LOOKUP_MISSING(1, CNODE_RADIX));
    EXPECT(slot_is_empty(slot));
    expect_empty_in(cnode, 1, CNODE_RADIX);
}

/* ---- Copy and Mint: derivation, by type ---------------------------------- */

CASE(CNODE0013, "7.2-frame 7.4-copy", "a copy of a mapped frame: same frame, unmapped, mapped elsewhere independently")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0xc0b1);
    seL4_CPtr copied = copy_of(frame, seL4_AllRights);
    EXPECT(frame_paddr(copied) == frame_paddr(frame));
    expect(page_map(copied, VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0xc0b1);
    poke(vaddr + PAGE_SIZE, 0xc0b2);
    EXPECT(peek(vaddr) == 0xc0b2);
    expect(page_unmap(copied), NO_ERROR);
    EXPECT(peek(vaddr) == 0xc0b2);
    /* The original still records its own mapping: elsewhere -> InvalidArgument 0. */
    expect(page_map(frame, VSPACE, vaddr + 2 * PAGE_SIZE, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
}

CASE(CNODE0014, "7.2-frame", "Copy and Mint of a frame with rights masks and a badge: the same frame, unmapped")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0xfeed);
    seL4_CPtr read_only = new_slot(), none = new_slot(), minted = new_slot(), again = new_slot();
    expect(seL4_CNode_Copy(ROOT, read_only, DEPTH, ROOT, frame, DEPTH, seL4_CanRead), NO_ERROR);
    expect(seL4_CNode_Mint(ROOT, none, DEPTH, ROOT, frame, DEPTH, seL4_NoRights, 0x1234), NO_ERROR);
    expect(seL4_CNode_Mint(ROOT, minted, DEPTH, ROOT, frame, DEPTH, seL4_NoWrite, 0x1234), NO_ERROR);
    /* A frame has no badge: a minted frame can be minted again. */
    expect(seL4_CNode_Mint(ROOT, again, DEPTH, ROOT, minted, DEPTH, seL4_AllRights, 0x5678), NO_ERROR);
    EXPECT(frame_paddr(none) == frame_paddr(frame));
    EXPECT(frame_paddr(again) == frame_paddr(frame));
    /* The read-only copies map (unmapped: any address) and read the frame. */
    expect(page_map(read_only, VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    expect(page_map(again, VSPACE, vaddr + 2 * PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0xfeed);
    EXPECT(peek(vaddr + 2 * PAGE_SIZE) == 0xfeed);
}

CASE(CNODE0015, "7.2-table", "Copy or Mint of an unmapped table of any level -> IllegalOperation")
{
    seL4_CPtr slot = new_slot();
    for (int level = FIRST_TABLE_LEVEL; level <= 3; level++) {
        seL4_CPtr table = new_object(table_type(level), 0);
        expect(copy_into(slot, table), ILLEGAL_OPERATION);
        expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, table, DEPTH, seL4_AllRights, 1), ILLEGAL_OPERATION);
    }
    EXPECT(slot_is_empty(slot));
}

CASE(CNODE0016, "7.2-table 7.4-share", "a mapped table's copy keeps its record: mapping it -> InvalidCapability 0")
{
    seL4_Word vaddr = new_region(), elsewhere = new_region();
    seL4_CPtr copied = seL4_CapNull;
    for (int level = FIRST_TABLE_LEVEL; level <= 3; level++) {
        copied = copy_of(table_at(level, VSPACE, vaddr), seL4_AllRights);
        expect(table_map(level, copied, VSPACE, elsewhere, 0), INVALID_CAPABILITY(0));
    }
    /* A copy of the page table's copy is still allowed: the copy is mapped. */
    copy_of(copied, seL4_AllRights);
    /* The table works through the copies: a frame maps below it. */
    expect(page_map(new_frame(), VSPACE, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    EXPECT(peek(vaddr) == 0);
}

CASE(CNODE0017, "7.2-vspace", "Copy or Mint of a VSpace without an ASID -> IllegalOperation")
{
    seL4_CPtr pml4 = new_object(VSPACE_OBJECT, 0), slot = new_slot();
    expect(copy_into(slot, pml4), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, pml4, DEPTH, seL4_AllRights, 0), ILLEGAL_OPERATION);
    EXPECT(slot_is_empty(slot));
}

CASE(CNODE0018, "7.2-vspace", "a copy of the root VSpace maps; deleting it leaves the VSpace and its mappings")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr vspace = copy_of(VSPACE, seL4_AllRights), frame = new_frame();
    map_tables(vspace, vaddr, seL4_PageBits);
    expect(page_map(frame, vspace, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    poke(vaddr, 0xabc);
    expect(seL4_CNode_Delete(ROOT, vspace, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(vspace));
    EXPECT(peek(vaddr) == 0xabc);
    expect(page_map(new_frame(), VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0);
}

CASE(CNODE0019, "7.2-asid 7.2-vspace", "copies of ASID control and the initial pool work; an assigned VSpace copies")
{
    seL4_CPtr control = copy_of(seL4_CapASIDControl, seL4_AllRights), pool = copy_of(seL4_CapInitThreadASIDPool, seL4_AllRights);
    /* The control copy is ASID control: it refuses a frame as the untyped. */
    expect(asid_make_pool(control, new_frame(), ROOT, new_slot(), DEPTH), INVALID_CAPABILITY(1));
    expect(asid_assign(pool, VSPACE), INVALID_CAPABILITY(1));
    seL4_CPtr pml4 = new_object(VSPACE_OBJECT, 0);
    expect(asid_assign(pool, pml4), NO_ERROR);
    seL4_CPtr pml4_copy = copy_of(pml4, seL4_AllRights), pool_copy = copy_of(pool, seL4_AllRights);
    table_at(FIRST_TABLE_LEVEL, pml4_copy, 0);
    expect(asid_assign(pool_copy, pml4), INVALID_CAPABILITY(1));
    /* The PML4's last capability goes last: its ASID is freed. */
    expect(seL4_CNode_Delete(ROOT, pml4_copy, DEPTH), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, pml4, DEPTH), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, pool_copy, DEPTH), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, pool, DEPTH), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, control, DEPTH), NO_ERROR);
}

CASE(CNODE0020, "7.2-untyped", "Copy or Mint of an untyped with children -> RevokeFirst; without, allowed")
{
    seL4_CPtr untyped = new_untyped(12), child = new_slot(), slot = new_slot();
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, 0, 0, child, 1), NO_ERROR);
    expect(copy_into(slot, untyped), REVOKE_FIRST);
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, untyped, DEPTH, seL4_AllRights, 0), REVOKE_FIRST);
    EXPECT(slot_is_empty(slot));
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(child));
    expect(copy_into(slot, untyped), NO_ERROR);
    expect(seL4_Untyped_Retype(slot, FRAME_OBJECT, 0, ROOT, 0, 0, child, 1), NO_ERROR);
}

CASE(CNODE0021, "7.2-null", "Copy or Mint of IRQ control (a null derived cap) -> IllegalOperation")
{
    seL4_CPtr slot = new_slot();
    expect(copy_into(slot, seL4_CapIRQControl), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, seL4_CapIRQControl, DEPTH, seL4_AllRights, 0), ILLEGAL_OPERATION);
    EXPECT(slot_is_empty(slot));
}

CASE(CNODE0022, "7.2-null", "Move and Mutate do not derive: IRQ control moves away and back")
{
    seL4_CPtr slot = new_slot();
    expect(seL4_CNode_Move(ROOT, slot, DEPTH, ROOT, seL4_CapIRQControl, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(seL4_CapIRQControl));
    EXPECT(!slot_is_empty(slot));
    expect(copy_into(new_slot(), slot), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mutate(ROOT, seL4_CapIRQControl, DEPTH, ROOT, slot, DEPTH, 0), NO_ERROR);
    EXPECT(slot_is_empty(slot));
    EXPECT(!slot_is_empty(seL4_CapIRQControl));
}

CASE(CNODE0023, "7.2-null", "endpoints: Mint of a badged one, or any Mutate -> IllegalOperation; Move is allowed")
{
    seL4_CPtr endpoint = new_endpoint(), slot = new_slot();
    seL4_CPtr badged = mint_of(endpoint, 5);
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, badged, DEPTH, seL4_AllRights, 6), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, badged, DEPTH, seL4_AllRights, 0), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mutate(ROOT, slot, DEPTH, ROOT, endpoint, DEPTH, 0), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mutate(ROOT, slot, DEPTH, ROOT, endpoint, DEPTH, 7), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mutate(ROOT, slot, DEPTH, ROOT, badged, DEPTH, 5), ILLEGAL_OPERATION);
    EXPECT(slot_is_empty(slot));
    expect(seL4_CNode_Move(ROOT, slot, DEPTH, ROOT, badged, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(badged));
    EXPECT(is_full_endpoint(slot));
    EXPECT(is_badged(slot));
}

CASE(CNODE0024, "7.2-null", "badges: Mint with 0 leaves an endpoint unbadged; Copy keeps a badge")
{
    seL4_CPtr endpoint = new_endpoint();
    seL4_CPtr zero = mint_of(endpoint, 0);
    EXPECT(!is_badged(endpoint));
    EXPECT(!is_badged(zero));
    seL4_CPtr badged = mint_of(zero, 9);
    seL4_CPtr badged_copy = copy_of(badged, seL4_AllRights);
    EXPECT(is_badged(badged));
    EXPECT(is_badged(badged_copy));
    EXPECT(is_full_endpoint(badged_copy));
}

CASE(CNODE0025, "7.2-frame", "rights masks on endpoints: a reduced copy stays reduced (CancelBadgedSends refuses it)")
{
    seL4_CPtr endpoint = new_endpoint(), reduced = new_slot(), restored = new_slot();
    expect(seL4_CNode_Copy(ROOT, reduced, DEPTH, ROOT, endpoint, DEPTH, seL4_NoWrite), NO_ERROR);
    expect(seL4_CNode_Mint(ROOT, restored, DEPTH, ROOT, reduced, DEPTH, seL4_AllRights, 0), NO_ERROR);
    EXPECT(is_full_endpoint(endpoint));
    EXPECT(is_full_endpoint(copy_of(endpoint, seL4_AllRights)));
    expect(seL4_CNode_CancelBadgedSends(ROOT, reduced, DEPTH), ILLEGAL_OPERATION);
    expect(seL4_CNode_CancelBadgedSends(ROOT, restored, DEPTH), ILLEGAL_OPERATION);
}

/* ---- CNode capabilities and their guards --------------------------------- */

CASE(CNODE0026, "7.2-dest", "Mint of a CNode cap with guard 5 of 3 bits: its slots are (5 << 4 | i) at depth 7")
{
    seL4_CPtr cnode = new_cnode(), guarded = new_slot(), frame = new_frame();
    expect(seL4_CNode_Mint(ROOT, guarded, DEPTH, ROOT, cnode, DEPTH, seL4_AllRights,
                           seL4_CNode_CapData_new(5, 3).words[0]), NO_ERROR);
    expect(seL4_CNode_Copy(guarded, (5 << CNODE_RADIX) | 3, 7, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    EXPECT(paddr_in(cnode, 3, CNODE_RADIX) == frame_paddr(frame));
    EXPECT(paddr_in(guarded, (5 << CNODE_RADIX) | 3, 7) == frame_paddr(frame));
    expect(seL4_CNode_Copy(guarded, (4 << CNODE_RADIX) | 3, 7, ROOT, frame, DEPTH, seL4_AllRights),
           GUARD_MISMATCH(7, 5, 3));
    expect(seL4_CNode_Copy(guarded, 3, CNODE_RADIX, ROOT, frame, DEPTH, seL4_AllRights), GUARD_MISMATCH(4, 5, 3));
    expect(seL4_CNode_Copy(guarded, 5 << 1, CNODE_RADIX, ROOT, frame, DEPTH, seL4_AllRights), DEPTH_MISMATCH(4, 7));
    expect(seL4_CNode_Copy(ROOT, new_slot(), DEPTH, guarded, (6 << CNODE_RADIX) | 3, 7, seL4_AllRights),
           LOOKUP_GUARD_MISMATCH(1, 7, 5, 3));
}

CASE(CNODE0027, "7.2-null",
     "a CNode guard with guard size + radix > seL4_WordBits -> IllegalOperation; exactly seL4_WordBits works")
{
    seL4_CPtr cnode = new_cnode(), slot = new_slot(), frame = new_frame();
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, cnode, DEPTH, seL4_AllRights,
                           seL4_CNode_CapData_new(0, DEPTH - CNODE_RADIX + 1).words[0]), ILLEGAL_OPERATION);
    expect(seL4_CNode_Mutate(ROOT, slot, DEPTH, ROOT, cnode, DEPTH, seL4_CNode_CapData_new(0, DEPTH - 1).words[0]),
           ILLEGAL_OPERATION);
    EXPECT(slot_is_empty(slot));
    EXPECT(!slot_is_empty(cnode));
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, cnode, DEPTH, seL4_AllRights,
                           seL4_CNode_CapData_new(0x123, DEPTH - CNODE_RADIX).words[0]), NO_ERROR);
    expect(seL4_CNode_Copy(slot, (0x123ul << CNODE_RADIX) | 2, DEPTH, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    EXPECT(paddr_in(cnode, 2, CNODE_RADIX) == frame_paddr(frame));
}

CASE(CNODE0028, "7.2-dest", "Mutate of a CNode cap sets its guard and empties the source slot")
{
    seL4_CPtr cnode = new_cnode(), mutated = new_slot(), frame = new_frame();
    expect(seL4_CNode_Copy(cnode, 9, CNODE_RADIX, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    expect(seL4_CNode_Mutate(ROOT, mutated, DEPTH, ROOT, cnode, DEPTH, seL4_CNode_CapData_new(2, 2).words[0]),
           NO_ERROR);
    EXPECT(slot_is_empty(cnode));
    EXPECT(paddr_in(mutated, (2 << CNODE_RADIX) | 9, 6) == frame_paddr(frame));
    expect(seL4_CNode_Copy(ROOT, new_slot(), DEPTH, mutated, 1, CNODE_RADIX, seL4_AllRights),
           LOOKUP_GUARD_MISMATCH(1, 4, 2, 2));
}

CASE(CNODE0029, "7.2-source", "a copy of the root CNode cap works as both roots; deleting it changes nothing")
{
    seL4_CPtr root = copy_of(ROOT, seL4_AllRights), frame = new_frame(), slot = new_slot();
    expect(seL4_CNode_Copy(root, slot, DEPTH, root, frame, DEPTH, seL4_AllRights), NO_ERROR);
    EXPECT(frame_paddr(slot) == frame_paddr(frame));
    expect(seL4_CNode_Delete(root, slot, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(slot));
    expect(seL4_CNode_Delete(ROOT, root, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(root));
    expect(page_get_address(frame).error, NO_ERROR);
    expect(copy_into(slot, frame), NO_ERROR);
}

CASE(CNODE0030, "7.2-dest 7.2-source", "a CNode inside a CNode: 8-bit paths reach its slots, 4 bits its capability")
{
    seL4_CPtr outer = new_cnode(), inner = new_cnode(), frame = new_frame(), slot = new_slot();
    expect(seL4_CNode_Move(outer, 1, CNODE_RADIX, ROOT, inner, DEPTH), NO_ERROR);
    expect(seL4_CNode_Copy(outer, (1 << CNODE_RADIX) | 5, 8, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    EXPECT(paddr_in(outer, (1 << CNODE_RADIX) | 5, 8) == frame_paddr(frame));
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, outer, 1, CNODE_RADIX, seL4_AllRights), NO_ERROR);
    EXPECT(paddr_in(slot, 5, CNODE_RADIX) == frame_paddr(frame));
    expect_empty_in(outer, (1 << CNODE_RADIX) | 6, 8);
    expect(seL4_CNode_Copy(outer, (1 << CNODE_RADIX) | 5, 8, ROOT, frame, DEPTH, seL4_AllRights), DELETE_FIRST);
}

/* ---- Move and Mutate ------------------------------------------------------ */

CASE(CNODE0031, "7.4-move 7.2-occupied", "Move of a mapped frame keeps its mapping: Unmap through the new slot unmaps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), moved = new_slot();
    seL4_Word paddr = frame_paddr(frame);
    poke(vaddr, 0x307e);
    expect(seL4_CNode_Move(ROOT, moved, DEPTH, ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    EXPECT(frame_paddr(moved) == paddr);
    EXPECT(peek(vaddr) == 0x307e);
    expect(page_map(moved, VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
    expect(page_unmap(moved), NO_ERROR);
    expect_unmapped(vaddr);
}

CASE(CNODE0032, "7.4-move", "Mutate of a mapped frame: the data is ignored, the mapping moves with the cap")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), mutated = new_slot();
    seL4_Word paddr = frame_paddr(frame);
    expect(seL4_CNode_Mutate(ROOT, mutated, DEPTH, ROOT, frame, DEPTH, 0xdead), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    EXPECT(frame_paddr(mutated) == paddr);
    poke(vaddr, 1);
    expect(page_map(mutated, VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
    expect(seL4_CNode_Delete(ROOT, mutated, DEPTH), NO_ERROR);
    expect_unmapped(vaddr);
}

CASE(CNODE0033, "7.2-dest", "Move and Mutate between CNodes: the capability arrives, every slot it left is empty")
{
    seL4_CPtr cnode = new_cnode(), frame = new_frame(), back = new_slot();
    seL4_Word paddr = frame_paddr(frame);
    expect(seL4_CNode_Move(cnode, 4, CNODE_RADIX, ROOT, frame, DEPTH), NO_ERROR);
    expect(seL4_CNode_Mutate(cnode, 11, CNODE_RADIX, cnode, 4, CNODE_RADIX, 0), NO_ERROR);
    expect(seL4_CNode_Move(ROOT, back, DEPTH, cnode, 11, CNODE_RADIX), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    expect_empty_in(cnode, 4, CNODE_RADIX);
    expect_empty_in(cnode, 11, CNODE_RADIX);
    EXPECT(frame_paddr(back) == paddr);
}

/* ---- Rotate --------------------------------------------------------------- */

CASE(CNODE0034, "7.2-truncated", "Rotate with 7 words or one extra cap -> TruncatedMessage; nothing moves")
{
    seL4_CPtr pivot = new_frame(), src = new_frame(), dest = new_slot();
    struct message seven = { CNodeRotate, 2, 7, { ROOT, ROOT }, { dest, DEPTH, 0, pivot, DEPTH, 0, src, DEPTH } };
    struct message one_cap = { CNodeRotate, 1, 8, { ROOT, ROOT }, { dest, DEPTH, 0, pivot, DEPTH, 0, src, DEPTH } };
    struct message bad_dest = { CNodeRotate, 1, 7, { ROOT }, { dest, 0, 0, pivot, DEPTH, 0, src, DEPTH } };
    expect(call_message(ROOT, &seven), TRUNCATED_MESSAGE);
    expect(call_message(ROOT, &one_cap), TRUNCATED_MESSAGE);
    expect(call_message(ROOT, &bad_dest), RANGE_ERROR(1, DEPTH));
    EXPECT(slot_is_empty(dest));
    EXPECT(!slot_is_empty(pivot));
    EXPECT(!slot_is_empty(src));
}

CASE(CNODE0035, "7.2-dest", "Rotate: the pivot's cap goes to dest, the source's to the pivot; the source empties")
{
    seL4_CPtr pivot = new_frame(), src = new_frame(), dest = new_slot();
    seL4_Word pivot_paddr = frame_paddr(pivot), src_paddr = frame_paddr(src);
    expect(rotate(dest, pivot, src), NO_ERROR);
    EXPECT(frame_paddr(dest) == pivot_paddr);
    EXPECT(frame_paddr(pivot) == src_paddr);
    EXPECT(slot_is_empty(src));
}

CASE(CNODE0036, "7.2-dest", "Rotate with source = dest swaps two caps, even a frame and its own copy")
{
    seL4_CPtr a = new_frame(), b = new_frame();
    seL4_Word a_paddr = frame_paddr(a), b_paddr = frame_paddr(b);
    expect(rotate(a, b, a), NO_ERROR);
    EXPECT(frame_paddr(a) == b_paddr);
    EXPECT(frame_paddr(b) == a_paddr);
    /* Neighbours in the derivation tree: the original and its copy trade places. */
    seL4_CPtr original = new_frame(), copied = copy_of(original, seL4_AllRights);
    expect(rotate(copied, original, copied), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, copied, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(original));
    EXPECT(!slot_is_empty(copied));
    expect(seL4_CNode_Revoke(ROOT, copied, DEPTH), NO_ERROR);
}

CASE(CNODE0037, "7.2-occupied", "Rotate: pivot = source or dest -> IllegalOperation; occupied dest -> DeleteFirst")
{
    seL4_CPtr pivot = new_frame(), src = new_frame(), occupied = new_frame(), empty = new_slot(), dest = new_slot();
    expect(rotate(dest, src, src), ILLEGAL_OPERATION);
    expect(rotate(pivot, pivot, src), ILLEGAL_OPERATION);
    expect(rotate(src, src, src), ILLEGAL_OPERATION);
    expect(rotate(occupied, pivot, src), DELETE_FIRST);
    expect(rotate(occupied, pivot, empty), DELETE_FIRST);       /* before the empty source */
    EXPECT(slot_is_empty(dest));
    EXPECT(!slot_is_empty(pivot) && !slot_is_empty(src) && !slot_is_empty(occupied));
}

CASE(CNODE0038, "7.2-empty", "Rotate: empty source -> FailedLookup MR0 1; empty pivot -> FailedLookup MR0 0")
{
    seL4_CPtr cnode = new_cnode(), frame = new_frame(), empty = new_slot(), dest = new_slot();
    expect(rotate(dest, frame, empty), LOOKUP_MISSING(1, DEPTH));
    expect(rotate(dest, empty, frame), LOOKUP_MISSING(0, DEPTH));
    expect(rotate(dest, empty, new_slot()), LOOKUP_MISSING(1, DEPTH));
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, cnode, 3, CNODE_RADIX, 0, ROOT, frame, DEPTH, 0), LOOKUP_MISSING(0, CNODE_RADIX));
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, frame, DEPTH, 0, cnode, 3, CNODE_RADIX, 0), LOOKUP_MISSING(1, CNODE_RADIX));
    EXPECT(slot_is_empty(dest));
    EXPECT(!slot_is_empty(frame));
}

CASE(CNODE0039, "7.2-source", "Rotate lookups: target, then source, then pivot; both report MR0 1")
{
    seL4_CPtr frame = new_frame(), pivot = new_frame(), dest = new_slot();
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, pivot, DEPTH, 0, frame, frame, DEPTH, 0), LOOKUP_INVALID_ROOT(1));
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, frame, pivot, DEPTH, 0, ROOT, frame, DEPTH, 0), LOOKUP_INVALID_ROOT(1));
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, pivot, 0, 0, ROOT, frame, DEPTH, 0), RANGE_ERROR(1, DEPTH));
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, pivot, DEPTH, 0, ROOT, 0, DEPTH - 1, 0),
           LOOKUP_DEPTH_MISMATCH(1, DEPTH - 1, DEPTH));
    /* The source is looked up before the pivot, the target before both. */
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, pivot, 0, 0, ROOT, 4096, DEPTH, 0),
           LOOKUP_GUARD_MISMATCH(1, DEPTH, 0, ROOT_GUARD_BITS));
    expect(seL4_CNode_Rotate(ROOT, 4096, DEPTH, ROOT, pivot, 0, 0, frame, frame, DEPTH, 0),
           GUARD_MISMATCH(DEPTH, 0, ROOT_GUARD_BITS));
    EXPECT(slot_is_empty(dest));
}

CASE(CNODE0040, "7.2-null", "Rotate applies data with preserve: an endpoint -> IllegalOperation; a CNode takes a guard")
{
    seL4_CPtr endpoint = new_endpoint(), frame = new_frame(), cnode = new_cnode(), dest = new_slot();
    seL4_CPtr inside = new_frame();
    seL4_Word paddr = frame_paddr(frame);
    expect(rotate(dest, endpoint, frame), ILLEGAL_OPERATION);
    expect(rotate(dest, frame, endpoint), ILLEGAL_OPERATION);
    EXPECT(slot_is_empty(dest));
    EXPECT(is_full_endpoint(endpoint));
    expect(seL4_CNode_Copy(cnode, 6, CNODE_RADIX, ROOT, inside, DEPTH, seL4_AllRights), NO_ERROR);
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, frame, DEPTH, 0, ROOT, cnode, DEPTH,
                             seL4_CNode_CapData_new(0, DEPTH - CNODE_RADIX + 1).words[0]), ILLEGAL_OPERATION);
    expect(seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, frame, DEPTH, 0, ROOT, cnode, DEPTH,
                             seL4_CNode_CapData_new(1, 1).words[0]), NO_ERROR);
    EXPECT(slot_is_empty(cnode));
    EXPECT(frame_paddr(dest) == paddr);
    /* The pivot slot now holds the CNode with guard 1 of 1 bit. */
    EXPECT(paddr_in(frame, (1 << CNODE_RADIX) | 6, 5) == frame_paddr(inside));
}

/* ---- CancelBadgedSends and SaveCaller ------------------------------------ */

CASE(CNODE0041, "7.2-dest", "CancelBadgedSends needs an endpoint cap with all rights, else IllegalOperation")
{
    seL4_CPtr endpoint = new_endpoint(), read_only = new_slot();
    expect(seL4_CNode_Copy(ROOT, read_only, DEPTH, ROOT, endpoint, DEPTH, seL4_CanRead), NO_ERROR);
    expect(seL4_CNode_CancelBadgedSends(ROOT, endpoint, DEPTH), NO_ERROR);
    expect(seL4_CNode_CancelBadgedSends(ROOT, mint_of(endpoint, 3), DEPTH), NO_ERROR);
    expect(seL4_CNode_CancelBadgedSends(ROOT, read_only, DEPTH), ILLEGAL_OPERATION);
    expect(seL4_CNode_CancelBadgedSends(ROOT, new_object(seL4_NotificationObject, 0), DEPTH), ILLEGAL_OPERATION);
    expect(seL4_CNode_CancelBadgedSends(ROOT, new_frame(), DEPTH), ILLEGAL_OPERATION);
    expect(seL4_CNode_CancelBadgedSends(ROOT, new_slot(), DEPTH), ILLEGAL_OPERATION);
    expect(seL4_CNode_CancelBadgedSends(ROOT, 0, DEPTH - 1), DEPTH_MISMATCH(DEPTH - 1, DEPTH));
    EXPECT(is_full_endpoint(endpoint));
}

CASE(CNODE0042, "7.2-occupied", "SaveCaller: an occupied slot -> DeleteFirst; an empty one stays empty (no caller)")
{
    seL4_CPtr frame = new_frame(), slot = new_slot();
    expect(seL4_CNode_SaveCaller(ROOT, frame, DEPTH), DELETE_FIRST);
    expect(page_get_address(frame).error, NO_ERROR);
    expect(seL4_CNode_SaveCaller(ROOT, slot, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(slot));
    expect(seL4_CNode_SaveCaller(ROOT, slot, 0), RANGE_ERROR(1, DEPTH));
}

/* ---- Badges ---------------------------------------------------------------- */

/* A badge is not readable from user level, but whether a capability has
 * one is: Mint from a badged endpoint or notification is refused. */
CASE(CNODE0043, "7.2-badge",
     "Mint keeps a badge's low seL4_BadgeBits bits: the bits above alone leave an endpoint or notification unbadged")
{
    const seL4_Word kept = ~(seL4_Word)0 >> (CONFIG_WORD_SIZE - seL4_BadgeBits);
    const seL4_Word badges[] = { ~kept, ~kept | 1, ~kept | BIT(seL4_BadgeBits - 1), kept, ~(seL4_Word)0 };
    for (unsigned i = 0; i < ARRAY_SIZE(badges); i++) {
        int kept_bits = (badges[i] & kept) != 0;
        EXPECT(is_badged(mint_of(new_endpoint(), badges[i])) == kept_bits);
        EXPECT(is_badged(mint_of(new_object(seL4_NotificationObject, 0), badges[i])) == kept_bits);
    }
}
