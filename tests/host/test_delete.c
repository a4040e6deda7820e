/*
 * cte_delete() and cte_revoke() (kernel/core/delete.c): what deleting the
 * last capability to a CNode or TCB does to the capabilities inside it,
 * through nesting, cycles and chains far deeper than any kernel stack.
 */
#include "harness.h"
#include <pthread.h>
#include <delete.h>
#include <object.h>

/* A CNode of 2^radix fresh slots and an original capability to it in `slot`. */
static cte_t *new_cnode(cte_t *slot, word_t radix)
{
    cte_t *slots = test_cnode(radix);
    put_cap(slot, cap_cnode_new(slots, radix, WORD_BITS - radix, 0));
    return slots;
}

static cap_t endpoint_cap(void)
{
    return cap_endpoint_new(test_alloc(seL4_EndpointBits), cap_endpoint, seL4_AllRights.words[0]);
}

/* Every slot of `slots` is empty, with no place in any derivation tree. */
static void assert_all_empty(const cte_t *slots, word_t count)
{
    for (word_t i = 0; i < count; i++) {
        assert_true(cap_is_null(slots[i].cap));
        assert_int_equal(slots[i].mdb.prev_and_flags, 0);
        assert_null(slots[i].mdb.next);
    }
}

/* The tree's list through `slot` links back and forth. */
static void assert_linked(const cte_t *slot)
{
    if (mdb_prev(slot) != NULL) {
        assert_ptr_equal(mdb_prev(slot)->mdb.next, slot);
    }
    if (slot->mdb.next != NULL) {
        assert_ptr_equal(mdb_prev(slot->mdb.next), slot);
    }
}

static void test_deleting_a_copy_keeps_the_original(void **state)
{
    (void)state;
    cte_t *root = test_cnode(4);
    put_cap(&root[0], endpoint_cap());
    cte_insert_child(&root[0], &root[1], root[0].cap, false);
    cte_insert_child(&root[1], &root[2], root[0].cap, false);
    cte_delete(&root[1]);
    assert_all_empty(&root[1], 1);
    assert_ptr_equal(root[0].mdb.next, &root[2]);
    assert_linked(&root[2]);
    assert_false(cte_is_final(&root[0]));
}

static void test_deleting_an_empty_slot_does_nothing(void **state)
{
    (void)state;
    cte_t *root = test_cnode(2);
    cte_delete(&root[0]);
    assert_all_empty(root, 4);
}

/* root[0] -> A, A[3] -> B (its only capability), B holds an endpoint copy
 * whose original stays in root[1]. */
static void test_nested_cnodes_are_emptied(void **state)
{
    (void)state;
    cte_t *root = test_cnode(4);
    cte_t *a = new_cnode(&root[0], 2);
    cte_t *b = new_cnode(&a[3], 3);
    put_cap(&root[1], endpoint_cap());
    cte_insert_child(&root[1], &b[5], root[1].cap, false);
    cte_insert_child(&root[1], &b[6], root[1].cap, false);

    cte_delete(&root[0]);
    assert_all_empty(&root[0], 1);
    assert_all_empty(a, 4);
    assert_all_empty(b, 8);
    assert_int_equal(cap_type(root[1].cap), cap_endpoint);
    assert_null(root[1].mdb.next);
    assert_true(cte_is_final(&root[1]));
}

/* A CNode whose only capability lies inside it. */
static void test_self_contained_cnode(void **state)
{
    (void)state;
    cte_t *root = test_cnode(2);
    cte_t *a = new_cnode(&root[0], 2);
    cte_insert_child(&root[0], &a[1], root[0].cap, false);
    put_cap(&a[2], endpoint_cap());
    cte_delete(&root[0]);
    assert_int_equal(cap_type(a[1].cap), cap_cnode);       /* not the last one */
    assert_true(cte_is_final(&a[1]));

    cte_delete(&a[1]);
    assert_all_empty(a, 4);
}

/* A holds the only capability to B and B the only one to A. */
static void test_cycle_of_two(void **state)
{
    (void)state;
    cte_t *root = test_cnode(2);
    cte_t *a = new_cnode(&root[0], 1);
    cte_t *b = new_cnode(&root[1], 1);
    cte_insert_child(&root[0], &b[0], root[0].cap, false);
    cte_insert_child(&root[1], &a[0], root[1].cap, false);
    cte_delete(&root[0]);
    cte_delete(&root[1]);
    put_cap(&a[1], endpoint_cap());

    cte_delete(&b[0]);
    assert_all_empty(a, 2);
    assert_all_empty(b, 2);
}

/* Two CNodes next to each other in memory and in the tree; the second's
 * only capability is the first's last slot.  The first's zombie, its
 * cursor on its last slot, must not pass for the second. */
static void test_neighbouring_cnodes(void **state)
{
    (void)state;
    cte_t *root = test_cnode(2);
    cte_t *pair = test_cnode(3);                /* two CNodes of radix 2 */
    cte_t *first = pair, *second = pair + 4;
    put_cap(&root[0], cap_cnode_new(first, 2, WORD_BITS - 2, 0));
    cte_insert_child(&root[0], &first[3], cap_cnode_new(second, 2, WORD_BITS - 2, 0), true);
    put_cap(&second[0], endpoint_cap());

    cte_delete(&root[0]);
    assert_all_empty(pair, 8);
}

static void test_thread_slots_are_emptied(void **state)
{
    (void)state;
    cte_t *root = test_cnode(3);
    struct tcb *tcb = test_alloc(seL4_TCBBits);
    tcb->state = thread_running;
    put_cap(&root[0], cap_object_new(cap_thread, tcb));
    cte_t *cspace = new_cnode(&root[1], 2);
    put_cap(&root[2], endpoint_cap());
    cte_insert_child(&root[1], &tcb->cspace_root, root[1].cap, false);
    cte_insert_child(&root[2], &tcb->ipc_buffer_frame, root[2].cap, false);

    cte_delete(&root[0]);
    assert_int_equal(tcb->state, thread_inactive);
    assert_all_empty(tcb_cap_slots(tcb), TCB_CAP_SLOTS);
    assert_ptr_equal(cap_object(root[1].cap), cspace);
    assert_true(cte_is_final(&root[1]) && cte_is_final(&root[2]));
    assert_null(root[1].mdb.next);
}

/* A chain of nested CNodes, each holding the only capability to the next,
 * deleted on a stack a recursive deletion would overflow many times over. */
#define CHAIN 100000
#define SMALL_STACK (256 * 1024)

static void *delete_on_thread(void *slot)
{
    cte_delete(slot);
    return NULL;
}

static void test_deep_chain_uses_no_stack(void **state)
{
    (void)state;
    cte_t *root = test_cnode(1);
    cte_t *nodes = test_alloc(23);               /* CHAIN CNodes of two slots: 6.4 MB at most */
    assert_true(CHAIN * 2 * sizeof(cte_t) <= BIT(23));
    put_cap(&root[0], cap_cnode_new(&nodes[0], 1, WORD_BITS - 1, 0));
    for (word_t i = 0; i + 1 < CHAIN; i++) {
        put_cap(&nodes[2 * i], cap_cnode_new(&nodes[2 * (i + 1)], 1, WORD_BITS - 1, 0));
    }
    put_cap(&nodes[2 * (CHAIN - 1) + 1], endpoint_cap());

    pthread_attr_t attr;
    pthread_t thread;
    assert_int_equal(pthread_attr_init(&attr), 0);
    assert_int_equal(pthread_attr_setstacksize(&attr, SMALL_STACK), 0);
    assert_int_equal(pthread_create(&thread, &attr, delete_on_thread, &root[0]), 0);
    assert_int_equal(pthread_join(thread, NULL), 0);
    assert_all_empty(root, 1);
    assert_all_empty(nodes, 2 * CHAIN);
}

/* Revoking an untyped deletes what was made from it and the copies of
 * that, wherever they are, including inside CNodes made from it. */
static void test_revoke_deletes_descendants(void **state)
{
    (void)state;
    cte_t *root = test_cnode(4);
    void *memory = test_alloc(12);
    put_cap(&root[0], cap_untyped_new(memory, 12, false, true, 0));
    cap_t cnode = cap_cnode_new(memory, 2, WORD_BITS - 2, 0);
    cap_t ep = cap_endpoint_new((char *)memory + 1024, cap_endpoint, seL4_AllRights.words[0]);
    cte_insert_child(&root[0], &root[1], cnode, true);
    cte_insert_child(&root[0], &root[2], ep, true);
    cte_insert_child(&root[2], &((cte_t *)memory)[0], ep, false);     /* a copy inside the CNode */
    cte_insert_child(&root[2], &root[3], ep, false);
    put_cap(&root[4], endpoint_cap());

    cte_revoke(&root[0]);
    assert_int_equal(cap_type(root[0].cap), cap_untyped);
    assert_false(cte_has_children(&root[0]));
    assert_all_empty(&root[1], 3);
    assert_all_empty(memory, 4);
    assert_int_equal(cap_type(root[4].cap), cap_endpoint);
}

/* Revoking an untyped makes all its memory free again.  A clean one
 * clears what it had handed out, and no more, and stays clean; one that
 * is not (boot's RAM, device memory) clears nothing: Retype clears boot's
 * RAM as it hands it out, and never device memory. */
static void test_revoke_resets_an_untyped(void **state)
{
    (void)state;
    cte_t *root = test_cnode(4);
    char *memory = test_alloc(14), *boot_ram = memory + 4096, *device = memory + 8192;
    put_cap(&root[0], cap_untyped_new(memory, 12, false, true, 32));
    put_cap(&root[1], cap_untyped_new(boot_ram, 12, false, false, 32));
    put_cap(&root[2], cap_untyped_new(device, 12, true, false, 4096));
    cte_insert_child(&root[0], &root[3], cap_endpoint_new(memory, cap_endpoint, seL4_AllRights.words[0]), true);
    cte_insert_child(&root[1], &root[4], cap_endpoint_new(boot_ram, cap_endpoint, seL4_AllRights.words[0]), true);
    cte_insert_child(&root[2], &root[5], cap_frame_new(device, 0, vm_read_write, true), true);
    memset(memory, 0x5a, 3 * 4096);

    for (int i = 0; i < 3; i++) {
        cte_revoke(&root[i]);
        assert_int_equal(cap_untyped_free_offset(root[i].cap), 0);
    }
    assert_all_empty(&root[3], 3);
    assert_true(all_zero(memory, 32));
    assert_int_equal(memory[32], 0x5a);
    assert_true(root[0].cap.untyped.is_clean);
    assert_int_equal(boot_ram[0], 0x5a);
    assert_false(root[1].cap.untyped.is_clean);
    assert_int_equal(device[0], 0x5a);
    assert_false(root[2].cap.untyped.is_clean);
    assert_int_equal(arch_log.clear_count, 1);
}

/* Revoking a copy deletes nothing: copies are not revocable. */
static void test_revoking_a_copy_deletes_nothing(void **state)
{
    (void)state;
    cte_t *root = test_cnode(2);
    put_cap(&root[0], endpoint_cap());
    cte_insert_child(&root[0], &root[1], root[0].cap, false);
    cte_insert_child(&root[1], &root[2], root[0].cap, false);
    cte_revoke(&root[1]);
    assert_int_equal(cap_type(root[2].cap), cap_endpoint);
    cte_revoke(&root[0]);
    assert_all_empty(&root[1], 2);
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, harness_setup, harness_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_deleting_a_copy_keeps_the_original),
        TEST(test_deleting_an_empty_slot_does_nothing),
        TEST(test_nested_cnodes_are_emptied),
        TEST(test_self_contained_cnode),
        TEST(test_cycle_of_two),
        TEST(test_neighbouring_cnodes),
        TEST(test_thread_slots_are_emptied),
        TEST(test_deep_chain_uses_no_stack),
        TEST(test_revoke_deletes_descendants),
        TEST(test_revoke_resets_an_untyped),
        TEST(test_revoking_a_copy_deletes_nothing),
    };
    return cmocka_run_group_tests_name("delete", tests, NULL, NULL);
}
