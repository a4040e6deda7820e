/*
 * Conformance cases that make sense on aarch32 alone: its four frame
 * sizes, of which the 64 KiB page and the 16 MiB supersection fill 16
 * consecutive entries each; the page directory's cache operations, which
 * Pagoda does not implement (the pages' are shared with aarch64:
 * tests/qemu/conformance/cases_cache.c); ExecuteNever; and the end of user
 * memory below the kernel window at 0xe0000000.
 */
#include "harness.h"
#include "code_page.h"

#define LARGE_PAGE_SIZE   BIT(seL4_LargePageBits)        /* 16 page-table entries */
#define SECTION_SIZE      BIT(seL4_SectionBits)
#define SUPERSECTION_SIZE BIT(seL4_SuperSectionBits)     /* 16 page-directory entries */
#define PARTS             16

/* Maps `frame` at each of the 16 parts (`part` bytes apart) of a frame at
 * `vaddr`: each Map must give `want`, and is undone when it succeeds. */
static void expect_each_part(seL4_CPtr frame, seL4_Word vaddr, seL4_Word part, struct outcome want)
{
    for (seL4_Word i = 0; i < PARTS; i++) {
        expect(map_page(frame, vaddr + i * part, seL4_ReadWrite), want);
        if (want.error == seL4_NoError) {
            expect(page_unmap(frame), NO_ERROR);
        }
    }
}

/* Writes a word at the start of each of the 16 parts, then reads them all. */
static void expect_parts_hold_data(seL4_Word vaddr, seL4_Word part, seL4_Word first)
{
    for (seL4_Word i = 0; i < PARTS; i++) {
        poke(vaddr + i * part, first + i);
    }
    for (seL4_Word i = 0; i < PARTS; i++) {
        EXPECT(peek(vaddr + i * part) == first + i);
    }
}

/* ---- The four frame sizes ------------------------------------------------ */

CASE(AARCHFRAME0001, "6-frames 2.6.1-8d 2.6.1-9",
     "4 KiB and 64 KiB pages need a page table (FailedLookup 20), sections and supersections do not")
{
    seL4_Word vaddr = new_space(2 * SUPERSECTION_SIZE);
    const struct {
        seL4_CPtr frame;
        seL4_Word at, size;
    } frames[] = {
        { new_object(seL4_ARM_SmallPageObject, 0), vaddr, PAGE_SIZE },
        { new_object(seL4_ARM_LargePageObject, 0), vaddr + LARGE_PAGE_SIZE, LARGE_PAGE_SIZE },
        { new_object(seL4_ARM_SectionObject, 0), vaddr + SECTION_SIZE, SECTION_SIZE },
        { new_object(seL4_ARM_SuperSectionObject, 0), vaddr + SUPERSECTION_SIZE, SUPERSECTION_SIZE },
    };
    expect_missing_table(map_page(frames[0].frame, frames[0].at, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PT);
    expect_missing_table(map_page(frames[1].frame, frames[1].at, seL4_ReadWrite), SEL4_MAPPING_LOOKUP_NO_PT);
    table_at(3, VSPACE, vaddr);
    for (unsigned i = 0; i < ARRAY_SIZE(frames); i++) {
        expect(map_page(frames[i].frame, frames[i].at, seL4_ReadWrite), NO_ERROR);
        EXPECT(frame_paddr(frames[i].frame) % frames[i].size == 0);
        poke(frames[i].at, 0xf0 + i);
        poke(frames[i].at + frames[i].size - sizeof(seL4_Word), 0xf8 + i);
    }
    for (unsigned i = 0; i < ARRAY_SIZE(frames); i++) {
        EXPECT(peek(frames[i].at) == 0xf0 + i);
        EXPECT(peek(frames[i].at + frames[i].size - sizeof(seL4_Word)) == 0xf8 + i);
    }
}

/* ---- Frames of 16 entries ------------------------------------------------ */

CASE(AARCHSIXTEEN0001, "6-sixteen-map 6-sixteen-unmap 2.6.1-7 pagoda-mask",
     "a 64 KiB page fills 16 page-table entries, masked to 64 KiB; Unmap clears all 16")
{
    seL4_Word vaddr = new_region(), at = vaddr + LARGE_PAGE_SIZE;
    table_at(3, VSPACE, vaddr);
    seL4_CPtr large = new_object(seL4_ARM_LargePageObject, 0), small = new_object(seL4_ARM_SmallPageObject, 0);
    expect(map_page(large, at + 0x1234, seL4_ReadWrite), NO_ERROR);
    expect_parts_hold_data(at, PAGE_SIZE, 0x6400);
    expect_each_part(small, at, PAGE_SIZE, DELETE_FIRST);
    expect(map_page(small, at - PAGE_SIZE, seL4_ReadWrite), NO_ERROR);       /* the entries around are free */
    expect(page_unmap(small), NO_ERROR);
    expect(map_page(small, at + LARGE_PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    expect(page_unmap(small), NO_ERROR);
    expect(page_unmap(large), NO_ERROR);
    expect_each_part(small, at, PAGE_SIZE, NO_ERROR);
    expect(map_page(large, at + LARGE_PAGE_SIZE, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(at + LARGE_PAGE_SIZE + (PARTS - 1) * PAGE_SIZE) == 0x6400 + PARTS - 1);
}

CASE(AARCHSIXTEEN0002, "6-sixteen-map 6-sixteen-unmap 2.6.1-7 pagoda-mask pagoda-delete",
     "a supersection fills 16 page-directory entries, masked to 16 MiB; Unmap clears all 16")
{
    seL4_Word vaddr = new_space(2 * SUPERSECTION_SIZE) + SUPERSECTION_SIZE;
    seL4_CPtr super = new_object(seL4_ARM_SuperSectionObject, 0), section = new_object(seL4_ARM_SectionObject, 0);
    seL4_CPtr pt = new_object(seL4_ARM_PageTableObject, 0);
    expect(map_page(super, vaddr + 0x123456, seL4_ReadWrite), NO_ERROR);
    expect_parts_hold_data(vaddr, SECTION_SIZE, 0x1600);
    expect_each_part(section, vaddr, SECTION_SIZE, DELETE_FIRST);
    for (seL4_Word i = 0; i < PARTS; i++) {
        expect(seL4_ARM_PageTable_Map(pt, VSPACE, vaddr + i * SECTION_SIZE + PAGE_SIZE, 0), DELETE_FIRST);
    }
    expect(probe(vaddr + 5 * SECTION_SIZE + PAGE_SIZE), DELETE_FIRST);
    expect(map_page(section, vaddr - SECTION_SIZE, seL4_ReadWrite), NO_ERROR);   /* the entry before is free */
    expect(page_unmap(section), NO_ERROR);
    expect(page_unmap(super), NO_ERROR);
    expect_each_part(section, vaddr, SECTION_SIZE, NO_ERROR);
    expect(seL4_ARM_PageTable_Map(pt, VSPACE, vaddr + (PARTS - 1) * SECTION_SIZE, 0), NO_ERROR);
}

CASE(AARCHSIXTEEN0003, "6-sixteen-delete pagoda-delete",
     "a 64 KiB page or a supersection where one of its 16 entries is taken -> DeleteFirst; once free, it maps")
{
    seL4_Word vaddr = new_region(), super_at = new_region();
    table_at(3, VSPACE, vaddr);
    seL4_CPtr small = frame_at(vaddr + (PARTS - 1) * PAGE_SIZE);
    seL4_CPtr large = new_object(seL4_ARM_LargePageObject, 0);
    expect(map_page(large, vaddr, seL4_ReadWrite), DELETE_FIRST);
    expect(map_page(large, vaddr + LARGE_PAGE_SIZE / 2, seL4_ReadWrite), DELETE_FIRST);
    expect(page_unmap(small), NO_ERROR);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    expect_each_part(small, vaddr, PAGE_SIZE, DELETE_FIRST);
    /* in the page directory: a section, then a page table, in one of the 16 */
    seL4_CPtr super = new_object(seL4_ARM_SuperSectionObject, 0), section = new_object(seL4_ARM_SectionObject, 0);
    expect(map_page(section, super_at + 7 * SECTION_SIZE, seL4_ReadWrite), NO_ERROR);
    expect(map_page(super, super_at, seL4_ReadWrite), DELETE_FIRST);
    expect(page_unmap(section), NO_ERROR);
    seL4_CPtr last_pt = table_at(3, VSPACE, super_at + (PARTS - 1) * SECTION_SIZE);
    expect(map_page(super, super_at, seL4_ReadWrite), DELETE_FIRST);
    expect(table_unmap(3, last_pt), NO_ERROR);
    expect(map_page(super, super_at, seL4_ReadWrite), NO_ERROR);
    expect(map_page(section, super_at + 7 * SECTION_SIZE, seL4_ReadWrite), DELETE_FIRST);
}

CASE(AARCHSIXTEEN0004, "6-sixteen-remap 2.6.1-remap pagoda-remap",
     "a 64 KiB page remapped at its address rewrites all 16 entries; one taken by another frame -> DeleteFirst")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pt = table_at(3, VSPACE, vaddr), large = new_object(seL4_ARM_LargePageObject, 0);
    expect(map_page(large, vaddr, seL4_CanRead), NO_ERROR);
    EXPECT(peek(vaddr + (PARTS - 1) * PAGE_SIZE) == 0);
    expect(map_page(large, vaddr + LARGE_PAGE_SIZE - 1, seL4_ReadWrite), NO_ERROR);
    expect_parts_hold_data(vaddr, PAGE_SIZE, 0x6600);           /* every entry is writable now */
    expect(page_map(large, VSPACE, vaddr, seL4_ReadWrite, OTHER_ATTRIBUTES), NO_ERROR);
    EXPECT(peek(vaddr + (PARTS - 1) * PAGE_SIZE) == 0x6600 + PARTS - 1);
    /* The page table emptied and mapped again: the record stays, the entries go. */
    expect(table_unmap(3, pt), NO_ERROR);
    expect(seL4_ARM_PageTable_Map(pt, VSPACE, vaddr, 0), NO_ERROR);
    seL4_CPtr small = frame_at(vaddr + 9 * PAGE_SIZE);
    poke(vaddr + 9 * PAGE_SIZE, 0x99);
    expect(map_page(large, vaddr, seL4_ReadWrite), DELETE_FIRST);
    EXPECT(holds(vaddr + 9 * PAGE_SIZE, 0x99));
    expect(page_unmap(small), NO_ERROR);
    expect(map_page(large, vaddr, seL4_ReadWrite), NO_ERROR);
    EXPECT(peek(vaddr + 9 * PAGE_SIZE) == 0x6609);
}

CASE(AARCHSIXTEEN0005, "6-sixteen-remap 7.4-stale pagoda-remap",
     "a supersection's stale record, its ASID reused: one of its entries taken -> DeleteFirst; free, it maps")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), old = new_vspace(pool);
    seL4_CPtr super = new_object(seL4_ARM_SuperSectionObject, 0), section = new_object(seL4_ARM_SectionObject, 0);
    expect(page_map(super, old, vaddr, seL4_ReadWrite, 0), NO_ERROR);
    delete_cap(old);
    seL4_CPtr vspace = new_vspace(pool);                /* the same ASID: the record names it */
    expect(page_map(super, vspace, vaddr + SUPERSECTION_SIZE, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
    expect(page_map(section, vspace, vaddr + 3 * SECTION_SIZE, seL4_ReadWrite, 0), NO_ERROR);
    expect(page_map(super, vspace, vaddr, seL4_CanRead, 0), DELETE_FIRST);
    expect(page_unmap(section), NO_ERROR);
    expect(page_map(super, vspace, vaddr, seL4_CanRead, 0), NO_ERROR);
    expect(page_map(section, vspace, vaddr + 3 * SECTION_SIZE, seL4_ReadWrite, 0), DELETE_FIRST);
    delete_cap(pool);
}

/* ---- Page cache operations --------------------------------------------------- */

CASE(AARCHCACHE0001, "6-cache",
     "the page directory's cache operations, well formed or not -> IllegalOperation; the pages' work on a supersection")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = mapped_frame(vaddr, seL4_ReadWrite);
    poke(vaddr, 0xcac);
    const seL4_Word directory_labels[] = { ARMPDClean_Data, ARMPDInvalidate_Data, ARMPDCleanInvalidate_Data,
                                           ARMPDUnify_Instruction };
    for (unsigned i = 0; i < ARRAY_SIZE(directory_labels); i++) {
        struct message whole = { directory_labels[i], 0, 2, { 0 }, { vaddr, vaddr + PAGE_SIZE } };
        struct message nothing = { directory_labels[i], 0, 0, { 0 }, { 0 } };
        expect(call_message(VSPACE, &whole), ILLEGAL_OPERATION);
        expect(call_message(VSPACE, &nothing), ILLEGAL_OPERATION);
    }
    expect(seL4_ARM_Page_Clean_Data(frame, 0, PAGE_SIZE), NO_ERROR);
    EXPECT(holds(vaddr, 0xcac));

    seL4_Word super_at = new_space(SUPERSECTION_SIZE);
    seL4_CPtr super = new_object(seL4_ARM_SuperSectionObject, 0);
    expect(map_page(super, super_at, seL4_ReadWrite), NO_ERROR);
    poke(super_at + SUPERSECTION_SIZE - PAGE_SIZE, 0x5ec);
    expect(seL4_ARM_Page_CleanInvalidate_Data(super, 0, SUPERSECTION_SIZE), NO_ERROR);
    expect(seL4_ARM_Page_Unify_Instruction(super, SUPERSECTION_SIZE - PAGE_SIZE, SUPERSECTION_SIZE), NO_ERROR);
    EXPECT(holds(super_at + SUPERSECTION_SIZE - PAGE_SIZE, 0x5ec));
}

/* ---- ExecuteNever ------------------------------------------------------------ */

CASE(AARCHEXEC0001, "6-execute",
     "a page mapped without ExecuteNever runs code, at any rights that read, also after a remap clears it")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr code = code_page_copy();
    map_tables(VSPACE, vaddr, seL4_PageBits);
    expect(map_page(code, vaddr, seL4_CanRead), NO_ERROR);
    EXPECT(code_page_call(vaddr) == CODE_PAGE_ANSWER);
    expect(page_map(code, VSPACE, vaddr, seL4_CanRead, seL4_ARM_Default_VMAttributes | seL4_ARM_ExecuteNever),
           NO_ERROR);
    expect(page_map(code, VSPACE, vaddr, seL4_AllRights, seL4_ARM_PageCacheable), NO_ERROR);
    EXPECT(code_page_call(vaddr) == CODE_PAGE_ANSWER);
    EXPECT(peek(vaddr) == peek((seL4_Word)code_page_answer));
}

/* ---- The end of user memory ------------------------------------------------------ */

CASE(AARCHRANGE0001, "6-range 2.6.1-3d 2.7.2-5",
     "user memory ends at 0xdfffffff: frames of each size end below it; tables at 0xe0000000 and up "
     "-> InvalidArgument 0")
{
    seL4_CPtr other = new_vspace(seL4_CapInitThreadASIDPool);
    const struct {
        seL4_CPtr frame;
        seL4_Word too_high, highest;
    } frames[] = {
        { new_object(seL4_ARM_SmallPageObject, 0), 0xdffff000, 0xdfffe000 },
        { new_object(seL4_ARM_LargePageObject, 0), 0xdfff0000, 0xdffe0000 },
        { new_object(seL4_ARM_SectionObject, 0), 0xdff00000, 0xdfe00000 },
        { new_object(seL4_ARM_SuperSectionObject, 0), 0xdf000000, 0xde000000 },
    };
    seL4_CPtr pt = new_object(seL4_ARM_PageTableObject, 0);
    /* the window, its last page, and the device sections above it */
    const seL4_Word kernel_side[] = { 0xe0000000, 0xe0100000, 0xffdff000, 0xffe00000, 0xfffff000 };
    for (unsigned i = 0; i < ARRAY_SIZE(kernel_side); i++) {
        expect(page_map(frames[0].frame, other, kernel_side[i], seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
        expect(seL4_ARM_PageTable_Map(pt, other, kernel_side[i], 0), INVALID_ARGUMENT(0));
    }
    expect(seL4_ARM_PageTable_Map(pt, other, 0xdfffffff, 0), NO_ERROR);             /* masked to 0xdff00000 */
    for (unsigned i = 0; i < ARRAY_SIZE(frames); i++) {
        expect(page_map(frames[i].frame, other, frames[i].too_high, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
        /* the last frame of the address space, whose end wraps to 0 */
        expect(page_map(frames[i].frame, other, ~0ul, seL4_ReadWrite, 0), INVALID_ARGUMENT(0));
        expect(page_map(frames[i].frame, other, frames[i].highest, seL4_ReadWrite, 0), NO_ERROR);
    }
    delete_cap(other);
}
