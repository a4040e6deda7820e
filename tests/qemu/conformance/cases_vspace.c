/*
 * Paging structures: Map and Unmap of the tables below the root at each
 * level, each check of the reference's section 2.7 in x86_64's order, what
 * deleting their capabilities and VSpaces does (7.3), and that a structure
 * is mapped only once (7.4).  Levels are harness.h's: PD is the level whose
 * entries map large frames, PT the one whose entries map 4 KiB.  Where the
 * root is level 2 (the 32-bit machines), the page table is the only table,
 * and cases about a PD run where there is one (FIRST_TABLE_LEVEL <= 2).
 *
 * As in cases_frame.c, nothing here touches an address that should be
 * unmapped: a free entry is shown by mapping a frame there.
 */
#include "harness.h"

#define PD 2
#define PT 3

static seL4_Error map_table(int level, seL4_CPtr table, seL4_CPtr vspace, seL4_Word vaddr)
{
    return table_map(level, table, vspace, vaddr, DEFAULT_ATTRIBUTES);
}

static seL4_Word map_label(int level)
{
    static const seL4_Word labels[] = {
#if FIRST_TABLE_LEVEL == 1
        [1] = L1_TABLE_MAP_LABEL,
#endif
#if FIRST_TABLE_LEVEL <= 2
        [2] = L2_TABLE_MAP_LABEL,
#endif
        [3] = L3_TABLE_MAP_LABEL,
    };
    return labels[level];
}

/* Each case that works at every level does so top down. */
#define EACH_LEVEL(level) for (int level = FIRST_TABLE_LEVEL; level <= PT; level++)

struct labelled {
    seL4_CPtr cap;
    seL4_Word label;
};

static void expect_illegal(const struct labelled *invocations, unsigned count, seL4_Word vaddr)
{
    for (unsigned i = 0; i < count; i++) {
        struct message m = { invocations[i].label, 1, 3, { VSPACE }, { vaddr, seL4_ReadWrite.words[0], 0 } };
        expect(call_message(invocations[i].cap, &m), ILLEGAL_OPERATION);
    }
}

/* ---- 2.7.2 Map, in check order ------------------------------------------------ */

CASE(VSPACE0001, "2.7.2-0",
     "a table invoked with another level's label, a frame's, or none of its own -> IllegalOperation")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = new_object(L3_TABLE_OBJECT, 0);
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0), unassigned = new_object(VSPACE_OBJECT, 0);
    const struct labelled everywhere[] = {
        { pt, PAGE_MAP_LABEL }, { pt, PAGE_UNMAP_LABEL }, { pt, PAGE_GET_ADDRESS_LABEL }, { pt, ASID_ASSIGN_LABEL },
        { pt, UntypedRetype }, { pt, InvalidInvocation }, { VSPACE, PAGE_MAP_LABEL },
        { frame, L3_TABLE_MAP_LABEL }, { frame, L3_TABLE_UNMAP_LABEL },
    };
    expect_illegal(everywhere, ARRAY_SIZE(everywhere), vaddr);
    /* Where the root is not a table: the page table's labels on a root. */
    const struct labelled on_roots[] = {
        { VSPACE, L3_TABLE_MAP_LABEL }, { VSPACE, L3_TABLE_UNMAP_LABEL }, { unassigned, L3_TABLE_MAP_LABEL },
    };
    if (!VSPACE_IS_TABLE) {
        expect_illegal(on_roots, ARRAY_SIZE(on_roots), vaddr);
    }
#if FIRST_TABLE_LEVEL <= 2
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0);
    const struct labelled level2[] = { { pd, PAGE_MAP_LABEL }, { frame, L2_TABLE_MAP_LABEL } };
    expect_illegal(level2, ARRAY_SIZE(level2), vaddr);
    /* Where levels 2 and 3, and the root, have types of their own. */
    const struct labelled across_types[] = {
        { pt, L2_TABLE_MAP_LABEL }, { pd, L3_TABLE_MAP_LABEL }, { pd, L3_TABLE_UNMAP_LABEL },
        { unassigned, L2_TABLE_MAP_LABEL },
    };
    if (L2_TABLE_IS_FIXED) {
        expect_illegal(across_types, ARRAY_SIZE(across_types), vaddr);
    }
#endif
#if FIRST_TABLE_LEVEL == 1
    seL4_CPtr pdpt = new_object(L1_TABLE_OBJECT, 0);
    const struct labelled level1[] = {
        { pt, L1_TABLE_MAP_LABEL }, { pt, L1_TABLE_UNMAP_LABEL }, { pd, L1_TABLE_MAP_LABEL },
        { pdpt, L2_TABLE_MAP_LABEL }, { pdpt, L3_TABLE_MAP_LABEL }, { pdpt, L2_TABLE_UNMAP_LABEL },
        { pdpt, PAGE_GET_ADDRESS_LABEL }, { VSPACE, L1_TABLE_MAP_LABEL }, { VSPACE, L1_TABLE_UNMAP_LABEL },
        { frame, L1_TABLE_UNMAP_LABEL },
    };
    expect_illegal(level1, ARRAY_SIZE(level1), vaddr);
    expect_missing_table(map_table(PD, pd, VSPACE, vaddr), TABLE_BITS(1));
    expect(map_table(1, pdpt, VSPACE, vaddr), NO_ERROR);
#endif
    /* nothing was mapped by any of them */
#if FIRST_TABLE_LEVEL <= 2
    expect_missing_table(probe(vaddr), TABLE_BITS(PD));
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
#endif
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
    expect(map_table(PT, pt, VSPACE, vaddr), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
}

CASE(VSPACE0002, "2.7.2-1", "table Map with 1 word, without its VSpace or empty -> TruncatedMessage, even if mapped")
{
    seL4_Word vaddr = new_region();
    EACH_LEVEL(level) {
        seL4_CPtr table = new_object(table_type(level), 0);
        struct message one = { map_label(level), 1, 1, { VSPACE }, { vaddr } };
        struct message no_vspace = { map_label(level), 0, 2, { 0 }, { vaddr, 0 } };
        struct message empty = { map_label(level), 0, 0, { 0 }, { 0 } };
        expect(call_message(table, &one), TRUNCATED_MESSAGE);
        expect(call_message(table, &no_vspace), TRUNCATED_MESSAGE);
        expect(call_message(table, &empty), TRUNCATED_MESSAGE);
        expect(map_table(level, table, VSPACE, vaddr), NO_ERROR);
        expect(call_message(table, &one), TRUNCATED_MESSAGE);    /* before "already mapped" */
    }
}

CASE(VSPACE0003, "2.7.2-2", "Map of a mapped table -> InvalidCapability 0, before the VSpace and address checks")
{
    seL4_Word vaddr = new_region(), elsewhere = new_region();
    EACH_LEVEL(level) {
        seL4_CPtr table = table_at(level, VSPACE, vaddr);
        expect(map_table(level, table, VSPACE, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(level, table, VSPACE, elsewhere), INVALID_CAPABILITY(0));
        expect(map_table(level, table, ROOT, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(level, table, VSPACE, BEYOND_USER), INVALID_CAPABILITY(0));
    }
    /* the structures mapped at boot for the program's image */
    expect(map_table(BOOT_TABLE_LEVEL(FIRST_TABLE_LEVEL), bootinfo->userImagePaging.start, VSPACE, elsewhere),
           INVALID_CAPABILITY(0));
    expect(map_table(BOOT_TABLE_LEVEL(PT), bootinfo->userImagePaging.end - 1, VSPACE, elsewhere),
           INVALID_CAPABILITY(0));
    expect_missing_table(probe(elsewhere), ROOT_ENTRY_BITS);
}

/* Each table of VSPACE0004 goes in the second entry of the one above it
 * (of the root for the first), at the last address it covers. */
static seL4_Word second_entry(seL4_Word above, int level)
{
    return above + BIT(TABLE_BITS(level));
}

CASE(VSPACE0004, "2.7.2-3", "table Map masks the address to what the table covers")
{
    seL4_Word vaddr = new_space(3 * ROOT_ENTRY_SIZE), base = vaddr;
    EACH_LEVEL(level) {
        base = second_entry(base, level);
        table_at(level, VSPACE, base + BIT(TABLE_BITS(level)) - 1);
    }
    frame_at(base);                                     /* where the page table covers */
    frame_at(base + LARGE_SIZE - PAGE_SIZE);
    poke(base, 0x401);
    poke(base + LARGE_SIZE - 8, 0x402);
    EXPECT(peek(base) == 0x401 && peek(base + LARGE_SIZE - 8) == 0x402);
    /* nothing maps before or after any of them */
    base = vaddr;
    EACH_LEVEL(level) {
        base = second_entry(base, level);
        expect_missing_table(probe(base - PAGE_SIZE), TABLE_BITS(level));
        expect_missing_table(probe(base + BIT(TABLE_BITS(level))), TABLE_BITS(level));
    }
    expect(map_new_table(FIRST_TABLE_LEVEL, VSPACE, base), DELETE_FIRST);
}

CASE(VSPACE0005, "2.7.2-4",
     "a VSpace argument that is not a VSpace with an ASID -> InvalidCapability 1, before the range")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr unassigned = new_object(VSPACE_OBJECT, 0);
    const seL4_CPtr not_vspaces[] = { ROOT, unassigned, new_object(FRAME_OBJECT, 0),
                                      new_object(L3_TABLE_OBJECT, 0), new_object(table_type(FIRST_TABLE_LEVEL), 0),
                                      new_slot(), seL4_CapInitThreadASIDPool, seL4_CapASIDControl,
                                      seL4_CapInitThreadTCB, new_untyped(12) };
    EACH_LEVEL(level) {
        seL4_CPtr table = new_object(table_type(level), 0);
        for (unsigned j = 0; j < ARRAY_SIZE(not_vspaces); j++) {
            expect(map_table(level, table, not_vspaces[j], vaddr), INVALID_CAPABILITY(1));
        }
        expect(map_table(level, table, unassigned, BEYOND_USER), INVALID_CAPABILITY(1));
        expect(map_table(level, table, VSPACE, vaddr), NO_ERROR);
    }
}

CASE(VSPACE0006, "2.7.2-5", "table Map beyond USER_TOP after masking -> InvalidArgument 0; the top slot maps")
{
    const seL4_Word too_high[] = { BEYOND_USER, BEYOND_USER + ROOT_ENTRY_SIZE - 1, KERNEL_ADDRESS,
                                   -LARGE_SIZE, ~0ul };
    EACH_LEVEL(level) {
        seL4_CPtr table = new_object(table_type(level), 0);
        for (unsigned j = 0; j < ARRAY_SIZE(too_high); j++) {
            expect(map_table(level, table, VSPACE, too_high[j]), INVALID_ARGUMENT(0));
        }
    }
    /* In a VSpace of its own, LAST_USER masks to the last slot of each level. */
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool), frame = new_object(FRAME_OBJECT, 0);
    expect_missing_table(page_map(frame, other, LAST_USER_PAGE, seL4_ReadWrite, 0), ROOT_ENTRY_BITS);
    EACH_LEVEL(level) {
        table_at(level, other, LAST_USER);
    }
    expect(page_map(frame, other, LAST_USER_PAGE, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(other);
}

CASE(VSPACE0007, "2.7.2-6", "table Map into a VSpace whose ASID pool was deleted -> FailedLookup, InvalidRoot")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), vspace = new_vspace(pool);
    seL4_CPtr top = table_at(FIRST_TABLE_LEVEL, vspace, vaddr);
    delete_cap(pool);
    EACH_LEVEL(level) {
        seL4_CPtr table = new_object(table_type(level), 0);
        expect(map_table(level, table, vspace, vaddr), INVALID_ROOT);
        expect(map_table(level, table, vspace, BEYOND_USER), INVALID_ARGUMENT(0));   /* range first */
    }
    expect(map_table(FIRST_TABLE_LEVEL, top, vspace, vaddr), INVALID_CAPABILITY(0));
    expect(table_unmap(FIRST_TABLE_LEVEL, top), NO_ERROR);           /* harmless: the ASID leads nowhere */
    expect(map_table(FIRST_TABLE_LEVEL, top, VSPACE, vaddr), NO_ERROR);
    delete_cap(vspace);
}

CASE(VSPACE0008, "2.7.2-7 7.3-vspace",
     "table Map through a VSpace cap whose ASID now names another VSpace -> InvalidCapability 1")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), stale = new_vspace(pool);
    delete_cap(pool);
    seL4_CPtr pool2 = new_asid_pool(NULL), vspace = new_vspace(pool2);
    EACH_LEVEL(level) {
        expect(map_table(level, new_object(table_type(level), 0), stale, vaddr), INVALID_CAPABILITY(1));
    }
    map_tables(vspace, vaddr, TABLE_BITS(PT));
    seL4_CPtr pt = new_object(L3_TABLE_OBJECT, 0);
    expect(map_table(PT, pt, stale, vaddr), INVALID_CAPABILITY(1));     /* its parent is there */
    delete_cap(stale);                                  /* not the ASID's owner: the ASID stays */
    expect(map_table(PT, pt, vspace, vaddr), NO_ERROR);
    expect(page_map(new_object(FRAME_OBJECT, 0), vspace, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(vspace);
    delete_cap(pool2);
}

#if FIRST_TABLE_LEVEL == 1
CASE(VSPACE0009, "2.7.2-8", "a missing parent: PD without level-1 table -> 39, then mapped")
{
    seL4_Word vaddr = new_region() + 5 * HUGE_SIZE + 7 * LARGE_SIZE + 0x1234;
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0), pt = new_object(L3_TABLE_OBJECT, 0);
    expect_missing_table(map_table(PD, pd, VSPACE, vaddr), TABLE_BITS(1));
    table_at(1, VSPACE, vaddr);
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    expect(map_table(PT, pt, VSPACE, vaddr), NO_ERROR);
    frame_at(vaddr);
    poke(vaddr & ~(PAGE_SIZE - 1), 9);
    EXPECT(peek(vaddr & ~(PAGE_SIZE - 1)) == 9);
}
#endif

CASE(VSPACE0010, "2.7.2-9 pagoda-delete",
     "a table where a table of its level is mapped -> DeleteFirst; the first stays")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    frame_at(vaddr);
    poke(vaddr, 0x10);
    EACH_LEVEL(level) {
        expect(map_table(level, new_object(table_type(level), 0), VSPACE, vaddr), DELETE_FIRST);
        expect(map_table(level, new_object(table_type(level), 0), VSPACE, vaddr + LARGE_SIZE - 1), DELETE_FIRST);
    }
    EXPECT(holds(vaddr, 0x10));
    expect(probe(vaddr), DELETE_FIRST);
}

CASE(VSPACE0011, "2.7.2-9 pagoda-delete", "a table over the structures that map the program's image -> DeleteFirst")
{
    static volatile seL4_Word in_image = 0x11;
    EACH_LEVEL(level) {
        expect(map_table(level, new_object(table_type(level), 0), VSPACE, (seL4_Word)&in_image), DELETE_FIRST);
    }
    EXPECT(in_image == 0x11);
}

CASE(VSPACE0012, "2.7.2-9", "a page table where a large frame is mapped -> DeleteFirst")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, LARGE_BITS);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0), pt = new_object(L3_TABLE_OBJECT, 0);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x12);
    expect(map_table(PT, pt, VSPACE, vaddr), DELETE_FIRST);
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE - 1), DELETE_FIRST);
    EXPECT(holds(vaddr, 0x12));
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);
}

#ifdef HUGE_FRAME_OBJECT
CASE(VSPACE0013, "2.7.2-9 pagoda-delete 2.7.2-8",
     "a PD where a 1 GiB frame is, or a PT inside it (seL4: FailedLookup 30) -> DeleteFirst")
{
    seL4_Word vaddr = new_space(3 * HUGE_SIZE) + HUGE_SIZE;
    map_tables(VSPACE, vaddr, HUGE_BITS);
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
#endif

CASE(VSPACE0014, "2.7.2-10", "a mapped table: frames below it work, its cap records the mapping and can be copied")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = new_object(L3_TABLE_OBJECT, 0), slot = new_slot();
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, pt, DEPTH, seL4_AllRights), ILLEGAL_OPERATION);   /* unmapped */
    map_tables(VSPACE, vaddr, TABLE_BITS(PT));
    expect(table_map(PT, pt, VSPACE, vaddr, OTHER_ATTRIBUTES), NO_ERROR);
    frame_at(vaddr + PAGE_SIZE);
    poke(vaddr + PAGE_SIZE, 0x14);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0x14);
    seL4_CPtr copied = copy_of(pt, seL4_AllRights);
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE), INVALID_CAPABILITY(0));
    expect(map_table(PT, copied, VSPACE, vaddr + LARGE_SIZE), INVALID_CAPABILITY(0));    /* the copy too */
    expect(probe(vaddr + PAGE_SIZE), DELETE_FIRST);
    delete_cap(copied);
    expect(table_unmap(PT, pt), NO_ERROR);           /* the record says where: the entry goes */
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
    expect(seL4_CNode_Copy(ROOT, slot, DEPTH, ROOT, pt, DEPTH, seL4_AllRights), ILLEGAL_OPERATION);
}

/* ---- 2.7.1 Unmap -------------------------------------------------------------- */

CASE(VSPACE0015, "2.7.1-1", "table Unmap while a copy exists -> RevokeFirst, at every level; then it unmaps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr tables[PT + 1];
    EACH_LEVEL(level) {
        tables[level] = table_at(level, VSPACE, vaddr);
    }
    frame_at(vaddr);
    poke(vaddr, 0x15);
    EACH_LEVEL(level) {
        seL4_CPtr copied = copy_of(tables[level], seL4_AllRights);
        expect(table_unmap(level, tables[level]), REVOKE_FIRST);
        expect(table_unmap(level, copied), REVOKE_FIRST);
        EXPECT(holds(vaddr, 0x15));
        if (level == FIRST_TABLE_LEVEL) {
            expect(seL4_CNode_Revoke(ROOT, tables[level], DEPTH), NO_ERROR);    /* deletes the copy */
        } else {
            delete_cap(copied);
        }
    }
    EXPECT(holds(vaddr, 0x15));
    expect(table_unmap(PT, tables[PT]), NO_ERROR);
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
}

CASE(VSPACE0016, "2.7.1-2", "PageTable_Unmap clears the PD entry and empties the table")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits);
    frame_at(vaddr);
    frame_at(vaddr + LARGE_SIZE - PAGE_SIZE);
    poke(vaddr, 0x16);
    expect(table_unmap(PT, pt), NO_ERROR);
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
    expect(map_table(PT, pt, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);     /* the record is gone too */
    expect(probe(vaddr + LARGE_SIZE), NO_ERROR);                         /* no entry survived */
    expect(probe(vaddr + 2 * LARGE_SIZE - PAGE_SIZE), NO_ERROR);
}

/* A page table mapped at `vaddr` in a VSpace that is then deleted, and a
 * new VSpace (returned) given its ASID, with a page table and a frame of
 * its own there: the first page table's capability, in *stale, still
 * records the mapping. */
static seL4_CPtr reused_vspace(seL4_CPtr pool, seL4_Word vaddr, seL4_CPtr *stale)
{
    seL4_CPtr old = new_vspace(pool);
    *stale = map_tables(old, vaddr, seL4_PageBits);
    delete_cap(old);
    seL4_CPtr vspace = new_vspace(pool);
    map_tables(vspace, vaddr, seL4_PageBits);
    expect(page_map(new_object(FRAME_OBJECT, 0), vspace, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    return vspace;
}

#if FIRST_TABLE_LEVEL <= 2
/* A page table mapped at `vaddr` below a PD that is then unmapped and
 * mapped again, with a new page table there and a frame holding `value`:
 * the first page table's capability (returned) still records the mapping. */
static seL4_CPtr stale_below_pd(seL4_Word vaddr, seL4_Word value)
{
    map_tables(VSPACE, vaddr, TABLE_BITS(PD));
    seL4_CPtr pd = table_at(PD, VSPACE, vaddr), stale = table_at(PT, VSPACE, vaddr);
    expect(table_unmap(PD, pd), NO_ERROR);
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    table_at(PT, VSPACE, vaddr);
    frame_at(vaddr);
    poke(vaddr, value);
    return stale;
}
#endif

CASE(VSPACE0017, "2.7.1-2", "Unmap of an unmapped table succeeds; of a stale one leaves the parent's new entry alone")
{
    EACH_LEVEL(level) {
        seL4_CPtr table = new_object(table_type(level), 0);
        expect(table_unmap(level, table), NO_ERROR);
        expect(table_unmap(level, table), NO_ERROR);
    }
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), stale;
    seL4_CPtr vspace = reused_vspace(pool, vaddr, &stale);
    expect(table_unmap(PT, stale), NO_ERROR);
    expect(page_map(new_object(FRAME_OBJECT, 0), vspace, vaddr, seL4_ReadWrite, 0), DELETE_FIRST);
    map_tables(VSPACE, vaddr, TABLE_BITS(PT));
    expect(map_table(PT, stale, VSPACE, vaddr), NO_ERROR);               /* its record is gone */
    delete_cap(pool);
#if FIRST_TABLE_LEVEL <= 2
    /* A PD unmapped and mapped again leaves the PT below it stale too. */
    vaddr = new_region();
    stale = stale_below_pd(vaddr, 0x17);
    expect(table_unmap(PT, stale), NO_ERROR);
    EXPECT(holds(vaddr, 0x17));
    expect(probe(vaddr), DELETE_FIRST);
    expect(map_table(PT, stale, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);
#endif
}

#if FIRST_TABLE_LEVEL <= 2
CASE(VSPACE0018, "2.7.1-2", "PD and level-1 table Unmap empty them: nothing below is reachable when mapped again")
{
    seL4_Word vaddr = new_region();
#if FIRST_TABLE_LEVEL == 1
    seL4_CPtr pdpt = table_at(1, VSPACE, vaddr);
#endif
    seL4_CPtr pd = table_at(PD, VSPACE, vaddr);
    table_at(PT, VSPACE, vaddr);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);
    frame_at(vaddr);
    expect(table_unmap(PD, pd), NO_ERROR);
    expect_missing_table(probe(vaddr), 30);
    expect(map_table(PD, pd, VSPACE, vaddr), NO_ERROR);
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);    /* its stale record: a remap */
#if FIRST_TABLE_LEVEL == 1
    expect(table_unmap(1, pdpt), NO_ERROR);
    expect_missing_table(probe(vaddr), TABLE_BITS(1));
    expect(map_table(1, pdpt, VSPACE, vaddr), NO_ERROR);
    expect_missing_table(probe(vaddr), 30);
    expect_missing_table(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), 30);
#endif
}
#endif

/* ---- 7.3 Deleting paging-structure and VSpace capabilities ------------------ */

CASE(VSPACE0019, "7.3-table", "deleting the last cap of a mapped PT unlinks it; a new PT maps there, empty")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits);
    frame_at(vaddr);
    delete_cap(pt);
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
    table_at(PT, VSPACE, vaddr);
    expect(probe(vaddr), NO_ERROR);
}

#if FIRST_TABLE_LEVEL <= 2
CASE(VSPACE0020, "7.3-table", "deleting the last PD cap: the PT below keeps a stale record, its Unmap is harmless")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, TABLE_BITS(PD));
    seL4_CPtr pd = table_at(PD, VSPACE, vaddr), pt = table_at(PT, VSPACE, vaddr);
    frame_at(vaddr);
    delete_cap(pd);
    expect_missing_table(probe(vaddr), 30);
    expect(map_table(PT, pt, VSPACE, vaddr), INVALID_CAPABILITY(0));    /* still says mapped */
    table_at(PD, VSPACE, vaddr);
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
    expect(table_unmap(PT, pt), NO_ERROR);
    expect(map_table(PT, pt, VSPACE, vaddr), NO_ERROR);
    expect(probe(vaddr), NO_ERROR);
}
#endif

CASE(VSPACE0021, "7.3-table", "deleting one of two caps of a mapped table changes nothing; the other is then final")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), copied = copy_of(pt, seL4_AllRights);
    frame_at(vaddr);
    poke(vaddr, 0x21);
    delete_cap(pt);
    EXPECT(holds(vaddr, 0x21));
    expect(probe(vaddr), DELETE_FIRST);
    expect(table_unmap(PT, copied), NO_ERROR);
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
}

CASE(VSPACE0022, "7.3-table", "deleting a stale table cap leaves the table that now holds its place")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), stale;
    seL4_CPtr vspace = reused_vspace(pool, vaddr, &stale);
    delete_cap(stale);
    expect(page_map(new_object(FRAME_OBJECT, 0), vspace, vaddr, seL4_ReadWrite, 0), DELETE_FIRST);
    delete_cap(pool);
#if FIRST_TABLE_LEVEL <= 2
    /* A PT left stale by its PD's Unmap. */
    vaddr = new_region();
    stale = stale_below_pd(vaddr, 0x22);
    delete_cap(stale);
    EXPECT(holds(vaddr, 0x22));
    expect(probe(vaddr), DELETE_FIRST);
#endif
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
    expect_missing_table(page_map(frame, reused, vaddr, seL4_ReadWrite, 0), ROOT_ENTRY_BITS);
    expect(page_map(frame, next, vaddr, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    expect(page_unmap(frame), NO_ERROR);
    expect(table_unmap(PT, pt), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    /* A page table fixed to level 3 lacks the tables above it, if any. */
    int lacks_parent = L3_TABLE_IS_FIXED && FIRST_TABLE_LEVEL < PT;
    expect(map_table(PT, pt, reused, vaddr), lacks_parent ? MISSING(ROOT_ENTRY_BITS) : NO_ERROR);
    delete_cap(reused);
    delete_cap(next);
    delete_cap(pool);
}

/* ---- 7.4 A structure is mapped only once ---------------------------------------- */

CASE(VSPACE0024, "7.4-share", "a mapped table, or a copy of it, cannot be mapped again, in this VSpace or another")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    EACH_LEVEL(level) {
        seL4_CPtr table = table_at(level, VSPACE, vaddr), copied = copy_of(table, seL4_AllRights);
        expect(map_table(level, table, other, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(level, copied, other, vaddr), INVALID_CAPABILITY(0));
        expect(map_table(level, copied, VSPACE, vaddr + REGION_SIZE / 2), INVALID_CAPABILITY(0));
    }
    expect_missing_table(page_map(new_object(FRAME_OBJECT, 0), other, vaddr, seL4_ReadWrite, 0), ROOT_ENTRY_BITS);
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
    expect(table_unmap(PT, mutated), NO_ERROR);
    expect_missing_table(probe(vaddr), TABLE_BITS(PT));
    expect(map_table(PT, mutated, VSPACE, vaddr + LARGE_SIZE), NO_ERROR);
}
