/*
 * VM invocations (kernel/vspace/invocations.c): paging-structure Map and
 * Unmap, and the argument checks Map shares with frames, on the VSpace of
 * support/vspace_env.h.
 */
#include "vspace_env.h"

/* More VSpace capabilities, all "in the wrong": */
enum {
    NO_ASID_SLOT = SPARE_SLOT,  /* a root never assigned an ASID */
    BAD_ASID_SLOT,              /* ASID 2: nothing assigned there */
    FAR_ASID_SLOT,              /* FAR_ASID: in a pool that does not exist */
    HUGE_ASID_SLOT,             /* HUGE_ASID: beyond the ASID table, though its low bits are 1 */
    STALE_SLOT,                 /* ASID 1, which belongs to another root */
    EMPTY_SLOT,
    FREE_SLOT,
};
#define NO_CAP ((word_t)-1)

#define FAR_ASID  (ASID_POOL_ENTRIES + 1)
#define HUGE_ASID (ASID_POOLS * ASID_POOL_ENTRIES + TEST_ASID)

/* The table type of level 2, or of level 3 where the root is level 2: the
 * rows and cases that name it run on every architecture. */
#if FIRST_TABLE_LEVEL <= 2
#define UPPER_SLOT L2_SLOT
#define UPPER_TABLE_NAME L2_TABLE_NAME
#else
#define UPPER_SLOT L3_SLOT
#define UPPER_TABLE_NAME L3_TABLE_NAME
#endif

static cap_t vspace_cap(void *root, word_t asid)
{
    cap_t cap = cap_object_new(cap_vspace, root);
    cap.vspace.asid = asid;
    return cap;
}

static int setup(void **state)
{
    vspace_env_setup(state);
    pte_t *other = test_alloc(TABLE_BITS(ROOT_LEVEL));
    put_cap(&vm[NO_ASID_SLOT], vspace_cap(other, 0));
    put_cap(&vm[BAD_ASID_SLOT], vspace_cap(other, 2));
    put_cap(&vm[FAR_ASID_SLOT], vspace_cap(other, FAR_ASID));
    put_cap(&vm[HUGE_ASID_SLOT], vspace_cap(root_table, HUGE_ASID));
    put_cap(&vm[STALE_SLOT], vspace_cap(other, TEST_ASID));
    return 0;
}

/* ---- Argument checks, tables and frames ------------------------------- */

struct arg_row {
    const char *name;
    word_t target, vspace;      /* slots; vspace may be NO_CAP */
    vaddr_t vaddr;
    word_t length;              /* 0: the full message */
    seL4_Error error;
    word_t reply_length, reply[3];
    const char *message;        /* NULL: nothing printed; else a format given: */
    word_t shown;               /* the number it shows; 0: vaddr */
};

#define NOT_ROOT "the VSpace argument is not a VSpace root with an ASID"
#define TOO_HIGH "%#lx is outside the user address range"

static const struct arg_row arg_rows[] = {
    { "L3: length 1", L3_SLOT, VSPACE_SLOT, TEST_VADDR, 1, seL4_TruncatedMessage, 0, { 0 },
      L3_TABLE_NAME "_Map: truncated message", 0 },
    { "L3: no vspace", L3_SLOT, NO_CAP, TEST_VADDR, 0, seL4_TruncatedMessage, 0, { 0 },
      L3_TABLE_NAME "_Map: truncated message", 0 },
    { "frame: length 2", FRAME_SLOT, VSPACE_SLOT, TEST_VADDR, 2, seL4_TruncatedMessage, 0, { 0 },
      FRAME_NAME "_Map: truncated message", 0 },
    { "frame: no vspace", FRAME_SLOT, NO_CAP, TEST_VADDR, 0, seL4_TruncatedMessage, 0, { 0 },
      FRAME_NAME "_Map: truncated message", 0 },
    { "L3: vspace is a table", L3_SLOT, UPPER_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      L3_TABLE_NAME "_Map: " NOT_ROOT, 0 },
    { "upper: vspace without ASID", UPPER_SLOT, NO_ASID_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      UPPER_TABLE_NAME "_Map: " NOT_ROOT, 0 },
    { "upper: vspace slot empty", UPPER_SLOT, EMPTY_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      UPPER_TABLE_NAME "_Map: " NOT_ROOT, 0 },
    { "frame: vspace is a frame", FRAME_SLOT, LARGE_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      FRAME_NAME "_Map: " NOT_ROOT, 0 },
    { "frame: vspace without ASID", FRAME_SLOT, NO_ASID_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      FRAME_NAME "_Map: " NOT_ROOT, 0 },
    { "upper: above USER_TOP", UPPER_SLOT, VSPACE_SLOT, BEYOND_USER, 0, seL4_InvalidArgument, 1, { 0 },
      UPPER_TABLE_NAME "_Map: " TOO_HIGH, 0 },
    /* Masked first, as every table's address is (to a level-2 entry's, of
     * at least 1 MiB). */
    { "L3: kernel address", L3_SLOT, VSPACE_SLOT, KERNEL_ADDRESS + 0x56789, 0, seL4_InvalidArgument, 1, { 0 },
      L3_TABLE_NAME "_Map: " TOO_HIGH, KERNEL_ADDRESS },
    { "4K frame: last page", FRAME_SLOT, VSPACE_SLOT, BEYOND_USER - BIT(12), 0, seL4_InvalidArgument, 1, { 0 },
      FRAME_NAME "_Map: " TOO_HIGH, 0 },
    { "large frame: ends at the top", LARGE_SLOT, VSPACE_SLOT, BEYOND_USER - BIT(ENTRY_BITS(2)), 0,
      seL4_InvalidArgument, 1, { 0 }, FRAME_NAME "_Map: " TOO_HIGH, 0 },
#if FRAME_SIZES == 3
    { "1G frame: ends at the top", HUGE_SLOT, VSPACE_SLOT, BEYOND_USER - BIT(30), 0, seL4_InvalidArgument, 1,
      { 0 }, FRAME_NAME "_Map: " TOO_HIGH, 0 },
#endif
    { "4K frame: second-last page is in range", FRAME_SLOT, VSPACE_SLOT, BEYOND_USER - BIT(13), 0,
      seL4_FailedLookup, 3, { 0, seL4_MissingCapability, ROOT_ENTRY_BITS }, NULL, 0 },
    { "upper: ASID not assigned", UPPER_SLOT, BAD_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, UPPER_TABLE_NAME "_Map: ASID 2 is not assigned", 0 },
    { "L3: ASID in a missing pool", L3_SLOT, FAR_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, L3_TABLE_NAME "_Map: ASID %lu is not assigned", FAR_ASID },
/* Only where the ASID table has fewer ASIDs than a capability can name. */
#if seL4_NumASIDPoolsBits + seL4_ASIDPoolIndexBits < 16
    { "frame: ASID beyond the table", FRAME_SLOT, HUGE_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, FRAME_NAME "_Map: ASID %lu is not assigned", HUGE_ASID },
#endif
    { "frame: ASID not assigned", FRAME_SLOT, BAD_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, FRAME_NAME "_Map: ASID 2 is not assigned", 0 },
    { "upper: stale vspace", UPPER_SLOT, STALE_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      UPPER_TABLE_NAME "_Map: the VSpace capability is stale", 0 },
    { "frame: stale vspace", FRAME_SLOT, STALE_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      FRAME_NAME "_Map: the VSpace capability is stale", 0 },
    /* Two failures: the earlier check wins. */
    { "truncated before vspace", FRAME_SLOT, UPPER_SLOT, TEST_VADDR, 2, seL4_TruncatedMessage, 0, { 0 },
      FRAME_NAME "_Map: truncated message", 0 },
    { "vspace before range", L3_SLOT, UPPER_SLOT, BEYOND_USER, 0, seL4_InvalidCapability, 1, { 1 },
      L3_TABLE_NAME "_Map: " NOT_ROOT, 0 },
    { "frame: vspace before range", FRAME_SLOT, NO_ASID_SLOT, BEYOND_USER, 0, seL4_InvalidCapability, 1,
      { 1 }, FRAME_NAME "_Map: " NOT_ROOT, 0 },
    { "range before ASID", L3_SLOT, BAD_ASID_SLOT, BEYOND_USER, 0, seL4_InvalidArgument, 1, { 0 },
      L3_TABLE_NAME "_Map: " TOO_HIGH, 0 },
    { "frame: range before ASID", FRAME_SLOT, BAD_ASID_SLOT, BEYOND_USER, 0, seL4_InvalidArgument, 1, { 0 },
      FRAME_NAME "_Map: " TOO_HIGH, 0 },
    { "ASID before walk", L3_SLOT, FAR_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, L3_TABLE_NAME "_Map: ASID %lu is not assigned", FAR_ASID },
};

static void test_map_argument_checks(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_SIZE(arg_rows); i++) {
        const struct arg_row *row = &arg_rows[i];
        print_message("row: %s\n", row->name);
        cte_t *target = &vm[row->target];
        bool is_frame = cap_type(target->cap) == cap_frame;
        const word_t args[] = { row->vaddr, is_frame ? seL4_ReadWrite.words[0] : 0, 0 };
        word_t length = row->length ? row->length : (is_frame ? 3 : 2);
        cap_t before = target->cap;
        struct invocation inv;

        assert_int_equal(invoke(&inv, target, map_label(target), args, length,
                                row->vspace == NO_CAP ? NULL : &vm[row->vspace]), row->error);
        assert_reply_at(&inv, row->reply, row->reply_length, __FILE__, __LINE__);
        if (row->message != NULL) {
            assert_user_error(row->message, row->shown ? row->shown : row->vaddr);
        }
        assert_no_console();
        assert_memory_equal(&target->cap, &before, sizeof(before));
        assert_true(all_zero(root_table, TABLE_BYTES(ROOT_LEVEL)));
    }
}

/* ---- Map -------------------------------------------------------------- */

/* The entries of tables[level] that are not empty. */
static word_t entries_in_use(word_t level)
{
    word_t count = 0;
    for (word_t i = 0; i < TABLE_ENTRIES(level); i++) {
        count += tables[level][i] != 0;
    }
    return count;
}

static void test_map_each_level(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, LAST_LEVEL);
    assert_tables_linked(TEST_VADDR, LAST_LEVEL);
    assert_ptr_equal(entry_at(TEST_VADDR, LAST_LEVEL), &tables[LAST_LEVEL][index_at(TEST_VADDR, LAST_LEVEL)]);
    for (word_t level = FIRST_TABLE_LEVEL; level <= LAST_LEVEL; level++) {
        /* A table records where its parent's entry starts to cover. */
        assert_table_mapped(TABLE_SLOT(level), level, ALIGN_DOWN(TEST_VADDR, ENTRY_BITS(level - 1)));
        assert_int_equal(entries_in_use(level - 1), 1);
    }
    assert_int_equal(entries_in_use(LAST_LEVEL), 0);
}

#if FIRST_TABLE_LEVEL <= 2 && L2_TABLE_IS_FIXED
/* A table fixed to its level needs the levels above (a type with a range
 * takes a missing level instead: tests/arch/<arch>/host). */
static void test_map_needs_the_level_above(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(map_table(&inv, &vm[L2_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_FailedLookup);
    assert_reply(&inv, 0, seL4_MissingCapability, ROOT_ENTRY_BITS);
    assert_no_console();
    assert_false(vm[L2_SLOT].cap.table.is_mapped);
    assert_true(all_zero(root_table, TABLE_BYTES(ROOT_LEVEL)));
}
#endif

/* Each table goes where its parent's entry for the address starts, at an
 * address in TEST_VADDR's root entry that is unaligned for every level. */
static void test_map_masks_the_address_silently(void **state)
{
    (void)state;
    struct invocation inv;
    vaddr_t vaddr = TEST_VADDR + (0x3fedcba9 & mask_bits(ENTRY_BITS(ROOT_LEVEL)));
    for (word_t level = FIRST_TABLE_LEVEL; level <= LAST_LEVEL; level++) {
        assert_int_equal(map_table(&inv, &vm[TABLE_SLOT(level)], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
        assert_int_equal(*entry_at(vaddr, level - 1), table_pte(tables[level]));
        assert_table_mapped(TABLE_SLOT(level), level, ALIGN_DOWN(vaddr, ENTRY_BITS(level - 1)));
    }
    assert_tables_linked(vaddr, LAST_LEVEL);
    assert_no_console();
}

static void test_map_an_already_mapped_table(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, LAST_LEVEL);
    vaddr_t elsewhere = TEST_VADDR + BIT(ENTRY_BITS(2));
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], elsewhere, 0), seL4_InvalidCapability);
    assert_reply(&inv, 0);
    assert_user_error(L3_TABLE_NAME "_Map: the table is already mapped");
    /* Checked before the VSpace argument. */
    assert_int_equal(map_table(&inv, &vm[UPPER_SLOT], &vm[L3_SLOT], elsewhere, 0), seL4_InvalidCapability);
    assert_reply(&inv, 0);
    assert_user_error(UPPER_TABLE_NAME "_Map: the table is already mapped");
    assert_int_equal(tables[2][index_at(elsewhere, 2)], 0);
}

/* A second table of `level` in a free slot. */
static cte_t *another_table(word_t level)
{
    vm[FREE_SLOT] = (cte_t){ 0 };
    new_table(FREE_SLOT, level);
    return &vm[FREE_SLOT];
}

#define ALREADY_MAPPED "is already mapped"
#define INSIDE_A_FRAME "is inside a larger frame's mapping"

/* Mapping `table` at `vaddr` is refused, naming `shown` and `reason`, and
 * changes nothing. */
static void expect_delete_first(cte_t *table, vaddr_t vaddr, vaddr_t shown, const char *reason)
{
    struct invocation inv;
    save_tables();
    assert_int_equal(map_table(&inv, table, &vm[VSPACE_SLOT], vaddr, 0), seL4_DeleteFirst);
    assert_no_reply(&inv);
    assert_user_error("%s_Map: %#lx %s", test_table_types[table_test_level(table)].name, shown, reason);
    assert_false(table->cap.table.is_mapped);
    assert_tables_unchanged();
}

static void test_map_over_a_table(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, LAST_LEVEL);
    for (word_t level = FIRST_TABLE_LEVEL; level <= LAST_LEVEL; level++) {
        /* A type fixed to its level finds its own level's entry taken; a
         * type with a range finds every level of it taken, down to the last. */
        word_t taken = test_table_types[level].is_fixed ? level - 1 : LAST_LEVEL - 1;
        expect_delete_first(another_table(level), TEST_VADDR + 0x1000, ALIGN_DOWN(TEST_VADDR, ENTRY_BITS(taken)),
                            ALREADY_MAPPED);
    }
    assert_tables_linked(TEST_VADDR, LAST_LEVEL);
}

/* With each frame larger than 4 KiB mapped (and the tables above them),
 * the table that would go where the frame's entry is finds it taken. */
static void test_map_over_a_frame(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, LAST_LEVEL - 1);
    for (word_t i = 1; i < FRAME_SIZES; i++) {
        vaddr_t vaddr = frame_vaddrs[i];
        word_t below = frame_levels[i] + 1;
        assert_int_equal(map_frame(&inv, &vm[frame_slots[i]], &vm[VSPACE_SLOT], vaddr, 3, 0), seL4_NoError);
        expect_delete_first(another_table(below), vaddr, vaddr, ALREADY_MAPPED);
        if (below == LAST_LEVEL) {
            continue;
        }
        /* Pagoda: a table further below is in the way, not missing; a
         * table of any level would go in the frame's place, but it is taken. */
        vaddr_t inside = vaddr + BIT(ENTRY_BITS(LAST_LEVEL - 1));
        if (L3_TABLE_IS_FIXED) {
            expect_delete_first(&vm[L3_SLOT], inside, inside, INSIDE_A_FRAME);
        } else {
            expect_delete_first(&vm[L3_SLOT], inside, vaddr, ALREADY_MAPPED);
        }
    }
}

/* ---- Unmap ------------------------------------------------------------ */

static void assert_table_unmapped(word_t slot)
{
    cap_t cap = vm[slot].cap;
    assert_false(cap.table.is_mapped);
    assert_int_equal(cap.table.level, 0);
    assert_int_equal(cap.table.asid, 0);
    assert_int_equal(cap.table.mapped_page, 0);
}

static void test_unmap_each_level(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, LAST_LEVEL);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 3, 0), seL4_NoError);

    for (word_t level = LAST_LEVEL; level >= FIRST_TABLE_LEVEL; level--) {
        pte_t *parent_entry = entry_at(TEST_VADDR, level - 1);
        assert_int_equal(*parent_entry, table_pte(tables[level]));
        arch_log_reset();
        assert_int_equal(unmap(&inv, &vm[TABLE_SLOT(level)]), seL4_NoError);
        assert_no_reply(&inv);
        assert_int_equal(*parent_entry, 0);
        assert_true(all_zero(tables[level], TABLE_BYTES(level)));
        assert_table_unmapped(TABLE_SLOT(level));
        assert_int_equal(arch_log.flush_vspace_count, 1);
        assert_ptr_equal(arch_log.flush_vspace_root, root_table);
    }
    assert_true(all_zero(root_table, TABLE_BYTES(ROOT_LEVEL)));
    assert_no_console();
}

static void test_unmap_an_unmapped_table(void **state)
{
    (void)state;
    struct invocation inv;
    tables[3][7] = 0x1234;
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_NoError);
    assert_no_reply(&inv);
    assert_int_equal(tables[3][7], 0x1234);
    assert_int_equal(arch_log.flush_vspace_count, 0);
    assert_no_console();
}

static void test_unmap_with_other_caps_to_the_table(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, LAST_LEVEL);
    cte_insert_child(&vm[L3_SLOT], &vm[FREE_SLOT], vm[L3_SLOT].cap, false);
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_RevokeFirst);
    assert_no_reply(&inv);
    assert_user_error(L3_TABLE_NAME "_Unmap: other capabilities to this table exist");
    assert_int_equal(tables[2][index_at(TEST_VADDR, 2)], table_pte(tables[3]));
    assert_table_mapped(L3_SLOT, 3, TEST_VADDR);
}

/* The parent entry no longer points at the table: leave it, still zero the table. */
static void test_unmap_leaves_an_entry_it_does_not_own(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, LAST_LEVEL);
    pte_t *entry = &tables[2][index_at(TEST_VADDR, 2)];
    pte_t *other = test_alloc(TABLE_BITS(3));
    *entry = table_pte(other);
    tables[3][3] = 0x5678;
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_NoError);
    assert_int_equal(*entry, table_pte(other));
    assert_true(all_zero(tables[3], TABLE_BYTES(3)));
    assert_table_unmapped(L3_SLOT);
    assert_int_equal(arch_log.flush_vspace_count, 0);
}

/* ---- Labels ----------------------------------------------------------- */

static void test_labels_that_do_not_fit_the_cap(void **state)
{
    (void)state;
    static const struct { word_t slot, label; const char *name; } rows[] = {
#if FIRST_TABLE_LEVEL <= 2 && L2_TABLE_IS_FIXED
        { L3_SLOT, L2_TABLE_MAP_LABEL, L3_TABLE_NAME },
#endif
#if FIRST_TABLE_LEVEL == 1
        { L3_SLOT, L1_TABLE_UNMAP_LABEL, L3_TABLE_NAME },
        { VSPACE_SLOT, L1_TABLE_UNMAP_LABEL, "VSpace" },
#endif
        { L3_SLOT, PAGE_MAP_LABEL, L3_TABLE_NAME },
        { UPPER_SLOT, PAGE_GET_ADDRESS_LABEL, UPPER_TABLE_NAME },
        { UPPER_SLOT, UntypedRetype, UPPER_TABLE_NAME },
        { FRAME_SLOT, L3_TABLE_MAP_LABEL, FRAME_NAME },
        { LARGE_SLOT, ASID_ASSIGN_LABEL, FRAME_NAME },
        { VSPACE_SLOT, PAGE_MAP_LABEL, "VSpace" },
    };
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        struct invocation inv;
        const word_t args[] = { TEST_VADDR, 3, 0 };
        assert_int_equal(invoke(&inv, &vm[rows[i].slot], rows[i].label, args, 3, &vm[VSPACE_SLOT]),
                         seL4_IllegalOperation);
        assert_no_reply(&inv);
        assert_user_error("%s: illegal operation (label %lu)", rows[i].name, rows[i].label);
    }
    assert_true(all_zero(root_table, TABLE_BYTES(ROOT_LEVEL)));
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_map_argument_checks),
        TEST(test_map_each_level),
#if FIRST_TABLE_LEVEL <= 2 && L2_TABLE_IS_FIXED
        TEST(test_map_needs_the_level_above),
#endif
        TEST(test_map_masks_the_address_silently),
        TEST(test_map_an_already_mapped_table),
        TEST(test_map_over_a_table),
        TEST(test_map_over_a_frame),
        TEST(test_unmap_each_level),
        TEST(test_unmap_an_unmapped_table),
        TEST(test_unmap_with_other_caps_to_the_table),
        TEST(test_unmap_leaves_an_entry_it_does_not_own),
        TEST(test_labels_that_do_not_fit_the_cap),
    };
    return cmocka_run_group_tests_name("vspace-tables", tests, NULL, NULL);
}
