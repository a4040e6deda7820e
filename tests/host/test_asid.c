/*
 * ASIDPool_Assign's checks that no root task can reach (kernel/vspace/asid.c):
 * a pool capability outliving its pool, or naming a base that another pool
 * now holds.  Deleting the last capability to a pool is what frees it, so
 * these states are made here by hand.
 */
#include "vspace_env.h"

#define POOL_SLOT SPARE_SLOT
#define NEW_VSPACE_SLOT (SPARE_SLOT + 1)

static cte_t *pool_cap_with_base(word_t base)
{
    return new_pool_cap(POOL_SLOT, test_alloc(seL4_ASIDPoolBits), base);
}

static seL4_Error assign(struct invocation *inv)
{
    put_cap(&vm[NEW_VSPACE_SLOT], cap_object_new(cap_vspace, test_alloc(TABLE_BITS(ROOT_LEVEL))));
    return asid_assign(inv, POOL_SLOT, NEW_VSPACE_SLOT);
}

/* The pool's entry in the ASID table is empty: it was deleted. */
static void test_assign_through_a_deleted_pool(void **state)
{
    (void)state;
    struct invocation inv;
    pool_cap_with_base(3 << seL4_ASIDPoolIndexBits);
    assert_int_equal(assign(&inv), seL4_FailedLookup);
    assert_reply(&inv, 0, seL4_InvalidRoot);
    assert_user_error("ASIDPool_Assign: the pool has been deleted");
    assert_int_equal(vm[NEW_VSPACE_SLOT].cap.vspace.asid, 0);
}

/* The table holds another pool at this capability's base. */
static void test_assign_through_a_stale_pool(void **state)
{
    (void)state;
    struct invocation inv;
    pool_cap_with_base(0);
    assert_int_equal(assign(&inv), seL4_InvalidCapability);
    assert_reply(&inv, 0);
    assert_user_error("ASIDPool_Assign: the pool capability is stale");
    assert_null(pool->root[2]);
}

/* Check order: a bad VSpace is reported before a deleted pool. */
static void test_bad_vspace_comes_first(void **state)
{
    (void)state;
    struct invocation inv;
    pool_cap_with_base(3 << seL4_ASIDPoolIndexBits);
    assert_int_equal(asid_assign(&inv, POOL_SLOT, FRAME_SLOT), seL4_InvalidCapability);
    assert_reply(&inv, 1);
    assert_user_error("ASIDPool_Assign: needs a VSpace root without an ASID");
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, vspace_env_setup, vspace_env_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_assign_through_a_deleted_pool),
        TEST(test_assign_through_a_stale_pool),
        TEST(test_bad_vspace_comes_first),
    };
    return cmocka_run_group_tests_name("asid", tests, NULL, NULL);
}
