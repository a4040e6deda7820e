/*
 * The capability layout for 32-bit words (kernel/include/cap_layout32.h):
 * one 64-bit unit per capability, whose object (and a zombie's parent) is
 * its offset in the kernel window in units of its type's alignment.  Every
 * type's fields hold what they must, and neither spills into the other
 * nor into the object, which goes and comes back unchanged from the
 * window's first object to its last.
 */
#include "harness.h"
#include <cnode.h>
#include <pagoda/abi.h>

/* log2 of the alignment of each type's objects: pages for frames, VSpace
 * roots and ASID pools, ARMv7's 1 KiB page tables, 16 bytes for the rest. */
static word_t alignment_bits(enum cap_type type)
{
    bool page = type == cap_frame || type == cap_vspace || type == cap_asid_pool;
    return page ? 12 : type == cap_page_table ? 10 : 4;
}

/* The window's first and last objects of `type` (nothing may be at its
 * first byte: an object of 0 is none). */
static void *lowest_object(enum cap_type type)
{
    return (void *)(KERNEL_WINDOW_BASE + BIT(alignment_bits(type)));
}

static void *highest_object(enum cap_type type)
{
    return (void *)(KERNEL_WINDOW_BASE + KERNEL_WINDOW_SIZE - BIT(alignment_bits(type)));
}

/* ---- Fields ------------------------------------------------------------ */

struct field {
    enum cap_type type;
    const char *name;
    word_t width;               /* the bits it needs for what it holds */
    void (*set)(cap_t *cap, word_t value);
    word_t (*get)(cap_t cap);
};

#define ACCESSORS(name, member)                                                   \
    static void set_##name(cap_t *cap, word_t value) { cap->member = value; }    \
    static word_t get_##name(cap_t cap) { return cap.member; }

ACCESSORS(untyped_size_bits, untyped.size_bits)
ACCESSORS(untyped_is_device, untyped.is_device)
ACCESSORS(untyped_is_clean, untyped.is_clean)
ACCESSORS(untyped_free_index, untyped.free_index)
ACCESSORS(cnode_radix, cnode.radix)
ACCESSORS(cnode_guard_size, cnode.guard_size)
ACCESSORS(cnode_guard, cnode.guard)
ACCESSORS(endpoint_rights, endpoint.rights)
ACCESSORS(endpoint_badge, endpoint.badge)
ACCESSORS(frame_size, frame.size)
ACCESSORS(frame_rights, frame.rights)
ACCESSORS(frame_is_device, frame.is_device)
ACCESSORS(frame_asid, frame.asid)
ACCESSORS(frame_mapped_page, frame.mapped_page)
ACCESSORS(table_type, table.table_type)
ACCESSORS(table_level, table.level)
ACCESSORS(table_is_mapped, table.is_mapped)
ACCESSORS(table_asid, table.asid)
ACCESSORS(table_mapped_page, table.mapped_page)
ACCESSORS(vspace_asid, vspace.asid)
ACCESSORS(asid_pool_base, asid_pool.asid_base)
ACCESSORS(zombie_radix, zombie.radix)
ACCESSORS(zombie_is_thread, zombie.is_thread)
ACCESSORS(zombie_exhausted, zombie.exhausted)

#define FIELD(type, name, width) { type, #name, width, set_##name, get_##name }

/* What each must hold: a size in bits or a radix up to the word's, an
 * untyped's free offset in 16-byte units (an untyped is smaller than the
 * window, which is smaller than 2^29 bytes), seL4's 18-bit guard and 28-bit badge, seL4's 17-bit ASIDs, a page of the
 * 32-bit address space, a frame size index of ARMv7's four, the one table
 * type below the root, a table's level. */
static const struct field fields[] = {
    FIELD(cap_untyped, untyped_size_bits, 5),
    FIELD(cap_untyped, untyped_is_device, 1),
    FIELD(cap_untyped, untyped_is_clean, 1),
    FIELD(cap_untyped, untyped_free_index, 25),
    FIELD(cap_cnode, cnode_radix, 5),
    FIELD(cap_cnode, cnode_guard_size, 5),
    FIELD(cap_cnode, cnode_guard, seL4_GuardBits),
    FIELD(cap_endpoint, endpoint_rights, 4),
    FIELD(cap_endpoint, endpoint_badge, seL4_BadgeBits),
    FIELD(cap_notification, endpoint_rights, 4),
    FIELD(cap_notification, endpoint_badge, seL4_BadgeBits),
    FIELD(cap_frame, frame_size, 2),
    FIELD(cap_frame, frame_rights, 2),
    FIELD(cap_frame, frame_is_device, 1),
    FIELD(cap_frame, frame_asid, 17),
    FIELD(cap_frame, frame_mapped_page, 20),
    FIELD(cap_page_table, table_type, 1),
    FIELD(cap_page_table, table_level, 2),
    FIELD(cap_page_table, table_is_mapped, 1),
    FIELD(cap_page_table, table_asid, 17),
    FIELD(cap_page_table, table_mapped_page, 20),
    FIELD(cap_vspace, vspace_asid, 17),
    FIELD(cap_asid_pool, asid_pool_base, 17),
    FIELD(cap_zombie, zombie_radix, 5),
    FIELD(cap_zombie, zombie_is_thread, 1),
    FIELD(cap_zombie, zombie_exhausted, 1),
};

/* A capability of `type` with every field all ones (a zombie's parent
 * too: the window's last slot), and no object. */
static cap_t all_ones(enum cap_type type)
{
    cap_t cap = cap_object_new(type, NULL);
    for (size_t i = 0; i < ARRAY_SIZE(fields); i++) {
        if (fields[i].type == type) {
            fields[i].set(&cap, ~(word_t)0);
        }
    }
    if (type == cap_zombie) {
        cap_zombie_set_parent(&cap, highest_object(cap_zombie));
    }
    return cap;
}

/* Each field, set all ones alone, holds exactly its width's worth, and
 * leaves the type, the object and the type's other fields as they were. */
static void test_fields_hold_their_widths_alone(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_SIZE(fields); i++) {
        const struct field *f = &fields[i];
        cap_t cap = cap_object_new(f->type, NULL);
        print_message("field %s\n", f->name);
        f->set(&cap, ~(word_t)0);
        assert_int_equal(f->get(cap), mask_bits(f->width));
        assert_int_equal(cap_type(cap), f->type);
        assert_null(cap_object(cap));
        for (size_t j = 0; j < ARRAY_SIZE(fields); j++) {
            if (j != i && fields[j].type == f->type) {
                assert_int_equal(fields[j].get(cap), 0);
            }
        }
    }
    /* The largest a mapped address's page can be. */
    assert_int_equal(cap_frame_mapped_address(all_ones(cap_frame)), 0xfffff000);
    assert_int_equal(cap_table_mapped_address(all_ones(cap_page_table)), 0xfffff000);
}

/* `object` goes into a capability of `type` with every field all ones,
 * comes back, and leaves the fields as they were. */
static void assert_round_trip(enum cap_type type, void *object)
{
    cap_t before = all_ones(type), cap = before;
    cap_set_object(&cap, object);
    assert_int_equal(cap_type(cap), type);
    assert_ptr_equal(cap_object(cap), object);
    cap_set_object(&cap, NULL);
    assert_memory_equal(&cap, &before, sizeof(cap));

    /* Without fields, the object is all there is beside the type. */
    cap = cap_object_new(type, object);
    assert_ptr_equal(cap_object(cap), object);
    cap_set_object(&cap, NULL);
    assert_true(cap.raw == (uint64_t)type);
}

static void test_objects_round_trip_at_the_window_bounds(void **state)
{
    (void)state;
    for (word_t type = cap_untyped; type < cap_type_count; type++) {
        print_message("type %lu, objects aligned to %lu bits\n", type, alignment_bits(type));
        assert_round_trip(type, lowest_object(type));
        assert_round_trip(type, highest_object(type));
        assert_int_equal(pack_object(type, highest_object(type)),
                         (KERNEL_WINDOW_SIZE >> alignment_bits(type)) - 1);
    }
}

static void test_no_object_is_zero(void **state)
{
    (void)state;
    for (word_t type = cap_untyped; type < cap_type_count; type++) {
        assert_int_equal(pack_object(type, NULL), 0);
        assert_null(cap_object(all_ones(type)));
    }
    assert_true(cap_is_null(cap_null_new()));
    assert_true(cap_null_new().raw == 0);
}

/* What cannot be packed is a kernel bug the debug kernel stops at: an
 * object at the window's first byte (it would read as none), beyond the
 * window, or off its type's alignment. */
static void test_unpackable_objects_panic(void **state)
{
    (void)state;
    void *unpackable[] = {
        (void *)KERNEL_WINDOW_BASE,
        (void *)(KERNEL_WINDOW_BASE + KERNEL_WINDOW_SIZE),
        (char *)lowest_object(cap_frame) + BIT(alignment_bits(cap_endpoint)),
    };
    for (size_t i = 0; i < ARRAY_SIZE(unpackable); i++) {
        harness_reset();
        expect_power_off(cap_object_new(cap_frame, unpackable[i]));
        assert_int_equal(arch_log.power_off_status, PAGODA_STATUS_PANIC);
        assert_true(strncmp(console_text(), "Pagoda panic: assertion failed", 30) == 0);
    }
    console_clear();
}

/* The constructors' fields and object, at the window's last object. */
static void test_constructors(void **state)
{
    (void)state;
    void *base = highest_object(cap_untyped);
    cap_t untyped = cap_untyped_new(base, 28, true, false, BIT(28));
    assert_ptr_equal(cap_object(untyped), base);
    assert_int_equal(untyped.untyped.size_bits, 28);
    assert_true(untyped.untyped.is_device);
    assert_false(untyped.untyped.is_clean);
    assert_int_equal(cap_untyped_free_offset(untyped), BIT(28));
    untyped = cap_untyped_new(base, 4, false, true, 16);
    assert_false(untyped.untyped.is_device);
    assert_true(untyped.untyped.is_clean);
    assert_int_equal(cap_untyped_free_offset(untyped), 16);

    cap_t cnode = cap_cnode_new(base, 12, 20, 0x2abcd);
    assert_ptr_equal(cap_object(cnode), base);
    assert_int_equal(cnode.cnode.radix, 12);
    assert_int_equal(cnode.cnode.guard_size, 20);
    assert_int_equal(cnode.cnode.guard, 0x2abcd);

    cap_t notification = cap_endpoint_new(base, cap_notification, seL4_AllRights.words[0]);
    assert_int_equal(cap_type(notification), cap_notification);
    assert_ptr_equal(cap_object(notification), base);
    assert_int_equal(notification.endpoint.rights, seL4_AllRights.words[0]);
    assert_int_equal(notification.endpoint.badge, 0);

    void *page = highest_object(cap_frame);
    cap_t frame = cap_frame_new(page, 3, vm_read_only, true);
    assert_ptr_equal(cap_object(frame), page);
    assert_int_equal(frame.frame.size, 3);
    assert_int_equal(frame.frame.rights, vm_read_only);
    assert_true(frame.frame.is_device);
    assert_int_equal(frame.frame.asid, 0);

    void *table = highest_object(cap_page_table);
    cap_t page_table = cap_table_new(table, 1);
    assert_ptr_equal(cap_object(page_table), table);
    assert_int_equal(page_table.table.table_type, 1);
    assert_false(page_table.table.is_mapped);
}

/* The largest untyped the window holds, used up: its free offset is its
 * size, which must not wrap to 0 (empty) in the field's 25 bits of 16-byte
 * units. */
static void test_largest_untyped_full(void **state)
{
    (void)state;
    word_t bits = word_log2(KERNEL_WINDOW_SIZE);
    cap_t untyped = cap_untyped_new(lowest_object(cap_untyped), bits, false, true, BIT(bits));
    assert_int_equal(cap_untyped_free_offset(untyped), BIT(bits));
    cap_untyped_set_free_offset(&untyped, BIT(bits) - 16);
    assert_int_equal(cap_untyped_free_offset(untyped), BIT(bits) - 16);
    assert_true(untyped.untyped.is_clean);
    assert_ptr_equal(cap_object(untyped), lowest_object(cap_untyped));
}

/* A free offset off 16 bytes cannot be kept in units: a kernel bug the
 * debug kernel stops at. */
static void test_unaligned_free_offset_panics(void **state)
{
    (void)state;
    cap_t untyped = cap_untyped_new(lowest_object(cap_untyped), 12, false, true, 0);
    harness_reset();
    expect_power_off(cap_untyped_set_free_offset(&untyped, 8));
    assert_int_equal(arch_log.power_off_status, PAGODA_STATUS_PANIC);
    assert_true(strncmp(console_text(), "Pagoda panic: assertion failed", 30) == 0);
    console_clear();
}

/* A zombie's parent is packed like an object: it comes back, from the
 * window's first slot to its last, and setting it or the object leaves
 * everything else alone. */
static void test_zombie_parent(void **state)
{
    (void)state;
    cte_t *parents[] = { lowest_object(cap_zombie), highest_object(cap_zombie), NULL };
    void *object = highest_object(cap_zombie);
    for (size_t i = 0; i < ARRAY_SIZE(parents); i++) {
        cap_t zombie = all_ones(cap_zombie);
        cap_set_object(&zombie, object);
        cap_zombie_set_parent(&zombie, parents[i]);
        assert_ptr_equal(cap_zombie_parent(zombie), parents[i]);
        assert_ptr_equal(cap_object(zombie), object);
        assert_int_equal(zombie.zombie.radix, 31);
        assert_true(zombie.zombie.is_thread && zombie.zombie.exhausted);

        cap_set_object(&zombie, lowest_object(cap_zombie));
        assert_ptr_equal(cap_zombie_parent(zombie), parents[i]);
        assert_ptr_equal(cap_object(zombie), lowest_object(cap_zombie));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fields_hold_their_widths_alone),
        cmocka_unit_test(test_objects_round_trip_at_the_window_bounds),
        cmocka_unit_test(test_no_object_is_zero),
        cmocka_unit_test(test_unpackable_objects_panic),
        cmocka_unit_test(test_constructors),
        cmocka_unit_test(test_largest_untyped_full),
        cmocka_unit_test(test_unaligned_free_offset_panics),
        cmocka_unit_test(test_zombie_parent),
    };
    return cmocka_run_group_tests_name("cap-layout32", tests, NULL, NULL);
}
