/*
 * Frames: Page_Map, Unmap and GetAddress, each check of the reference's
 * sections 2.6.1-2.6.3 in x86_64's order, what deleting,
 * copying and moving frame capabilities does (7.3, 7.4), and Pagoda's own
 * rules (docs/semantics.md): masking, DeleteFirst, remap.  A large frame is
 * the size one level-2 entry maps (check.h); huge frames run where there
 * are any.
 *
 * Nothing here touches an address that should be unmapped or read-only:
 * that a mapping is absent is shown by mapping another frame there.  The
 * faults themselves are the boot/ cases'.
 */
#include "harness.h"

/* The level whose entries map frames of `frame_bits`: 3, 2 or 1. */
static int frame_level(seL4_Word frame_bits)
{
    int level = 3;
    while ((seL4_Word)ENTRY_BITS(level) != frame_bits) {
        level--;
    }
    return level;
}

/* Map in a region with nothing mapped lacks each table above the frame's
 * level in turn, top down: each is reported, then mapped. */
static void expect_each_missing_table(seL4_CPtr frame, seL4_Word vaddr, seL4_Word frame_bits)
{
    for (int level = FIRST_TABLE_LEVEL; level <= frame_level(frame_bits); level++) {
        expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), TABLE_BITS(level));
        table_at(level, VSPACE, vaddr);
    }
}

/* ---- 2.6.1 Page_Map, in check order ------------------------------------- */

CASE(FRAME0001, "2.6.1-1", "Page_Map with 2 words, without its VSpace or empty -> TruncatedMessage, nothing mapped")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    map_tables(VSPACE, vaddr, seL4_PageBits);
    struct message two = { PAGE_MAP_LABEL, 1, 2, { VSPACE }, { vaddr, seL4_ReadWrite.words[0] } };
    struct message no_vspace = { PAGE_MAP_LABEL, 0, 3, { 0 }, { vaddr, seL4_ReadWrite.words[0], 0 } };
    struct message empty = { PAGE_MAP_LABEL, 0, 0, { 0 }, { 0 } };
    struct message bad_vspace = { PAGE_MAP_LABEL, 1, 2, { ROOT }, { BEYOND_USER, seL4_ReadWrite.words[0] } };
    expect(call_message(frame, &two), TRUNCATED_MESSAGE);
    expect(call_message(frame, &no_vspace), TRUNCATED_MESSAGE);
    expect(call_message(frame, &empty), TRUNCATED_MESSAGE);
    expect(call_message(frame, &bad_vspace), TRUNCATED_MESSAGE);   /* the first check */
    expect(probe(vaddr), NO_ERROR);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);   /* it recorded no mapping */
}

CASE(FRAME0002, "2.6.1-2", "a VSpace argument that is not a VSpace with an ASID -> InvalidCapability 1, checked first")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0), other = new_object(FRAME_OBJECT, 0);
    seL4_CPtr top = table_at(FIRST_TABLE_LEVEL, VSPACE, vaddr);
    seL4_CPtr unassigned = new_object(VSPACE_OBJECT, 0);
    const seL4_CPtr not_vspaces[] = { ROOT, unassigned, top, other, new_slot(), seL4_CapInitThreadASIDPool,
                                      seL4_CapASIDControl, seL4_CapInitThreadTCB, new_untyped(12) };
    for (unsigned i = 0; i < ARRAY_SIZE(not_vspaces); i++) {
        expect(page_map(frame, not_vspaces[i], vaddr, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    }
    /* before the address range and before the frame's own mapping record */
    expect(page_map(frame, unassigned, BEYOND_USER, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    seL4_CPtr mapped = mapped_frame(new_region(), seL4_ReadWrite);
    expect(page_map(mapped, ROOT, KERNEL_ADDRESS, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    /* nothing happened to the frame: it maps, or lacks the next table down */
    expect(map_page(frame, vaddr, seL4_ReadWrite),
           FIRST_TABLE_LEVEL == 3 ? NO_ERROR : MISSING(TABLE_BITS(FIRST_TABLE_LEVEL + 1)));
}

CASE(FRAME0003, "2.6.1-3a", "a frame mapped in another VSpace -> InvalidCapability 1, even beyond USER_TOP")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool), frame = new_object(FRAME_OBJECT, 0);
    map_tables(other, vaddr, seL4_PageBits);
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(page_map(frame, other, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), INVALID_CAPABILITY(1));
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_CAPABILITY(1));
    expect(map_page(frame, BEYOND_USER, seL4_ReadWrite), INVALID_CAPABILITY(1));
    expect(probe(vaddr), NO_ERROR);
    expect(page_map(frame, other, vaddr, seL4_CanRead, 0), NO_ERROR);   /* its own VSpace: a remap */
    delete_cap(other);
}

CASE(FRAME0004, "2.6.1-3c", "a mapped frame at another address -> InvalidArgument 0, before the range and the walk")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0x3c);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect(map_page(frame, vaddr + LARGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));   /* no page table there */
    expect(map_page(frame, new_region(), seL4_ReadWrite), INVALID_ARGUMENT(0));     /* no table at all */
    expect(map_page(frame, BEYOND_USER, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect(map_page(frame, KERNEL_ADDRESS, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect(probe(vaddr + PAGE_SIZE), NO_ERROR);
    EXPECT(holds(vaddr, 0x3c));
    expect(probe(vaddr), DELETE_FIRST);                 /* still mapped where it was */
}

CASE(FRAME0005, "2.6.1-3d", "an unmapped frame reaching beyond USER_TOP -> InvalidArgument 0; the last page fits")
{
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0), large = new_object(LARGE_FRAME_OBJECT, 0);
    const seL4_Word too_high[] = { BEYOND_USER, BEYOND_USER - PAGE_SIZE, LAST_USER, KERNEL_ADDRESS, ~0ul };
    for (unsigned i = 0; i < ARRAY_SIZE(too_high); i++) {
        expect(map_page(frame, too_high[i], seL4_ReadWrite), INVALID_ARGUMENT(0));
    }
    expect(map_page(large, BEYOND_USER - LARGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect(map_page(large, LAST_USER, seL4_ReadWrite), INVALID_ARGUMENT(0));
    /* In a VSpace with nothing mapped, the highest frames that fit pass the range check and fail the walk. */
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    expect_missing_table(page_map(frame, other, LAST_USER_PAGE, seL4_ReadWrite, 0), ROOT_ENTRY_BITS);
    expect_missing_table(page_map(frame, other, LAST_USER_PAGE + PAGE_SIZE - 1, seL4_ReadWrite, 0), ROOT_ENTRY_BITS);
    /* (a large frame needs no table where the root's entries map it) */
    seL4_Error large_map = page_map(large, other, BEYOND_USER - 2 * LARGE_SIZE, seL4_ReadWrite, 0);
    if (FIRST_TABLE_LEVEL == 3) {
        expect(large_map, NO_ERROR);
    } else {
        expect_missing_table(large_map, ROOT_ENTRY_BITS);
    }
    map_tables(other, LAST_USER_PAGE, seL4_PageBits);
    expect(page_map(frame, other, LAST_USER_PAGE, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(other);
}

CASE(FRAME0006, "2.6.1-4", "the VSpace's ASID pool was deleted -> FailedLookup, InvalidRoot, after the frame checks")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), vspace = new_vspace(pool);
    seL4_CPtr mapped = new_object(FRAME_OBJECT, 0), frame = new_object(FRAME_OBJECT, 0);
    map_tables(vspace, vaddr, seL4_PageBits);
    expect(page_map(mapped, vspace, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(pool);
    expect(page_map(frame, vspace, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), INVALID_ROOT);
    expect(page_map(mapped, vspace, vaddr, seL4_ReadWrite, 0), INVALID_ROOT);
    expect(page_map(frame, vspace, BEYOND_USER, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
    expect(page_map(mapped, vspace, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
    expect(page_unmap(mapped), NO_ERROR);      /* harmless: the ASID leads nowhere */
    delete_cap(vspace);
}

CASE(FRAME0007, "2.6.1-5 7.3-vspace", "a VSpace cap whose ASID now names another VSpace -> InvalidCapability 1")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), stale = new_vspace(pool);
    delete_cap(pool);
    seL4_CPtr pool2 = new_asid_pool(NULL), vspace = new_vspace(pool2);   /* same pool index, same first ASID */
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0), other = new_object(FRAME_OBJECT, 0);
    expect(page_map(frame, stale, vaddr, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    map_tables(vspace, vaddr, seL4_PageBits);
    expect(page_map(frame, stale, vaddr, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    expect(page_map(frame, vspace, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    /* Deleting the stale cap's PML4 leaves the ASID to its new owner. */
    delete_cap(stale);
    expect(page_map(frame, vspace, vaddr, seL4_CanRead, 0), NO_ERROR);
    expect(page_map(other, vspace, vaddr + PAGE_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(vspace);
    delete_cap(pool2);
}

CASE(FRAME0008, "2.6.1-6", "mapping rights are the cap's masked by the argument; write-only or none -> kernel-only")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    seL4_CPtr rw = new_object(FRAME_OBJECT, 0), ro = new_object(FRAME_OBJECT, 0);
    seL4_CPtr write_only = new_object(FRAME_OBJECT, 0), none = new_object(FRAME_OBJECT, 0);
    seL4_CPtr all = new_object(FRAME_OBJECT, 0);
    expect(map_page(rw, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x66);
    EXPECT(peek(vaddr) == 0x66);
    expect(map_page(ro, vaddr + PAGE_SIZE, seL4_CanRead), NO_ERROR);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0);
    expect(map_page(write_only, vaddr + 2 * PAGE_SIZE, seL4_CanWrite), NO_ERROR);   /* installed, kernel-only */
    expect(probe(vaddr + 2 * PAGE_SIZE), DELETE_FIRST);
    expect(map_page(none, vaddr + 3 * PAGE_SIZE, seL4_NoRights), NO_ERROR);
    expect(probe(vaddr + 3 * PAGE_SIZE), DELETE_FIRST);
    expect(map_page(all, vaddr + 4 * PAGE_SIZE, seL4_AllRights), NO_ERROR);          /* grant bits ignored */
    poke(vaddr + 4 * PAGE_SIZE, 0x67);
    EXPECT(peek(vaddr + 4 * PAGE_SIZE) == 0x67);
}

CASE(FRAME0009, "2.6.1-6", "a read-only cap mapped with ReadWrite gives a read-only mapping of the same memory")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0x69);
    seL4_CPtr read_only = copy_of(frame, seL4_CanRead), kernel_only = copy_of(frame, seL4_CanWrite);
    expect(map_page(read_only, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0x69);
    expect(map_page(kernel_only, vaddr + 2 * PAGE_SIZE, seL4_AllRights), NO_ERROR);
    expect(probe(vaddr + 2 * PAGE_SIZE), DELETE_FIRST);
    /* a copy of the read-only cap with every right stays read-only, yet maps */
    seL4_CPtr again = copy_of(read_only, seL4_AllRights);
    expect(map_page(again, vaddr + 3 * PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(vaddr + 3 * PAGE_SIZE) == 0x69);
}

CASE(FRAME0010, "2.6.1-7 pagoda-mask", "a 4 KiB frame at an unaligned address is mapped at the page below")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    expect(map_page(frame, vaddr + 0x1abc, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + 0x1000, 0x10);
    poke(vaddr + 0x1ff8, 0x11);
    EXPECT(peek(vaddr + 0x1000) == 0x10 && peek(vaddr + 0x1ff8) == 0x11);
    expect(probe(vaddr + 0x1000), DELETE_FIRST);
    expect(probe(vaddr), NO_ERROR);
    expect(probe(vaddr + 0x2000), NO_ERROR);
    /* the record holds the masked address */
    expect(map_page(frame, vaddr + 0x1000, seL4_ReadWrite), NO_ERROR);
    expect(map_page(frame, vaddr + 0x1fff, seL4_ReadWrite), NO_ERROR);
    expect(map_page(frame, vaddr + 0x2000, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect(map_page(frame, vaddr + 0xfff, seL4_ReadWrite), INVALID_ARGUMENT(0));
}

CASE(FRAME0011, "2.6.1-7 pagoda-mask", "a large frame at an unaligned address is mapped at the large frame below")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, LARGE_BITS);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(map_page(large, vaddr + LARGE_SIZE + 0x12345, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + LARGE_SIZE, 1);
    poke(vaddr + 2 * LARGE_SIZE - 8, 2);
    EXPECT(peek(vaddr + LARGE_SIZE) == 1 && peek(vaddr + 2 * LARGE_SIZE - 8) == 2);
    EXPECT(peek(vaddr + LARGE_SIZE + 0x12340) == 0);
    expect(probe(vaddr + LARGE_SIZE), DELETE_FIRST);
    expect_missing_table(probe(vaddr), TABLE_BITS(3));
    expect_missing_table(probe(vaddr + 2 * LARGE_SIZE), TABLE_BITS(3));
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);
    expect(map_page(large, vaddr + 2 * LARGE_SIZE - 1, seL4_ReadWrite), NO_ERROR);
    expect(map_page(large, vaddr, seL4_ReadWrite), INVALID_ARGUMENT(0));
}

CASE(FRAME0012, "2.6.1-8a 2.6.1-8b 2.6.1-8d", "4 KiB Map reports each missing table, top down, by the bits it covers; then maps")
{
    seL4_Word vaddr = new_region();
    for (int level = FIRST_TABLE_LEVEL; level <= 3; level++) {
        vaddr += BIT(ENTRY_BITS(level));                /* entry 1 of each table */
    }
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    expect_each_missing_table(frame, vaddr, seL4_PageBits);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 12);
    EXPECT(peek(vaddr) == 12);
}

CASE(FRAME0013, "2.6.1-8e pagoda-delete", "a 4 KiB frame inside a large mapping -> DeleteFirst (seL4: FailedLookup)")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, LARGE_BITS);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0), frame = new_object(FRAME_OBJECT, 0);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + PAGE_SIZE, 0x13);
    expect(map_page(frame, vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(frame, vaddr + LARGE_SIZE - PAGE_SIZE, seL4_ReadWrite), DELETE_FIRST);
    EXPECT(holds(vaddr + PAGE_SIZE, 0x13));
    expect_missing_table(map_page(frame, vaddr + LARGE_SIZE, seL4_ReadWrite), TABLE_BITS(3));
}

CASE(FRAME0014, "2.6.1-8f", "large Map reports each missing table, top down; then maps")
{
    seL4_Word vaddr = new_region() + 3 * LARGE_SIZE;
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect_each_missing_table(large, vaddr, LARGE_BITS);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + LARGE_SIZE - 8, 14);
    EXPECT(peek(vaddr) == 0 && peek(vaddr + LARGE_SIZE - 8) == 14);
}

CASE(FRAME0015, "2.6.1-8g pagoda-delete",
     "a large frame where a page table is -> DeleteFirst; after PageTable_Unmap it maps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(map_page(large, vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(large, vaddr + 0x1000, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);    /* the next PD entry is free */
    expect(page_unmap(large), NO_ERROR);
    expect(table_unmap(3, pt), NO_ERROR);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 15);
    EXPECT(peek(vaddr) == 15);
}

#ifdef HUGE_FRAME_OBJECT
CASE(FRAME0016, "2.6.1-8h 2.6.1-8i 2.6.1-8c 2.6.1-8j 2.6.1-7 pagoda-mask pagoda-delete",
     "1 GiB: each missing table reported, a PD in the slot -> DeleteFirst; masked; no frame inside or over it")
{
    seL4_Word vaddr = new_space(4 * HUGE_SIZE) + 2 * HUGE_SIZE;
    seL4_CPtr huge = new_object(HUGE_FRAME_OBJECT, 0);
    seL4_CPtr pd = new_object(L2_TABLE_OBJECT, 0);
    if (page_get_address(huge).error != seL4_NoError) {
        return;                                     /* no 1 GiB untyped: reported by new_object */
    }
    expect_each_missing_table(huge, vaddr, HUGE_BITS);
    expect(table_map(2, pd, VSPACE, vaddr, 0), NO_ERROR);
    expect(map_page(huge, vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(table_unmap(2, pd), NO_ERROR);
    expect(map_page(huge, vaddr + 0x12345678, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 1);
    poke(vaddr + HUGE_SIZE - 8, 2);
    EXPECT(peek(vaddr) == 1 && peek(vaddr + HUGE_SIZE - 8) == 2 && peek(vaddr + 0x12345678 - 0x78) == 0);
    expect(map_page(new_object(FRAME_OBJECT, 0), vaddr + PAGE_SIZE, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(new_object(LARGE_FRAME_OBJECT, 0), vaddr + LARGE_SIZE, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(copy_of(huge, seL4_AllRights), vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(huge, vaddr, seL4_ReadWrite), NO_ERROR);                  /* its own address: a remap */
    expect(map_page(huge, vaddr + HUGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    EXPECT(frame_paddr(huge) % HUGE_SIZE == 0);
    EXPECT(holds(vaddr, 1));
}
#endif

CASE(FRAME0017, "2.6.1-8j pagoda-delete",
     "a frame where a frame of the same size is mapped -> DeleteFirst (seL4: replaced)")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0x17);
    expect(map_page(new_object(FRAME_OBJECT, 0), vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(copy_of(frame, seL4_AllRights), vaddr, seL4_ReadWrite), DELETE_FIRST);   /* even the same frame */
    EXPECT(holds(vaddr, 0x17));

    seL4_Word large_vaddr = new_region();
    map_tables(VSPACE, large_vaddr, LARGE_BITS);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(map_page(large, large_vaddr, seL4_ReadWrite), NO_ERROR);
    poke(large_vaddr, 0x18);
    expect(map_page(new_object(LARGE_FRAME_OBJECT, 0), large_vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(copy_of(large, seL4_AllRights), large_vaddr + 0x1000, seL4_ReadWrite), DELETE_FIRST);
    EXPECT(holds(large_vaddr, 0x18));
}

CASE(FRAME0018, "2.6.1-9", "a mapped frame is zeroed, readable and writable; its cap records the VSpace and address")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    EXPECT(peek(vaddr) == 0 && peek(vaddr + PAGE_SIZE - 8) == 0);
    poke(vaddr, 0x1801);
    poke(vaddr + PAGE_SIZE - 8, 0x1802);
    EXPECT(peek(vaddr) == 0x1801 && peek(vaddr + PAGE_SIZE - 8) == 0x1802);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    expect(page_map(frame, other, vaddr, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    delete_cap(other);
}

CASE(FRAME0019, "2.6.1-9", "sixteen frames side by side, across two page tables, each hold their own data")
{
    seL4_Word vaddr = new_region() + LARGE_SIZE - 8 * PAGE_SIZE;
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect_missing_table(map_page(new_object(FRAME_OBJECT, 0), vaddr + 8 * PAGE_SIZE, seL4_ReadWrite), TABLE_BITS(3));
    for (seL4_Word i = 0; i < 8; i++) {
        frame_at(vaddr + i * PAGE_SIZE);
        poke(vaddr + i * PAGE_SIZE, 0x1900 + i);
    }
    expect(table_map(3, new_object(L3_TABLE_OBJECT, 0), VSPACE, vaddr + 8 * PAGE_SIZE, 0),
           NO_ERROR);
    for (seL4_Word i = 8; i < 16; i++) {
        frame_at(vaddr + i * PAGE_SIZE);
        poke(vaddr + i * PAGE_SIZE, 0x1900 + i);
    }
    for (seL4_Word i = 0; i < 16; i++) {
        EXPECT(peek(vaddr + i * PAGE_SIZE) == 0x1900 + i);
    }
}

CASE(FRAME0020, "2.6.1-9", "every attribute value maps RAM that reads and writes, junk bits ignored")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    const seL4_Word attributes[] = ATTRIBUTE_VALUES;
    for (seL4_Word i = 0; i < ARRAY_SIZE(attributes); i++) {
        seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
        seL4_Word at = vaddr + i * PAGE_SIZE;
        expect(page_map(frame, VSPACE, at, seL4_ReadWrite, attributes[i]), NO_ERROR);
        poke(at, 0x2000 + i);
        EXPECT(peek(at) == 0x2000 + i);
    }
}

/* ---- Remap ------------------------------------------------------------------ */

CASE(FRAME0021, "2.6.1-remap pagoda-remap",
     "a read-only mapping remapped read-write at its own (masked) address keeps its data")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_CanRead);
    EXPECT(peek(vaddr) == 0);
    expect(map_page(frame, vaddr + 0x123, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x21);
    EXPECT(peek(vaddr) == 0x21);
    expect(page_map(frame, VSPACE, vaddr, seL4_ReadWrite, OTHER_ATTRIBUTES), NO_ERROR);
    EXPECT(holds(vaddr, 0x21));
    poke(vaddr, 0x22);
    EXPECT(peek(vaddr) == 0x22);
    expect(probe(vaddr), DELETE_FIRST);
}

CASE(FRAME0022, "2.6.1-remap pagoda-remap",
     "remaps at the last user page and of a large frame, with unaligned addresses")
{
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool), frame = new_object(FRAME_OBJECT, 0);
    map_tables(other, LAST_USER_PAGE, seL4_PageBits);
    expect(page_map(frame, other, LAST_USER_PAGE, seL4_CanRead, 0), NO_ERROR);
    expect(page_map(frame, other, LAST_USER_PAGE + PAGE_SIZE - 1, seL4_ReadWrite, OTHER_ATTRIBUTES), NO_ERROR);
    delete_cap(other);

    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, LARGE_BITS);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(map_page(large, vaddr, seL4_CanRead), NO_ERROR);
    expect(map_page(large, vaddr + LARGE_SIZE - 1, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + LARGE_SIZE - 8, 0x22);
    EXPECT(peek(vaddr + LARGE_SIZE - 8) == 0x22);
}

CASE(FRAME0023, "pagoda-remap",
     "a remap where another frame now sits (table replaced) -> DeleteFirst; that frame stays")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = frame_at(vaddr);
    poke(vaddr, 1);
    expect(table_unmap(3, pt), NO_ERROR);
    expect(table_map(3, pt, VSPACE, vaddr, 0), NO_ERROR);
    frame_at(vaddr);
    poke(vaddr, 2);
    expect(map_page(frame, vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(frame, vaddr + 0x800, seL4_CanRead), DELETE_FIRST);
    EXPECT(holds(vaddr, 2));
}

CASE(FRAME0024, "pagoda-remap 7.4-stale", "a remap where the slot is empty again (table replaced) maps the frame back")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = frame_at(vaddr);
    poke(vaddr, 0x24);
    expect(table_unmap(3, pt), NO_ERROR);
    expect(table_map(3, pt, VSPACE, vaddr, 0), NO_ERROR);
    expect(probe(vaddr + PAGE_SIZE), NO_ERROR);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    EXPECT(holds(vaddr, 0x24));
}

/* ---- 2.6.2 Page_Unmap, 2.6.3 Page_GetAddress -------------------------------- */

CASE(FRAME0025, "2.6.2-1", "Page_Unmap clears the entry and the cap's record; the frame keeps its contents")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0x25);
    expect(page_unmap(frame), NO_ERROR);
    expect(probe(vaddr), NO_ERROR);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0x25);
}

CASE(FRAME0026, "2.6.2-1", "Page_Unmap of a large frame; it maps again elsewhere with its data")
{
    seL4_Word vaddr = new_region();
    map_tables(VSPACE, vaddr, LARGE_BITS);
    seL4_CPtr large = new_object(LARGE_FRAME_OBJECT, 0);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + LARGE_SIZE / 2, 0x26);
    expect(page_unmap(large), NO_ERROR);
    expect(map_page(new_object(LARGE_FRAME_OBJECT, 0), vaddr, seL4_CanRead), NO_ERROR);
    EXPECT(peek(vaddr + LARGE_SIZE / 2) == 0);
    expect(map_page(large, vaddr + LARGE_SIZE, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(vaddr + LARGE_SIZE + LARGE_SIZE / 2) == 0x26);
}

CASE(FRAME0027, "2.6.2-2", "Page_Unmap of an unmapped cap succeeds and changes nothing, even a copy of a mapped frame")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr never = new_object(FRAME_OBJECT, 0);
    expect(page_unmap(never), NO_ERROR);
    expect(page_unmap(never), NO_ERROR);
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), copied = copy_of(frame, seL4_AllRights);
    poke(vaddr, 0x27);
    expect(page_unmap(copied), NO_ERROR);
    EXPECT(holds(vaddr, 0x27));
    expect(probe(vaddr), DELETE_FIRST);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);   /* still recorded there */
    expect(page_unmap(frame), NO_ERROR);
    expect(page_unmap(frame), NO_ERROR);
    expect(probe(vaddr), NO_ERROR);
}

CASE(FRAME0028, "2.6.2-3", "Page_Unmap leaves the entry alone once it maps another frame, and clears the record")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = frame_at(vaddr);
    expect(table_unmap(3, pt), NO_ERROR);
    expect(table_map(3, pt, VSPACE, vaddr, 0), NO_ERROR);
    frame_at(vaddr);
    poke(vaddr, 0x28);
    expect(page_unmap(frame), NO_ERROR);
    EXPECT(holds(vaddr, 0x28));
    expect(probe(vaddr), DELETE_FIRST);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
}

CASE(FRAME0029, "2.6.3-1", "Page_GetAddress: the frame's physical address in MR0, mapped or not, the same for copies")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    struct message get = { PAGE_GET_ADDRESS_LABEL, 0, 0, { 0 }, { 0xdead, 0xdead } };
    expect(call_message(frame, &get), NO_ERROR);
    seL4_Word paddr = seL4_GetMR(0);
    EXPECT(paddr != 0 && paddr != 0xdead && paddr % PAGE_SIZE == 0);
    int in_untyped = 0;
    for (seL4_Word i = 0; i < bootinfo->untyped.end - bootinfo->untyped.start; i++) {
        const seL4_UntypedDesc *u = &bootinfo->untypedList[i];
        in_untyped |= !u->isDevice && paddr >= u->paddr && paddr < u->paddr + BIT(u->sizeBits);
    }
    EXPECT(in_untyped);
    EXPECT(frame_paddr(frame) == paddr);
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    EXPECT(frame_paddr(frame) == paddr);
    EXPECT(frame_paddr(copy_of(frame, seL4_CanRead)) == paddr);
    expect(page_unmap(frame), NO_ERROR);
    EXPECT(frame_paddr(frame) == paddr);
    EXPECT(frame_paddr(new_object(FRAME_OBJECT, 0)) != paddr);
}

CASE(FRAME0030, "2.6.3-1",
     "Page_GetAddress of a large frame: aligned to its size; two frames from one untyped are adjacent")
{
    EXPECT(frame_paddr(new_object(LARGE_FRAME_OBJECT, 0)) % LARGE_SIZE == 0);
    seL4_CPtr untyped = new_untyped(13), first = new_slot(), second = new_slot();
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, first, 2), NO_ERROR);
    EXPECT(frame_paddr(second) == frame_paddr(first) + PAGE_SIZE);
    EXPECT(frame_paddr(first) % BIT(13) == 0);
}

/* ---- 7.3 Deleting frame capabilities ---------------------------------------- */

CASE(FRAME0031, "7.3-frame", "deleting a copy removes the copy's mapping; the original's stays")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), copied = copy_of(frame, seL4_AllRights);
    expect(map_page(copied, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x31);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0x31);
    delete_cap(copied);
    expect(probe(vaddr + PAGE_SIZE), NO_ERROR);
    EXPECT(holds(vaddr, 0x31));
    expect(probe(vaddr), DELETE_FIRST);
}

CASE(FRAME0032, "7.3-frame", "deleting the original (not the last cap) removes its mapping; the copy's stays")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), copied = copy_of(frame, seL4_AllRights);
    expect(map_page(copied, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x32);
    delete_cap(frame);
    expect(probe(vaddr), NO_ERROR);
    EXPECT(holds(vaddr + PAGE_SIZE, 0x32));
    expect(probe(vaddr + PAGE_SIZE), DELETE_FIRST);
}

CASE(FRAME0033, "7.3-frame", "deleting a frame cap whose entry now maps another frame leaves that frame mapped")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = frame_at(vaddr);
    expect(table_unmap(3, pt), NO_ERROR);
    expect(table_map(3, pt, VSPACE, vaddr, 0), NO_ERROR);
    frame_at(vaddr);
    poke(vaddr, 0x33);
    delete_cap(frame);
    EXPECT(holds(vaddr, 0x33));
    expect(probe(vaddr), DELETE_FIRST);
}

CASE(FRAME0034, "7.3-frame", "revoking a frame cap deletes its copies and their mappings, not its own")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), child = copy_of(frame, seL4_AllRights);
    seL4_CPtr grandchild = copy_of(child, seL4_AllRights);
    expect(map_page(child, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    expect(map_page(grandchild, vaddr + 2 * PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x34);
    expect(seL4_CNode_Revoke(ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(child) && slot_is_empty(grandchild));
    expect(probe(vaddr + PAGE_SIZE), NO_ERROR);
    expect(probe(vaddr + 2 * PAGE_SIZE), NO_ERROR);
    EXPECT(holds(vaddr, 0x34));
}

CASE(FRAME0035, "7.3-frame", "revoking the untyped a mapped frame came from removes the mapping")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr untyped = new_untyped(LARGE_BITS), frame = new_slot(), large = new_slot();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(seL4_Untyped_Retype(untyped, FRAME_OBJECT, 0, ROOT, 0, 0, frame, 1), NO_ERROR);
    expect(map_page(frame, vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x35);
    expect(seL4_CNode_Revoke(ROOT, untyped, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    expect(probe(vaddr), NO_ERROR);
    /* the memory comes back zeroed, as a large frame */
    expect(seL4_Untyped_Retype(untyped, LARGE_FRAME_OBJECT, 0, ROOT, 0, 0, large, 1), NO_ERROR);
    seL4_Word large_vaddr = new_region();
    map_tables(VSPACE, large_vaddr, LARGE_BITS);
    expect(map_page(large, large_vaddr, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(large_vaddr) == 0);
}

/* ---- 7.4 One mapping per frame capability ------------------------------------- */

CASE(FRAME0036, "7.4-copy", "a copy of a mapped frame is unmapped, maps elsewhere and unmaps independently")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), copied = copy_of(frame, seL4_AllRights);
    expect(map_page(copied, vaddr + 2 * PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    poke(vaddr + 2 * PAGE_SIZE, 0x36);
    EXPECT(peek(vaddr) == 0x36);
    poke(vaddr, 0x37);
    EXPECT(peek(vaddr + 2 * PAGE_SIZE) == 0x37);
    expect(page_unmap(frame), NO_ERROR);
    expect(probe(vaddr), NO_ERROR);
    EXPECT(holds(vaddr + 2 * PAGE_SIZE, 0x37));
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(vaddr + PAGE_SIZE) == 0x37);
}

CASE(FRAME0037, "7.4-copy", "a frame mapped in two VSpaces through two caps; each record names its own VSpace")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), copied = copy_of(frame, seL4_AllRights);
    map_tables(other, vaddr, seL4_PageBits);
    expect(page_map(copied, other, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    expect(page_map(frame, other, vaddr, seL4_ReadWrite, 0), INVALID_CAPABILITY(1));
    expect(map_page(copied, vaddr, seL4_ReadWrite), INVALID_CAPABILITY(1));
    expect(page_map(copied, other, vaddr, seL4_CanRead, 0), NO_ERROR);
    poke(vaddr, 0x37);
    EXPECT(holds(vaddr, 0x37));
    delete_cap(other);
}

CASE(FRAME0038, "7.4-move", "Move keeps the mapping record: the new slot remaps, refuses elsewhere, and unmaps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), moved = new_slot();
    poke(vaddr, 0x38);
    expect(seL4_CNode_Move(ROOT, moved, DEPTH, ROOT, frame, DEPTH), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    EXPECT(holds(vaddr, 0x38));
    expect(map_page(moved, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect(map_page(moved, vaddr, seL4_ReadWrite), NO_ERROR);
    expect(page_unmap(moved), NO_ERROR);
    expect(probe(vaddr), NO_ERROR);
}

CASE(FRAME0039, "7.4-move", "Mutate keeps the mapping record; deleting the new slot unmaps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite), mutated = new_slot();
    poke(vaddr, 0x39);
    expect(seL4_CNode_Mutate(ROOT, mutated, DEPTH, ROOT, frame, DEPTH, 0), NO_ERROR);
    EXPECT(slot_is_empty(frame));
    expect(map_page(mutated, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    EXPECT(holds(vaddr, 0x39));
    delete_cap(mutated);
    expect(probe(vaddr), NO_ERROR);
}

CASE(FRAME0040, "7.4-stale", "after PageTable_Unmap the frame's record stays: Unmap is harmless, then it maps anywhere")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = frame_at(vaddr);
    poke(vaddr, 0x40);
    expect(table_unmap(3, pt), NO_ERROR);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), TABLE_BITS(3));
    expect(page_unmap(frame), NO_ERROR);
    expect(table_map(3, pt, VSPACE, vaddr + LARGE_SIZE, 0), NO_ERROR);
    expect(map_page(frame, vaddr + LARGE_SIZE + PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    EXPECT(holds(vaddr + LARGE_SIZE + PAGE_SIZE, 0x40));
}

CASE(FRAME0041, "7.4-stale 7.3-table",
     "after its page table is deleted: Map elsewhere fails, at the same address remaps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = map_tables(VSPACE, vaddr, seL4_PageBits), frame = frame_at(vaddr);
    poke(vaddr, 0x41);
    delete_cap(pt);
    expect(map_page(frame, vaddr + PAGE_SIZE, seL4_ReadWrite), INVALID_ARGUMENT(0));
    expect_missing_table(map_page(frame, vaddr, seL4_ReadWrite), TABLE_BITS(3));
    expect(table_map(3, new_object(L3_TABLE_OBJECT, 0), VSPACE, vaddr, 0), NO_ERROR);
    expect(map_page(frame, vaddr + 0x41, seL4_ReadWrite), NO_ERROR);
    EXPECT(holds(vaddr, 0x41));
    expect(page_unmap(frame), NO_ERROR);
    expect(probe(vaddr), NO_ERROR);
}

CASE(FRAME0042, "pagoda-delete", "a frame over the program's own image, stack or IPC buffer page -> DeleteFirst")
{
    static volatile seL4_Word in_image = 0x42;
    volatile seL4_Word on_stack = 0x43;
    seL4_CPtr frame = new_object(FRAME_OBJECT, 0);
    expect(map_page(frame, (seL4_Word)&in_image, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(frame, (seL4_Word)&on_stack, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(frame, (seL4_Word)bootinfo->ipcBuffer, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(frame, (seL4_Word)bootinfo, seL4_ReadWrite), DELETE_FIRST);
    EXPECT(in_image == 0x42 && on_stack == 0x43);
}
