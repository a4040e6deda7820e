/*
 * VM invocations in what only aarch64 has: seL4's PageTable, which goes at
 * the first level an address lacks; the VM attributes in descriptors; and
 * the page cache operations (the shared tests are tests/host/test_vspace_*.c).
 * L3_SLOT holds a PageTable, L1_SLOT and L2_SLOT the older API's
 * PageUpperDirectory and PageDirectory.
 */
#include "vspace_env.h"

#define RW seL4_ReadWrite.words[0]

static void test_page_tables_take_the_first_missing_level(void **state)
{
    (void)state;
    struct invocation inv;
    vaddr_t vaddr = TEST_VADDR + 0x12345678;
    pte_t *second = new_table(SPARE_SLOT, 3), *third = new_table(SPARE_SLOT + 1, 3);
    new_table(SPARE_SLOT + 2, 3);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
    assert_int_equal(root_table[index_at(vaddr, 0)], table_pte(tables[3]));
    assert_table_mapped(L3_SLOT, 1, ALIGN_DOWN(vaddr, 39));
    assert_int_equal(map_table(&inv, &vm[SPARE_SLOT], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
    assert_int_equal(tables[3][index_at(vaddr, 1)], table_pte(second));
    assert_table_mapped(SPARE_SLOT, 2, ALIGN_DOWN(vaddr, 30));
    assert_int_equal(map_table(&inv, &vm[SPARE_SLOT + 1], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
    assert_int_equal(second[index_at(vaddr, 2)], table_pte(third));
    assert_table_mapped(SPARE_SLOT + 1, 3, ALIGN_DOWN(vaddr, 21));
    assert_no_console();

    /* Every level exists: nowhere left to go. */
    assert_int_equal(map_table(&inv, &vm[SPARE_SLOT + 2], &vm[VSPACE_SLOT], vaddr, 0), seL4_DeleteFirst);
    assert_user_error("ARM_PageTable_Map: 0xa012200000 is already mapped");
    assert_false(vm[SPARE_SLOT + 2].cap.table.is_mapped);
    /* Unmapping the level-1 table empties it, and its cap forgets the level. */
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_NoError);
    assert_int_equal(root_table[index_at(vaddr, 0)], 0);
    assert_true(all_zero(tables[3], 4096));
    assert_false(vm[L3_SLOT].cap.table.is_mapped);
}

/* Where a fixed type's level is taken, a PageTable goes further down. */
static void test_page_tables_below_the_fixed_types(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, 2);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_NoError);
    assert_table_mapped(L3_SLOT, 3, TEST_VADDR);
    assert_int_equal(tables[2][index_at(TEST_VADDR, 2)], table_pte(tables[3]));
}

/* Table descriptors carry no attributes; frames' carry all three. */
static void test_attributes(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, 1);
    assert_int_equal(map_table(&inv, &vm[L2_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 7), seL4_NoError);
    assert_int_equal(tables[1][index_at(TEST_VADDR, 1)], table_pte(tables[2]));
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_NoError);

    static const struct { word_t attr; pte_t bits; } rows[] = {
        { 0, 0 },                                               /* Device-nGnRnE */
        { seL4_ARM_PageCacheable, HOST_ARM_NORMAL | HOST_ARM_INNER },
        { seL4_ARM_ParityEnabled, HOST_ARM_PARITY },
        { seL4_ARM_ExecuteNever, HOST_ARM_UXN },
        { 0xf8, 0 },                                            /* undefined bits: ignored */
        { ~0ul, HOST_ARM_NORMAL | HOST_ARM_INNER | HOST_ARM_PARITY | HOST_ARM_UXN },
    };
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, RW, rows[i].attr),
                         seL4_NoError);
        pte_t plain = FRAME_PADDR | HOST_ARM_TABLE | HOST_ARM_AF | HOST_ARM_NG | HOST_ARM_PXN | HOST_ARM_AP_RW;
        assert_int_equal(*entry_at(TEST_VADDR, 3), plain | rows[i].bits);
        assert_int_equal(unmap(&inv, &vm[FRAME_SLOT]), seL4_NoError);
    }
}

/* ---- The page cache operations ------------------------------------------ */

static seL4_Error cache_operation(struct invocation *inv, word_t slot, word_t label, word_t start, word_t end)
{
    const word_t args[] = { start, end };
    return invoke(inv, &vm[slot], label, args, ARRAY_SIZE(args), NULL);
}

static void map_frame_ok(word_t slot, word_t rights)
{
    struct invocation inv;
    assert_int_equal(map_frame(&inv, &vm[slot], &vm[VSPACE_SLOT], TEST_VADDR, rights, DEFAULT_ATTRIBUTES),
                     seL4_NoError);
}

static void test_cache_operations(void **state)
{
    (void)state;
    static const word_t labels[] = {
        ARMPageClean_Data, ARMPageInvalidate_Data, ARMPageCleanInvalidate_Data, ARMPageUnify_Instruction,
    };
    map_tables(TEST_VADDR, 3);
    map_frame_ok(FRAME_SLOT, RW);
    for (size_t i = 0; i < ARRAY_SIZE(labels); i++) {
        struct invocation inv;
        last_cache_operation = (struct cache_operation){ 0 };
        assert_int_equal(cache_operation(&inv, FRAME_SLOT, labels[i], 0x10, 0x20), seL4_NoError);
        assert_no_reply(&inv);
        assert_int_equal(last_cache_operation.label, labels[i]);
        assert_int_equal(last_cache_operation.start, FRAME_PADDR + 0x10);
        assert_int_equal(last_cache_operation.end, FRAME_PADDR + 0x20);
    }
    assert_no_console();
}

static void test_cache_operation_checks(void **state)
{
    (void)state;
    struct invocation inv;
    const word_t args[] = { 0 };
    assert_int_equal(invoke(&inv, &vm[FRAME_SLOT], ARMPageClean_Data, args, 1, NULL), seL4_TruncatedMessage);
    assert_user_error("ARM_Page: cache operation: truncated message");
    assert_int_equal(cache_operation(&inv, FRAME_SLOT, ARMPageClean_Data, 0, 0x1000), seL4_IllegalOperation);
    assert_user_error("ARM_Page: cache operation on a frame that is not mapped");

    map_tables(TEST_VADDR, 3);
    map_frame_ok(FRAME_SLOT, RW);
    assert_int_equal(cache_operation(&inv, FRAME_SLOT, ARMPageClean_Data, 0x20, 0x20), seL4_InvalidArgument);
    assert_reply(&inv, 1);
    assert_user_error("ARM_Page: cache operation on an empty range");
    assert_int_equal(cache_operation(&inv, FRAME_SLOT, ARMPageClean_Data, 0, 0x1001), seL4_InvalidArgument);
    assert_reply(&inv, 0);
    assert_user_error("ARM_Page: cache operation beyond the page");

    /* A read-only frame may be cleaned, not invalidated. */
    new_frame(SPARE_SLOT, 0, 0x7000, vm_read_only);
    struct invocation map;
    assert_int_equal(map_frame(&map, &vm[SPARE_SLOT], &vm[VSPACE_SLOT], TEST_VADDR + 0x1000, RW, 3), seL4_NoError);
    assert_int_equal(cache_operation(&inv, SPARE_SLOT, ARMPageInvalidate_Data, 0, 0x1000), seL4_IllegalOperation);
    assert_user_error("ARM_Page: Invalidate_Data needs a writable frame");
    assert_int_equal(cache_operation(&inv, SPARE_SLOT, ARMPageClean_Data, 0, 0x1000), seL4_NoError);

    /* The mapping went with its page table: the record is stale. */
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_NoError);
    assert_int_equal(cache_operation(&inv, FRAME_SLOT, ARMPageClean_Data, 0, 0x1000), seL4_InvalidCapability);
    assert_reply(&inv, 0);
    assert_user_error("ARM_Page: cache operation through a stale mapping");
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, vspace_env_setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_page_tables_take_the_first_missing_level),
        TEST(test_page_tables_below_the_fixed_types),
        TEST(test_attributes),
        TEST(test_cache_operations),
        TEST(test_cache_operation_checks),
    };
    return cmocka_run_group_tests_name("arm-vspace", tests, NULL, NULL);
}
