/*
 * Deleting and revoking capabilities (the reference's sections 7.1 and
 * 7.3): what goes with a capability, and what the derivation tree owns.
 */
#include "harness.h"

/* ---- Delete and Revoke ---------------------------------------------------- */

CASE(DELETE0001, "7.2-dest", "Delete and Revoke of an empty slot succeed; of slot 4096 -> GuardMismatch")
{
    seL4_CPtr slot = new_slot(), cnode = new_cnode();
    expect(seL4_CNode_Delete(ROOT, slot, DEPTH), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, slot, DEPTH), NO_ERROR);
    expect(seL4_CNode_Delete(cnode, 15, CNODE_RADIX), NO_ERROR);
    expect(seL4_CNode_Revoke(cnode, 15, CNODE_RADIX), NO_ERROR);
    EXPECT(slot_is_empty(slot));
    expect(seL4_CNode_Revoke(ROOT, 4096, DEPTH), GUARD_MISMATCH(DEPTH, 0, ROOT_GUARD_BITS));
    expect(seL4_CNode_Delete(cnode, 15, 3), DEPTH_MISMATCH(3, 4));
}

CASE(DELETE0002, "7.3-frame", "deleting a mapped copy removes its mapping only; the original and its mapping stay")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), copied = copy_of(frame, seL4_AllRights);
    seL4_Word paddr = frame_paddr(frame);
    expect(page_map(copied, VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    poke(vaddr, 0xde1);
    expect(seL4_CNode_Delete(ROOT, copied, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(copied));
    EXPECT(frame_paddr(frame) == paddr);
    EXPECT(peek(vaddr) == 0xde1);
    expect_unmapped(vaddr + PAGE_SIZE);
}

CASE(DELETE0003, "7.3-frame 8.2-children", "deleting the original leaves its copies; revoking the untyped gets them")
{
    seL4_CPtr untyped = new_untyped(12), frame = new_slot();
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, frame, 1), NO_ERROR);
    seL4_Word paddr = frame_paddr(frame);
    seL4_CPtr a = copy_of(frame, seL4_AllRights), b = copy_of(a, seL4_AllRights);
    expect(seL4_CNode_Delete(ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    EXPECT(frame_paddr(a) == paddr && frame_paddr(b) == paddr);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(a) && slot_is_empty(b));
    EXPECT(untyped_is_free(untyped, 12));
}

CASE(DELETE0004, "7.3-frame", "revoking a frame deletes its copies and copies of copies, and their mappings")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), a = copy_of(frame, seL4_AllRights), b = copy_of(a, seL4_AllRights), c = copy_of(frame, seL4_AllRights);
    expect(page_map(b, VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    poke(vaddr, 0xf00);
    expect(seL4_CNode_Revoke(ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(a) && slot_is_empty(b) && slot_is_empty(c));
    EXPECT(!slot_is_empty(frame));
    EXPECT(peek(vaddr) == 0xf00);
    expect_unmapped(vaddr + PAGE_SIZE);
}

CASE(DELETE0005, "7.3-frame", "revoking a copy deletes nothing, not even the copies made from it")
{
    seL4_CPtr frame = new_frame(), a = copy_of(frame, seL4_AllRights), b = copy_of(a, seL4_AllRights);
    expect(seL4_CNode_Revoke(ROOT, a, DEPTH), NO_ERROR);
    EXPECT(!slot_is_empty(frame) && !slot_is_empty(a) && !slot_is_empty(b));
    expect(seL4_CNode_Revoke(ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(a) && slot_is_empty(b));
}

CASE(DELETE0006, "7.2-null", "a badge minted from an endpoint owns the copies with its badge; the original owns all")
{
    seL4_CPtr endpoint = new_endpoint(), plain = copy_of(endpoint, seL4_AllRights);
    seL4_CPtr badged = mint_of(endpoint, 5), badged_copy = copy_of(badged, seL4_AllRights);
    expect(seL4_CNode_Revoke(ROOT, badged, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(badged_copy));
    EXPECT(is_full_endpoint(endpoint) && is_full_endpoint(plain) && is_full_endpoint(badged));
    badged_copy = copy_of(badged, seL4_AllRights);
    /* A plain copy owns nothing: its badged mint is not its child. */
    seL4_CPtr from_plain = mint_of(plain, 6);
    expect(seL4_CNode_Revoke(ROOT, plain, DEPTH), NO_ERROR);
    EXPECT(is_full_endpoint(from_plain));
    expect(seL4_CNode_Revoke(ROOT, endpoint, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(plain) && slot_is_empty(badged) && slot_is_empty(badged_copy) && slot_is_empty(from_plain));
    EXPECT(is_full_endpoint(endpoint));
}

CASE(DELETE0007, "7.2-null", "two mints with the same badge: revoking one leaves the other and its copies")
{
    seL4_CPtr endpoint = new_endpoint();
    seL4_CPtr first = mint_of(endpoint, 5), first_copy = copy_of(first, seL4_AllRights);
    seL4_CPtr second = mint_of(endpoint, 5), second_copy = copy_of(second, seL4_AllRights);
    expect(seL4_CNode_Revoke(ROOT, second, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(second_copy));
    EXPECT(is_full_endpoint(first) && is_full_endpoint(first_copy) && is_full_endpoint(second));
    expect(seL4_CNode_Revoke(ROOT, first, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(first_copy));
    EXPECT(is_full_endpoint(second));
}

CASE(DELETE0008, "7.2-null", "deleting a badged mint leaves its copies, which a later mint of the badge does not own")
{
    seL4_CPtr endpoint = new_endpoint();
    seL4_CPtr first = mint_of(endpoint, 5), first_copy = copy_of(first, seL4_AllRights);
    expect(seL4_CNode_Delete(ROOT, first, DEPTH), NO_ERROR);
    EXPECT(is_full_endpoint(first_copy));
    seL4_CPtr second = mint_of(endpoint, 5), second_copy = copy_of(second, seL4_AllRights);
    expect(seL4_CNode_Revoke(ROOT, second, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(second_copy));
    EXPECT(is_full_endpoint(first_copy));
    expect(seL4_CNode_Revoke(ROOT, endpoint, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(first_copy) && slot_is_empty(second));
}

CASE(DELETE0009, "7.3-control 7.2-asid", "deleting or revoking copies of ASID control changes nothing else")
{
    seL4_CPtr first = copy_of(seL4_CapASIDControl, seL4_AllRights), second = copy_of(first, seL4_AllRights), pool = new_slot();
    seL4_CPtr untyped = new_untyped(seL4_ASIDPoolBits);
    expect(seL4_CNode_Revoke(ROOT, first, DEPTH), NO_ERROR);
    EXPECT(!slot_is_empty(second));
    expect(seL4_CNode_Delete(ROOT, first, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(first));
    expect(asid_make_pool(seL4_CapASIDControl, new_frame(), ROOT, pool, DEPTH), INVALID_CAPABILITY(1));
    expect(asid_make_pool(second, untyped, ROOT, pool, DEPTH), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, second, DEPTH), NO_ERROR);
    /* The pool made through the deleted copy still assigns. */
    seL4_CPtr pml4 = new_object(VSPACE_OBJECT, 0);
    expect(asid_assign(pool, pml4), NO_ERROR);
    table_at(FIRST_TABLE_LEVEL, pml4, 0);
    expect(seL4_CNode_Delete(ROOT, pml4, DEPTH), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(pool));
}

CASE(DELETE0010, "7.2-dest", "deleting the last cap to a CNode deletes the caps inside it")
{
    seL4_CPtr untyped = new_untyped(12), cnode = new_cnode(), slot = new_slot();
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, cnode, 0, 0, 3, 1), NO_ERROR);
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, slot, 1), NOT_ENOUGH_MEMORY(4096 - 16));
    expect(seL4_CNode_Delete(ROOT, cnode, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(cnode));
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, slot, 1), NO_ERROR);
}

CASE(DELETE0011, "7.3-frame", "a mapped frame moved into a CNode is unmapped when the CNode's last cap goes")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), cnode = new_cnode();
    poke(vaddr, 0x1e55);
    expect(seL4_CNode_Move(cnode, 0, CNODE_RADIX, ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(peek(vaddr) == 0x1e55);
    expect(seL4_CNode_Delete(ROOT, cnode, DEPTH), NO_ERROR);
    expect_unmapped(vaddr);
}

CASE(DELETE0012, "7.2-dest", "deleting or revoking copies of a CNode cap leaves the CNode and its contents")
{
    seL4_CPtr cnode = new_cnode(), frame = new_frame();
    expect(seL4_CNode_Copy(cnode, 1, CNODE_RADIX, ROOT, frame, DEPTH, seL4_AllRights), NO_ERROR);
    seL4_CPtr a = copy_of(cnode, seL4_AllRights);
    expect(seL4_CNode_Delete(ROOT, a, DEPTH), NO_ERROR);
    EXPECT(paddr_in(cnode, 1, CNODE_RADIX) == frame_paddr(frame));
    seL4_CPtr b = copy_of(cnode, seL4_AllRights), c = copy_of(b, seL4_AllRights);
    EXPECT(paddr_in(c, 1, CNODE_RADIX) == frame_paddr(frame));
    expect(seL4_CNode_Revoke(ROOT, cnode, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(b) && slot_is_empty(c));
    EXPECT(paddr_in(cnode, 1, CNODE_RADIX) == frame_paddr(frame));
}

CASE(DELETE0013, "7.3-frame", "nested CNodes: deleting the outer one deletes the inner one and everything in it")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr outer = new_cnode(), inner = new_cnode(), untyped = new_untyped(12);
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, inner, 0, 0, 2, 1), NO_ERROR);
    expect(seL4_CNode_Move(inner, 0, CNODE_RADIX, ROOT, frame, DEPTH), NO_ERROR);
    expect(seL4_CNode_Move(outer, 1, CNODE_RADIX, ROOT, inner, DEPTH), NO_ERROR);
    EXPECT(!untyped_is_free(untyped, 12));
    expect(seL4_CNode_Delete(ROOT, outer, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(outer));
    EXPECT(untyped_is_free(untyped, 12));
    expect_unmapped(vaddr);
}

CASE(DELETE0014, "8.2-children", "a CNode holding its only cap: revoking its untyped deletes it and its contents")
{
    seL4_CPtr untyped = new_untyped(12), cnode = new_slot(), other = new_untyped(12);
    expect(seL4_Untyped_Retype(untyped, seL4_CapTableObject, CNODE_RADIX, ROOT, 0, 0, cnode, 1), NO_ERROR);
    expect(seL4_CNode_Copy(cnode, 0, CNODE_RADIX, ROOT, cnode, DEPTH, seL4_AllRights), NO_ERROR);
    expect(seL4_Untyped_Retype(other, seL4_EndpointObject, 0, cnode, 0, 0, 5, 1), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, cnode, DEPTH), NO_ERROR);       /* not the last cap */
    EXPECT(!untyped_is_free(other, 12));
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, new_slot(), 1),
           NOT_ENOUGH_MEMORY(4096 - BIT(CNODE_RADIX + seL4_SlotBits)));
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(untyped_is_free(other, 12));
    EXPECT(untyped_is_free(untyped, 12));
}

CASE(DELETE0015, "7.2-untyped", "a copy of an untyped makes the original full until the copy and its objects are gone")
{
    seL4_CPtr untyped = new_untyped(12), object = new_slot(), slot = new_slot();
    seL4_CPtr copied = copy_of(untyped, seL4_AllRights);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, 0, 0, slot, 1), NOT_ENOUGH_MEMORY(0));
    expect(seL4_Untyped_Retype(copied, FRAME_OBJECT, 0, ROOT, 0, 0, object, 1), NO_ERROR);
    seL4_Word paddr = frame_paddr(object);
    /* The copy's object is the original's child too. */
    expect(seL4_CNode_Delete(ROOT, copied, DEPTH), NO_ERROR);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, 0, 0, slot, 1), NOT_ENOUGH_MEMORY(0));
    expect(seL4_CNode_Delete(ROOT, object, DEPTH), NO_ERROR);
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, slot, 1), NO_ERROR);
    EXPECT(frame_paddr(slot) == paddr);
    /* A childless copy: deleting it frees the original at once; revoking the original deletes copies. */
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    copied = copy_of(untyped, seL4_AllRights);
    expect(seL4_CNode_Delete(ROOT, copied, DEPTH), NO_ERROR);
    EXPECT(untyped_is_free(untyped, 12));
    copied = copy_of(untyped, seL4_AllRights);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(copied));
    EXPECT(untyped_is_free(untyped, 12));
}

CASE(DELETE0016, "7.4-move", "Move and Mutate keep the derivation position: revoking the parent still deletes them")
{
    seL4_CPtr frame = new_frame(), moved = new_slot(), mutated = new_slot();
    seL4_CPtr a = copy_of(frame, seL4_AllRights), b = copy_of(frame, seL4_AllRights);
    expect(seL4_CNode_Move(ROOT, moved, DEPTH, ROOT, a, DEPTH), NO_ERROR);
    expect(seL4_CNode_Mutate(ROOT, mutated, DEPTH, ROOT, b, DEPTH, 0), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(moved) && slot_is_empty(mutated));
    EXPECT(!slot_is_empty(frame));
    /* An object moved away from where Retype put it is still the untyped's child. */
    seL4_CPtr untyped = new_untyped(12), object = new_slot(), cnode = new_cnode();
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, object, 1), NO_ERROR);
    expect(seL4_CNode_Move(cnode, 7, CNODE_RADIX, ROOT, object, DEPTH), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    expect_empty_in(cnode, 7, CNODE_RADIX);
}

CASE(DELETE0017, "7.4-move", "Rotate keeps the derivation position: revoking the parent deletes the rotated copy")
{
    seL4_CPtr frame = new_frame(), other = new_frame(), dest = new_slot();
    seL4_CPtr copied = copy_of(frame, seL4_AllRights);
    seL4_Word other_paddr = frame_paddr(other);
    expect(rotate(dest, copied, other), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(dest));
    EXPECT(frame_paddr(copied) == other_paddr);
}

CASE(DELETE0018, "8.2-children", "a moved untyped keeps its children: revoking it deletes them and resets it")
{
    seL4_CPtr untyped = new_untyped(12), object = new_slot(), moved = new_slot(), again = new_slot();
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, object, 1), NO_ERROR);
    seL4_Word paddr = frame_paddr(object);
    expect(seL4_CNode_Move(ROOT, moved, DEPTH, ROOT, untyped, DEPTH), NO_ERROR);
    expect(copy_into(new_slot(), moved), REVOKE_FIRST);
    expect(seL4_CNode_Revoke(ROOT, moved, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(object));
    expect(seL4_Untyped_Retype(moved, FRAME_OBJECT, 0, ROOT, 0, 0, again, 1), NO_ERROR);
    EXPECT(frame_paddr(again) == paddr);
}

CASE(DELETE0019, "8.2-children", "revoking an untyped deletes a CNode made from it, and what the CNode holds")
{
    seL4_CPtr untyped = new_untyped(12), cnode = new_slot(), other = new_untyped(12);
    expect(seL4_Untyped_Retype(untyped, seL4_CapTableObject, CNODE_RADIX, ROOT, 0, 0, cnode, 1), NO_ERROR);
    expect(seL4_Untyped_Retype(other, seL4_EndpointObject, 0, cnode, 0, 0, 1, 1), NO_ERROR);
    expect(seL4_CNode_Copy(cnode, 2, CNODE_RADIX, cnode, 1, CNODE_RADIX, seL4_AllRights), NO_ERROR);
    EXPECT(!untyped_is_free(other, 12));
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(cnode));
    EXPECT(untyped_is_free(other, 12));
}

CASE(DELETE0020, "7.2-dest", "Delete and Revoke address slots of another CNode")
{
    seL4_CPtr cnode = new_cnode(), frame = new_frame();
    seL4_Word paddr = frame_paddr(frame);
    expect(seL4_CNode_Move(cnode, 3, CNODE_RADIX, ROOT, frame, DEPTH), NO_ERROR);
    expect(seL4_CNode_Copy(cnode, 4, CNODE_RADIX, cnode, 3, CNODE_RADIX, seL4_AllRights), NO_ERROR);
    expect(seL4_CNode_Copy(cnode, 5, CNODE_RADIX, cnode, 4, CNODE_RADIX, seL4_AllRights), NO_ERROR);
    expect(seL4_CNode_Revoke(cnode, 3, CNODE_RADIX), NO_ERROR);
    expect_empty_in(cnode, 4, CNODE_RADIX);
    expect_empty_in(cnode, 5, CNODE_RADIX);
    EXPECT(paddr_in(cnode, 3, CNODE_RADIX) == paddr);
    expect(seL4_CNode_Delete(cnode, 3, CNODE_RADIX), NO_ERROR);
    expect_empty_in(cnode, 3, CNODE_RADIX);
}
