/*
 * The capability derivation tree (kernel/core/cnode.c) and the region and
 * object comparisons it relies on (kernel/core/object.c).
 *
 * Capabilities here name made-up addresses in the kernel window (where a
 * 32-bit capability can name them): nothing dereferences them.
 */
#include "harness.h"
#include <object.h>

#define UNTYPED_BASE 0x100000ul           /* a 64 KiB untyped */
#define LARGE_BASE   0x400000ul           /* a frame of size 1: 2 MiB, 4 MiB or 64 KiB */

/* The window's address `offset` bytes in. */
static void *at(word_t offset)
{
    return (void *)(KERNEL_WINDOW_BASE + offset);
}

static cap_t untyped(word_t base, word_t bits)
{
    return cap_untyped_new(at(base), bits, false, false, 0);
}

static cap_t object(enum cap_type type, word_t base)
{
    return cap_object_new(type, at(base));
}

/* A capability to something that is not memory (ASID control, ...). */
static cap_t control(enum cap_type type)
{
    return cap_object_new(type, NULL);
}

static cap_t frame(word_t base, word_t size, enum vm_rights rights, bool is_device)
{
    return cap_frame_new(at(base), size, rights, is_device);
}

static cap_t cnode(word_t base, word_t radix)
{
    return cap_cnode_new(at(base), radix, 0, 0);
}

static cte_t slots[8];

static int reset_slots(void **state)
{
    (void)state;
    memset(slots, 0, sizeof(slots));
    return 0;
}

/* ---- Insertion -------------------------------------------------------- */

static void test_insert_original(void **state)
{
    (void)state;
    cap_t cap = untyped(UNTYPED_BASE, 16);
    cte_insert_original(&slots[0], cap);
    assert_memory_equal(&slots[0].cap, &cap, sizeof(cap));
    assert_null(mdb_prev(&slots[0]));
    assert_null(slots[0].mdb.next);
    assert_true(mdb_is_revocable(&slots[0]));
}

static void test_insert_child_goes_directly_after_parent(void **state)
{
    (void)state;
    cte_t *parent = &slots[0], *first = &slots[1], *second = &slots[2];
    cap_t a = object(cap_endpoint, UNTYPED_BASE), b = object(cap_notification, UNTYPED_BASE + 0x20);
    cte_insert_original(parent, untyped(UNTYPED_BASE, 16));
    cte_insert_child(parent, first, a, true);
    cte_insert_child(parent, second, b, false);

    assert_memory_equal(&first->cap, &a, sizeof(a));
    assert_memory_equal(&second->cap, &b, sizeof(b));
    /* parent -> second -> first */
    assert_ptr_equal(parent->mdb.next, second);
    assert_ptr_equal(mdb_prev(second), parent);
    assert_ptr_equal(second->mdb.next, first);
    assert_ptr_equal(mdb_prev(first), second);
    assert_null(first->mdb.next);
    assert_null(mdb_prev(parent));
    /* Each keeps its own revocable flag; relinking `first` kept it. */
    assert_true(mdb_is_revocable(parent));
    assert_false(mdb_is_revocable(second));
    assert_true(mdb_is_revocable(first));
}

static void test_insert_child_of_a_child(void **state)
{
    (void)state;
    cte_t *root = &slots[0], *child = &slots[1], *sibling = &slots[2], *grandchild = &slots[3];
    cte_insert_original(root, frame(LARGE_BASE, 1, vm_read_write, false));
    cte_insert_child(root, sibling, frame(LARGE_BASE, 1, vm_read_only, false), false);
    cte_insert_child(root, child, frame(LARGE_BASE, 1, vm_read_write, false), true);
    cte_insert_child(child, grandchild, frame(LARGE_BASE, 1, vm_read_only, false), false);
    /* root -> child -> grandchild -> sibling */
    assert_ptr_equal(root->mdb.next, child);
    assert_ptr_equal(child->mdb.next, grandchild);
    assert_ptr_equal(grandchild->mdb.next, sibling);
    assert_ptr_equal(mdb_prev(sibling), grandchild);
    assert_ptr_equal(mdb_prev(grandchild), child);
    assert_false(mdb_is_revocable(sibling));
}

/* ---- Children and siblings -------------------------------------------- */

static void test_has_children(void **state)
{
    (void)state;
    cte_t *u = &slots[0], *inside = &slots[1];
    cte_insert_original(u, untyped(UNTYPED_BASE, 16));
    assert_false(cte_has_children(u));
    cte_insert_child(u, inside, object(cap_endpoint, UNTYPED_BASE + 0xfff0), true);
    assert_true(cte_has_children(u));
    assert_false(cte_has_children(inside));

    /* Followed by something outside its memory: not a child. */
    cte_t *other = &slots[2], *outside = &slots[3];
    cte_insert_original(other, untyped(UNTYPED_BASE, 16));
    cte_insert_child(other, outside, object(cap_endpoint, UNTYPED_BASE + 0x10000), true);
    assert_false(cte_has_children(other));
}

static void test_has_children_needs_a_revocable_parent(void **state)
{
    (void)state;
    cte_t *original = &slots[0], *copy = &slots[1], *copy_of_copy = &slots[2];
    cte_insert_original(original, frame(LARGE_BASE, 1, vm_read_write, false));
    cte_insert_child(original, copy, frame(LARGE_BASE, 1, vm_read_write, false), false);
    cte_insert_child(copy, copy_of_copy, frame(LARGE_BASE, 1, vm_read_write, false), false);
    assert_true(cte_has_children(original));
    assert_false(cte_has_children(copy));
    assert_false(cte_has_children(copy_of_copy));
}

static void test_siblings_for_object(void **state)
{
    (void)state;
    cte_t *f = &slots[0], *copy = &slots[1], *lone = &slots[2];
    cte_insert_original(f, frame(LARGE_BASE, 1, vm_read_write, false));
    cte_insert_original(lone, frame(LARGE_BASE + 0x400000, 1, vm_read_write, false));
    assert_true(cte_is_final(f));
    cte_insert_child(f, copy, frame(LARGE_BASE, 1, vm_read_only, false), false);
    assert_false(cte_is_final(f));       /* via next */
    assert_false(cte_is_final(copy));    /* via prev */
    assert_true(cte_is_final(lone));
}

static void test_no_siblings_between_untyped_and_its_objects(void **state)
{
    (void)state;
    cte_t *u = &slots[0], *ep = &slots[1], *small = &slots[2];
    cte_insert_original(u, untyped(UNTYPED_BASE, 16));
    cte_insert_child(u, ep, object(cap_endpoint, UNTYPED_BASE), true);
    assert_true(cte_is_final(u));
    assert_true(cte_is_final(ep));
    /* A same-base frame of another size is another object. */
    cte_insert_original(&slots[3], frame(LARGE_BASE, 0, vm_read_write, false));
    cte_insert_child(&slots[3], small, frame(LARGE_BASE, 1, vm_read_write, false), false);
    assert_true(cte_is_final(&slots[3]));
    assert_true(cte_is_final(small));
}

/* ---- cap_same_region / cap_same_object -------------------------------- */

struct comparison {
    const char *name;
    cap_t a, b;
    bool same_region, same_object;
};

static void test_comparisons(void **state)
{
    (void)state;
    const cap_t u = untyped(UNTYPED_BASE, 16), large = frame(LARGE_BASE, 1, vm_read_write, false);
    const struct comparison cases[] = {
        { "untyped, itself", u, u, true, false },
        { "untyped, endpoint at its base", u, object(cap_endpoint, UNTYPED_BASE), true, false },
        { "untyped, endpoint at its end", u, object(cap_endpoint, UNTYPED_BASE + 0xfff0), true, false },
        { "untyped, endpoint after it", u, object(cap_endpoint, UNTYPED_BASE + 0x10000), false, false },
        { "untyped, endpoint before it", u, object(cap_endpoint, UNTYPED_BASE - 0x10), false, false },
        { "untyped, TCB in its last 2 KiB", u, object(cap_thread, UNTYPED_BASE + 0xf800), true, false },
        { "untyped, larger CNode at its base", u, cnode(UNTYPED_BASE, 17 - seL4_SlotBits), false, false },
        { "untyped, smaller untyped", u, untyped(UNTYPED_BASE + 0x8000, 15), true, false },
        { "untyped, larger untyped", u, untyped(UNTYPED_BASE, 17), false, false },
        { "untyped, 4K frame", u, frame(UNTYPED_BASE + 0x1000, 0, vm_read_write, false), true, false },
        { "untyped, page table", u, cap_table_new(at(UNTYPED_BASE + 0x2000), 0), true, false },
        { "untyped, null", u, cap_null_new(), false, false },
        { "null, untyped", cap_null_new(), u, false, false },
        { "untyped, ASID control", u, control(cap_asid_control), false, false },
        { "large frame, 4K frame inside", large, frame(LARGE_BASE + 0x1000, 0, vm_read_write, false), true, false },
        { "large frame, endpoint inside", large, object(cap_endpoint, LARGE_BASE), false, false },
        { "large frame, itself", large, large, true, true },
        { "large frame, copy with other rights", large, frame(LARGE_BASE, 1, vm_read_only, false), true, true },
        { "large frame, device twin", large, frame(LARGE_BASE, 1, vm_read_write, true), true, false },
        { "4K frame, large frame at its base", frame(LARGE_BASE, 0, vm_read_write, false), large, false, false },
        { "endpoint, itself", object(cap_endpoint, 0x5000), object(cap_endpoint, 0x5000), true, true },
        { "endpoint, another", object(cap_endpoint, 0x5000), object(cap_endpoint, 0x5010), false, false },
        { "endpoint, notification", object(cap_endpoint, 0x5000), object(cap_notification, 0x5000), false, false },
        { "CNode, same radix", cnode(0x8000, 4), cnode(0x8000, 4), true, true },
        { "CNode, other radix", cnode(0x8000, 4), cnode(0x8000, 5), false, false },
        { "TCB, itself", object(cap_thread, 0x8000), object(cap_thread, 0x8000), true, true },
        { "VSpace, itself", object(cap_vspace, 0x9000), object(cap_vspace, 0x9000), true, true },
        { "VSpace, page table", object(cap_vspace, 0x9000), cap_table_new(at(0x9000), 0), false, false },
        { "page table, itself", cap_table_new(at(0x9000), 0), cap_table_new(at(0x9000), 0), true, true },
        { "IRQ control, IRQ control", control(cap_irq_control), control(cap_irq_control), true, true },
        { "IRQ control, domain", control(cap_irq_control), control(cap_domain), false, false },
        { "ASID control, ASID control", control(cap_asid_control), control(cap_asid_control), true, true },
        { "ASID pool, itself", object(cap_asid_pool, 0xa000), object(cap_asid_pool, 0xa000), true, true },
    };
    for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
        print_message("case: %s\n", cases[i].name);
        assert_int_equal(cap_same_region(cases[i].a, cases[i].b), cases[i].same_region);
        assert_int_equal(cap_same_object(cases[i].a, cases[i].b), cases[i].same_object);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_insert_original, reset_slots),
        cmocka_unit_test_setup(test_insert_child_goes_directly_after_parent, reset_slots),
        cmocka_unit_test_setup(test_insert_child_of_a_child, reset_slots),
        cmocka_unit_test_setup(test_has_children, reset_slots),
        cmocka_unit_test_setup(test_has_children_needs_a_revocable_parent, reset_slots),
        cmocka_unit_test_setup(test_siblings_for_object, reset_slots),
        cmocka_unit_test_setup(test_no_siblings_between_untyped_and_its_objects, reset_slots),
        cmocka_unit_test(test_comparisons),
    };
    return cmocka_run_group_tests_name("mdb", tests, NULL, NULL);
}
