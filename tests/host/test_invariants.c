/*
 * The invariant checker (kernel/core/invariants.c) on a booted root task.
 *
 * States built by the kernel's own operations, through its system-call
 * entry, must pass; each corruption planted in them by hand must be
 * reported with exactly its line.
 */
#include <stdio.h>

#include "harness.h"
#include "levels.h"
#include "root_task_env.h"
#include <invariants.h>
#include <memory.h>
#include <vspace.h>
#include <sel4/invocation.h>
#include <sel4/objecttype.h>

#define VADDR TUTORIAL_VADDR

static const struct root_task *rt;

/* Slots the tests fill, from the first one boot left empty: TABLE(level)
 * for the levels below the root, then the others. */
enum { L1, L2, L3, FRAME, SPARE, SPARE2, SPARE3, SPARE4 };

#define TABLE(level) (L1 + (level) - 1)

static word_t at(word_t slot)
{
    return rt->first_free + slot;
}

static cte_t *slot_of(word_t slot)
{
    return &rt->cnode[at(slot)];
}

/* The untypeds boot made, largest first: 2 MiB, 1 MiB, ... 2 KiB. */
static word_t untyped_1m(void)
{
    return rt->bootinfo->untyped.start + 1;
}

static word_t smallest_untyped(void)
{
    return rt->bootinfo->untyped.end - 1;
}

static int setup(void **state)
{
    (void)state;
    rt = root_task_boot();
    return 0;
}

static int teardown(void **state)
{
    return harness_teardown(state);
}

/* ---- Invocations, expected to succeed silently ----------------------------------- */

/* A call of `cptr` that must succeed without a word on the console. */
static void call_ok(cptr_t cptr, word_t label, const word_t *args, word_t length, const cptr_t *extra,
                    word_t extra_count)
{
    assert_int_equal(root_task_call(cptr, label, args, length, extra, extra_count), seL4_NoError);
    assert_no_console();
}

static const cptr_t root_cnode[] = { seL4_CapInitThreadCNode };

static void retype(word_t untyped, word_t type, word_t size_bits, word_t slot)
{
    const word_t args[] = { type, size_bits, 0, 0, at(slot), 1 };
    call_ok(untyped, UntypedRetype, args, ARRAY_SIZE(args), root_cnode, 1);
}

static void map_table(word_t slot, word_t label, vaddr_t vaddr, cptr_t vspace)
{
    const word_t args[] = { vaddr, 0 };
    call_ok(at(slot), label, args, ARRAY_SIZE(args), &vspace, 1);
}

static void map_frame(word_t slot, vaddr_t vaddr, word_t rights, cptr_t vspace)
{
    const word_t args[] = { vaddr, rights, 0 };
    call_ok(at(slot), PAGE_MAP_LABEL, args, ARRAY_SIZE(args), &vspace, 1);
}

/* CNode_Copy from one root slot to another, with `rights`. */
static void copy(word_t dest, word_t src, word_t rights)
{
    const word_t args[] = { at(dest), WORD_BITS, at(src), WORD_BITS, rights };
    call_ok(seL4_CapInitThreadCNode, CNodeCopy, args, ARRAY_SIZE(args), root_cnode, 1);
}

/* CNode_Delete or CNode_Revoke of root slot `cptr`. */
static void cnode_op(word_t label, cptr_t cptr)
{
    const word_t args[] = { cptr, WORD_BITS };
    call_ok(seL4_CapInitThreadCNode, label, args, ARRAY_SIZE(args), NULL, 0);
}

/* A new ASID pool in `slot`, from a 4 KiB untyped made in `untyped_slot`. */
static void make_pool(word_t slot, word_t untyped_slot)
{
    retype(untyped_1m(), seL4_UntypedObject, seL4_ASIDPoolBits, untyped_slot);
    const word_t args[] = { at(slot), WORD_BITS };
    const cptr_t extra[] = { at(untyped_slot), seL4_CapInitThreadCNode };
    call_ok(seL4_CapASIDControl, ASID_MAKE_POOL_LABEL, args, ARRAY_SIZE(args), extra, ARRAY_SIZE(extra));
}

/* A new VSpace in `slot`, given an ASID by the pool in `pool`. */
static void new_vspace(word_t slot, word_t pool)
{
    retype(untyped_1m(), VSPACE_OBJECT, 0, slot);
    const cptr_t extra[] = { at(slot) };
    call_ok(at(pool), ASID_ASSIGN_LABEL, NULL, 0, extra, 1);
}

/* A table of each level below the root and a 4 KiB frame from the 1 MiB
 * untyped, all mapped at VADDR in `vspace`. */
static void build_hierarchy(cptr_t vspace)
{
    for (word_t level = FIRST_TABLE_LEVEL; level <= LAST_LEVEL; level++) {
        retype(untyped_1m(), test_table_types[level].object, 0, TABLE(level));
        map_table(TABLE(level), test_table_types[level].map_label, VADDR, vspace);
    }
    retype(untyped_1m(), FRAME_OBJECT, 0, FRAME);
    map_frame(FRAME, VADDR, seL4_ReadWrite.words[0], vspace);
}

/* The table of `level` VADDR goes through: the root, or one of TABLE(level). */
static pte_t *table_of_level(word_t level)
{
    word_t slot = level == ROOT_LEVEL ? seL4_CapInitThreadVSpace : at(TABLE(level));
    return cap_object(rt->cnode[slot].cap);
}

/* The entry of that table for VADDR. */
static pte_t *entry_of_level(word_t level)
{
    return &table_of_level(level)[(VADDR >> ENTRY_BITS(level)) & mask_bits(INDEX_BITS(level))];
}

static void assert_valid(void)
{
    bool complete;
    assert_int_equal(check_invariants(rt->thread, &complete), 0);
    assert_true(complete);
    assert_no_console();
}

/* check_invariants() reports exactly these lines, formatted like printf. */
static void assert_violations_at(word_t count, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void assert_violations_at(word_t count, const char *file, int line, const char *fmt, ...)
{
    char expected[1024];
    va_list args;
    va_start(args, fmt);
    vsnprintf(expected, sizeof(expected), fmt, args);
    va_end(args);
    bool complete;
    _assert_int_equal(check_invariants(rt->thread, &complete), count, file, line);
    _assert_true(complete, "complete", file, line);
    assert_console_at(expected, file, line);
}

#define assert_violations(count, ...) assert_violations_at(count, __FILE__, __LINE__, __VA_ARGS__)

/* ---- States the kernel's operations build --------------------------------------------- */

static void test_boot(void **state)
{
    (void)state;
    assert_valid();
}

static void test_mapped_hierarchy_with_a_frame(void **state)
{
    (void)state;
    build_hierarchy(seL4_CapInitThreadVSpace);
    assert_valid();
}

/* Every copy of a mapped table records its mapping; a frame's copy is
 * unmapped until mapped itself, here read-only. */
static void test_copies_of_mapped_tables(void **state)
{
    (void)state;
    build_hierarchy(seL4_CapInitThreadVSpace);
    for (word_t level = FIRST_TABLE_LEVEL; level <= LAST_LEVEL; level++) {
        copy(SPARE + level - 1, TABLE(level), seL4_AllRights.words[0]);
    }
    copy(SPARE4, FRAME, seL4_CanRead.words[0]);
    map_frame(SPARE4, VADDR + 0x1000, seL4_AllRights.words[0], seL4_CapInitThreadVSpace);
    assert_valid();
}

/* Revoking the untyped deletes the tables and the frame, unmapping them. */
static void test_revoked_untyped(void **state)
{
    (void)state;
    build_hierarchy(seL4_CapInitThreadVSpace);
    copy(SPARE, L3, seL4_AllRights.words[0]);
    cnode_op(CNodeRevoke, untyped_1m());
    assert_true(cap_is_null(slot_of(SPARE)->cap));
    assert_valid();
    retype(untyped_1m(), seL4_EndpointObject, 0, L2);
    assert_valid();
}

/* A second VSpace, from a new pool, deleted with everything still mapped:
 * its frame and tables keep records of an ASID that no longer names it,
 * then names a new VSpace. */
static void test_deleted_vspace_with_stale_frame_records(void **state)
{
    (void)state;
    make_pool(SPARE2, SPARE);
    new_vspace(SPARE3, SPARE2);
    build_hierarchy(at(SPARE3));
    cnode_op(CNodeDelete, at(SPARE3));
    assert_int_equal(slot_of(FRAME)->cap.frame.asid, 1 << seL4_ASIDPoolIndexBits);
    assert_valid();

    new_vspace(SPARE4, SPARE2);
    assert_int_equal(slot_of(SPARE4)->cap.vspace.asid, 1 << seL4_ASIDPoolIndexBits);
    assert_valid();
}

/* ---- Corruptions ------------------------------------------------------------------ */

static void test_an_entry_no_capability_records(void **state)
{
    (void)state;
    build_hierarchy(seL4_CapInitThreadVSpace);
    entry_of_level(3)[1] = entry_of_level(3)[0];
    assert_violations(1, "invariant violated: ASID 1: no capability with its rights records the frame entry "
                         "for %#lx\n", VADDR + 0x1000);
}

/* The frame is mapped through a read-only copy; the entry is made writable. */
static void test_an_entry_with_more_rights_than_its_capability(void **state)
{
    (void)state;
    build_hierarchy(seL4_CapInitThreadVSpace);
    copy(SPARE, FRAME, seL4_CanRead.words[0]);
    map_frame(SPARE, VADDR + 0x1000, seL4_AllRights.words[0], seL4_CapInitThreadVSpace);
    assert_valid();
    paddr_t frame = kernel_to_phys(cap_object(slot_of(FRAME)->cap));
    entry_of_level(3)[1] = expected_frame_entry(frame, 0, vm_read_write, DEFAULT_ATTRIBUTES);
    assert_violations(1, "invariant violated: ASID 1: no capability with its rights records the frame entry "
                         "for %#lx\n", VADDR + 0x1000);
}

/* A user frame entry onto the page table itself: nothing records it, and
 * it opens a kernel object to the user. */
static void test_a_user_entry_into_a_page_table(void **state)
{
    (void)state;
    build_hierarchy(seL4_CapInitThreadVSpace);
    paddr_t table = kernel_to_phys(table_of_level(3));
    entry_of_level(3)[1] = expected_frame_entry(table, 0, vm_read_only, DEFAULT_ATTRIBUTES);
    assert_violations(2,
                      "invariant violated: ASID 1: no capability with its rights records the frame entry for %#lx\n"
                      "invariant violated: ASID 1: %#lx gives user access to kernel memory at %#lx\n",
                      VADDR + 0x1000, VADDR + 0x1000, table);
}

/* A table entry no capability records is reported, not followed: it could
 * point anywhere (here, past the kernel window). */
static void test_an_unrecorded_table_entry(void **state)
{
    (void)state;
    word_t level = LAST_LEVEL - 1;
    build_hierarchy(seL4_CapInitThreadVSpace);
    entry_of_level(level)[1] = expected_table_entry((void *)(KERNEL_WINDOW_PADDR + KERNEL_WINDOW_SIZE));
    assert_violations(1, "invariant violated: ASID 1: no capability with its rights records the table entry "
                         "for %#lx\n", VADDR + BIT(ENTRY_BITS(level)));
}

/* The untyped forgets it handed out the memory of the endpoint it made. */
static void test_an_object_outside_its_untyped(void **state)
{
    (void)state;
    retype(smallest_untyped(), seL4_EndpointObject, 0, SPARE);
    cap_untyped_set_free_offset(&rt->cnode[smallest_untyped()].cap, 0);
    assert_violations(1, "invariant violated: Endpoint at %p lies outside the used part of its untyped at %p\n",
                      cap_object(slot_of(SPARE)->cap), cap_object(rt->cnode[smallest_untyped()].cap));
}

/* An endpoint moved into the second slot of the CNode of two before it. */
static void test_overlapping_objects(void **state)
{
    (void)state;
    retype(smallest_untyped(), seL4_CapTableObject, 1, SPARE);
    retype(smallest_untyped(), seL4_EndpointObject, 0, SPARE2);
    cte_t *cnode = cap_object(slot_of(SPARE)->cap);
    cap_set_object(&slot_of(SPARE2)->cap, &cnode[1]);
    assert_violations(1, "invariant violated: CNode at %p overlaps Endpoint at %p\n", (void *)cnode,
                      (void *)&cnode[1]);
}

/* The frame's slot no longer links to the copy after it. */
static void test_a_broken_derivation_link(void **state)
{
    (void)state;
    build_hierarchy(seL4_CapInitThreadVSpace);
    copy(SPARE, FRAME, seL4_AllRights.words[0]);
    assert_ptr_equal(slot_of(FRAME)->mdb.next, slot_of(SPARE));
    slot_of(FRAME)->mdb.next = NULL;
    assert_violations(1, "invariant violated: the derivation tree's links through %p do not point back\n",
                      (void *)slot_of(SPARE));
}

static void test_an_asid_pool_without_a_capability(void **state)
{
    (void)state;
    asid_table[1] = test_alloc(seL4_ASIDPoolBits);
    assert_violations(1, "invariant violated: ASID pool 1 has no capability\n");
}

static void test_a_vspace_in_the_asid_table_without_a_capability(void **state)
{
    (void)state;
    asid_table[0]->root[5] = test_alloc(TABLE_BITS(ROOT_LEVEL));
    assert_violations(1, "invariant violated: ASID 5 names a VSpace no capability has\n");
}

/* The kernel's capability count falls behind what the CSpace holds. */
static void test_more_capabilities_than_the_kernel_counts(void **state)
{
    (void)state;
    word_t count = capability_count;
    capability_count--;
    assert_violations(1, "invariant violated: %lu capabilities found, but the kernel counts %lu\n", count,
                      count - 1);
}

/* A CNode whose only capability is inside it: the CSpace no longer
 * reaches it, so the check is incomplete, leaves the tables and ASIDs
 * alone (the frame mapped from inside it would be unaccounted for), and
 * finds nothing wrong in what it did check. */
static void test_an_unreachable_cnode_makes_the_check_incomplete(void **state)
{
    (void)state;
    bool complete;
    build_hierarchy(seL4_CapInitThreadVSpace);
    retype(untyped_1m(), seL4_CapTableObject, 2, SPARE);
    const word_t copy_in[] = { 0, 2, at(SPARE), WORD_BITS, seL4_AllRights.words[0] };
    call_ok(at(SPARE), CNodeCopy, copy_in, ARRAY_SIZE(copy_in), root_cnode, 1);
    const word_t move_in[] = { 1, 2, at(FRAME), WORD_BITS };
    call_ok(at(SPARE), CNodeMove, move_in, ARRAY_SIZE(move_in), root_cnode, 1);
    word_t count = capability_count;
    cnode_op(CNodeDelete, at(SPARE));

    assert_int_equal(check_invariants(rt->thread, &complete), 0);
    assert_false(complete);
    char expected[160];
    snprintf(expected, sizeof(expected),
             "invariant check incomplete: %lu of %lu capabilities reachable; page tables and ASID table not "
             "checked\n", count - 3, count - 1);
    assert_console(expected);
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_boot),
        TEST(test_mapped_hierarchy_with_a_frame),
        TEST(test_copies_of_mapped_tables),
        TEST(test_revoked_untyped),
        TEST(test_deleted_vspace_with_stale_frame_records),
        TEST(test_an_entry_no_capability_records),
        TEST(test_an_entry_with_more_rights_than_its_capability),
        TEST(test_a_user_entry_into_a_page_table),
        TEST(test_an_unrecorded_table_entry),
        TEST(test_an_object_outside_its_untyped),
        TEST(test_overlapping_objects),
        TEST(test_a_broken_derivation_link),
        TEST(test_an_asid_pool_without_a_capability),
        TEST(test_a_vspace_in_the_asid_table_without_a_capability),
        TEST(test_more_capabilities_than_the_kernel_counts),
        TEST(test_an_unreachable_cnode_makes_the_check_incomplete),
    };
    return cmocka_run_group_tests_name("invariants", tests, NULL, NULL);
}
