/* ASIDControl_MakePool and ASIDPool_Assign (the reference's section 2.8), and deleting pools. */
#include "harness.h"

#define POOLS BIT(seL4_NumASIDPoolsBits)
#define POOL_ENTRIES BIT(seL4_ASIDPoolIndexBits)

CASE(ASID0001, "2.8.1-1", "a pool's label on ASID control -> IllegalOperation")
{
    struct message m = { ASID_ASSIGN_LABEL, 1, 0, { new_object(VSPACE_OBJECT, 0) }, { 0 } };
    expect(call_message(seL4_CapASIDControl, &m), ILLEGAL_OPERATION);
}

CASE(ASID0002, "2.8.1-2", "MakePool with one word, or one extra cap -> TruncatedMessage")
{
    seL4_CPtr untyped = new_untyped(seL4_ASIDPoolBits), slot = new_slot();
    struct message one_word = { ASID_MAKE_POOL_LABEL, 2, 1, { untyped, ROOT }, { slot, DEPTH } };
    struct message one_cap = { ASID_MAKE_POOL_LABEL, 1, 2, { untyped }, { slot, DEPTH } };
    expect(call_message(seL4_CapASIDControl, &one_word), TRUNCATED_MESSAGE);
    expect(call_message(seL4_CapASIDControl, &one_cap), TRUNCATED_MESSAGE);
}

CASE(ASID0003, "2.8.1-4", "MakePool from a frame, or an 8 KiB untyped -> InvalidCapability 1")
{
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0), big = new_untyped(13), slot = new_slot();
    expect(asid_make_pool(seL4_CapASIDControl, frame, ROOT, slot, DEPTH), INVALID_CAPABILITY(1));
    expect(asid_make_pool(seL4_CapASIDControl, big, ROOT, slot, DEPTH), INVALID_CAPABILITY(1));
}

CASE(ASID0004, "2.8.1-5", "MakePool from an untyped with a child -> RevokeFirst")
{
    seL4_CPtr untyped = new_untyped(seL4_ASIDPoolBits);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, 0, 0, new_slot(), 1), NO_ERROR);
    expect(asid_make_pool(seL4_CapASIDControl, untyped, ROOT, new_slot(), DEPTH), REVOKE_FIRST);
}

CASE(ASID0005, "2.8.1-6", "MakePool into depth 0, or through a frame -> RangeError 1, seL4_WordBits / FailedLookup")
{
    seL4_CPtr untyped = new_untyped(seL4_ASIDPoolBits), frame = new_object(FRAME_OBJECT, 0), slot = new_slot();
    expect(asid_make_pool(seL4_CapASIDControl, untyped, ROOT, slot, 0), RANGE_ERROR(1, DEPTH));
    expect(asid_make_pool(seL4_CapASIDControl, untyped, frame, slot, DEPTH), INVALID_ROOT);
    expect(asid_make_pool(seL4_CapASIDControl, untyped, ROOT, BIT(DEPTH - 4), DEPTH),
           GUARD_MISMATCH(DEPTH, 0, ROOT_GUARD_BITS));
}

CASE(ASID0006, "2.8.1-7", "MakePool into an occupied slot -> DeleteFirst")
{
    seL4_CPtr untyped = new_untyped(seL4_ASIDPoolBits);
    expect(asid_make_pool(seL4_CapASIDControl, untyped, ROOT, untyped, DEPTH), DELETE_FIRST);
}

CASE(ASID0007, "2.8.1-8 2.8.2-7", "a new pool assigns ASIDs; its untyped is full; the VSpace maps")
{
    seL4_CPtr untyped, pool = new_asid_pool(&untyped);
    seL4_CPtr pml4 = new_vspace(pool);
    expect(seL4_Untyped_Retype(untyped, seL4_EndpointObject, 0, ROOT, 0, 0, new_slot(), 1), NOT_ENOUGH_MEMORY(0));
    map_tables(pml4, 0x1000000, seL4_PageBits);
    expect(page_map(new_object(FRAME_OBJECT, 0), pml4, 0x1000000, seL4_ReadWrite, 0), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
}

CASE(ASID0008, "2.8.1-8 7.3-pool", "revoking a pool's untyped deletes the pool: its VSpaces lose their ASIDs")
{
    seL4_CPtr untyped, pool = new_asid_pool(&untyped);
    seL4_CPtr pml4 = new_vspace(pool);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    expect(asid_assign(pool, new_object(VSPACE_OBJECT, 0)), INVALID_CAPABILITY(0));
    expect(map_new_table(FIRST_TABLE_LEVEL, pml4, 0), INVALID_ROOT);
}

CASE(ASID0009, "2.8.1-3 7.3-pool", "with every pool in use, MakePool -> DeleteFirst; deleting one frees it")
{
    seL4_CPtr untypeds[POOLS], pools[POOLS];
    seL4_Word made = 0;
    seL4_CPtr spare = new_untyped(seL4_ASIDPoolBits), frame = new_object(FRAME_OBJECT, 0);
    while (made < POOLS) {
        seL4_CPtr slot = new_slot();
        untypeds[made] = new_untyped(seL4_ASIDPoolBits);
        if (asid_make_pool(seL4_CapASIDControl, untypeds[made], ROOT, slot, DEPTH) != seL4_NoError) {
            break;
        }
        pools[made++] = slot;
    }
    EXPECT(made == POOLS - 1);                          /* the root task's pool is the last */
    expect(asid_make_pool(seL4_CapASIDControl, spare, ROOT, new_slot(), DEPTH), DELETE_FIRST);
    expect(asid_make_pool(seL4_CapASIDControl, frame, ROOT, new_slot(), DEPTH), DELETE_FIRST);
    for (seL4_Word i = 0; i < made; i++) {
        expect(seL4_CNode_Delete(ROOT, pools[i], DEPTH), NO_ERROR);
    }
    expect(asid_make_pool(seL4_CapASIDControl, spare, ROOT, new_slot(), DEPTH), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, spare, DEPTH), NO_ERROR);
}

CASE(ASID0010, "2.8.2-1", "ASID control's label on a pool -> IllegalOperation")
{
    struct message m = { ASID_MAKE_POOL_LABEL, 2, 2, { new_untyped(12), ROOT }, { new_slot(), DEPTH } };
    expect(call_message(seL4_CapInitThreadASIDPool, &m), ILLEGAL_OPERATION);
}

CASE(ASID0011, "2.8.2-2", "Assign without the VSpace -> TruncatedMessage")
{
    struct message m = { ASID_ASSIGN_LABEL, 0, 0, { 0 }, { 0 } };
    expect(call_message(seL4_CapInitThreadASIDPool, &m), TRUNCATED_MESSAGE);
}

CASE(ASID0012, "2.8.2-3", "Assign a frame, a table, or a VSpace with an ASID -> InvalidCapability 1")
{
    seL4_CPtr pool = seL4_CapInitThreadASIDPool;
    expect(asid_assign(pool, new_object(FRAME_OBJECT, 0)), INVALID_CAPABILITY(1));
    for (int level = FIRST_TABLE_LEVEL; level <= 3 && !VSPACE_IS_TABLE; level++) {
        expect(asid_assign(pool, new_object(table_type(level), 0)), INVALID_CAPABILITY(1));
    }
    expect(asid_assign(pool, map_tables(VSPACE, new_region(), seL4_PageBits)), INVALID_CAPABILITY(1));
    expect(asid_assign(pool, VSPACE), INVALID_CAPABILITY(1));
    expect(asid_assign(pool, new_vspace(pool)), INVALID_CAPABILITY(1));
}

CASE(ASID0013, "2.8.2-6 2.8.2-7", "a pool hands out every one of its ASIDs, then Assign -> DeleteFirst")
{
    seL4_CPtr untyped, pool = new_asid_pool(&untyped);
    seL4_CPtr untyped_for_vspaces = new_untyped(seL4_VSpaceBits + seL4_ASIDPoolIndexBits + 1);
    seL4_CPtr first = new_slot();
    for (seL4_Word i = 1; i <= POOL_ENTRIES; i++) {
        new_slot();
    }
    expect(seL4_Untyped_Retype(untyped_for_vspaces, VSPACE_OBJECT, 0, ROOT, 0, 0, first, 257),
           RANGE_ERROR(1, 256));
    for (seL4_Word made = 0; made < POOL_ENTRIES; made += 256) {
        expect(seL4_Untyped_Retype(untyped_for_vspaces, VSPACE_OBJECT, 0, ROOT, 0, 0, first + made, 256),
               NO_ERROR);
    }
    expect(seL4_Untyped_Retype(untyped_for_vspaces, VSPACE_OBJECT, 0, ROOT, 0, 0, first + POOL_ENTRIES, 1),
           NO_ERROR);
    int assigned = 0;
    for (seL4_Word i = 0; i < POOL_ENTRIES; i++) {
        assigned += asid_assign(pool, first + i) == seL4_NoError;
    }
    EXPECT(assigned == POOL_ENTRIES);
    expect(asid_assign(pool, first + POOL_ENTRIES), DELETE_FIRST);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    expect(seL4_CNode_Revoke(ROOT, untyped_for_vspaces, DEPTH), NO_ERROR);
}

CASE(ASID0014, "7.3-vspace 2.8.2-7", "deleting a VSpace's last cap frees its ASID for the next Assign")
{
    seL4_CPtr untyped, pool = new_asid_pool(&untyped);
    seL4_CPtr a = new_vspace(pool);
    expect(seL4_CNode_Delete(ROOT, a, DEPTH), NO_ERROR);
    seL4_CPtr b = new_vspace(pool);
    table_at(FIRST_TABLE_LEVEL, b, 0);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
}

CASE(ASID0015, "7.2-asid 7.3-control", "copies of ASID control and of a pool work; deleting them changes nothing")
{
    seL4_CPtr control = new_slot(), pool = new_slot(), untyped = new_untyped(seL4_ASIDPoolBits);
    expect(seL4_CNode_Copy(ROOT, control, DEPTH, ROOT, seL4_CapASIDControl, DEPTH, seL4_AllRights), NO_ERROR);
    expect(seL4_CNode_Copy(ROOT, pool, DEPTH, ROOT, seL4_CapInitThreadASIDPool, DEPTH, seL4_AllRights), NO_ERROR);
    seL4_CPtr pml4 = new_vspace(pool);
    expect(seL4_CNode_Delete(ROOT, pool, DEPTH), NO_ERROR);
    table_at(FIRST_TABLE_LEVEL, pml4, 0);
    seL4_CPtr made = new_slot();
    expect(asid_make_pool(control, untyped, ROOT, made, DEPTH), NO_ERROR);
    expect(seL4_CNode_Delete(ROOT, control, DEPTH), NO_ERROR);
    new_vspace(made);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
}

CASE(ASID0016, "2.6.1-5 2.7.2-7", "a VSpace cap whose ASID now names another VSpace -> InvalidCapability 1")
{
    seL4_CPtr untyped, pool = new_asid_pool(&untyped);
    seL4_CPtr old_vspace = new_vspace(pool);
    expect(seL4_CNode_Delete(ROOT, pool, DEPTH), NO_ERROR);
    seL4_CPtr new_pool = new_slot();
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    expect(asid_make_pool(seL4_CapASIDControl, untyped, ROOT, new_pool, DEPTH), NO_ERROR);
    new_vspace(new_pool);                          /* takes the same, lowest ASID */
    expect(map_new_table(FIRST_TABLE_LEVEL, old_vspace, 0), INVALID_CAPABILITY(1));
    expect(page_map(new_object(FRAME_OBJECT, 0), old_vspace, 0, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
}

CASE(ASID0017, "2.6.1-4 2.7.2-6", "a VSpace whose pool is gone -> FailedLookup, InvalidRoot")
{
    seL4_CPtr untyped, pool = new_asid_pool(&untyped);
    seL4_CPtr vspace = new_vspace(pool);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    expect(map_new_table(FIRST_TABLE_LEVEL, vspace, 0), INVALID_ROOT);
    expect(page_map(new_object(FRAME_OBJECT, 0), vspace, 0, seL4_ReadWrite, 0), INVALID_ROOT);
}
