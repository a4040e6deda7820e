/*
 * VM invocations in what only aarch32 (ARMv7-A short descriptors) has: a
 * 16 KiB page directory of 4096 entries as the VSpace root, 1 KiB page
 * tables of 256; the descriptors the kernel writes, bit by bit; and the
 * 64 KiB large pages and 16 MiB supersections, each of which fills 16
 * consecutive entries (the shared tests are tests/host/test_vspace_*.c,
 * whose frames are the 4 KiB small page and the 1 MiB section).
 */
#include "vspace_env.h"

/* seL4_CapRights_t words: seL4_ReadWrite, seL4_CanRead, seL4_NoRights. */
#define RW        0x3ul
#define RO        0x2ul
#define NO_RIGHTS 0x0ul

/* The directory slot of TUTORIAL_VADDR (0xa0000000), and the page-table
 * slot. */
#define TEST_PDE 0xa00
#define TEST_PTE 0

/* Large frames fill this many consecutive entries. */
#define COPIES 16

/* A 64 KiB page at TEST_VADDR + 64 KiB (page-table slots 16 to 31), and a
 * 16 MiB supersection at 0xa1000000 (directory slots 0xa10 to 0xa1f). */
enum { LARGE_PAGE_SLOT = SPARE_SLOT, SUPERSECTION_SLOT, OTHER_SLOT };
#define LARGE_PAGE_VADDR   (TEST_VADDR + 0x10000)
#define LARGE_PAGE_PTE     16
#define LARGE_PAGE_PADDR   PADDR(0x12340000)
#define SUPERSECTION_VADDR 0xa1000000ul
#define SUPERSECTION_PDE   0xa10
#define SUPERSECTION_PADDR PADDR(0x13000000)

static int setup(void **state)
{
    vspace_env_setup(state);
    new_frame(LARGE_PAGE_SLOT, HOST_LARGE_PAGE, LARGE_PAGE_PADDR, vm_read_write);
    new_frame(SUPERSECTION_SLOT, HOST_SUPERSECTION, SUPERSECTION_PADDR, vm_read_write);
    return 0;
}

/* ---- Tables and descriptors --------------------------------------------- */

static void test_table_sizes_and_indices(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(TABLE_ENTRIES(2), 4096);
    assert_int_equal(TABLE_ENTRIES(3), 256);
    map_tables(TEST_VADDR, 3);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], TEST_VADDR + 0xff000, RW, 0),
                     seL4_NoError);
    assert_int_equal(root_table[TEST_PDE], table_pte(tables[3]));
    assert_int_equal(tables[3][255], expected_frame_entry(FRAME_PADDR, HOST_SMALL_PAGE, vm_read_write, 0));
    assert_true(all_zero(tables[3], 255 * sizeof(pte_t)));
    assert_no_console();
}

/* A directory entry for a page table: its address, PXN (the table's pages
 * are never the kernel's to run) and type 01, whatever the attributes. */
static void test_table_descriptors(void **state)
{
    (void)state;
    struct invocation inv;
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, ~0ul), seL4_NoError);
    assert_int_equal(root_table[TEST_PDE], (word_t)tables[3] | 0x5);
}

/* One frame of each size, with `rights` and `attr`: its entry (the first
 * of 16 for large pages and supersections). */
struct frame_row {
    word_t size, rights, attr;
    pte_t entry;
};

static const struct {
    word_t slot;
    paddr_t paddr;
    vaddr_t vaddr;
} frames[] = {
    [HOST_SMALL_PAGE] = { FRAME_SLOT, FRAME_PADDR, TEST_VADDR },
    [HOST_LARGE_PAGE] = { LARGE_PAGE_SLOT, LARGE_PAGE_PADDR, LARGE_PAGE_VADDR },
    [HOST_SECTION] = { LARGE_SLOT, LARGE_PADDR, LARGE_VADDR },
    [HOST_SUPERSECTION] = { SUPERSECTION_SLOT, SUPERSECTION_PADDR, SUPERSECTION_VADDR },
};

/* The entry a frame of `size` at its vaddr is mapped by. */
static pte_t *frame_pte_at(word_t size)
{
    return size == HOST_SMALL_PAGE || size == HOST_LARGE_PAGE ? entry_at(frames[size].vaddr, 3)
                                                              : entry_at(frames[size].vaddr, 2);
}

/* Small pages (bits 1..0 1x): XN bit 0, C 3, B 2, AP 5..4, TEX[1] 7, S 10,
 * nG 11; large pages (01): the same but XN bit 15 and TEX[1] 13; sections
 * (1x, PXN bit 0): XN 4, AP 11..10, TEX[1] 13, S 16, nG 17, and bit 18 in
 * a supersection. */
static const struct frame_row rows[] = {
    { HOST_SMALL_PAGE, RW, 0, 0x832 },
    { HOST_SMALL_PAGE, RO, 0, 0x822 },
    { HOST_SMALL_PAGE, NO_RIGHTS, 0, 0x812 },                       /* kernel-only */
    { HOST_SMALL_PAGE, RW, seL4_ARM_PageCacheable, 0xc3e },
    { HOST_SMALL_PAGE, RW, seL4_ARM_ParityEnabled, 0x8b2 },
    { HOST_SMALL_PAGE, RW, seL4_ARM_ExecuteNever, 0x833 },
    { HOST_SMALL_PAGE, RO, seL4_ARM_Default_VMAttributes, 0xcae },
    { HOST_SMALL_PAGE, RW, 0xf8, 0x832 },                           /* undefined bits: ignored */
    { HOST_SMALL_PAGE, RW, ~0ul, 0xcbf },
    { HOST_LARGE_PAGE, RW, 0, 0x831 },
    { HOST_LARGE_PAGE, RO, seL4_ARM_Default_VMAttributes, 0x2c2d },
    { HOST_LARGE_PAGE, NO_RIGHTS, seL4_ARM_ExecuteNever, 0x8811 },
    { HOST_LARGE_PAGE, RW, ~0ul, 0xac3d },
    { HOST_SECTION, RW, 0, 0x20c03 },
    { HOST_SECTION, RO, seL4_ARM_Default_VMAttributes, 0x3280f },
    { HOST_SECTION, NO_RIGHTS, seL4_ARM_ExecuteNever, 0x20413 },
    { HOST_SECTION, RW, ~0ul, 0x32c1f },
    { HOST_SUPERSECTION, RW, 0, 0x60c03 },
    { HOST_SUPERSECTION, RO, seL4_ARM_PageCacheable, 0x7080f },
    { HOST_SUPERSECTION, RW, ~0ul, 0x72c1f },
};

static void map_ok(word_t size, word_t rights, word_t attr)
{
    struct invocation inv;
    assert_int_equal(map_frame(&inv, &vm[frames[size].slot], &vm[VSPACE_SLOT], frames[size].vaddr, rights, attr),
                     seL4_NoError);
}

/* The COPIES entries from `entry` all hold `value`. */
static void assert_copies(const pte_t *entry, pte_t value)
{
    for (word_t i = 0; i < COPIES; i++) {
        assert_int_equal(entry[i], value);
    }
}

static void test_frame_descriptors(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, 3);
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        struct invocation inv;
        word_t size = rows[i].size;
        print_message("frame size %lu, rights %#lx, attributes %#lx\n", size, rows[i].rights, rows[i].attr);
        map_ok(size, rows[i].rights, rows[i].attr);
        pte_t *entry = frame_pte_at(size);
        assert_int_equal(*entry, frames[size].paddr | rows[i].entry);
        if (size == HOST_LARGE_PAGE || size == HOST_SUPERSECTION) {
            assert_copies(entry, frames[size].paddr | rows[i].entry);
        }
        assert_int_equal(unmap(&inv, &vm[frames[size].slot]), seL4_NoError);
        assert_int_equal(*entry, 0);
    }
    assert_no_console();
}

/* ---- Frames of 16 entries ------------------------------------------------ */

/* Map, remap and Unmap write and clear all 16 entries, and only them. */
static void expect_sixteen_entries(word_t size, pte_t *first)
{
    struct invocation inv;
    word_t slot = frames[size].slot;
    vaddr_t vaddr = frames[size].vaddr;
    pte_t rw = expected_frame_entry(frames[size].paddr, size, vm_read_write, DEFAULT_ATTRIBUTES);
    pte_t ro = expected_frame_entry(frames[size].paddr, size, vm_read_only, DEFAULT_ATTRIBUTES);
    map_ok(size, RW, DEFAULT_ATTRIBUTES);
    assert_copies(first, rw);
    assert_int_equal(first[-1], 0);
    assert_int_equal(first[COPIES], 0);
    assert_int_equal(cap_frame_mapped_address(vm[slot].cap), vaddr);
    assert_int_equal(arch_log.flush_page_count, 0);

    map_ok(size, RO, DEFAULT_ATTRIBUTES);
    assert_copies(first, ro);
    assert_int_equal(arch_log.flush_page_count, 1);
    assert_int_equal(arch_log.flush_page_vaddr, vaddr);

    assert_int_equal(unmap(&inv, &vm[slot]), seL4_NoError);
    assert_copies(first, 0);
    assert_int_equal(vm[slot].cap.frame.asid, 0);
    assert_int_equal(arch_log.flush_page_count, 2);
    assert_no_console();
}

static void test_large_pages_fill_sixteen_entries(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, 3);
    expect_sixteen_entries(HOST_LARGE_PAGE, &tables[3][LARGE_PAGE_PTE]);
}

static void test_supersections_fill_sixteen_entries(void **state)
{
    (void)state;
    expect_sixteen_entries(HOST_SUPERSECTION, &root_table[SUPERSECTION_PDE]);
}

/* An address inside the frame is masked to its first entry's. */
static void test_sixteen_entries_from_an_unaligned_address(void **state)
{
    (void)state;
    struct invocation inv;
    vaddr_t inside = SUPERSECTION_VADDR + 0xabcdef;
    assert_int_equal(map_frame(&inv, &vm[SUPERSECTION_SLOT], &vm[VSPACE_SLOT], inside, RW, 0), seL4_NoError);
    assert_user_error("ARM_Page_Map: address %#lx masked to %#lx", inside, SUPERSECTION_VADDR);
    assert_copies(&root_table[SUPERSECTION_PDE],
                  expected_frame_entry(SUPERSECTION_PADDR, HOST_SUPERSECTION, vm_read_write, 0));
}

/* Mapping the frame in `slot` at `vaddr` is refused: `vaddr` is taken. */
static void expect_delete_first(word_t slot, vaddr_t vaddr)
{
    struct invocation inv;
    save_tables();
    assert_int_equal(map_frame(&inv, &vm[slot], &vm[VSPACE_SLOT], vaddr, RW, 0), seL4_DeleteFirst);
    assert_no_reply(&inv);
    assert_user_error("ARM_Page_Map: %#lx is already mapped", vaddr);
    assert_int_equal(vm[slot].cap.frame.asid, 0);
    assert_tables_unchanged();
}

/* With the frame or table in `blocker` in any one of the 16 entries of the
 * frame of `size`, that frame is refused. */
static void expect_blocked_by_each_entry(word_t size, word_t blocker)
{
    word_t entry_bits = size == HOST_LARGE_PAGE ? 12 : 20;
    for (word_t i = 0; i < COPIES; i++) {
        struct invocation inv;
        vaddr_t taken = frames[size].vaddr + (i << entry_bits);
        print_message("entry %lu taken\n", i);
        if (cap_type(vm[blocker].cap) == cap_frame) {
            assert_int_equal(map_frame(&inv, &vm[blocker], &vm[VSPACE_SLOT], taken, RW, 0), seL4_NoError);
        } else {
            assert_int_equal(map_table(&inv, &vm[blocker], &vm[VSPACE_SLOT], taken, 0), seL4_NoError);
        }
        expect_delete_first(frames[size].slot, frames[size].vaddr);
        assert_int_equal(unmap(&inv, &vm[blocker]), seL4_NoError);
    }
}

/* A small page in any of the 16 entries keeps a large page out. */
static void test_a_large_page_needs_all_sixteen_entries(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, 3);
    expect_blocked_by_each_entry(HOST_LARGE_PAGE, FRAME_SLOT);
    /* And the other way round. */
    map_ok(HOST_LARGE_PAGE, RW, 0);
    expect_delete_first(FRAME_SLOT, LARGE_PAGE_VADDR + 0xf000);
}

/* A section or a page table in any of the 16 entries keeps a
 * supersection out. */
static void test_a_supersection_needs_all_sixteen_entries(void **state)
{
    (void)state;
    struct invocation inv;
    expect_blocked_by_each_entry(HOST_SUPERSECTION, LARGE_SLOT);
    expect_blocked_by_each_entry(HOST_SUPERSECTION, L3_SLOT);
    /* And the other way round: a section and a page table find their
     * entry taken, a page finds the supersection in its way. */
    map_ok(HOST_SUPERSECTION, RW, 0);
    expect_delete_first(LARGE_SLOT, SUPERSECTION_VADDR + 0xf00000);
    assert_int_equal(map_table(&inv, &vm[L3_SLOT], &vm[VSPACE_SLOT], SUPERSECTION_VADDR, 0), seL4_DeleteFirst);
    assert_user_error("ARM_PageTable_Map: %#lx is already mapped", SUPERSECTION_VADDR);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], SUPERSECTION_VADDR, RW, 0),
                     seL4_DeleteFirst);
    assert_user_error("ARM_Page_Map: %#lx is inside a larger frame's mapping", SUPERSECTION_VADDR);
}

/* A remap empties the 16 entries and flushes the frame from the TLB before
 * it writes the new ones, whichever of them were valid: here all but the
 * first (break before make). */
static void test_remap_breaks_every_entry(void **state)
{
    (void)state;
    pte_t *first = &root_table[SUPERSECTION_PDE];
    map_ok(HOST_SUPERSECTION, RW, 0);
    first[0] = 0;
    arch_log_reset();
    map_ok(HOST_SUPERSECTION, RO, 0);
    assert_copies(first, expected_frame_entry(SUPERSECTION_PADDR, HOST_SUPERSECTION, vm_read_only, 0));
    assert_int_equal(arch_log.flush_page_count, 1);
    assert_int_equal(arch_log.flush_page_vaddr, SUPERSECTION_VADDR);
}

/* Unmap clears the entries only if all 16 still map the frame. */
static void test_unmap_leaves_sixteen_entries_it_does_not_own(void **state)
{
    (void)state;
    struct invocation inv;
    map_ok(HOST_SUPERSECTION, RW, 0);
    pte_t *first = &root_table[SUPERSECTION_PDE];
    pte_t entry = first[0];
    first[COPIES - 1] = 0;
    arch_log_reset();
    assert_int_equal(unmap(&inv, &vm[SUPERSECTION_SLOT]), seL4_NoError);
    assert_int_equal(vm[SUPERSECTION_SLOT].cap.frame.asid, 0);
    for (word_t i = 0; i < COPIES - 1; i++) {
        assert_int_equal(first[i], entry);
    }
    assert_int_equal(arch_log.flush_page_count, 0);
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_table_sizes_and_indices),
        TEST(test_table_descriptors),
        TEST(test_frame_descriptors),
        TEST(test_large_pages_fill_sixteen_entries),
        TEST(test_supersections_fill_sixteen_entries),
        TEST(test_sixteen_entries_from_an_unaligned_address),
        TEST(test_a_large_page_needs_all_sixteen_entries),
        TEST(test_a_supersection_needs_all_sixteen_entries),
        TEST(test_remap_breaks_every_entry),
        TEST(test_unmap_leaves_sixteen_entries_it_does_not_own),
    };
    return cmocka_run_group_tests_name("aarch32-vspace", tests, NULL, NULL);
}
