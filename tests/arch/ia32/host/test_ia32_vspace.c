/*
 * VM invocations in what only ia32 (32-bit paging) has: the page directory
 * is the VSpace root, indexed by bits 31..22, with the page table the one
 * type below it, and 4 MiB pages in its entries; the entries the kernel
 * writes, bit by bit (the shared tests are tests/host/test_vspace_*.c).
 */
#include "vspace_env.h"

/* seL4_CapRights_t words: seL4_ReadWrite, seL4_CanRead, seL4_NoRights. */
#define RW        0x3ul
#define RO        0x2ul
#define NO_RIGHTS 0x0ul

/* The directory slot of TUTORIAL_VADDR (0xa0000000), and of the 4 MiB
 * after it; the page-table slot of TUTORIAL_VADDR. */
#define TEST_PDE  640
#define LARGE_PDE 641
#define TEST_PTE  0

static void test_tables_of_1024_entries(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(TABLE_ENTRIES(2), 1024);
    assert_int_equal(TABLE_ENTRIES(3), 1024);
    assert_int_equal(map_frame(&inv, &vm[LARGE_SLOT], &vm[VSPACE_SLOT], LARGE_VADDR, RW, 0), seL4_NoError);
    map_tables(TEST_VADDR, 3);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], TEST_VADDR + 0x3ff000, RW, 0),
                     seL4_NoError);
    assert_int_equal(root_table[TEST_PDE], (word_t)tables[3] | HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US);
    assert_int_equal(root_table[LARGE_PDE], LARGE_PADDR | HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US | HOST_IA32_PS);
    assert_int_equal(tables[3][1023], FRAME_PADDR | HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US);
    assert_true(all_zero(tables[3], 1023 * sizeof(pte_t)));
    assert_no_console();
}

/* A directory entry takes PWT and PCD, not the PAT bit (its bit 7 is PS). */
static void test_table_attributes_take_only_cache_bits(void **state)
{
    (void)state;
    struct invocation inv;
    pte_t plain = (word_t)tables[3] | HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US;
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, seL4_X86_Uncacheable),
                     seL4_NoError);
    assert_int_equal(root_table[TEST_PDE], plain | HOST_IA32_PWT | HOST_IA32_PCD);
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_NoError);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, seL4_X86_WriteCombining),
                     seL4_NoError);
    assert_int_equal(root_table[TEST_PDE], plain);
}

/* Frame entries: P, R/W and U/S by rights; PWT, PCD and the PAT bit from
 * the attributes, PAT at bit 7 of a PTE and bit 12 of a 4 MiB page's PDE,
 * whose bit 7 is PS. */
static void test_frame_entries(void **state)
{
    (void)state;
    static const struct { word_t size, rights, attr; pte_t entry; } rows[] = {
        { 0, RW, seL4_X86_WriteBack, HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US },
        { 0, RO, seL4_X86_WriteBack, HOST_IA32_P | HOST_IA32_US },
        { 0, NO_RIGHTS, seL4_X86_WriteBack, HOST_IA32_P | HOST_IA32_RW },      /* kernel-only */
        { 0, RW, seL4_X86_WriteThrough, HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US | HOST_IA32_PWT },
        { 0, RW, seL4_X86_CacheDisabled, HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US | HOST_IA32_PCD },
        { 0, RO, seL4_X86_WriteCombining, HOST_IA32_P | HOST_IA32_US | HOST_IA32_PTE_PAT },
        { 0, RW, 0xf8, HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US },          /* undefined bits: ignored */
        { 0, RW, ~0ul, HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US | HOST_IA32_PWT | HOST_IA32_PCD | HOST_IA32_PTE_PAT },
        { 1, RW, seL4_X86_WriteBack, HOST_IA32_P | HOST_IA32_RW | HOST_IA32_US | HOST_IA32_PS },
        { 1, RO, seL4_X86_Uncacheable, HOST_IA32_P | HOST_IA32_US | HOST_IA32_PS | HOST_IA32_PWT | HOST_IA32_PCD },
        { 1, NO_RIGHTS, seL4_X86_WriteCombining, HOST_IA32_P | HOST_IA32_RW | HOST_IA32_PS | HOST_IA32_PDE_PAT },
    };
    map_tables(TEST_VADDR, 3);
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        struct invocation inv;
        word_t size = rows[i].size, slot = frame_slots[size];
        pte_t *entry = size == 0 ? &tables[3][TEST_PTE] : &root_table[LARGE_PDE];
        print_message("frame size %lu, rights %#lx, attributes %#lx\n", size, rows[i].rights, rows[i].attr);
        assert_int_equal(map_frame(&inv, &vm[slot], &vm[VSPACE_SLOT], frame_vaddrs[size], rows[i].rights,
                                   rows[i].attr),
                         seL4_NoError);
        assert_int_equal(*entry, frame_paddrs[size] | rows[i].entry);
        assert_int_equal(unmap(&inv, &vm[slot]), seL4_NoError);
        assert_int_equal(*entry, 0);
    }
    assert_no_console();
}

/* The kernel's directory slots, from 896 (0xe0000000), are beyond user
 * memory: the last user page table covers 0xdfc00000 up to them. */
static void test_the_last_user_page_table(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], 0xdfc00000, 0), seL4_NoError);
    assert_int_equal(root_table[895], table_pte(tables[3]));
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], 0xdfffe000, RW, 0), seL4_NoError);
    assert_int_equal(tables[3][1022], frame_entry(FRAME_PADDR, 0, vm_read_write));
    new_table(SPARE_SLOT, 3);
    assert_int_equal(map_table(&inv, &vm[SPARE_SLOT], &vm[VSPACE_SLOT], 0xe0000000, 0), seL4_InvalidArgument);
    assert_reply(&inv, 0);
    assert_user_error("X86_PageTable_Map: 0xe0000000 is outside the user address range");
    assert_int_equal(root_table[896], 0);
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, vspace_env_setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_tables_of_1024_entries),
        TEST(test_table_attributes_take_only_cache_bits),
        TEST(test_frame_entries),
        TEST(test_the_last_user_page_table),
    };
    return cmocka_run_group_tests_name("ia32-vspace", tests, NULL, NULL);
}
