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
    FAR_ASID_SLOT,              /* ASID 513: in a pool that does not exist */
    HUGE_ASID_SLOT,             /* x86_64: ASID 4097, beyond the ASID table, though its low bits are 1 */
    STALE_SLOT,                 /* ASID 1, which belongs to another root */
    EMPTY_SLOT,
    FREE_SLOT,
};
#define NO_CAP ((word_t)-1)

static cap_t vspace_cap(void *root, word_t asid)
{
    cap_t cap = cap_object_new(cap_vspace, root);
    cap.vspace.asid = asid;
    return cap;
}

static int setup(void **state)
{
    vspace_env_setup(state);
    pte_t *other = test_alloc(12);
    put_cap(&vm[NO_ASID_SLOT], vspace_cap(other, 0));
    put_cap(&vm[BAD_ASID_SLOT], vspace_cap(other, 2));
    put_cap(&vm[FAR_ASID_SLOT], vspace_cap(other, 513));
    put_cap(&vm[HUGE_ASID_SLOT], vspace_cap(pml4, ASID_POOLS * ASID_POOL_ENTRIES + TEST_ASID));
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
    const char *message;        /* NULL: nothing printed */
};

#define NOT_ROOT "the VSpace argument is not a VSpace root with an ASID"
#define TOO_HIGH "is outside the user address range"

static const struct arg_row arg_rows[] = {
    { "PT: length 1", PT_SLOT, VSPACE_SLOT, TEST_VADDR, 1, seL4_TruncatedMessage, 0, { 0 },
      L3_TABLE_NAME "_Map: truncated message" },
    { "PT: no vspace", PT_SLOT, NO_CAP, TEST_VADDR, 0, seL4_TruncatedMessage, 0, { 0 },
      L3_TABLE_NAME "_Map: truncated message" },
    { "frame: length 2", FRAME_SLOT, VSPACE_SLOT, TEST_VADDR, 2, seL4_TruncatedMessage, 0, { 0 },
      FRAME_NAME "_Map: truncated message" },
    { "frame: no vspace", FRAME_SLOT, NO_CAP, TEST_VADDR, 0, seL4_TruncatedMessage, 0, { 0 },
      FRAME_NAME "_Map: truncated message" },
    { "PT: vspace is a PD", PT_SLOT, PD_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      L3_TABLE_NAME "_Map: " NOT_ROOT },
    { "PDPT: vspace without ASID", PDPT_SLOT, NO_ASID_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      L1_TABLE_NAME "_Map: " NOT_ROOT },
    { "PD: vspace slot empty", PD_SLOT, EMPTY_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      L2_TABLE_NAME "_Map: " NOT_ROOT },
    { "frame: vspace is a frame", FRAME_SLOT, LARGE_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      FRAME_NAME "_Map: " NOT_ROOT },
    { "frame: vspace without ASID", FRAME_SLOT, NO_ASID_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      FRAME_NAME "_Map: " NOT_ROOT },
    { "PDPT: above USER_TOP", PDPT_SLOT, VSPACE_SLOT, 0x800000000000, 0, seL4_InvalidArgument, 1, { 0 },
      L1_TABLE_NAME "_Map: 0x800000000000 " TOO_HIGH },
    { "PT: kernel address", PT_SLOT, VSPACE_SLOT, 0xffffff8000123456, 0, seL4_InvalidArgument, 1, { 0 },
      L3_TABLE_NAME "_Map: 0xffffff8000000000 " TOO_HIGH },
    { "4K frame: last page", FRAME_SLOT, VSPACE_SLOT, 0x7ffffffff000, 0, seL4_InvalidArgument, 1, { 0 },
      FRAME_NAME "_Map: 0x7ffffffff000 " TOO_HIGH },
    { "2M frame: ends at the top", LARGE_SLOT, VSPACE_SLOT, 0x7fffffe00000, 0, seL4_InvalidArgument, 1, { 0 },
      FRAME_NAME "_Map: 0x7fffffe00000 " TOO_HIGH },
    { "1G frame: ends at the top", HUGE_SLOT, VSPACE_SLOT, 0x7fffc0000000, 0, seL4_InvalidArgument, 1, { 0 },
      FRAME_NAME "_Map: 0x7fffc0000000 " TOO_HIGH },
    { "4K frame: second-last page is in range", FRAME_SLOT, VSPACE_SLOT, 0x7fffffffe000, 0, seL4_FailedLookup,
      3, { 0, seL4_MissingCapability, 39 }, NULL },
    { "PD: ASID not assigned", PD_SLOT, BAD_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, L2_TABLE_NAME "_Map: ASID 2 is not assigned" },
    { "PT: ASID in a missing pool", PT_SLOT, FAR_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, L3_TABLE_NAME "_Map: ASID 513 is not assigned" },
/* Only where the ASID table has fewer ASIDs than a capability can name. */
#if seL4_NumASIDPoolsBits + seL4_ASIDPoolIndexBits < 16
    { "frame: ASID beyond the table", FRAME_SLOT, HUGE_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, FRAME_NAME "_Map: ASID 4097 is not assigned" },
#endif
    { "frame: ASID not assigned", FRAME_SLOT, BAD_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, FRAME_NAME "_Map: ASID 2 is not assigned" },
    { "PDPT: stale vspace", PDPT_SLOT, STALE_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      L1_TABLE_NAME "_Map: the VSpace capability is stale" },
    { "frame: stale vspace", FRAME_SLOT, STALE_SLOT, TEST_VADDR, 0, seL4_InvalidCapability, 1, { 1 },
      FRAME_NAME "_Map: the VSpace capability is stale" },
    /* Two failures: the earlier check wins. */
    { "truncated before vspace", FRAME_SLOT, PD_SLOT, TEST_VADDR, 2, seL4_TruncatedMessage, 0, { 0 },
      FRAME_NAME "_Map: truncated message" },
    { "vspace before range", PT_SLOT, PD_SLOT, 0x800000000000, 0, seL4_InvalidCapability, 1, { 1 },
      L3_TABLE_NAME "_Map: " NOT_ROOT },
    { "frame: vspace before range", FRAME_SLOT, NO_ASID_SLOT, 0x800000000000, 0, seL4_InvalidCapability, 1,
      { 1 }, FRAME_NAME "_Map: " NOT_ROOT },
    { "range before ASID", PT_SLOT, BAD_ASID_SLOT, 0x800000000000, 0, seL4_InvalidArgument, 1, { 0 },
      L3_TABLE_NAME "_Map: 0x800000000000 " TOO_HIGH },
    { "frame: range before ASID", FRAME_SLOT, BAD_ASID_SLOT, 0x800000000000, 0, seL4_InvalidArgument, 1, { 0 },
      FRAME_NAME "_Map: 0x800000000000 " TOO_HIGH },
    { "ASID before walk", PT_SLOT, FAR_ASID_SLOT, TEST_VADDR, 0, seL4_FailedLookup, 2,
      { 0, seL4_InvalidRoot }, L3_TABLE_NAME "_Map: ASID 513 is not assigned" },
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
            assert_user_error("%s", row->message);
        }
        assert_no_console();
        assert_memory_equal(&target->cap, &before, sizeof(before));
        assert_true(all_zero(pml4, 4096));
    }
}

/* ---- Map -------------------------------------------------------------- */

static void assert_table_mapped(word_t slot, vaddr_t vaddr)
{
    cap_t cap = vm[slot].cap;
    assert_true(cap.table.is_mapped);
    assert_int_equal(cap.table.asid, TEST_ASID);
    assert_int_equal(cap_table_mapped_address(cap), vaddr);
}

static void test_map_each_level(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, 3);
    assert_int_equal(pml4[1], table_pte(pdpt));
    assert_int_equal(pdpt[index_at(TEST_VADDR, 1)], table_pte(pd));
    assert_int_equal(pd[index_at(TEST_VADDR, 2)], table_pte(pt));
    assert_ptr_equal(entry_at(TEST_VADDR, 3), &pt[index_at(TEST_VADDR, 3)]);
    /* The root's slot 1 covers 0x8000000000..; the PD and PT addresses are aligned already. */
    assert_table_mapped(PDPT_SLOT, 0x8000000000);
    assert_table_mapped(PD_SLOT, TEST_VADDR);
    assert_table_mapped(PT_SLOT, TEST_VADDR);
    /* Nothing else was written. */
    assert_int_equal(pml4[0] | pml4[2] | pml4[511], 0);
}

/* A table fixed to its level needs the levels above (the level-3 type of
 * some architectures takes a missing level instead: tests/arch/<arch>/host). */
static void test_map_needs_the_level_above(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(map_table(&inv, &vm[PD_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_FailedLookup);
    assert_reply(&inv, 0, seL4_MissingCapability, 39);
    assert_no_console();
    assert_false(vm[PD_SLOT].cap.table.is_mapped);
    assert_true(all_zero(pml4, 4096));
}

static void test_map_masks_the_address_silently(void **state)
{
    (void)state;
    struct invocation inv;
    vaddr_t pd_vaddr = TEST_VADDR + 0x12345678, pt_vaddr = TEST_VADDR + 0x3fedcba9;
    map_tables(TEST_VADDR, 1);
    assert_int_equal(map_table(&inv, &vm[PD_SLOT], &vm[VSPACE_SLOT], pd_vaddr, 0), seL4_NoError);
    assert_int_equal(map_table(&inv, &vm[PT_SLOT], &vm[VSPACE_SLOT], pt_vaddr, 0), seL4_NoError);
    assert_int_equal(pdpt[index_at(TEST_VADDR, 1)], table_pte(pd));
    assert_int_equal(*entry_at(pt_vaddr, 2), table_pte(pt));
    assert_table_mapped(PD_SLOT, TEST_VADDR);
    assert_table_mapped(PT_SLOT, ALIGN_DOWN(pt_vaddr, 21));
    assert_int_equal(ALIGN_DOWN(pt_vaddr, 21), TEST_VADDR + 0x3fe00000);
    assert_no_console();
}

static void test_map_an_already_mapped_table(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, 3);
    vaddr_t elsewhere = TEST_VADDR + 0x200000;
    assert_int_equal(map_table(&inv, &vm[PT_SLOT], &vm[VSPACE_SLOT], elsewhere, 0), seL4_InvalidCapability);
    assert_reply(&inv, 0);
    assert_user_error(L3_TABLE_NAME "_Map: the table is already mapped");
    /* Checked before the VSpace argument. */
    assert_int_equal(map_table(&inv, &vm[PD_SLOT], &vm[PT_SLOT], elsewhere, 0), seL4_InvalidCapability);
    assert_reply(&inv, 0);
    assert_user_error(L2_TABLE_NAME "_Map: the table is already mapped");
    assert_int_equal(pd[index_at(elsewhere, 2)], 0);
}

/* A second table of `level` in a free slot. */
static cte_t *another_table(word_t level)
{
    new_table(FREE_SLOT, level);
    return &vm[FREE_SLOT];
}

static void expect_delete_first(cte_t *table, vaddr_t vaddr, const char *message)
{
    struct invocation inv;
    pte_t pml4_before[512];
    memcpy(pml4_before, pml4, sizeof(pml4_before));
    assert_int_equal(map_table(&inv, table, &vm[VSPACE_SLOT], vaddr, 0), seL4_DeleteFirst);
    assert_no_reply(&inv);
    assert_user_error("%s", message);
    assert_false(table->cap.table.is_mapped);
    assert_memory_equal(pml4, pml4_before, sizeof(pml4_before));
}

static void test_map_over_a_table(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, 3);
    expect_delete_first(another_table(1), TEST_VADDR, L1_TABLE_NAME "_Map: 0x8000000000 is already mapped");
    vm[FREE_SLOT] = (cte_t){ 0 };
    expect_delete_first(another_table(2), TEST_VADDR + 0x1000, L2_TABLE_NAME "_Map: 0xa000000000 is already mapped");
    vm[FREE_SLOT] = (cte_t){ 0 };
    expect_delete_first(another_table(3), TEST_VADDR, L3_TABLE_NAME "_Map: 0xa000000000 is already mapped");
    assert_int_equal(pd[index_at(TEST_VADDR, 2)], table_pte(pt));
}

static void test_map_over_a_frame(void **state)
{
    (void)state;
    struct invocation inv;
    vaddr_t huge_vaddr = TEST_VADDR + (1ul << 30);
    map_tables(TEST_VADDR, 2);
    assert_int_equal(map_frame(&inv, &vm[HUGE_SLOT], &vm[VSPACE_SLOT], huge_vaddr, 3, 0), seL4_NoError);
    assert_int_equal(map_frame(&inv, &vm[LARGE_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 3, 0), seL4_NoError);

    expect_delete_first(another_table(2), huge_vaddr, L2_TABLE_NAME "_Map: 0xa040000000 is already mapped");
    vm[FREE_SLOT] = (cte_t){ 0 };
    expect_delete_first(&vm[PT_SLOT], TEST_VADDR, L3_TABLE_NAME "_Map: 0xa000000000 is already mapped");
    /* Pagoda: a table below a 1 GiB page is in the way, not missing; a
     * table of any level would go in its place, but it is taken. */
    expect_delete_first(&vm[PT_SLOT], huge_vaddr + 0x200000,
                        L3_TABLE_IS_FIXED ? L3_TABLE_NAME "_Map: 0xa040200000 is inside a larger frame's mapping"
                                          : L3_TABLE_NAME "_Map: 0xa040000000 is already mapped");
}

/* ---- Unmap ------------------------------------------------------------ */

static void assert_table_unmapped(word_t slot)
{
    cap_t cap = vm[slot].cap;
    assert_false(cap.table.is_mapped);
    assert_int_equal(cap.table.asid, 0);
    assert_int_equal(cap.table.mapped_page, 0);
}

static void test_unmap_each_level(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, 3);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 3, 0), seL4_NoError);

    static const struct { word_t slot; pte_t **table; word_t level; } order[] = {
        { PT_SLOT, &pt, 3 }, { PD_SLOT, &pd, 2 }, { PDPT_SLOT, &pdpt, 1 },
    };
    for (size_t i = 0; i < ARRAY_SIZE(order); i++) {
        pte_t *parent_entry = entry_at(TEST_VADDR, order[i].level - 1);
        assert_int_equal(*parent_entry, table_pte(*order[i].table));
        arch_log_reset();
        assert_int_equal(unmap(&inv, &vm[order[i].slot]), seL4_NoError);
        assert_no_reply(&inv);
        assert_int_equal(*parent_entry, 0);
        assert_true(all_zero(*order[i].table, 4096));
        assert_table_unmapped(order[i].slot);
        assert_int_equal(arch_log.flush_vspace_count, 1);
        assert_ptr_equal(arch_log.flush_vspace_root, pml4);
    }
    assert_true(all_zero(pml4, 4096));
    assert_no_console();
}

static void test_unmap_an_unmapped_table(void **state)
{
    (void)state;
    struct invocation inv;
    pt[7] = 0x1234;
    assert_int_equal(unmap(&inv, &vm[PT_SLOT]), seL4_NoError);
    assert_no_reply(&inv);
    assert_int_equal(pt[7], 0x1234);
    assert_int_equal(arch_log.flush_vspace_count, 0);
    assert_no_console();
}

static void test_unmap_with_other_caps_to_the_table(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, 3);
    cte_insert_child(&vm[PT_SLOT], &vm[FREE_SLOT], vm[PT_SLOT].cap, false);
    assert_int_equal(unmap(&inv, &vm[PT_SLOT]), seL4_RevokeFirst);
    assert_no_reply(&inv);
    assert_user_error(L3_TABLE_NAME "_Unmap: other capabilities to this table exist");
    assert_int_equal(pd[index_at(TEST_VADDR, 2)], table_pte(pt));
    assert_table_mapped(PT_SLOT, TEST_VADDR);
}

/* The parent entry no longer points at the table: leave it, still zero the table. */
static void test_unmap_leaves_an_entry_it_does_not_own(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, 3);
    pte_t *entry = &pd[index_at(TEST_VADDR, 2)];
    pte_t *other = test_alloc(12);
    *entry = table_pte(other);
    pt[3] = 0x5678;
    assert_int_equal(unmap(&inv, &vm[PT_SLOT]), seL4_NoError);
    assert_int_equal(*entry, table_pte(other));
    assert_true(all_zero(pt, 4096));
    assert_table_unmapped(PT_SLOT);
    assert_int_equal(arch_log.flush_vspace_count, 0);
}

/* ---- Labels ----------------------------------------------------------- */

static void test_labels_that_do_not_fit_the_cap(void **state)
{
    (void)state;
    static const struct { word_t slot, label; const char *name; } rows[] = {
        { PT_SLOT, L2_TABLE_MAP_LABEL, L3_TABLE_NAME },
        { PT_SLOT, L1_TABLE_UNMAP_LABEL, L3_TABLE_NAME },
        { PT_SLOT, PAGE_MAP_LABEL, L3_TABLE_NAME },
        { PD_SLOT, PAGE_GET_ADDRESS_LABEL, L2_TABLE_NAME },
        { PDPT_SLOT, UntypedRetype, L1_TABLE_NAME },
        { FRAME_SLOT, L3_TABLE_MAP_LABEL, FRAME_NAME },
        { LARGE_SLOT, ASID_ASSIGN_LABEL, FRAME_NAME },
        { VSPACE_SLOT, PAGE_MAP_LABEL, "VSpace" },
        { VSPACE_SLOT, L1_TABLE_UNMAP_LABEL, "VSpace" },
    };
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        struct invocation inv;
        const word_t args[] = { TEST_VADDR, 3, 0 };
        assert_int_equal(invoke(&inv, &vm[rows[i].slot], rows[i].label, args, 3, &vm[VSPACE_SLOT]),
                         seL4_IllegalOperation);
        assert_no_reply(&inv);
        assert_user_error("%s: illegal operation (label %lu)", rows[i].name, rows[i].label);
    }
    assert_true(all_zero(pml4, 4096));
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_map_argument_checks),
        TEST(test_map_each_level),
        TEST(test_map_needs_the_level_above),
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
