/*
 * VM invocations in what only riscv64 (Sv39) has: the entries the kernel
 * writes, bit by bit; one PageTable type, which goes at the first level an
 * address lacks; and a PageTable that ASIDPool_Assign makes a VSpace root,
 * which then answers its type's labels as a table mapped for good (the
 * shared tests are tests/host/test_vspace_*.c).  L2_SLOT and L3_SLOT both
 * hold PageTables; the root is the tests' level 1.
 */
#include "vspace_env.h"

/* seL4_CapRights_t words: seL4_ReadWrite, seL4_CanRead, seL4_NoRights. */
#define RW        0x3ul
#define RO        0x2ul
#define NO_RIGHTS 0x0ul

/* Valid, readable, accessed and dirty: what every frame entry is. */
#define LEAF (HOST_RISCV_V | HOST_RISCV_R | HOST_RISCV_A | HOST_RISCV_D)

/* The page numbers of FRAME_PADDR, LARGE_PADDR and HUGE_PADDR, at bit 10. */
static const pte_t frame_ppns[] = { 0x48d1400, 0x4300000, 0x20000000 };

static void test_frame_entries(void **state)
{
    (void)state;
    static const struct { word_t size, rights, attr; pte_t entry; } rows[] = {
        { 0, RW, 0, LEAF | HOST_RISCV_W | HOST_RISCV_X | HOST_RISCV_U },
        { 0, RO, 0, LEAF | HOST_RISCV_X | HOST_RISCV_U },
        /* Kernel-only: no U; seL4 would give an execute-only or no entry. */
        { 0, NO_RIGHTS, 0, LEAF | HOST_RISCV_W | HOST_RISCV_X },
        { 0, RW, seL4_RISCV_ExecuteNever, LEAF | HOST_RISCV_W | HOST_RISCV_U },
        { 0, RW, 0x6, LEAF | HOST_RISCV_W | HOST_RISCV_X | HOST_RISCV_U },     /* undefined bits: ignored */
        { 0, RW, ~0ul, LEAF | HOST_RISCV_W | HOST_RISCV_U },
        { 1, RW, 0, LEAF | HOST_RISCV_W | HOST_RISCV_X | HOST_RISCV_U },
        { 1, RO, seL4_RISCV_ExecuteNever, LEAF | HOST_RISCV_U },
        { 2, RW, 0, LEAF | HOST_RISCV_W | HOST_RISCV_X | HOST_RISCV_U },
        { 2, NO_RIGHTS, seL4_RISCV_ExecuteNever, LEAF | HOST_RISCV_W },
    };
    map_tables(TEST_VADDR, LAST_LEVEL);
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        struct invocation inv;
        word_t size = rows[i].size, slot = frame_slots[size];
        print_message("frame size %lu, rights %#lx, attributes %#lx\n", size, rows[i].rights, rows[i].attr);
        assert_int_equal(map_frame(&inv, &vm[slot], &vm[VSPACE_SLOT], frame_vaddrs[size], rows[i].rights,
                                   rows[i].attr),
                         seL4_NoError);
        assert_int_equal(*entry_at(frame_vaddrs[size], frame_levels[size]), frame_ppns[size] | rows[i].entry);
        assert_int_equal(unmap(&inv, &vm[slot]), seL4_NoError);
    }
    assert_no_console();
}

/* A table entry is its page number and V: no attributes, and none of the
 * bits the specification reserves in non-leaf entries (U, A, D). */
static void test_table_entries(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(map_table(&inv, &vm[L2_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, ~0ul), seL4_NoError);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, seL4_RISCV_ExecuteNever),
                     seL4_NoError);
    assert_int_equal(root_table[index_at(TEST_VADDR, 1)], ((word_t)tables[2] >> 12) << 10 | HOST_RISCV_V);
    assert_int_equal(tables[2][index_at(TEST_VADDR, 2)], ((word_t)tables[3] >> 12) << 10 | HOST_RISCV_V);
}

/* The type the tests use for levels 2 and 3 is the one PageTable, which
 * takes whichever level is missing, whatever slot it is in. */
static void test_one_page_table_type_for_both_levels(void **state)
{
    (void)state;
    struct invocation inv;
    vaddr_t vaddr = TEST_VADDR + 0x12345678;
    assert_int_equal(vm[L2_SLOT].cap.table.table_type, vm[L3_SLOT].cap.table.table_type);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
    assert_int_equal(root_table[index_at(vaddr, 1)], table_pte(tables[3]));
    assert_table_mapped(L3_SLOT, 2, ALIGN_DOWN(vaddr, 30));
    assert_int_equal(map_table(&inv, &vm[L2_SLOT], &vm[VSPACE_SLOT], vaddr, 0), seL4_NoError);
    assert_int_equal(tables[3][index_at(vaddr, 2)], table_pte(tables[2]));
    assert_table_mapped(L2_SLOT, 3, ALIGN_DOWN(vaddr, 21));
    assert_no_console();

    /* Both levels exist: nowhere left to go. */
    new_table(SPARE_SLOT, 3);
    assert_int_equal(map_table(&inv, &vm[SPARE_SLOT], &vm[VSPACE_SLOT], vaddr, 0), seL4_DeleteFirst);
    assert_user_error("RISCV_PageTable_Map: %#lx is already mapped", ALIGN_DOWN(vaddr, 21));
    assert_false(vm[SPARE_SLOT].cap.table.is_mapped);
    /* Unmapping the upper table empties it, and its cap forgets the level. */
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_NoError);
    assert_int_equal(root_table[index_at(vaddr, 1)], 0);
    assert_true(all_zero(tables[3], 4096));
    assert_int_equal(vm[L3_SLOT].cap.table.level, 0);
}

/* ---- A PageTable made a VSpace root ------------------------------------- */

#define POOL_SLOT SPARE_SLOT
#define NEW_ROOT_SLOT (SPARE_SLOT + 1)

/* A capability to pool 0 (vspace_env's), and an unmapped PageTable. */
static pte_t *pool_and_page_table(void)
{
    new_pool_cap(POOL_SLOT, pool, 0);
    return new_table(NEW_ROOT_SLOT, 2);
}

static void test_asid_assign_makes_a_page_table_a_root(void **state)
{
    (void)state;
    struct invocation inv;
    pte_t *table = pool_and_page_table();
    assert_int_equal(asid_assign(&inv, POOL_SLOT, NEW_ROOT_SLOT), seL4_NoError);
    assert_no_reply(&inv);
    assert_no_console();
    /* ASID 1 is TEST_ASID's: the next one. */
    cap_t cap = vm[NEW_ROOT_SLOT].cap;
    assert_int_equal(cap_type(cap), cap_vspace);
    assert_ptr_equal(cap_object(cap), table);
    assert_int_equal(cap.vspace.asid, 2);
    assert_ptr_equal(pool->root[2], table);
    assert_int_equal(arch_log.root_init_count, 1);
    assert_ptr_equal(arch_log.root_init_last, table);

    /* The new root takes tables and frames like any other. */
    assert_int_equal(map_table(&inv, &vm[L2_SLOT], &vm[NEW_ROOT_SLOT], TEST_VADDR, 0), seL4_NoError);
    assert_int_equal(table[index_at(TEST_VADDR, 1)], table_pte(tables[2]));
    assert_int_equal(vm[L2_SLOT].cap.table.asid, 2);
    vaddr_t huge_vaddr = TEST_VADDR + BIT(30);
    assert_int_equal(map_frame(&inv, &vm[HUGE_SLOT], &vm[NEW_ROOT_SLOT], huge_vaddr, RW, 0), seL4_NoError);
    assert_int_equal(table[index_at(huge_vaddr, 1)], frame_entry(HUGE_PADDR, 2, vm_read_write));
    assert_true(all_zero(root_table, 4096));
}

/* Only an unmapped PageTable, or a root without an ASID, can be given one. */
static void test_asid_assign_refuses_a_mapped_page_table(void **state)
{
    (void)state;
    struct invocation inv;
    pool_and_page_table();
    map_tables(TEST_VADDR, 2);
    static const word_t refused[] = { L2_SLOT, VSPACE_SLOT, FRAME_SLOT };
    for (size_t i = 0; i < ARRAY_SIZE(refused); i++) {
        cap_t before = vm[refused[i]].cap;
        assert_int_equal(asid_assign(&inv, POOL_SLOT, refused[i]), seL4_InvalidCapability);
        assert_reply(&inv, 1);
        assert_user_error("ASIDPool_Assign: needs a VSpace root without an ASID");
        assert_memory_equal(&vm[refused[i]].cap, &before, sizeof(before));
    }
    assert_null(pool->root[2]);
    assert_int_equal(arch_log.root_init_count, 0);
}

/* A root answers PageTable_Map and _Unmap as a table mapped for good. */
static void test_a_root_answers_page_table_labels(void **state)
{
    (void)state;
    struct invocation inv;
    const word_t args[] = { TEST_VADDR, 0 };
    assert_int_equal(invoke(&inv, &vm[VSPACE_SLOT], L2_TABLE_MAP_LABEL, args, 2, &vm[VSPACE_SLOT]),
                     seL4_InvalidCapability);
    assert_reply(&inv, 0);
    assert_user_error("RISCV_PageTable_Map: the table is a VSpace root");
    assert_int_equal(invoke(&inv, &vm[VSPACE_SLOT], L2_TABLE_MAP_LABEL, args, 1, &vm[VSPACE_SLOT]),
                     seL4_TruncatedMessage);
    assert_no_reply(&inv);
    assert_user_error("RISCV_PageTable_Map: truncated message");
    assert_int_equal(invoke(&inv, &vm[VSPACE_SLOT], L2_TABLE_UNMAP_LABEL, NULL, 0, NULL), seL4_RevokeFirst);
    assert_no_reply(&inv);
    assert_user_error("RISCV_PageTable_Unmap: a VSpace root cannot be unmapped");
    assert_int_equal(vm[VSPACE_SLOT].cap.vspace.asid, TEST_ASID);
    assert_ptr_equal(pool->root[TEST_ASID], root_table);
    assert_true(all_zero(root_table, 4096));
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, vspace_env_setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_frame_entries),
        TEST(test_table_entries),
        TEST(test_one_page_table_type_for_both_levels),
        TEST(test_asid_assign_makes_a_page_table_a_root),
        TEST(test_asid_assign_refuses_a_mapped_page_table),
        TEST(test_a_root_answers_page_table_labels),
    };
    return cmocka_run_group_tests_name("riscv-vspace", tests, NULL, NULL);
}
