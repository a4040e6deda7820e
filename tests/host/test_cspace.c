/*
 * CSpace lookup: resolve_address_bits() and lookup_slot_for_cnode_op()
 * (kernel/core/cnode.c, kernel/core/invocation.c).
 *
 * Two CSpaces:
 *   flat    one CNode of radix 12 with a guard of FLAT_GUARD zero bits,
 *           as the root task's (a cptr is guard FLAT_GUARD | index 12)
 *   tree    l1 (radix 8, no guard)
 *             [3] -> l2 (radix 4, guard 0x5 of 4 bits)
 *                      [7] -> l3 (radix 8, no guard)  [0x2a] endpoint
 *                      [8] endpoint
 *           so a 24-bit cptr is index1 8 | guard 4 | index2 4 | index3 8.
 */
#include "harness.h"

/* The bits of a cptr, and those the flat CNode's guard takes of them. */
#define DEPTH      WORD_BITS
#define FLAT_GUARD (WORD_BITS - 12)

static cte_t *flat, *l1, *l2, *l3;
static cap_t flat_cap, l1_cap;
static void *endpoint_object;

static cap_t endpoint_cap(void)
{
    return cap_object_new(cap_endpoint, endpoint_object);
}

static int setup(void **state)
{
    harness_setup(state);
    endpoint_object = test_alloc(seL4_EndpointBits);
    flat = test_cnode(12);
    flat_cap = cap_cnode_new(flat, 12, FLAT_GUARD, 0);
    l1 = test_cnode(8);
    l2 = test_cnode(4);
    l3 = test_cnode(8);
    l1_cap = cap_cnode_new(l1, 8, 0, 0);
    put_cap(&l1[3], cap_cnode_new(l2, 4, 4, 0x5));
    put_cap(&l2[7], cap_cnode_new(l3, 8, 0, 0));
    put_cap(&l2[8], endpoint_cap());
    put_cap(&l3[0x2a], endpoint_cap());
    return 0;
}

static void assert_found(struct resolve_result r, const cte_t *slot, word_t bits_remaining)
{
    assert_ptr_equal(r.slot, slot);
    assert_int_equal(r.bits_remaining, bits_remaining);
}

static void assert_fault(struct resolve_result r, word_t type, word_t bits_left, word_t guard_found,
                         word_t bits_found)
{
    assert_null(r.slot);
    assert_int_equal(r.fault.type, type);
    assert_int_equal(r.fault.bits_left, bits_left);
    assert_int_equal(r.fault.guard_found, guard_found);
    assert_int_equal(r.fault.bits_found, bits_found);
}

/* ---- resolve_address_bits --------------------------------------------- */

static void test_flat_root_resolves_every_index(void **state)
{
    (void)state;
    static const word_t cptrs[] = { 0, 1, 5, 0x800, 4095 };
    for (size_t i = 0; i < ARRAY_SIZE(cptrs); i++) {
        assert_found(resolve_address_bits(flat_cap, cptrs[i], DEPTH), &flat[cptrs[i]], 0);
    }
}

static void test_flat_root_guard_mismatch(void **state)
{
    (void)state;
    /* seL4 reports the CNode's own guard as guardFound. */
    static const word_t cptrs[] = { 4096, 0x1fff, BIT(WORD_BITS - 1), ~0ul };
    for (size_t i = 0; i < ARRAY_SIZE(cptrs); i++) {
        assert_fault(resolve_address_bits(flat_cap, cptrs[i], DEPTH), seL4_GuardMismatch, DEPTH, 0, FLAT_GUARD);
    }
}

static void test_nonzero_guard(void **state)
{
    (void)state;
    cap_t guarded = cap_cnode_new(flat, 12, FLAT_GUARD, 0x123);
    assert_found(resolve_address_bits(guarded, 0x123007, DEPTH), &flat[7], 0);
    assert_fault(resolve_address_bits(guarded, 0x124007, DEPTH), seL4_GuardMismatch, DEPTH, 0x123, FLAT_GUARD);
    assert_fault(resolve_address_bits(guarded, 7, DEPTH), seL4_GuardMismatch, DEPTH, 0x123, FLAT_GUARD);
}

static void test_depth_shorter_than_guard_is_guard_mismatch(void **state)
{
    (void)state;
    word_t short_depth = FLAT_GUARD - 12;
    assert_fault(resolve_address_bits(flat_cap, 0, short_depth), seL4_GuardMismatch, short_depth, 0, FLAT_GUARD);
    assert_fault(resolve_address_bits(flat_cap, 0, 1), seL4_GuardMismatch, 1, 0, FLAT_GUARD);
}

static void test_depth_shorter_than_level_is_depth_mismatch(void **state)
{
    (void)state;
    assert_fault(resolve_address_bits(flat_cap, 5, DEPTH - 4), seL4_DepthMismatch, DEPTH - 4, 0, DEPTH);
    assert_fault(resolve_address_bits(flat_cap, 0, FLAT_GUARD), seL4_DepthMismatch, FLAT_GUARD, 0, DEPTH);
    assert_fault(resolve_address_bits(l1_cap, 0, 7), seL4_DepthMismatch, 7, 0, 8);
}

static void test_tree_resolves_at_each_depth(void **state)
{
    (void)state;
    assert_found(resolve_address_bits(l1_cap, 0x03, 8), &l1[3], 0);
    assert_found(resolve_address_bits(l1_cap, 0x0357, 16), &l2[7], 0);
    assert_found(resolve_address_bits(l1_cap, 0x03572a, 24), &l3[0x2a], 0);
    assert_found(resolve_address_bits(l1_cap, 0x035700, 24), &l3[0], 0);
    /* High bits above the depth are ignored. */
    assert_found(resolve_address_bits(l1_cap, 0xff03572a, 24), &l3[0x2a], 0);
}

static void test_tree_guard_mismatch_at_second_level(void **state)
{
    (void)state;
    assert_fault(resolve_address_bits(l1_cap, 0x03672a, 24), seL4_GuardMismatch, 16, 0x5, 4);
    assert_fault(resolve_address_bits(l1_cap, 0x030, 12), seL4_GuardMismatch, 4, 0x5, 4);
    /* Depth 10 leaves 2 bits at l2, fewer than its 4-bit guard. */
    assert_fault(resolve_address_bits(l1_cap, 0x0d, 10), seL4_GuardMismatch, 2, 0x5, 4);
}

static void test_tree_depth_mismatch_below_the_root(void **state)
{
    (void)state;
    /* 8 bits for l1, 8 for l2, leaving 4 where l3 needs 8. */
    assert_fault(resolve_address_bits(l1_cap, 0x03572, 20), seL4_DepthMismatch, 4, 0, 8);
    /* 8 bits for l1, leaving 4 where l2 needs 4 + 4 (its guard matches). */
    assert_fault(resolve_address_bits(l1_cap, 0x035, 12), seL4_DepthMismatch, 4, 0, 8);
}

static void test_stops_at_non_cnode_with_bits_remaining(void **state)
{
    (void)state;
    /* l2[8] is an endpoint, l2[9] is empty, l1[4] is empty. */
    assert_found(resolve_address_bits(l1_cap, 0x03582a, 24), &l2[8], 8);
    assert_found(resolve_address_bits(l1_cap, 0x03592a, 24), &l2[9], 8);
    assert_found(resolve_address_bits(l1_cap, 0x04592a, 24), &l1[4], 16);
    assert_found(resolve_address_bits(flat_cap, 0, DEPTH), &flat[0], 0);
}

static void test_invalid_root(void **state)
{
    (void)state;
    assert_fault(resolve_address_bits(endpoint_cap(), 0, DEPTH), seL4_InvalidRoot, 0, 0, 0);
    assert_fault(resolve_address_bits(cap_null_new(), 0, DEPTH), seL4_InvalidRoot, 0, 0, 0);
    assert_fault(resolve_address_bits(cap_untyped_new(flat, 17, false, false, 0), 0, DEPTH), seL4_InvalidRoot, 0, 0, 0);
}

/* ---- lookup_slot_for_cnode_op ----------------------------------------- */

enum root_choice { root_flat, root_tree, root_endpoint };

struct lookup_case {
    const char *name;
    enum root_choice root;
    word_t index, depth;
    bool source;
    seL4_Error error;
    word_t reply_length;
    word_t reply[5];
};

static const struct lookup_case lookup_errors[] = {
    { "root not a CNode", root_endpoint, 0, DEPTH, false, seL4_FailedLookup, 2, { 0, seL4_InvalidRoot } },
    { "root not a CNode, source", root_endpoint, 0, DEPTH, true, seL4_FailedLookup, 2, { 1, seL4_InvalidRoot } },
    { "depth 0", root_flat, 5, 0, false, seL4_RangeError, 2, { 1, DEPTH } },
    { "depth beyond the word", root_flat, 5, DEPTH + 1, true, seL4_RangeError, 2, { 1, DEPTH } },
    { "depth ~0", root_flat, 5, ~0ul, false, seL4_RangeError, 2, { 1, DEPTH } },
    { "guard mismatch", root_flat, 4096, DEPTH, false, seL4_FailedLookup, 5,
      { 0, seL4_GuardMismatch, DEPTH, 0, FLAT_GUARD } },
    { "guard mismatch, source", root_tree, 0x03672a, 24, true, seL4_FailedLookup, 5,
      { 1, seL4_GuardMismatch, 16, 5, 4 } },
    { "depth mismatch", root_flat, 5, DEPTH - 4, false, seL4_FailedLookup, 4,
      { 0, seL4_DepthMismatch, DEPTH - 4, DEPTH } },
    { "depth 1 is in range", root_tree, 1, 1, false, seL4_FailedLookup, 4, { 0, seL4_DepthMismatch, 1, 8 } },
    { "bits left at an endpoint", root_tree, 0x03582a, 24, false, seL4_FailedLookup, 4,
      { 0, seL4_DepthMismatch, 8, 0 } },
    { "bits left at an empty slot", root_tree, 0x04592a, 24, true, seL4_FailedLookup, 4,
      { 1, seL4_DepthMismatch, 16, 0 } },
};

static cap_t chosen_root(enum root_choice root)
{
    return root == root_flat ? flat_cap : root == root_tree ? l1_cap : endpoint_cap();
}

static void test_lookup_slot_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_SIZE(lookup_errors); i++) {
        const struct lookup_case *c = &lookup_errors[i];
        print_message("case: %s\n", c->name);
        cte_t *slot = (cte_t *)0x1;
        struct invocation inv = make_invocation(NULL, 0, NULL, 0, NULL, 0);
        assert_int_equal(lookup_slot_for_cnode_op(&inv, c->source, chosen_root(c->root), c->index, c->depth,
                                                  &slot), c->error);
        assert_reply_at(&inv, c->reply, c->reply_length, __FILE__, __LINE__);
        assert_ptr_equal(slot, (cte_t *)0x1);
        assert_no_console();
    }
}

static void test_lookup_slot_success(void **state)
{
    (void)state;
    struct { cap_t root; word_t index, depth; cte_t *slot; } cases[] = {
        { flat_cap, 7, DEPTH, &flat[7] },
        { l1_cap, 0x03, 8, &l1[3] },
        { l1_cap, 0x0357, 16, &l2[7] },
        { l1_cap, 0x03572a, 24, &l3[0x2a] },
        { l1_cap, 0x0359, 16, &l2[9] },
    };
    for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
        cte_t *slot = NULL;
        struct invocation inv = make_invocation(NULL, 0, NULL, 0, NULL, 0);
        assert_int_equal(lookup_slot_for_cnode_op(&inv, true, cases[i].root, cases[i].index, cases[i].depth,
                                                  &slot), seL4_NoError);
        assert_ptr_equal(slot, cases[i].slot);
        assert_no_reply(&inv);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_root_resolves_every_index),
        cmocka_unit_test(test_flat_root_guard_mismatch),
        cmocka_unit_test(test_nonzero_guard),
        cmocka_unit_test(test_depth_shorter_than_guard_is_guard_mismatch),
        cmocka_unit_test(test_depth_shorter_than_level_is_depth_mismatch),
        cmocka_unit_test(test_tree_resolves_at_each_depth),
        cmocka_unit_test(test_tree_guard_mismatch_at_second_level),
        cmocka_unit_test(test_tree_depth_mismatch_below_the_root),
        cmocka_unit_test(test_stops_at_non_cnode_with_bits_remaining),
        cmocka_unit_test(test_invalid_root),
        cmocka_unit_test(test_lookup_slot_errors),
        cmocka_unit_test(test_lookup_slot_success),
    };
    return cmocka_run_group_tests_name("cspace", tests, setup, harness_teardown);
}
