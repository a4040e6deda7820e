/* Untyped_Retype: each check of the reference's section 8.1, and the effects of 8.2. */
#include "harness.h"
#include <pagoda/syscalls.h>

/* Retype into the root CNode at `offset`, the common case. */
static seL4_Error retype(seL4_CPtr untyped, seL4_Word type, seL4_Word size_bits, seL4_Word offset,
                         seL4_Word count)
{
    return seL4_Untyped_Retype(untyped, type, size_bits, ROOT, 0, 0, offset, count);
}

/* The page mapped at `vaddr`: every word set to `value`, or whether every
 * word is zero. */
static void fill_page(seL4_Word vaddr, seL4_Word value)
{
    for (seL4_Word at = vaddr; at < vaddr + PAGE_SIZE; at += sizeof(seL4_Word)) {
        poke(at, value);
    }
}

static int page_is_zero(seL4_Word vaddr)
{
    for (seL4_Word at = vaddr; at < vaddr + PAGE_SIZE; at += sizeof(seL4_Word)) {
        if (peek(at) != 0) {
            return 0;
        }
    }
    return 1;
}

/* Fills the first page of `untyped`, which has no children, with ones
 * through a frame made there and deleted again: memory the next Retype
 * must not hand out as it is.  Returns the page's physical address. */
static seL4_Word dirty_first_page(seL4_CPtr untyped)
{
    seL4_CPtr frame = new_slot();
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(retype(untyped, FRAME_OBJECT, 0, frame, 1), NO_ERROR);
    seL4_Word paddr = frame_paddr(frame);
    expect(page_map(frame, VSPACE, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    fill_page(vaddr, ~(seL4_Word)0);
    delete_cap(frame);
    return paddr;
}

/* A 4 KiB untyped with no children, all of whose memory is dirty. */
static seL4_CPtr dirty_untyped(void)
{
    seL4_CPtr untyped = new_untyped(seL4_PageBits);
    dirty_first_page(untyped);
    return untyped;
}

/* An untyped as boot handed it over, RAM of at least a page, with no
 * children: the smallest such, which the other cases, taking objects
 * from the largest untyped first, leave alone. */
static seL4_CPtr free_boot_untyped(void)
{
    for (seL4_CPtr u = bootinfo->untyped.end; u-- > bootinfo->untyped.start;) {
        const seL4_UntypedDesc *d = &bootinfo->untypedList[u - bootinfo->untyped.start];
        if (!d->isDevice && d->sizeBits >= seL4_PageBits && untyped_is_free(u, d->sizeBits)) {
            return u;
        }
    }
    fail_case("no free boot untyped of a page or more");
    return seL4_CapNull;
}

/* A frame made in `slot` from `untyped`: at `paddr`, and all zero.
 * Returns where it is mapped. */
static seL4_Word expect_zero_frame_at(seL4_CPtr untyped, seL4_CPtr slot, seL4_Word paddr)
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(retype(untyped, FRAME_OBJECT, 0, slot, 1), NO_ERROR);
    EXPECT(frame_paddr(slot) == paddr);
    expect(page_map(slot, VSPACE, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    EXPECT(page_is_zero(vaddr));
    return vaddr;
}

CASE(UNTYPED0001, "8.1-1", "a frame's label on an untyped -> IllegalOperation")
{
    struct message m = { PAGE_MAP_LABEL, 1, 3, { VSPACE }, { 0x10000, seL4_ReadWrite.words[0], 0 } };
    expect(call_message(new_untyped(12), &m), ILLEGAL_OPERATION);
}

CASE(UNTYPED0002, "8.1-2", "Retype with 5 words, or without its CNode -> TruncatedMessage")
{
    seL4_CPtr untyped = new_untyped(12), slot = new_slot();
    struct message five = { UntypedRetype, 1, 5, { ROOT }, { FRAME_OBJECT, 0, 0, 0, slot, 1 } };
    struct message no_cnode = { UntypedRetype, 0, 6, { 0 }, { FRAME_OBJECT, 0, 0, 0, slot, 1 } };
    expect(call_message(untyped, &five), TRUNCATED_MESSAGE);
    expect(call_message(untyped, &no_cnode), TRUNCATED_MESSAGE);
    EXPECT(slot_is_empty(slot));
}

CASE(UNTYPED0003, "8.1-3", "an object type beyond seL4_ObjectTypeCount -> InvalidArgument 0")
{
    seL4_CPtr untyped = new_untyped(12);
    expect(retype(untyped, seL4_ObjectTypeCount, 0, new_slot(), 1), INVALID_ARGUMENT(0));
    expect(retype(untyped, UNBUILT_OBJECT, 0, new_slot(), 1), INVALID_ARGUMENT(0));
}

CASE(UNTYPED0004, "8.1-4",
     "size_bits seL4_WordBits, an untyped or a CNode larger than seL4_MaxUntypedBits -> "
     "RangeError 0, seL4_MaxUntypedBits")
{
    seL4_CPtr untyped = new_untyped(12);
    const seL4_Word too_big = seL4_MaxUntypedBits + 1;
    expect(retype(untyped, seL4_UntypedObject, seL4_WordBits, new_slot(), 1), RANGE_ERROR(0, seL4_MaxUntypedBits));
    expect(retype(untyped, seL4_UntypedObject, too_big, new_slot(), 1), RANGE_ERROR(0, seL4_MaxUntypedBits));
    expect(retype(untyped, seL4_CapTableObject, too_big - seL4_SlotBits, new_slot(), 1),
           RANGE_ERROR(0, seL4_MaxUntypedBits));
}

CASE(UNTYPED0005, "8.1-5", "a CNode of size 0 -> InvalidArgument 1")
{
    expect(retype(new_untyped(12), seL4_CapTableObject, 0, new_slot(), 1), INVALID_ARGUMENT(1));
}

CASE(UNTYPED0006, "8.1-6", "an untyped of 3 bits -> InvalidArgument 1; of 4 bits, made")
{
    seL4_CPtr untyped = new_untyped(12), slot = new_slot();
    expect(retype(untyped, seL4_UntypedObject, 3, slot, 1), INVALID_ARGUMENT(1));
    expect(retype(untyped, seL4_UntypedObject, 4, slot, 1), NO_ERROR);
}

CASE(UNTYPED0007, "8.1-7", "destination lookups: root not a CNode, depth seL4_WordBits + 1, depth and guard mismatch")
{
    seL4_CPtr untyped = new_untyped(12), frame = new_object(FRAME_OBJECT, 0), slot = new_slot();
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, frame, 0, 1, slot, 1), INVALID_ROOT);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, 0, DEPTH + 1, slot, 1), RANGE_ERROR(1, DEPTH));
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, ROOT, DEPTH - 1, slot, 1),
           DEPTH_MISMATCH(DEPTH - 1, DEPTH));
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, BIT(DEPTH - 4), DEPTH, slot, 1),
           GUARD_MISMATCH(DEPTH, 0, ROOT_GUARD_BITS));
}

CASE(UNTYPED0008, "8.1-8", "a destination that is not a CNode -> FailedLookup, MissingCapability, MR2 depth")
{
    seL4_CPtr untyped = new_untyped(12), frame = new_object(FRAME_OBJECT, 0);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, frame, DEPTH, 0, 1), MISSING(DEPTH));
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, frame, 0, 0, 0, 1), MISSING(0));
}

CASE(UNTYPED0009, "8.1-9", "node_offset beyond the root CNode -> RangeError 0, 4095")
{
    expect(retype(new_untyped(12), seL4_EndpointObject, 0, 4096, 1), RANGE_ERROR(0, 4095));
}

CASE(UNTYPED0010, "8.1-10", "num_objects 0 or 257 -> RangeError 1, 256")
{
    seL4_CPtr untyped = new_untyped(12), slot = new_slot();
    expect(retype(untyped, seL4_EndpointObject, 0, slot, 0), RANGE_ERROR(1, 256));
    expect(retype(untyped, seL4_EndpointObject, 0, slot, 257), RANGE_ERROR(1, 256));
}

CASE(UNTYPED0011, "8.1-11", "two objects from the last slot -> RangeError 1, 1")
{
    expect(retype(new_untyped(12), seL4_EndpointObject, 0, 4095, 2), RANGE_ERROR(1, 1));
}

CASE(UNTYPED0012, "8.1-12", "an occupied slot in the window -> DeleteFirst, nothing made")
{
    seL4_CPtr untyped = new_untyped(12), first = new_slot(), occupied = new_slot();
    expect(retype(untyped, seL4_EndpointObject, 0, occupied, 1), NO_ERROR);
    expect(retype(untyped, FRAME_OBJECT, 0, first, 2), DELETE_FIRST);
    EXPECT(slot_is_empty(first));
}

CASE(UNTYPED0013, "8.1-13 8.1-14", "with a child left, Retype counts from the watermark -> NotEnoughMemory")
{
    seL4_CPtr untyped = new_untyped(12), endpoint = new_slot(), frame = new_slot();
    expect(retype(untyped, seL4_EndpointObject, 0, endpoint, 1), NO_ERROR);
    expect(retype(untyped, FRAME_OBJECT, 0, frame, 1), NOT_ENOUGH_MEMORY(4096 - 16));
    expect(seL4_CNode_Delete(ROOT, endpoint, DEPTH), NO_ERROR);
    expect(retype(untyped, FRAME_OBJECT, 0, frame, 1), NO_ERROR);
}

CASE(UNTYPED0014, "8.1-14", "more objects than fit -> NotEnoughMemory, MR0 the free bytes")
{
    seL4_CPtr untyped = new_untyped(14), first = new_slot();
    new_slot();
    expect(retype(untyped, FRAME_OBJECT, 0, first, 1), NO_ERROR);
    expect(retype(untyped, LARGE_FRAME_OBJECT, 0, first + 1, 1), NOT_ENOUGH_MEMORY(3 * 4096));
}

CASE(UNTYPED0015, "8.1-16 8.2-frames", "four frames at once: four capabilities, read-write, unmapped, zeroed")
{
    seL4_CPtr untyped = new_untyped(14), first = new_slot();
    seL4_Word vaddr = new_region();
    for (int i = 1; i < 4; i++) {
        new_slot();
    }
    expect(retype(untyped, FRAME_OBJECT, 0, first, 4), NO_ERROR);
    map_tables(VSPACE, vaddr, seL4_PageBits);
    for (seL4_Word i = 0; i < 4; i++) {
        expect(page_unmap(first + i), NO_ERROR);
        expect(page_map(first + i, VSPACE, vaddr + i * PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
        EXPECT(peek(vaddr + i * PAGE_SIZE) == 0);
        poke(vaddr + i * PAGE_SIZE, i + 1);
        EXPECT(peek(vaddr + i * PAGE_SIZE) == i + 1);
    }
}

CASE(UNTYPED0016, "8.2-place", "objects go at the watermark aligned up: an endpoint, then a frame a page on")
{
    seL4_CPtr untyped = new_untyped(14), a = new_slot(), endpoint = new_slot(), b = new_slot(), c = new_slot();
    expect(retype(untyped, FRAME_OBJECT, 0, a, 1), NO_ERROR);
    seL4_Word base = frame_paddr(a);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    expect(retype(untyped, seL4_EndpointObject, 0, endpoint, 1), NO_ERROR);
    expect(retype(untyped, FRAME_OBJECT, 0, b, 1), NO_ERROR);
    expect(retype(untyped, FRAME_OBJECT, 0, c, 1), NO_ERROR);
    EXPECT(frame_paddr(b) == base + PAGE_SIZE);
    EXPECT(frame_paddr(c) == base + 2 * PAGE_SIZE);
}

CASE(UNTYPED0017, "8.2-reset 8.2-children", "revoking the untyped deletes its objects; retyping again gives zeroed memory")
{
    seL4_CPtr untyped = new_untyped(12), frame = new_slot();
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(retype(untyped, FRAME_OBJECT, 0, frame, 1), NO_ERROR);
    seL4_Word paddr = frame_paddr(frame);
    expect(page_map(frame, VSPACE, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    poke(vaddr, 0x5eed);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    expect(retype(untyped, FRAME_OBJECT, 0, frame, 1), NO_ERROR);
    EXPECT(frame_paddr(frame) == paddr);
    expect(page_map(frame, VSPACE, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    EXPECT(peek(vaddr) == 0);
}

CASE(UNTYPED0018, "8.1-16", "objects into another CNode (node_depth 0 names the root cap itself)")
{
    seL4_CPtr untyped = new_untyped(13), cnode = new_object(seL4_CapTableObject, 4), copy = new_slot();
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, cnode, 0, 0, 5, 2), NO_ERROR);
    expect(seL4_CNode_Copy(ROOT, copy, DEPTH, cnode, 6, 4, seL4_AllRights), NO_ERROR);
    expect(page_get_address(copy).error, NO_ERROR);
    expect(seL4_CNode_Copy(ROOT, new_slot(), DEPTH, cnode, 7, 4, seL4_AllRights), LOOKUP_MISSING(1, 4));
}

CASE(UNTYPED0019, "8.1-13", "a child untyped: the parent hands out memory after it")
{
    seL4_CPtr parent = new_untyped(14), child = new_slot(), in_child = new_slot(), in_parent = new_slot();
    expect(retype(parent, seL4_UntypedObject, 13, child, 1), NO_ERROR);
    expect(retype(child, FRAME_OBJECT, 0, in_child, 1), NO_ERROR);
    expect(retype(parent, FRAME_OBJECT, 0, in_parent, 1), NO_ERROR);
    EXPECT(frame_paddr(in_parent) == frame_paddr(in_child) + BIT(13));
}

CASE(UNTYPED0020, "8.1-10 8.1-16", "256 objects at once")
{
    seL4_CPtr untyped = new_untyped(13), first = new_slot();
    for (int i = 1; i < 256; i++) {
        new_slot();
    }
    expect(retype(untyped, seL4_EndpointObject, 0, first, 256), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, first + 255, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(first + 255));
}

CASE(UNTYPED0021, "8.2-reset", "frames written, then deleted one by one: Retype makes them again in the same memory, zeroed")
{
    seL4_CPtr untyped = new_untyped(14), first = new_slot();
    seL4_Word vaddr = new_region(), paddr[4];
    for (int i = 1; i < 4; i++) {
        new_slot();
    }
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(retype(untyped, FRAME_OBJECT, 0, first, 4), NO_ERROR);
    for (seL4_Word i = 0; i < 4; i++) {
        paddr[i] = frame_paddr(first + i);
        expect(page_map(first + i, VSPACE, vaddr + i * PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
        fill_page(vaddr + i * PAGE_SIZE, ~(seL4_Word)0);
    }
    for (seL4_Word i = 0; i < 4; i++) {
        delete_cap(first + i);
    }
    expect(retype(untyped, FRAME_OBJECT, 0, first, 4), NO_ERROR);
    for (seL4_Word i = 0; i < 4; i++) {
        EXPECT(frame_paddr(first + i) == paddr[i]);
        expect(page_map(first + i, VSPACE, vaddr + i * PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
        EXPECT(page_is_zero(vaddr + i * PAGE_SIZE));
    }
}

CASE(UNTYPED0022, "8.2-reset", "a CNode made where a deleted frame was written: every slot is empty")
{
    const seL4_Word radix = seL4_PageBits - seL4_SlotBits;
    seL4_CPtr untyped = dirty_untyped(), cnode = new_slot(), probe = new_slot();
    expect(retype(untyped, seL4_CapTableObject, radix, cnode, 1), NO_ERROR);
    for (seL4_Word i = 0; i < BIT(radix); i++) {
        expect(seL4_CNode_Copy(ROOT, probe, DEPTH, cnode, i, radix, seL4_AllRights), LOOKUP_MISSING(1, radix));
    }
}

CASE(UNTYPED0023, "8.2-reset", "a TCB made where a deleted frame was written holds no capabilities; it deletes cleanly")
{
    seL4_CPtr untyped = dirty_untyped(), tcb = new_slot();
    expect(retype(untyped, seL4_TCBObject, 0, tcb, 1), NO_ERROR);
    EXPECT(pagoda_debug_check_invariants() == 0);
    delete_cap(tcb);
    EXPECT(slot_is_empty(tcb));
}

CASE(UNTYPED0024, "8.2-reset", "a page table made where a deleted frame was written maps nothing")
{
    seL4_CPtr untyped = dirty_untyped(), table = new_slot();
    seL4_Word vaddr = new_region();
    expect(retype(untyped, table_type(3), 0, table, 1), NO_ERROR);
    map_tables(VSPACE, vaddr, TABLE_BITS(3));
    expect(table_map(3, table, VSPACE, vaddr, DEFAULT_ATTRIBUTES), NO_ERROR);
    expect_unmapped(vaddr);
    expect_unmapped(vaddr + BIT(TABLE_BITS(3)) - PAGE_SIZE);
}

CASE(UNTYPED0025, "8.2-reset", "boot's RAM, written through a frame then deleted, or revoked: Retype makes the frame again, zeroed")
{
    seL4_CPtr untyped = free_boot_untyped(), frame = new_slot();
    seL4_Word paddr = dirty_first_page(untyped);
    seL4_Word vaddr = expect_zero_frame_at(untyped, frame, paddr);
    fill_page(vaddr, ~(seL4_Word)0);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    expect_zero_frame_at(untyped, frame, paddr);
}

CASE(UNTYPED0026, "8.2-reset", "an untyped made of boot's RAM where a deleted frame was written: its frames read zero")
{
    seL4_CPtr untyped = free_boot_untyped(), child = new_slot();
    seL4_Word paddr = dirty_first_page(untyped);
    expect(retype(untyped, seL4_UntypedObject, seL4_PageBits, child, 1), NO_ERROR);
    expect_zero_frame_at(child, new_slot(), paddr);
}

CASE(UNTYPED0027, "8.2-reset", "a CNode made of boot's RAM where a deleted frame was written: every slot is empty")
{
    const seL4_Word radix = seL4_PageBits - seL4_SlotBits;
    seL4_CPtr untyped = free_boot_untyped(), cnode = new_slot(), probe = new_slot();
    dirty_first_page(untyped);
    expect(retype(untyped, seL4_CapTableObject, radix, cnode, 1), NO_ERROR);
    for (seL4_Word i = 0; i < BIT(radix); i++) {
        expect(seL4_CNode_Copy(ROOT, probe, DEPTH, cnode, i, radix, seL4_AllRights), LOOKUP_MISSING(1, radix));
    }
}
