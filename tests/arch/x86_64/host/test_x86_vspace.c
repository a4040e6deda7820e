/*
 * VM invocations in what only x86_64 has: page tables fixed to level 3,
 * and the cache bits of seL4_X86_VMAttributes in entries (the shared tests
 * are tests/host/test_vspace_*.c).
 */
#include "vspace_env.h"

#define RW seL4_ReadWrite.words[0]

static void test_a_page_table_needs_the_levels_above(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_FailedLookup);
    assert_reply(&inv, 0, seL4_MissingCapability, 39);
    map_tables(TEST_VADDR, 1);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_FailedLookup);
    assert_reply(&inv, 0, seL4_MissingCapability, 30);
    assert_no_console();
    assert_false(vm[L3_SLOT].cap.table.is_mapped);
}

/* Table entries take PWT and PCD, not the PAT bit. */
static void test_table_attributes_take_only_cache_bits(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, 1);
    assert_int_equal(map_table(&inv, &vm[L2_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 3), seL4_NoError);
    assert_int_equal(tables[1][index_at(TEST_VADDR, 1)], table_pte(tables[2]) | HOST_X86_PWT | HOST_X86_PCD);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 4), seL4_NoError);
    assert_int_equal(tables[2][index_at(TEST_VADDR, 2)], table_pte(tables[3]));
}

/* Frame entries: PWT, PCD and the PAT bit where each size keeps it (bit 7
 * in a 4 KiB entry, bit 12 in a 2 MiB one, none in a 1 GiB one). */
static void test_frame_attributes(void **state)
{
    (void)state;
    static const struct { word_t size, attr, bits; } rows[] = {
        { 0, 1, HOST_X86_PWT }, { 0, 2, HOST_X86_PCD }, { 0, 3, HOST_X86_PWT | HOST_X86_PCD }, { 0, 4, 0x80 },
        { 0, 0xf8, 0 }, { 1, 3, HOST_X86_PWT | HOST_X86_PCD }, { 1, 4, 0x1000 }, { 2, 2, HOST_X86_PCD }, { 2, 4, 0 },
    };
    map_tables(TEST_VADDR, 3);
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        struct invocation inv;
        word_t size = rows[i].size;
        cte_t *frame = &vm[frame_slots[size]];
        assert_int_equal(map_frame(&inv, frame, &vm[VSPACE_SLOT], frame_vaddrs[size], RW, rows[i].attr),
                         seL4_NoError);
        pte_t plain = frame_paddrs[size] | HOST_X86_P | HOST_X86_W | HOST_X86_U | (size > 0 ? HOST_X86_PS : 0);
        assert_int_equal(*entry_at(frame_vaddrs[size], frame_levels[size]), plain | rows[i].bits);
        assert_int_equal(unmap(&inv, frame), seL4_NoError);
    }
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, vspace_env_setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_a_page_table_needs_the_levels_above),
        TEST(test_table_attributes_take_only_cache_bits),
        TEST(test_frame_attributes),
    };
    return cmocka_run_group_tests_name("x86-vspace", tests, NULL, NULL);
}
