/*
 * Frame invocations (kernel/vspace/invocations.c): Page_Map of each size,
 * missing tables, occupied entries, remapping, the rights table of the
 * reference's section 1.5, Page_Unmap and Page_GetAddress.
 */
#include "vspace_env.h"

#define RW      seL4_ReadWrite.words[0]

/* The entry the tests' frame of size `i` gets with `rights` and the
 * default attributes. */
static pte_t frame_pte(word_t i, enum vm_rights rights)
{
    return frame_entry(frame_paddrs[i], frame_size(frame_levels[i]), rights);
}

static void map_ok(word_t slot, vaddr_t vaddr, word_t rights, word_t attr)
{
    struct invocation inv;
    assert_int_equal(map_frame(&inv, &vm[slot], &vm[VSPACE_SLOT], vaddr, rights, attr), seL4_NoError);
    assert_no_reply(&inv);
}

static void assert_frame_mapped(word_t slot, vaddr_t vaddr)
{
    assert_int_equal(vm[slot].cap.frame.asid, TEST_ASID);
    assert_int_equal(cap_frame_mapped_address(vm[slot].cap), vaddr);
}

static void assert_frame_unmapped(word_t slot)
{
    assert_int_equal(vm[slot].cap.frame.asid, 0);
    assert_int_equal(vm[slot].cap.frame.mapped_page, 0);
}

/* ---- Map -------------------------------------------------------------- */

static void test_map_each_size(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, LAST_LEVEL);
    for (word_t i = 0; i < FRAME_SIZES; i++) {
        map_ok(frame_slots[i], frame_vaddrs[i], RW, DEFAULT_ATTRIBUTES);
        assert_int_equal(*entry_at(frame_vaddrs[i], frame_levels[i]), frame_pte(i, vm_read_write));
        assert_frame_mapped(frame_slots[i], frame_vaddrs[i]);
    }
    /* A first mapping has nothing to flush. */
    assert_int_equal(arch_log.flush_page_count, 0);
    assert_no_console();
}

/* A frame needs every table down to its level: with those of `deepest`
 * and above in place, the bits left are those an entry there covers. */
static void expect_missing_table(void **state, word_t i, word_t deepest)
{
    struct invocation inv;
    vspace_env_setup(state);
    map_tables(TEST_VADDR, deepest);
    word_t slot = frame_slots[i];
    assert_int_equal(map_frame(&inv, &vm[slot], &vm[VSPACE_SLOT], TEST_VADDR, RW, 0), seL4_FailedLookup);
    assert_reply(&inv, 0, seL4_MissingCapability, ENTRY_BITS(deepest));
    assert_no_console();
    assert_frame_unmapped(slot);
    vspace_env_teardown(state);
}

static void test_missing_tables(void **state)
{
    word_t cases = 0;
    for (word_t i = 0; i < FRAME_SIZES; i++) {
        for (word_t deepest = ROOT_LEVEL; deepest < frame_levels[i]; deepest++) {
            print_message("frame size %lu, tables down to level %lu\n", i, deepest);
            expect_missing_table(state, i, deepest);
            cases++;
        }
    }
    /* Each size can lack every table from its level up to the root's
     * children: 3 + 2 + 1 below a level-0 root, 2 + 1 below a level-1 one,
     * 1 below a level-2 one. */
    assert_int_equal(cases, ROOT_LEVEL == 0 ? 6 : ROOT_LEVEL == 1 ? 3 : 1);
    /* With none, the bits left are those of a root entry. */
    assert_int_equal(ENTRY_BITS(ROOT_LEVEL), ROOT_ENTRY_BITS);
}

static void test_unaligned_address_is_masked(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, LAST_LEVEL);
    map_ok(FRAME_SLOT, TEST_VADDR + 0x123, RW, DEFAULT_ATTRIBUTES);
    assert_user_error(FRAME_NAME "_Map: address %#lx masked to %#lx", TEST_VADDR + 0x123, TEST_VADDR);
    vaddr_t large_last_byte = LARGE_VADDR + mask_bits(ENTRY_BITS(2));
    map_ok(LARGE_SLOT, large_last_byte, RW, DEFAULT_ATTRIBUTES);
    assert_user_error(FRAME_NAME "_Map: address %#lx masked to %#lx", large_last_byte, LARGE_VADDR);
    assert_int_equal(*entry_at(TEST_VADDR, 3), frame_pte(0, vm_read_write));
    assert_int_equal(*entry_at(LARGE_VADDR, 2), frame_pte(1, vm_read_write));
    assert_frame_mapped(FRAME_SLOT, TEST_VADDR);
    assert_frame_mapped(LARGE_SLOT, LARGE_VADDR);
    assert_int_equal(index_at(TEST_VADDR, 3), 0);
    assert_int_equal(tables[3][0], frame_pte(0, vm_read_write));
    assert_true(all_zero(&tables[3][1], TABLE_BYTES(3) - sizeof(pte_t)));
}

/* ---- Occupied entries ------------------------------------------------- */

#define ALREADY_MAPPED "is already mapped"
#define INSIDE_A_FRAME "is inside a larger frame's mapping"

/* Mapping the frame in `slot` at `vaddr` is refused for `reason`, and
 * changes no table. */
static void expect_delete_first(word_t slot, vaddr_t vaddr, const char *reason)
{
    struct invocation inv;
    save_tables();
    assert_int_equal(map_frame(&inv, &vm[slot], &vm[VSPACE_SLOT], vaddr, RW, 0), seL4_DeleteFirst);
    assert_no_reply(&inv);
    assert_user_error(FRAME_NAME "_Map: %#lx %s", vaddr, reason);
    assert_frame_unmapped(slot);
    assert_tables_unchanged();
}

/* With a frame of each size mapped, and tables down to the last level at
 * TEST_VADDR: another frame of each size finds its entry there taken (by
 * the 4 KiB frame, or by a table), and where a frame of its size is
 * mapped; inside a larger one's mapping, it finds that frame in the way. */
static void test_map_over_a_valid_entry(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, LAST_LEVEL);
    for (word_t i = 0; i < FRAME_SIZES; i++) {
        map_ok(frame_slots[i], frame_vaddrs[i], RW, 0);
    }
    for (word_t i = 0; i < FRAME_SIZES; i++) {
        word_t slot = SPARE_SLOT + i, bits = ENTRY_BITS(frame_levels[i]);
        print_message("another frame of size %lu\n", i);
        new_frame(slot, frame_size(frame_levels[i]), PADDR(BIT(bits)), vm_read_write);
        expect_delete_first(slot, TEST_VADDR, ALREADY_MAPPED);
        for (word_t larger = i > 0 ? i : 1; larger < FRAME_SIZES; larger++) {
            vaddr_t inside = frame_vaddrs[larger] + (larger > i ? 5 * BIT(bits) : 0);
            expect_delete_first(slot, inside, larger > i ? INSIDE_A_FRAME : ALREADY_MAPPED);
        }
    }
}

/* ---- Remapping -------------------------------------------------------- */

static void test_remap_changes_rights(void **state)
{
    (void)state;
    pte_t *entry = &tables[3][index_at(TEST_VADDR, 3)];
    map_tables(TEST_VADDR, LAST_LEVEL);
    map_ok(FRAME_SLOT, TEST_VADDR, seL4_CanRead.words[0], DEFAULT_ATTRIBUTES);
    assert_int_equal(*entry, frame_pte(0, vm_read_only));
    assert_int_equal(arch_log.flush_page_count, 0);

    map_ok(FRAME_SLOT, TEST_VADDR, RW, OTHER_ATTRIBUTES);
    assert_int_equal(*entry, expected_frame_entry(FRAME_PADDR, 0, vm_read_write, OTHER_ATTRIBUTES));
    assert_frame_mapped(FRAME_SLOT, TEST_VADDR);
    assert_int_equal(arch_log.flush_page_count, 1);
    assert_ptr_equal(arch_log.flush_page_root, root_table);
    assert_int_equal(arch_log.flush_page_vaddr, TEST_VADDR);

    /* An unaligned address in the same page is the same address. */
    map_ok(FRAME_SLOT, TEST_VADDR + 0xfff, seL4_NoRights.words[0], DEFAULT_ATTRIBUTES);
    assert_user_error(FRAME_NAME "_Map: address %#lx masked to %#lx", TEST_VADDR + 0xfff, TEST_VADDR);
    assert_int_equal(*entry, frame_pte(0, vm_kernel_only));
    assert_int_equal(arch_log.flush_page_count, 2);
}

static void test_remap_elsewhere(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, LAST_LEVEL);
    map_ok(FRAME_SLOT, TEST_VADDR, RW, 0);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], TEST_VADDR + 0x1000, RW, 0),
                     seL4_InvalidArgument);
    assert_reply(&inv, 0);
    assert_user_error(FRAME_NAME "_Map: the frame is already mapped at %#lx", TEST_VADDR);
    assert_int_equal(tables[3][index_at(TEST_VADDR, 3) + 1], 0);
    /* Even an address above USER_TOP gets this answer, not the range one. */
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], BEYOND_USER, RW, 0),
                     seL4_InvalidArgument);
    assert_reply(&inv, 0);
    assert_user_error(FRAME_NAME "_Map: the frame is already mapped at %#lx", TEST_VADDR);
    assert_frame_mapped(FRAME_SLOT, TEST_VADDR);
}

/* The record survives its page table: remap works into an empty slot of a
 * new table, but not over another frame. */
static void test_remap_after_the_table_changed(void **state)
{
    (void)state;
    struct invocation inv;
    map_tables(TEST_VADDR, LAST_LEVEL);
    map_ok(FRAME_SLOT, TEST_VADDR, RW, 0);
    assert_int_equal(unmap(&inv, &vm[L3_SLOT]), seL4_NoError);
    pte_t *new_pt = new_table(SPARE_SLOT, 3);
    assert_int_equal(map_table(&inv, &vm[SPARE_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_NoError);
    assert_frame_mapped(FRAME_SLOT, TEST_VADDR);

    map_ok(FRAME_SLOT, TEST_VADDR, seL4_CanRead.words[0], DEFAULT_ATTRIBUTES);
    assert_int_equal(new_pt[index_at(TEST_VADDR, 3)], frame_pte(0, vm_read_only));

    /* Another frame takes the slot; the first cap's remap is refused. */
    new_table(SPARE_SLOT + 1, 3);
    unmap(&inv, &vm[SPARE_SLOT]);
    assert_int_equal(map_table(&inv, &vm[SPARE_SLOT + 1], &vm[VSPACE_SLOT], TEST_VADDR, 0), seL4_NoError);
    new_frame(SPARE_SLOT + 2, 0, PADDR(0x7000), vm_read_write);
    map_ok(SPARE_SLOT + 2, TEST_VADDR, RW, DEFAULT_ATTRIBUTES);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[VSPACE_SLOT], TEST_VADDR, RW, 0), seL4_DeleteFirst);
    assert_no_reply(&inv);
    assert_user_error(FRAME_NAME "_Map: %#lx " ALREADY_MAPPED, TEST_VADDR);
    assert_int_equal(*entry_at(TEST_VADDR, 3), frame_entry(PADDR(0x7000), 0, vm_read_write));
}

static void test_remap_into_another_vspace(void **state)
{
    (void)state;
    struct invocation inv;
    pte_t *other = test_alloc(TABLE_BITS(ROOT_LEVEL));
    cap_t other_cap = cap_object_new(cap_vspace, other);
    other_cap.vspace.asid = 2;
    pool->root[2] = other;
    put_cap(&vm[SPARE_SLOT], other_cap);

    map_tables(TEST_VADDR, LAST_LEVEL);
    map_ok(FRAME_SLOT, TEST_VADDR, RW, 0);
    assert_int_equal(map_frame(&inv, &vm[FRAME_SLOT], &vm[SPARE_SLOT], TEST_VADDR, RW, 0),
                     seL4_InvalidCapability);
    assert_reply(&inv, 1);
    assert_user_error(FRAME_NAME "_Map: the frame is mapped in another address space");
    assert_true(all_zero(other, TABLE_BYTES(ROOT_LEVEL)));
    assert_frame_mapped(FRAME_SLOT, TEST_VADDR);
}

/* ---- Rights (reference section 1.5) ----------------------------------- */

#define WRITE_ONLY_WARNING "attempted to make unsupported write only mapping"

static void test_rights_masking(void **state)
{
    (void)state;
    static const struct {
        enum vm_rights cap;
        word_t mask;            /* seL4_CapRights_t word */
        enum vm_rights mapped;  /* the rights the entry gives */
        bool warning;
    } rows[] = {
        { vm_read_write, 0xf, vm_read_write, false },   /* AllRights */
        { vm_read_write, 0x3, vm_read_write, false },   /* ReadWrite */
        { vm_read_write, 0x2, vm_read_only, false },    /* CanRead: read-only */
        { vm_read_write, 0xe, vm_read_only, false },    /* NoWrite */
        { vm_read_write, 0x1, vm_kernel_only, true },   /* CanWrite: kernel-only, warned */
        { vm_read_write, 0xd, vm_kernel_only, true },   /* NoRead */
        { vm_read_write, 0x0, vm_kernel_only, false },  /* NoRights: kernel-only */
        { vm_read_write, 0xc, vm_kernel_only, false },  /* grant bits only */
        { vm_read_only, 0xf, vm_read_only, false },
        { vm_read_only, 0x2, vm_read_only, false },
        { vm_read_only, 0x1, vm_kernel_only, false },   /* kernel-only, no warning */
        { vm_read_only, 0x0, vm_kernel_only, false },
        { vm_kernel_only, 0xf, vm_kernel_only, false },
        { vm_kernel_only, 0x2, vm_kernel_only, false },
        { vm_kernel_only, 0x1, vm_kernel_only, false },
    };
    map_tables(TEST_VADDR, LAST_LEVEL);
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        struct invocation inv;
        print_message("rights %d, mask %#lx\n", rows[i].cap, rows[i].mask);
        vm[SPARE_SLOT] = (cte_t){ 0 };
        new_frame(SPARE_SLOT, 0, FRAME_PADDR, rows[i].cap);
        map_ok(SPARE_SLOT, TEST_VADDR, rows[i].mask, DEFAULT_ATTRIBUTES);
        assert_int_equal(*entry_at(TEST_VADDR, 3), frame_entry(FRAME_PADDR, 0, rows[i].mapped));
        assert_console(rows[i].warning ? "<<Pagoda [rootserver @0x401b2c] " WRITE_ONLY_WARNING ">>\n" : "");
        /* The capability's own rights are not changed by mapping. */
        assert_int_equal(vm[SPARE_SLOT].cap.frame.rights, rows[i].cap);
        assert_int_equal(unmap(&inv, &vm[SPARE_SLOT]), seL4_NoError);
    }
}

/* ---- Unmap and GetAddress --------------------------------------------- */

static void test_unmap(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, LAST_LEVEL);
    for (word_t i = 0; i < FRAME_SIZES; i++) {
        struct invocation inv;
        word_t slot = frame_slots[i];
        map_ok(slot, frame_vaddrs[i], RW, DEFAULT_ATTRIBUTES);
        arch_log_reset();
        assert_int_equal(unmap(&inv, &vm[slot]), seL4_NoError);
        assert_no_reply(&inv);
        assert_int_equal(*entry_at(frame_vaddrs[i], frame_levels[i]), 0);
        assert_frame_unmapped(slot);
        assert_int_equal(arch_log.flush_page_count, 1);
        assert_ptr_equal(arch_log.flush_page_root, root_table);
        assert_int_equal(arch_log.flush_page_vaddr, frame_vaddrs[i]);

        /* Again: nothing to do, and nothing done. */
        assert_int_equal(unmap(&inv, &vm[slot]), seL4_NoError);
        assert_no_reply(&inv);
        assert_int_equal(arch_log.flush_page_count, 1);
    }
    assert_no_console();
    assert_tables_linked(TEST_VADDR, LAST_LEVEL);
}

static void test_unmap_leaves_an_entry_it_does_not_own(void **state)
{
    (void)state;
    struct invocation inv;
    pte_t *entry = &tables[3][index_at(TEST_VADDR, 3)];
    map_tables(TEST_VADDR, LAST_LEVEL);
    map_ok(FRAME_SLOT, TEST_VADDR, RW, DEFAULT_ATTRIBUTES);
    *entry = frame_entry(PADDR(0x7000), 0, vm_read_only);
    assert_int_equal(unmap(&inv, &vm[FRAME_SLOT]), seL4_NoError);
    assert_int_equal(*entry, frame_entry(PADDR(0x7000), 0, vm_read_only));
    assert_frame_unmapped(FRAME_SLOT);
    assert_int_equal(arch_log.flush_page_count, 0);

    /* The record's ASID is gone: only the record is cleared. */
    map_ok(LARGE_SLOT, LARGE_VADDR, RW, DEFAULT_ATTRIBUTES);
    pool->root[TEST_ASID] = NULL;
    assert_int_equal(unmap(&inv, &vm[LARGE_SLOT]), seL4_NoError);
    assert_int_equal(*entry_at(LARGE_VADDR, 2), frame_pte(1, vm_read_write));
    assert_frame_unmapped(LARGE_SLOT);
}

static void test_get_address(void **state)
{
    (void)state;
    map_tables(TEST_VADDR, LAST_LEVEL);
    map_ok(FRAME_SLOT, TEST_VADDR, RW, 0);
    for (word_t i = 0; i < FRAME_SIZES; i++) {
        struct invocation inv;
        assert_int_equal(invoke(&inv, &vm[frame_slots[i]], PAGE_GET_ADDRESS_LABEL, NULL, 0, NULL), seL4_NoError);
        assert_reply(&inv, frame_paddrs[i]);
    }
    assert_no_console();
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, vspace_env_setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_map_each_size),
        cmocka_unit_test(test_missing_tables),
        TEST(test_unaligned_address_is_masked),
        TEST(test_map_over_a_valid_entry),
        TEST(test_remap_changes_rights),
        TEST(test_remap_elsewhere),
        TEST(test_remap_after_the_table_changed),
        TEST(test_remap_into_another_vspace),
        TEST(test_rights_masking),
        TEST(test_unmap),
        TEST(test_unmap_leaves_an_entry_it_does_not_own),
        TEST(test_get_address),
    };
    return cmocka_run_group_tests_name("vspace-frames", tests, NULL, NULL);
}
