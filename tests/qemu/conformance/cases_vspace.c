/*
 * Paging structures: PDPT, PageDirectory and PageTable Map and Unmap, each
 * check of the reference's section 2.7 in x86_64's order, what deleting
 * their capabilities and VSpaces does (7.3), and that a structure is
 * mapped only once (7.4).
 *
 * As in cases_frame.c, nothing here touches an address that should be
 * unmapped: a free entry is shown by mapping a frame there.
 */
#include "harness.h"

#define LARGE_SIZE BIT(seL4_LargePageBits)
#define HUGE_SIZE  BIT(seL4_HugePageBits)
#define KERNEL_ADDRESS 0xffffff8000000000ul
#define BEYOND_USER    0x800000000000ul
#define LAST_USER      0x7ffffffffffful

/* The three structures below the root, top down. */
struct level {
    const char *name;
    seL4_Word type, map_label, unmap_label;
};

static const struct level levels[] = {
    { "PDPT", L1_TABLE_OBJECT, L1_TABLE_MAP_LABEL, L1_TABLE_UNMAP_LABEL },
    { "PageDirectory", L2_TABLE_OBJECT, L2_TABLE_MAP_LABEL, L2_TABLE_UNMAP_LABEL },
    { "PageTable", L3_TABLE_OBJECT, L3_TABLE_MAP_LABEL, L3_TABLE_UNMAP_LABEL },
};

#define PDPT (&levels[0])
#define PD   (&levels[1])
#define PT   (&levels[2])

/* Map and Unmap through libsel4's stubs. */
static seL4_Error map_table(const struct level *l, seL4_CPtr table, seL4_CPtr vspace, seL4_Word vaddr)
{
    switch (l->type) {
    case L1_TABLE_OBJECT:
        return table_map(1, table, vspace, vaddr, DEFAULT_ATTRIBUTES);
    case L2_TABLE_OBJECT:
        return table_map(2, table, vspace, vaddr, DEFAULT_ATTRIBUTES);
    default:
        return table_map(3, table, vspace, vaddr, DEFAULT_ATTRIBUTES);
    }
}

static seL4_Error unmap_table(const struct level *l, seL4_CPtr table)
{
    switch (l->type) {
    case L1_TABLE_OBJECT:
        return table_unmap(1, table);
    case L2_TABLE_OBJECT:
        return table_unmap(2, table);
    default:
        return table_unmap(3, table);
    }
}

/* A fresh structure of level `l` mapped at `vaddr` in `vspace`. */
static seL4_CPtr table_at(const struct level *l, seL4_CPtr vspace, seL4_Word vaddr)
{
    seL4_CPtr table = new_object(l->type, 0);
    expect(map_table(l, table, vspace, vaddr), NO_ERROR);
    return table;
}

/* ---- 2.7.2 Map, in check order ------------------------------------------------ */

CASE(VSPACE0001, "2.7.2-0",
     "a table invoked with another level's label, a frame's, or none of its own -> IllegalOperation")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pdpt = new_object(L1_TABLE_OBJECT, 0), pd = new_object(L2_TABLE_OBJECT, 0);
    seL4_CPtr pt = new_object(L3_TABLE_OBJECT, 0), frame = new_object(FRAME_OBJECT, 0);
    seL4_CPtr unassigned = new_object(VSPACE_OBJECT, 0);
    const struct { seL4_CPtr cap; seL4_Word label; } illegal[] = {
        { pt, L2_TABLE_MAP_LABEL }, { pt, L1_TABLE_MAP_LABEL }, { pt, L1_TABLE_UNMAP_LABEL }, { pt, PAGE_MAP_LABEL },
        { pt, PAGE_UNMAP_LABEL }, { pt, PAGE_GET_ADDRESS_LABEL }, { pt, ASID_ASSIGN_LABEL }, { pt, UntypedRetype },
        { pt, InvalidInvocation }, { pd, L3_TABLE_MAP_LABEL }, { pd, L1_TABLE_MAP_LABEL }, { pd, L3_TABLE_UNMAP_LABEL },
        { pd, PAGE_MAP_LABEL }, { pdpt, L2_TABLE_MAP_LABEL }, { pdpt, L3_TABLE_MAP_LABEL },
        { pdpt, L2_TABLE_UNMAP_LABEL }, { pdpt, PAGE_GET_ADDRESS_LABEL }, { VSPACE, L1_TABLE_MAP_LABEL },
        { VSPACE, L1_TABLE_UNMAP_LABEL }, { VSPACE, PAGE_MAP_LABEL }, { unassigned, L2_TABLE_MAP_LABEL },
        { frame, L3_TABLE_MAP_LABEL }, { frame, L1_TABLE_UNMAP_LABEL }, { frame, L2_TABLE_MAP_LABEL },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(illegal); i++) {
        struct message m = { illegal[i].label, 1, 3, { VSPACE }, { vaddr, seL4_ReadWrite.words[0], 0 } };
        expect(call_message(illegal[i].cap, &m), ILLEGAL_OPERATION);
    }
    /* nothing was mapped by any of them */
    expect_missing_table(map_table(PD, pd, VSPACE, vaddr), 39);
    expect(map_table(PDPT, pdpt, VSPACE, vaddr), NO_ERROR);
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    expect(map_table(PT, pt, VSPACE, vaddr), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
}

CASE(VSPACE0002, "2.7.2-1", "table Map with 1 word, without its VSpace or empty -> TruncatedMessage, even if mapped")
{
    seL4_Word vaddr = new_region();
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr table = new_object(levels[i].type, 0);
        struct message one = { levels[i].map_label, 1, 1, { VSPACE }, { vaddr } };
        struct message no_vspace = { levels[i].map_label, 0, 2, { 0 }, { vaddr, 0 } };
        struct message empty = { levels[i].map_label, 0, 0, { 0 }, { 0 } };
        expect(call_message(table, &one), TRUNCATED_MESSAGE);
        expect(call_message(table, &no_vspace), TRUNCATED_MESSAGE);
        expect(call_message(table, &empty), TRUNCATED_MESSAGE);
        expect(map_table(&levels[i], table, VSPACE, vaddr), NO_ERROR);
        expect(call_message(table, &one), TRUNCATED_MESSAGE);    /* before "already mapped" */
    }
}

CASE(VSPACE0003, "2.7.2-2", "Map of a mapped table -> InvalidCapability 0, before the VSpace and address checks")
{
    seL4_Word vaddr = new_region(), elsewhere = new_region();
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr table = table_at(&levels[i], VSPACE, vaddr);
        expect(map_table(&levels[i], table, VSPACE, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(&levels[i], table, VSPACE, elsewhere), INVALID_CAPABILITY(0));
        expect(map_table(&levels[i], table, ROOT, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(&levels[i], table, VSPACE, BEYOND_USER), INVALID_CAPABILITY(0));
    }
    /* the structures mapped at boot for the program's image */
    const struct level *first = &levels[BOOT_TABLE_LEVEL(1) - 1], *last = &levels[BOOT_TABLE_LEVEL(3) - 1];
    expect(map_table(first, bootinfo->userImagePaging.start, VSPACE, elsewhere), INVALID_CAPABILITY(0));
    expect(map_table(last, bootinfo->userImagePaging.end - 1, VSPACE, elsewhere), INVALID_CAPABILITY(0));
    expect_missing_table(probe(elsewhere), 39);
}

CASE(VSPACE0004, "2.7.2-3", "table Map masks the address to the table's coverage: 512 GiB, 1 GiB, 2 MiB")
{
    seL4_Word vaddr = new_region();
    table_at(PDPT, VSPACE, vaddr + BIT(39) - 1);
    table_at(PD, VSPACE, vaddr + HUGE_SIZE + HUGE_SIZE - 1);
    table_at(PT, VSPACE, vaddr + HUGE_SIZE + LARGE_SIZE + LARGE_SIZE - 1);
    seL4_Word base = vaddr + HUGE_SIZE + LARGE_SIZE;            /* where the page table covers */
    frame_at(base);
    frame_at(base + LARGE_SIZE - PAGE_SIZE);
    poke(base, 0x401);
    poke(base + LARGE_SIZE - 8, 0x402);
    EXPECT(peek(base) == 0x401 && peek(base + LARGE_SIZE - 8) == 0x402);
    expect_missing_table(probe(base - PAGE_SIZE), 21);
    expect_missing_table(probe(base + LARGE_SIZE), 21);
    expect_missing_table(probe(vaddr), 30);
    expect_missing_table(probe(vaddr + 2 * HUGE_SIZE), 30);
    expect(map_table(PD, new_object(L2_TABLE_OBJECT, 0), VSPACE, vaddr + HUGE_SIZE), DELETE_FIRST);
}

CASE(VSPACE0005, "2.7.2-4",
     "a VSpace argument that is not a VSpace with an ASID -> InvalidCapability 1, before the range")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr unassigned = new_object(VSPACE_OBJECT, 0);
    const seL4_CPtr not_vspaces[] = { ROOT, unassigned, new_object(FRAME_OBJECT, 0),
                                      new_object(L3_TABLE_OBJECT, 0), new_object(L1_TABLE_OBJECT, 0),
                                      new_slot(), seL4_CapInitThreadASIDPool, seL4_CapASIDControl,
                                      seL4_CapInitThreadTCB, new_untyped(12) };
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr table = new_object(levels[i].type, 0);
        for (unsigned j = 0; j < ARRAY_SIZE(not_vspaces); j++) {
            expect(map_table(&levels[i], table, not_vspaces[j], vaddr), INVALID_CAPABILITY(1));
        }
        expect(map_table(&levels[i], table, unassigned, BEYOND_USER), INVALID_CAPABILITY(1));
        expect(map_table(&levels[i], table, VSPACE, vaddr), NO_ERROR);
    }
}

CASE(VSPACE0006, "2.7.2-5", "table Map beyond USER_TOP after masking -> InvalidArgument 0; the top slot maps")
{
    const seL4_Word too_high[] = { BEYOND_USER, BEYOND_USER + BIT(39) - 1, KERNEL_ADDRESS, 0xffffffff80000000ul,
                                   ~0ul };
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr table = new_object(levels[i].type, 0);
        for (unsigned j = 0; j < ARRAY_SIZE(too_high); j++) {
            expect(map_table(&levels[i], table, VSPACE, too_high[j]), INVALID_ARGUMENT(0));
        }
    }
    /* In a VSpace of its own, LAST_USER masks to the last slot of each level. */
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0);
    expect_missing_table(map_table(PD, pd, other, LAST_USER), 39);
    table_at(PDPT, other, LAST_USER);
    expect(map_table(PD, pd, other, LAST_USER), NO_ERROR);
    table_at(PT, other, LAST_USER);
    expect(page_map(new_object(FRAME_OBJECT, 0), other, 0x7fffffffe000ul, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(other);
}

CASE(VSPACE0007, "2.7.2-6", "table Map into a VSpace whose ASID pool was deleted -> FailedLookup, InvalidRoot")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), vspace = new_vspace(pool);
    seL4_CPtr pdpt = table_at(PDPT, vspace, vaddr);
    delete_cap(pool);
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr table = new_object(levels[i].type, 0);
        expect(map_table(&levels[i], table, vspace, vaddr), INVALID_ROOT);
        expect(map_table(&levels[i], table, vspace, BEYOND_USER), INVALID_ARGUMENT(0));   /* range first */
    }
    expect(map_table(PDPT, pdpt, vspace, vaddr), INVALID_CAPABILITY(0));
    expect(unmap_table(PDPT, pdpt), NO_ERROR);                      /* harmless: the ASID leads nowhere */
    expect(map_table(PDPT, pdpt, VSPACE, vaddr), NO_ERROR);
    delete_cap(vspace);
}

CASE(VSPACE0008, "2.7.2-7 7.3-vspace",
     "table Map through a VSpace cap whose ASID now names another VSpace -> InvalidCapability 1")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), stale = new_vspace(pool);
    delete_cap(pool);
    seL4_CPtr pool2 = new_asid_pool(NULL), vspace = new_vspace(pool2);
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        expect(map_table(&levels[i], new_object(levels[i].type, 0), stale, vaddr), INVALID_CAPABILITY(1));
    }
    table_at(PDPT, vspace, vaddr);
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0);
    expect(map_table(PD, pd, stale, vaddr), INVALID_CAPABILITY(1));
    delete_cap(stale);                                  /* not the ASID's owner: the ASID stays */
    expect(map_table(PD, pd, vspace, vaddr), NO_ERROR);
    table_at(PT, vspace, vaddr);
    delete_cap(vspace);
    delete_cap(pool2);
}

CASE(VSPACE0009, "2.7.2-8", "a missing parent: PD without level-1 table -> 39, then mapped")
{
    seL4_Word vaddr = new_region() + 5 * HUGE_SIZE + 7 * LARGE_SIZE + 0x1234;
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0), pt = new_object(L3_TABLE_OBJECT, 0);
    expect_missing_table(map_table(PD, pd, VSPACE, vaddr), LOOKUP_NO_L1);
    table_at(PDPT, VSPACE, vaddr);
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    expect(map_table(PT, pt, VSPACE, vaddr), NO_ERROR);
    frame_at(vaddr);
    poke(vaddr & ~(PAGE_SIZE - 1), 9);
    EXPECT(peek(vaddr & ~(PAGE_SIZE - 1)) == 9);
}

CASE(VSPACE0010, "2.7.2-9 pagoda-delete",
     "a table where a table of its level is mapped -> DeleteFirst; the first stays")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    frame_at(vaddr);
    poke(vaddr, 0x10);
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        expect(map_table(&levels[i], new_object(levels[i].type, 0), VSPACE, vaddr), DELETE_FIRST);
        expect(map_table(&levels[i], new_object(levels[i].type, 0), VSPACE, vaddr + LARGE_SIZE - 1), DELETE_FIRST);
    }
    EXPECT(holds(vaddr, 0x10));
    expect(probe(vaddr), DELETE_FIRST);
}

CASE(VSPACE0011, "2.7.2-9 pagoda-delete", "a table over the structures that map the program's image -> DeleteFirst")
{
    static volatile seL4_Word in_image = 0x11;
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        expect(map_table(&levels[i], new_object(levels[i].type, 0), VSPACE, (seL4_Word)&in_image), DELETE_FIRST);
    }
    EXPECT(in_image == 0x11);
}

CASE(VSPACE0012, "2.7.2-9", "a page table where a 2 MiB frame is mapped -> DeleteFirst")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_LargePageBits);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0), pt = new_object(L3_TABLE_OBJECT, 0);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x12);
    expect(map_table(PT, pt, VSPACE, vaddr), DELETE_FIRST);
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE - 1), DELETE_FIRST);
    EXPECT(holds(vaddr, 0x12));
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);
}

CASE(VSPACE0013, "2.7.2-9 pagoda-delete 2.7.2-8",
     "a PD where a 1 GiB frame is, or a PT inside it (seL4: FailedLookup 30) -> DeleteFirst")
{
    seL4_Word vaddr = new_region() + HUGE_SIZE;
    map_tables(VSPACE, vaddr, seL4_HugePageBits);
    seL4_CPtr huge = new_object(HUGE_FRAME_OBJECT, 0);
    if (page_get_address(huge).error != seL4_NoError) {
        return;                                     /* no 1 GiB untyped: reported by new_object */
    }
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0), pt = new_object(L3_TABLE_OBJECT, 0);
    expect(map_page(huge, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + HUGE_SIZE / 2, 0x13);
    expect(map_table(PD, pd, VSPACE, vaddr), DELETE_FIRST);
    expect(map_table(PD, pd, VSPACE, vaddr + HUGE_SIZE - 1), DELETE_FIRST);
    expect(map_table(PT, pt, VSPACE, vaddr), DELETE_FIRST);
    expect(map_table(PT, pt, VSPACE, vaddr + HUGE_SIZE / 2), DELETE_FIRST);
    /* The next 1 GiB has no page directory: a page table fixed to level 3
     * lacks it; one of any level takes its place. */
    seL4_CPtr beside = new_object(L3_TABLE_OBJECT, 0);
    expect(map_table(PT, beside, VSPACE, vaddr + HUGE_SIZE), L3_TABLE_IS_FIXED ? MISSING(30) : NO_ERROR);
    EXPECT(holds(vaddr + HUGE_SIZE / 2, 0x13));
    delete_cap(huge);                                   /* deleting the frame's cap frees the slot */
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    expect(map_table(PT, pt, VSPACE, vaddr), NO_ERROR);
}

CASE(VSPACE0014, "2.7.2-10", "a mapped table: frames below it work, its cap records the mapping and can be copied")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = new_object(L3_TABLE_OBJECT, 0), slot = new_slot();
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, pt, DEPTH, seL4_AllRights), ILLEGAL_OPERATION);   /* unmapped */
    table_at(PDPT, VSPACE, vaddr);
    table_at(PD, VSPACE, vaddr);
    expect(table_map(3, pt, VSPACE, vaddr, OTHER_ATTRIBUTES), NO_ERROR);
    frame_at(vaddr + PAGE_SIZE);
    poke(vaddr + PAGE_SIZE, 0x14);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0x14);
    seL4_CPtr copied = copy_of(pt, seL4_AllRights);
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE), INVALID_CAPABILITY(0));
    expect(map_table(PT, copied, VSPACE, vaddr + LARGE_SIZE), INVALID_CAPABILITY(0));    /* the copy too */
    expect(probe(vaddr + PAGE_SIZE), DELETE_FIRST);
    delete_cap(copied);
    expect(unmap_table(PT, pt), NO_ERROR);           /* the record says where: the entry goes */
    expect_missing_table(probe(vaddr), 21);
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, pt, DEPTH, seL4_AllRights), ILLEGAL_OPERATION);
}

/* ---- 2.7.1 Unmap -------------------------------------------------------------- */

CASE(VSPACE0015, "2.7.1-1", "table Unmap while a copy exists -> RevokeFirst, at every level; then it unmaps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr tables[3];
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        tables[i] = table_at(&levels[i], VSPACE, vaddr);
    }
    frame_at(vaddr);
    poke(vaddr, 0x15);
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr copied = copy_of(tables[i], seL4_AllRights);
        expect(unmap_table(&levels[i], tables[i]), REVOKE_FIRST);
        expect(unmap_table(&levels[i], copied), REVOKE_FIRST);
        EXPECT(holds(vaddr, 0x15));
        if (i == 0) {
            expect(seL4_CNode_Revoke(ROOT, tables[i], DEPTH), NO_ERROR);    /* deletes the copy */
        } else {
            delete_cap(copied);
        }
    }
    EXPECT(holds(vaddr, 0x15));
    expect(unmap_table(PT, tables[2]), NO_ERROR);
    expect_missing_table(probe(vaddr), 21);
}

CASE(VSPACE0016, "2.7.1-2", "PageTable_Unmap clears the PD entry and empties the table")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits);
    frame_at(vaddr);
    frame_at(vaddr + LARGE_SIZE - PAGE_SIZE);
    poke(vaddr, 0x16);
    expect(unmap_table(PT, pt), NO_ERROR);
    expect_missing_table(probe(vaddr), 21);
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);     /* the record is gone too */
    expect(probe(vaddr + LARGE_SIZE), NO_ERROR);                         /* no entry survived */
    expect(probe(vaddr + 2 * LARGE_SIZE - PAGE_SIZE), NO_ERROR);
}

CASE(VSPACE0017, "2.7.1-2", "Unmap of an unmapped table succeeds; of a stale one leaves the parent's new entry alone")
{
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr table = new_object(levels[i].type, 0);
        expect(unmap_table(&levels[i], table), NO_ERROR);
        expect(unmap_table(&levels[i], table), NO_ERROR);
    }
    seL4_Word vaddr = new_region();
    table_at(PDPT, VSPACE, vaddr);
    seL4_CPtr pd = table_at(PD, VSPACE, vaddr), stale = table_at(PT, VSPACE, vaddr);
    expect(unmap_table(PD, pd), NO_ERROR);                      /* the PT's record is now stale */
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    table_at(PT, VSPACE, vaddr);
    frame_at(vaddr);
    poke(vaddr, 0x17);
    expect(unmap_table(PT, stale), NO_ERROR);
    EXPECT(holds(vaddr, 0x17));
    expect(probe(vaddr), DELETE_FIRST);
    expect(map_table(PT, stale, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);
}

CASE(VSPACE0018, "2.7.1-2", "PD and level-1 table Unmap empty them: nothing below is reachable when they are mapped again")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pdpt = table_at(PDPT, VSPACE, vaddr), pd = table_at(PD, VSPACE, vaddr);
    table_at(PT, VSPACE, vaddr);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);
    frame_at(vaddr);
    expect(unmap_table(PD, pd), NO_ERROR);
    expect_missing_table(probe(vaddr), 30);
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    expect_missing_table(probe(vaddr), 21);
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);    /* its stale record: a remap */
    expect(unmap_table(PDPT, pdpt), NO_ERROR);
    expect_missing_table(probe(vaddr), 39);
    expect(map_table(PDPT, pdpt, VSPACE, vaddr), NO_ERROR);
    expect_missing_table(probe(vaddr), 30);
    expect_missing_table(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), 30);
}

/* ---- 7.3 Deleting paging-structure and VSpace capabilities ------------------ */

CASE(VSPACE0019, "7.3-table", "deleting the last cap of a mapped PT unlinks it; a new PT maps there, empty")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits);
    frame_at(vaddr);
    delete_cap(pt);
    expect_missing_table(probe(vaddr), 21);
    table_at(PT, VSPACE, vaddr);
    expect(probe(vaddr), NO_ERROR);
}

CASE(VSPACE0020, "7.3-table", "deleting the last PD cap: the PT below keeps a stale record, its Unmap is harmless")
{
    seL4_Word vaddr = new_region();
    table_at(PDPT, VSPACE, vaddr);
    seL4_CPtr pd = table_at(PD, VSPACE, vaddr), pt = table_at(PT, VSPACE, vaddr);
    frame_at(vaddr);
    delete_cap(pd);
    expect_missing_table(probe(vaddr), 30);
    expect(map_table(PT, pt, VSPACE, vaddr), INVALID_CAPABILITY(0));    /* still says mapped */
    table_at(PD, VSPACE, vaddr);
    expect_missing_table(probe(vaddr), 21);
    expect(unmap_table(PT, pt), NO_ERROR);
    expect(map_table(PT, pt, VSPACE, vaddr), NO_ERROR);
    expect(probe(vaddr), NO_ERROR);
}

CASE(VSPACE0021, "7.3-table", "deleting one of two caps of a mapped table changes nothing; the other is then final")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), copied = copy_of(pt, seL4_AllRights);
    frame_at(vaddr);
    poke(vaddr, 0x21);
    delete_cap(pt);
    EXPECT(holds(vaddr, 0x21));
    expect(probe(vaddr), DELETE_FIRST);
    expect(unmap_table(PT, copied), NO_ERROR);
    expect_missing_table(probe(vaddr), 21);
}

CASE(VSPACE0022, "7.3-table", "deleting a stale table cap leaves the table that now holds its place")
{
    seL4_Word vaddr = new_region();
    table_at(PDPT, VSPACE, vaddr);
    seL4_CPtr pd = table_at(PD, VSPACE, vaddr), stale = table_at(PT, VSPACE, vaddr);
    expect(unmap_table(PD, pd), NO_ERROR);
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    table_at(PT, VSPACE, vaddr);
    frame_at(vaddr);
    poke(vaddr, 0x22);
    delete_cap(stale);
    EXPECT(holds(vaddr, 0x22));
    expect(probe(vaddr), DELETE_FIRST);
}

CASE(VSPACE0023, "7.3-vspace",
     "deleting the last cap of a VSpace frees its ASID; its tables' and frames' caps go stale")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), vspace = new_vspace(pool);
    seL4_CPtr pt = map_tables(vspace, vaddr, seL4_PageBits), frame = new_object(FRAME_OBJECT, 0);
    expect(page_map(frame, vspace, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(vspace);
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(map_page(frame, vaddr, seL4_ReadWrite), INVALID_CAPABILITY(1));   /* recorded in another VSpace */
    expect(map_table(PT, pt, VSPACE, vaddr), INVALID_CAPABILITY(0));
    /* The next Assign hands out the freed ASID: the frame's stale record names it. */
    seL4_CPtr reused = new_vspace(pool), next = new_vspace(pool);
    expect_missing_table(page_map(frame, reused, vaddr, seL4_ReadWrite, 0), 39);
    expect(page_map(frame, next, vaddr, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    expect(page_unmap(frame), NO_ERROR);
    expect(unmap_table(PT, pt), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    expect(map_table(PT, pt, reused, vaddr), L3_TABLE_IS_FIXED ? MISSING(39) : NO_ERROR);
    delete_cap(reused);
    delete_cap(next);
    delete_cap(pool);
}

/* ---- 7.4 A structure is mapped only once ---------------------------------------- */

CASE(VSPACE0024, "7.4-share", "a mapped table, or a copy of it, cannot be mapped again, in this VSpace or another")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    for (unsigned i = 0; i < ARRAY_SIZE(levels); i++) {
        seL4_CPtr table = table_at(&levels[i], VSPACE, vaddr), copied = copy_of(table, seL4_AllRights);
        expect(map_table(&levels[i], table, other, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(&levels[i], copied, other, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(&levels[i], copied, VSPACE, vaddr + BIT(39) / 2), INVALID_CAPABILITY(0));
    }
    expect_missing_table(page_map(new_object(FRAME_OBJECT, 0), other, vaddr, seL4_ReadWrite, 0), 39);
    delete_cap(other);
}

CASE(VSPACE0025, "7.4-move",
     "a moved, then mutated, table cap keeps its record: Map -> InvalidCapability 0; Unmap unmaps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), moved = new_slot(), mutated = new_slot();
    frame_at(vaddr);
    poke(vaddr, 0x25);
    expect(seL4_CNode_Move(ROOT, moved, DEPTH, ROOT, pt, DEPTH), NO_ERROR);
    expect(map_table(PT, moved, VSPACE, vaddr + LARGE_SIZE), INVALID_CAPABILITY(0));
    EXPECT(holds(vaddr, 0x25));
    expect(seL4_CNode_Mutate(ROOT, mutated, DEPTH, ROOT, moved, DEPTH, 0), NO_ERROR);
    expect(unmap_table(PT, mutated), NO_ERROR);
    expect_missing_table(probe(vaddr), 21);
    expect(map_table(PT, mutated, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);
}
