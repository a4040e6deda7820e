/*
 * The SDK's vspace_map_anywhere() and vspace_unmap_free()
 * (<vspace/map_anywhere.h>): what the helper makes, maps and frees, and
 * each error it reports, against the real kernel.  What it made is read
 * from its record and checked by probing: a frame mapped where a structure
 * should be, or should not be, succeeds or names the level that is missing.
 */
#include "harness.h"
#include <vspace/map_anywhere.h>

#define PT 3

/* The structures a 4 KiB page needs below the root: one per level. */
#define ALL_LEVELS (PT - FIRST_TABLE_LEVEL + 1)

/* The helper's state in a case: its untyped, slots of its own, and a record. */
struct helper {
    seL4_Word untyped_bits;
    seL4_SlotRegion slots;
    seL4_CPtr first_slot;
    vspace_alloc_t alloc;
    vspace_mapping_t mapping;
};

/* Room for the structures of two mappings. */
#define HELPER_SLOTS (2 * VSPACE_MAX_TABLES)

static void helper_init(struct helper *h, seL4_Word untyped_bits, const vspace_paging_t *paging)
{
    h->untyped_bits = untyped_bits;
    h->first_slot = new_slot();
    for (int i = 1; i < HELPER_SLOTS; i++) {
        new_slot();             /* consecutive: new_slot() takes the lowest empty one */
    }
    h->slots = (seL4_SlotRegion){ h->first_slot, h->first_slot + HELPER_SLOTS };
    h->alloc = (vspace_alloc_t){ paging, new_untyped(untyped_bits), ROOT, &h->slots };
}

static seL4_Error map_anywhere(struct helper *h, seL4_CPtr frame, seL4_Word vaddr)
{
    return vspace_map_anywhere(&h->alloc, frame, VSPACE, vaddr, seL4_ReadWrite, DEFAULT_ATTRIBUTES, &h->mapping);
}

/* Everything the helper took is back: its slots, and its untyped's memory. */
static void expect_all_returned(struct helper *h)
{
    EXPECT(h->slots.start == h->first_slot);
    EXPECT(untyped_is_free(h->alloc.untyped, h->untyped_bits));
}

/* The record lists one structure for each level from `first` to `last`
 * (none if `last` < `first`), top down, of the type boot's tables have
 * there (seL4's current one), each mapped: its Map -> InvalidCapability 0. */
static void expect_made(const vspace_mapping_t *mapping, int first, int last)
{
    EXPECT(mapping->num_tables == (size_t)(last >= first ? last - first + 1 : 0));
    for (size_t i = 0; i < mapping->num_tables && first + (int)i <= last; i++) {
        int level = first + (int)i;
        const vspace_table_t *table = &mapping->tables[i];
        EXPECT(table->level->bits == TABLE_BITS(level));
        EXPECT(table->level->object == table_type(BOOT_TABLE_LEVEL(level)));
        expect(table_map(BOOT_TABLE_LEVEL(level), table->cap, VSPACE, BEYOND_USER, DEFAULT_ATTRIBUTES),
               INVALID_CAPABILITY(0));
    }
}

/* A refusal before anything was made: the error's cause, nothing listed,
 * nothing taken. */
static void expect_nothing_made(struct helper *h, vspace_failure_t failure)
{
    EXPECT(h->mapping.failure == failure && h->mapping.frame == seL4_CapNull && h->mapping.num_tables == 0);
    expect_all_returned(h);
}

/* ---- Success ---------------------------------------------------------------- */

struct frame_size {
    seL4_Word object, bits;
    int level;                  /* the level whose entries map it */
};

static const struct frame_size frame_sizes[] = {
    { FRAME_OBJECT, seL4_PageBits, PT },
    { LARGE_FRAME_OBJECT, LARGE_BITS, 2 },
#ifdef HUGE_FRAME_OBJECT
    { HUGE_FRAME_OBJECT, HUGE_BITS, 1 },
#endif
#ifdef FRAME_X16_OBJECT         /* frames that fill 16 entries */
    { FRAME_X16_OBJECT, seL4_PageBits + 4, PT },
    { LARGE_FRAME_X16_OBJECT, LARGE_BITS + 4, 2 },
#endif
};

/* Something is mapped at `vaddr` (a frame cannot be): checked before
 * touching it, so that a helper that failed fails the case, not the suite. */
static int is_mapped(seL4_Word vaddr)
{
    seL4_Error error = probe(vaddr);
    EXPECT(error == seL4_DeleteFirst);
    return error == seL4_DeleteFirst;
}

/* The frame's first and last words read zero, then what is written. */
static void expect_memory_works(seL4_Word vaddr, seL4_Word size)
{
    seL4_Word last = vaddr + size - sizeof(seL4_Word);
    if (!is_mapped(vaddr)) {
        return;
    }
    EXPECT(peek(vaddr) == 0 && peek(last) == 0);
    poke(vaddr, 0x600d);
    poke(last, 0xf00d);
    EXPECT(peek(vaddr) == 0x600d && peek(last) == 0xf00d);
}

/* Only the structures above the frame were made: the place after it has
 * its table, or lacks the one below the frame's level. */
static void expect_nothing_below(seL4_Word vaddr, const struct frame_size *size)
{
    seL4_Word next = vaddr + BIT(size->bits);
    if (size->level == PT) {
        expect(probe(next), NO_ERROR);
    } else {
        expect_missing_table(probe(next), TABLE_BITS(size->level + 1));
    }
}

CASE(ANYWHERE0001, "anywhere-sizes anywhere-free",
     "every frame size at a fresh address: the structures it lacked are made, memory works, freeing undoes it")
{
    for (unsigned i = 0; i < ARRAY_SIZE(frame_sizes); i++) {
        const struct frame_size *size = &frame_sizes[i];
        seL4_Word vaddr = new_space(2 * BIT(size->bits));
        seL4_CPtr frame = new_object(size->object, 0);
        struct helper h;
        helper_init(&h, seL4_PageTableBits + 2, NULL);
        expect(map_anywhere(&h, frame, vaddr), NO_ERROR);
        EXPECT(h.mapping.frame == frame && h.mapping.failure == VSPACE_NO_FAILURE);
        expect_made(&h.mapping, FIRST_TABLE_LEVEL, size->level);
        expect_memory_works(vaddr, BIT(size->bits));
        expect_nothing_below(vaddr, size);
        expect(vspace_unmap_free(&h.alloc, &h.mapping), NO_ERROR);
        EXPECT(h.mapping.frame == seL4_CapNull && h.mapping.num_tables == 0);
        expect_missing_table(probe(vaddr), ROOT_ENTRY_BITS);
        expect_all_returned(&h);
    }
}

CASE(ANYWHERE0002, "anywhere-reuse",
     "structures that exist are used, not made again; freeing in reverse gives every slot back")
{
    seL4_Word vaddr = new_region();
    struct helper h;
    helper_init(&h, seL4_PageTableBits + 2, NULL);
    vspace_mapping_t first, beside, next_table;
    expect(vspace_map_anywhere(&h.alloc, new_frame(), VSPACE, vaddr, seL4_ReadWrite, DEFAULT_ATTRIBUTES, &first),
           NO_ERROR);
    expect(vspace_map_anywhere(&h.alloc, new_frame(), VSPACE, vaddr + PAGE_SIZE, seL4_ReadWrite, DEFAULT_ATTRIBUTES,
                               &beside),
           NO_ERROR);
    expect(vspace_map_anywhere(&h.alloc, new_frame(), VSPACE, vaddr + LARGE_SIZE, seL4_ReadWrite,
                               DEFAULT_ATTRIBUTES, &next_table),
           NO_ERROR);
    expect_made(&first, FIRST_TABLE_LEVEL, PT);
    EXPECT(beside.num_tables == 0);
    expect_made(&next_table, PT, PT);
    if (is_mapped(vaddr) && is_mapped(vaddr + PAGE_SIZE) && is_mapped(vaddr + LARGE_SIZE)) {
        poke(vaddr + PAGE_SIZE, 2);
        poke(vaddr + LARGE_SIZE, 3);
        EXPECT(peek(vaddr) == 0 && peek(vaddr + PAGE_SIZE) == 2 && peek(vaddr + LARGE_SIZE) == 3);
    }
    expect(vspace_unmap_free(&h.alloc, &next_table), NO_ERROR);
    expect(vspace_unmap_free(&h.alloc, &beside), NO_ERROR);
    expect(vspace_unmap_free(&h.alloc, &first), NO_ERROR);
    expect_missing_table(probe(vaddr), ROOT_ENTRY_BITS);
    expect_all_returned(&h);
}

/* ---- Errors ----------------------------------------------------------------- */

CASE(ANYWHERE0003, "anywhere-memory",
     "an untyped too small for the structures -> the Retype's NotEnoughMemory; what was made stays until freed")
{
    /* Room for one structure where a page needs more, for half of one
     * where it needs just one. */
    int made = ALL_LEVELS > 1 ? 1 : 0;
    seL4_Word untyped_bits = made ? seL4_PageTableBits : seL4_PageTableBits - 1;
    seL4_Word vaddr = new_region();
    struct helper h;
    helper_init(&h, untyped_bits, NULL);
    expect(map_anywhere(&h, new_frame(), vaddr), NOT_ENOUGH_MEMORY(made ? 0 : BIT(untyped_bits)));
    EXPECT(h.mapping.failure == VSPACE_TABLE_RETYPE && h.mapping.frame == seL4_CapNull);
    expect_made(&h.mapping, FIRST_TABLE_LEVEL, FIRST_TABLE_LEVEL + made - 1);
    EXPECT(h.slots.start == h.first_slot + (seL4_Word)made);   /* the failed Retype took none */
    expect_missing_table(probe(vaddr), TABLE_BITS(FIRST_TABLE_LEVEL + made));
    expect(vspace_unmap_free(&h.alloc, &h.mapping), NO_ERROR);
    expect_missing_table(probe(vaddr), ROOT_ENTRY_BITS);
    expect_all_returned(&h);
}

CASE(ANYWHERE0004, "anywhere-kernel",
     "an address in the kernel's half, beyond user space or across its top -> the Map's InvalidArgument 0")
{
    const seL4_Word addresses[] = { KERNEL_ADDRESS, BEYOND_USER, BEYOND_USER - PAGE_SIZE, ~0ul };
    struct helper h;
    helper_init(&h, seL4_PageTableBits + 2, NULL);
    for (unsigned i = 0; i < ARRAY_SIZE(addresses); i++) {
        expect(map_anywhere(&h, new_frame(), addresses[i]), INVALID_ARGUMENT(0));
        expect_nothing_made(&h, VSPACE_FRAME_MAP);
    }
}

CASE(ANYWHERE0005, "anywhere-mapped",
     "a taken address -> DeleteFirst, a frame mapped elsewhere -> InvalidArgument 0; freeing leaves those mappings")
{
    seL4_Word vaddr = new_region(), large_vaddr = new_region(), elsewhere = new_region();
    seL4_CPtr taken = mapped_frame(vaddr, seL4_ReadWrite), large = new_object(LARGE_FRAME_OBJECT, 0);
    map_tables(VSPACE, large_vaddr, LARGE_BITS);
    expect(map_page(large, large_vaddr, seL4_ReadWrite), NO_ERROR);
    poke(vaddr, 0x77);
    poke(large_vaddr + PAGE_SIZE, 0x78);
    struct helper h;
    helper_init(&h, seL4_PageTableBits + 2, NULL);
    expect(map_anywhere(&h, new_frame(), vaddr), DELETE_FIRST);
    expect_nothing_made(&h, VSPACE_FRAME_MAP);
    expect(map_anywhere(&h, new_frame(), large_vaddr + PAGE_SIZE), DELETE_FIRST);   /* under a large frame */
    expect_nothing_made(&h, VSPACE_FRAME_MAP);
    expect(map_anywhere(&h, taken, elsewhere), INVALID_ARGUMENT(0));
    expect_nothing_made(&h, VSPACE_FRAME_MAP);
    expect(vspace_unmap_free(&h.alloc, &h.mapping), NO_ERROR);
    EXPECT(holds(vaddr, 0x77) && holds(large_vaddr + PAGE_SIZE, 0x78));
    expect_missing_table(probe(elsewhere), ROOT_ENTRY_BITS);
}

CASE(ANYWHERE0006, "anywhere-level",
     "a lookup level the table has no structure for -> the Map's FailedLookup, its level intact; nothing made")
{
    vspace_paging_t lacking_top = vspace_arch_paging;
    lacking_top.levels++;
    lacking_top.num_levels--;
    EXPECT(vspace_level_for(&vspace_arch_paging, ROOT_ENTRY_BITS) == &vspace_arch_paging.levels[0]);
    EXPECT(vspace_level_for(&lacking_top, ROOT_ENTRY_BITS) == NULL);
    EXPECT(vspace_level_for(&vspace_arch_paging, seL4_PageBits) == NULL);
    seL4_Word vaddr = new_region();
    seL4_CPtr frame = new_frame();
    struct helper h;
    helper_init(&h, seL4_PageTableBits + 2, &lacking_top);
    expect_missing_table(map_anywhere(&h, frame, vaddr), ROOT_ENTRY_BITS);
    expect_nothing_made(&h, VSPACE_UNKNOWN_LEVEL);
    /* where the top structure exists, the table serves for the rest */
    table_at(BOOT_TABLE_LEVEL(FIRST_TABLE_LEVEL), VSPACE, vaddr);
    expect(map_anywhere(&h, frame, vaddr), NO_ERROR);
    expect_made(&h.mapping, FIRST_TABLE_LEVEL + 1, PT);
    expect(vspace_unmap_free(&h.alloc, &h.mapping), NO_ERROR);
    expect_all_returned(&h);
}

/* A structure's Map that maps nothing, as a kernel that lost it would. */
static seL4_Error map_nothing(seL4_CPtr table, seL4_CPtr vspace, seL4_Word vaddr, vspace_vm_attributes_t attr)
{
    (void)table;
    (void)vspace;
    (void)vaddr;
    (void)attr;
    return seL4_NoError;
}

CASE(ANYWHERE0007, "anywhere-bound",
     "a Map that still lacks a structure once one per level was made -> its FailedLookup, no further attempt")
{
    vspace_level_t levels[VSPACE_MAX_TABLES];
    vspace_paging_t losing = vspace_arch_paging;
    for (size_t i = 0; i < losing.num_levels; i++) {
        levels[i] = vspace_arch_paging.levels[i];
        levels[i].map = map_nothing;
    }
    losing.levels = levels;
    seL4_Word vaddr = new_region();
    struct helper h;
    helper_init(&h, seL4_PageTableBits + 2, &losing);
    expect_missing_table(map_anywhere(&h, new_frame(), vaddr), ROOT_ENTRY_BITS);
    EXPECT(h.mapping.failure == VSPACE_TOO_MANY_TABLES && h.mapping.num_tables == ALL_LEVELS);
    for (size_t i = 0; i < h.mapping.num_tables; i++) {
        EXPECT(h.mapping.tables[i].level == &levels[0]);      /* asked for the same level each time */
    }
    expect_missing_table(probe(vaddr), ROOT_ENTRY_BITS);
    expect(vspace_unmap_free(&h.alloc, &h.mapping), NO_ERROR);   /* Unmap of an unmapped structure: no-op */
    expect_all_returned(&h);
}

CASE(ANYWHERE0008, "anywhere-other",
     "a VSpace whose ASID pool is gone -> the Map's FailedLookup, InvalidRoot; no slot left -> NotEnoughMemory")
{
    seL4_Word vaddr = new_region();
    seL4_CPtr pool = new_asid_pool(NULL), vspace = new_vspace(pool);
    delete_cap(pool);
    struct helper h;
    helper_init(&h, seL4_PageTableBits + 2, NULL);
    expect(vspace_map_anywhere(&h.alloc, new_frame(), vspace, vaddr, seL4_ReadWrite, DEFAULT_ATTRIBUTES,
                               &h.mapping),
           INVALID_ROOT);
    expect_nothing_made(&h, VSPACE_FRAME_MAP);
    h.slots.end = h.slots.start;
    EXPECT(map_anywhere(&h, new_frame(), vaddr) == seL4_NotEnoughMemory);
    expect_nothing_made(&h, VSPACE_NO_SLOT);
    expect_missing_table(probe(vaddr), ROOT_ENTRY_BITS);
}

CASE(ANYWHERE0009, "anywhere-free",
     "freeing goes deepest first: a copied structure's capability stops it with RevokeFirst, below it all is gone")
{
    seL4_Word vaddr = new_region();
    struct helper h;
    helper_init(&h, seL4_PageTableBits + 2, NULL);
    expect(map_anywhere(&h, new_frame(), vaddr), NO_ERROR);
    seL4_CPtr copy = copy_of(h.mapping.tables[0].cap, seL4_AllRights);
    expect(vspace_unmap_free(&h.alloc, &h.mapping), REVOKE_FIRST);
    EXPECT(h.mapping.frame == seL4_CapNull && h.mapping.num_tables == 1);
    if (ALL_LEVELS > 1) {
        expect_missing_table(probe(vaddr), TABLE_BITS(FIRST_TABLE_LEVEL + 1));
    } else {
        expect(probe(vaddr), NO_ERROR);         /* the page table stays, without the frame */
    }
    delete_cap(copy);
    expect(vspace_unmap_free(&h.alloc, &h.mapping), NO_ERROR);
    EXPECT(h.mapping.num_tables == 0);
    expect_missing_table(probe(vaddr), ROOT_ENTRY_BITS);
    expect_all_returned(&h);
}
