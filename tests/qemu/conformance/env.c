/* What the cases work with: slots, objects, address space, and common steps. */
#include "harness.h"

seL4_BootInfo *bootinfo;

/* ---- Allocation ---------------------------------------------------------- */

seL4_CPtr new_slot(void)
{
    if (bootinfo->empty.start == bootinfo->empty.end) {
        fail_case("out of root CNode slots");
        return seL4_CapNull;
    }
    return bootinfo->empty.start++;
}

/* The untyped that huge frames come from, and no other object: the first
 * of at least 1 GiB (none where there are no huge frames). */
static seL4_CPtr huge_untyped(void)
{
#ifdef HUGE_FRAME_OBJECT
    for (seL4_CPtr u = bootinfo->untyped.start; u < bootinfo->untyped.end; u++) {
        if (bootinfo->untypedList[u - bootinfo->untyped.start].sizeBits >= HUGE_BITS) {
            return u;
        }
    }
#endif
    return seL4_CapNull;
}

seL4_CPtr new_object(seL4_Word type, seL4_Word size_bits)
{
    seL4_CPtr slot = new_slot(), huge = huge_untyped();
#ifdef HUGE_FRAME_OBJECT
    if (type == HUGE_FRAME_OBJECT) {
        seL4_CNode_Revoke(ROOT, huge, DEPTH);
        expect(seL4_Untyped_Retype(huge, type, 0, ROOT, 0, 0, slot, 1), NO_ERROR);
        return slot;
    }
#endif
    for (seL4_CPtr u = bootinfo->untyped.start; u < bootinfo->untyped.end; u++) {
        if (u != huge && seL4_Untyped_Retype(u, type, size_bits, ROOT, 0, 0, slot, 1) == seL4_NoError) {
            return slot;
        }
    }
    fail_case("out of untyped memory");
    return slot;
}

seL4_CPtr new_untyped(seL4_Word size_bits)
{
    return new_object(seL4_UntypedObject, size_bits);
}

/* ---- Address space ------------------------------------------------------- */

#define FIRST_REGION 1                  /* region 0 holds the program */
#define REGIONS (BEYOND_USER / REGION_SIZE)

seL4_Word new_space(seL4_Word size)
{
    static seL4_Word next = FIRST_REGION;
    seL4_Word count = (size + REGION_SIZE - 1) / REGION_SIZE;
    if ((seL4_Word)bootinfo >= FIRST_REGION * REGION_SIZE) {
        fail_case("the program reaches into the first region");
    } else if (next + count > REGIONS) {
        fail_case("out of address-space regions");
        return 0;
    }
    next += count;
    return (next - count) * REGION_SIZE;
}

seL4_Word new_region(void)
{
    return new_space(REGION_SIZE);
}

seL4_Error map_new_table(int level, seL4_CPtr vspace, seL4_Word vaddr)
{
    return table_map(level, new_object(table_type(level), 0), vspace, vaddr, DEFAULT_ATTRIBUTES);
}

seL4_CPtr table_at(int level, seL4_CPtr vspace, seL4_Word vaddr)
{
    seL4_CPtr table = new_object(table_type(level), 0);
    expect(table_map(level, table, vspace, vaddr, DEFAULT_ATTRIBUTES), NO_ERROR);
    return table;
}

seL4_CPtr map_tables(seL4_CPtr vspace, seL4_Word vaddr, seL4_Word frame_bits)
{
    seL4_CPtr last = vspace;
    for (int level = FIRST_TABLE_LEVEL; level <= 3 && TABLE_BITS(level) > frame_bits; level++) {
        last = table_at(level, vspace, vaddr);
    }
    return last;
}

seL4_CPtr mapped_frame(seL4_Word vaddr, seL4_CapRights_t rights)
{
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(page_map(frame, VSPACE, vaddr, rights, DEFAULT_ATTRIBUTES), NO_ERROR);
    return frame;
}

/* ---- Common steps ---------------------------------------------------------- */

int slot_is_empty(seL4_CPtr slot)
{
    return page_get_address(slot).error == seL4_InvalidCapability && seL4_GetMR(0) == 0;
}

seL4_Word frame_paddr(seL4_CPtr frame)
{
    struct page_address r = page_get_address(frame);
    expect(r.error, NO_ERROR);
    return r.paddr;
}

seL4_CPtr new_frame(void)
{
    return new_object(FRAME_OBJECT, 0);
}

seL4_CPtr new_cnode(void)
{
    return new_object(seL4_CapTableObject, CNODE_RADIX);
}

seL4_CPtr new_endpoint(void)
{
    return new_object(seL4_EndpointObject, 0);
}

seL4_Error copy_into(seL4_CPtr dest, seL4_CPtr src)
{
    return seL4_CNode_Copy(ROOT, dest, DEPTH, ROOT, src, DEPTH, seL4_AllRights);
}

seL4_CPtr copy_of(seL4_CPtr src, seL4_CapRights_t rights)
{
    seL4_CPtr slot = new_slot();
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, src, DEPTH, rights), NO_ERROR);
    return slot;
}

seL4_CPtr mint_of(seL4_CPtr src, seL4_Word badge)
{
    seL4_CPtr slot = new_slot();
    expect(seL4_CNode_Mint(ROOT, slot, DEPTH, ROOT, src, DEPTH, seL4_AllRights, badge), NO_ERROR);
    return slot;
}

void delete_cap(seL4_CPtr cap)
{
    expect(seL4_CNode_Delete(ROOT, cap, DEPTH), NO_ERROR);
}

seL4_Error rotate(seL4_CPtr dest, seL4_CPtr pivot, seL4_CPtr src)
{
    return seL4_CNode_Rotate(ROOT, dest, DEPTH, ROOT, pivot, DEPTH, 0, ROOT, src, DEPTH, 0);
}

seL4_Word paddr_in(seL4_CPtr cnode, seL4_Word index, seL4_Word depth)
{
    seL4_CPtr probe_slot = new_slot();
    expect(seL4_CNode_Copy(ROOT, probe_slot, DEPTH, cnode, index, depth, seL4_AllRights), NO_ERROR);
    seL4_Word paddr = frame_paddr(probe_slot);
    delete_cap(probe_slot);
    return paddr;
}

void expect_empty_in(seL4_CPtr cnode, seL4_Word index, seL4_Word depth)
{
    expect(seL4_CNode_Copy(ROOT, new_slot(), DEPTH, cnode, index, depth, seL4_AllRights), LOOKUP_MISSING(1, depth));
}

int is_full_endpoint(seL4_CPtr slot)
{
    return seL4_CNode_CancelBadgedSends(ROOT, slot, DEPTH) == seL4_NoError;
}

int is_badged(seL4_CPtr endpoint)
{
    seL4_CPtr probe_slot = new_slot();
    seL4_Error err = seL4_CNode_Mint(ROOT, probe_slot, DEPTH, ROOT, endpoint, DEPTH, seL4_AllRights, 0x77);
    seL4_CNode_Delete(ROOT, probe_slot, DEPTH);
    return err == seL4_IllegalOperation;
}

int untyped_is_free(seL4_CPtr untyped, seL4_Word size_bits)
{
    seL4_CPtr slot = new_slot();
    if (seL4_Untyped_Retype(untyped, seL4_UntypedObject, size_bits, ROOT, 0, 0, slot, 1) != seL4_NoError) {
        return 0;
    }
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    return 1;
}

seL4_Error map_page(seL4_CPtr frame, seL4_Word vaddr, seL4_CapRights_t rights)
{
    return page_map(frame, VSPACE, vaddr, rights, DEFAULT_ATTRIBUTES);
}

seL4_CPtr frame_at(seL4_Word vaddr)
{
    seL4_CPtr frame = new_frame();
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    return frame;
}

seL4_Error probe(seL4_Word vaddr)
{
    seL4_CPtr frame = new_frame();
    seL4_Error error = map_page(frame, vaddr, seL4_ReadWrite);
    if (error == seL4_NoError) {
        expect(page_unmap(frame), NO_ERROR);
    }
    return error;
}

int holds(seL4_Word vaddr, seL4_Word value)
{
    return probe(vaddr) == seL4_DeleteFirst && peek(vaddr) == value;
}

void expect_unmapped(seL4_Word vaddr)
{
    expect(map_page(new_frame(), vaddr, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(vaddr) == 0);
}

seL4_CPtr new_asid_pool(seL4_CPtr *untyped)
{
    seL4_CPtr pool = new_slot(), memory = new_untyped(seL4_ASIDPoolBits);
    expect(asid_make_pool(seL4_CapASIDControl, memory, ROOT, pool, DEPTH), NO_ERROR);
    if (untyped != NULL) {
        *untyped = memory;
    }
    return pool;
}

seL4_CPtr new_vspace(seL4_CPtr pool)
{
    seL4_CPtr vspace = new_object(VSPACE_OBJECT, 0);
    expect(asid_assign(pool, vspace), NO_ERROR);
    return vspace;
}
