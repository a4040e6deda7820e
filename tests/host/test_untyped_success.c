/*
 * Successful Untyped_Retype (kernel/core/untyped.c, object.c): where the
 * objects go, what capabilities come out, what memory is cleared (a clean
 * untyped's free memory is zero already, so only the used part of one
 * being reset; an untyped that is not clean, as boot's are, has each
 * object cleared as it is made, a child untyped whole, which is then
 * clean), and how the children enter the derivation tree.
 */
#include "levels.h"
#include "untyped_env.h"
#include <object.h>

#define EP_BITS           seL4_EndpointBits
#define TCB_BITS          seL4_TCBBits
#define NOTIFICATION_BITS seL4_NotificationBits

/* A CNode of 2^radix slots: log2 of its size. */
#define CNODE_BITS(radix) ((radix) + seL4_SlotBits)

static cte_t *ut(void)
{
    return &root[UNTYPED_SLOT];
}

static cte_t *boot_ram(void)
{
    return &root[BOOT_RAM_SLOT];
}

/* Retypes into dest (or root, for depth 0) and expects success. */
static void retype_ok(cte_t *untyped, struct retype_args args)
{
    struct invocation inv;
    assert_int_equal(retype(&inv, untyped, &root[ROOT_SLOT], args), seL4_NoError);
    assert_no_reply(&inv);
    assert_no_console();
}

static struct retype_args args_for(word_t type, word_t size_bits, word_t offset, word_t count)
{
    return (struct retype_args){ type, size_bits, DEST_SLOT, WORD_BITS, offset, count };
}

static word_t offset_in(cap_t cap, const char *memory)
{
    return (word_t)cap_object(cap) - (word_t)memory;
}

static word_t offset_of(cap_t cap)
{
    return offset_in(cap, untyped_memory);
}

static bool all_bytes(const char *memory, word_t size, char value)
{
    for (word_t i = 0; i < size; i++) {
        if (memory[i] != value) {
            return false;
        }
    }
    return true;
}

static void test_endpoints_fill_the_window(void **state)
{
    (void)state;
    retype_ok(ut(), args_for(seL4_EndpointObject, 0, 2, 3));
    for (word_t i = 0; i < 3; i++) {
        assert_int_equal(cap_type(dest[2 + i].cap), cap_endpoint);
        assert_int_equal(offset_of(dest[2 + i].cap), i << EP_BITS);
    }
    assert_true(cap_is_null(dest[1].cap));
    assert_true(cap_is_null(dest[5].cap));
    assert_int_equal(cap_untyped_free_offset(ut()->cap), 3 << EP_BITS);
    assert_true(all_bytes(untyped_memory, BIT(UNTYPED_BITS), 0));
}

static void test_each_retype_aligns_to_its_object_size(void **state)
{
    (void)state;
    word_t tcb = BIT(TCB_BITS), cnode = BIT(CNODE_BITS(2));
    retype_ok(ut(), args_for(seL4_EndpointObject, 0, 0, 1));
    retype_ok(ut(), args_for(seL4_TCBObject, 0, 1, 1));
    assert_int_equal(offset_of(dest[1].cap), tcb);
    assert_int_equal(cap_untyped_free_offset(ut()->cap), 2 * tcb);

    retype_ok(ut(), args_for(seL4_CapTableObject, 2, 2, 2));
    assert_int_equal(offset_of(dest[2].cap), 2 * tcb);
    assert_int_equal(offset_of(dest[3].cap), 2 * tcb + cnode);
    assert_int_equal(cap_untyped_free_offset(ut()->cap), 2 * tcb + 2 * cnode);

    word_t page = ALIGN_UP(2 * tcb + 2 * cnode, 12);
    retype_ok(ut(), args_for(FRAME_OBJECT, 0, 4, 1));
    assert_int_equal(offset_of(dest[4].cap), page);
    assert_int_equal(cap_untyped_free_offset(ut()->cap), page + 4096);

    retype_ok(ut(), args_for(seL4_NotificationObject, 0, 5, 1));
    assert_int_equal(offset_of(dest[5].cap), page + 4096);
    assert_int_equal(cap_untyped_free_offset(ut()->cap), page + 4096 + BIT(NOTIFICATION_BITS));
}

/* ---- The capabilities made, type by type ------------------------------ */

/* Where the root is a page table (Sv39's), Retype makes a table, which
 * ASIDPool_Assign makes a root. */
#define VSPACE_CAP ((word_t)VSPACE_OBJECT == (word_t)L3_TABLE_OBJECT ? cap_page_table : cap_vspace)

struct kind_row {
    const char *name;
    word_t type, size_bits;
    enum cap_type cap;
    word_t object_bits;
    word_t detail;              /* radix, frame size index, table level (1..3), untyped size */
};

static const struct kind_row kinds[] = {
    { "untyped", seL4_UntypedObject, 10, cap_untyped, 10, 10 },
    { "TCB", seL4_TCBObject, 0, cap_thread, TCB_BITS, 0 },
    { "endpoint", seL4_EndpointObject, 0, cap_endpoint, EP_BITS, 0 },
    { "notification", seL4_NotificationObject, 0, cap_notification, NOTIFICATION_BITS, 0 },
    { "CNode", seL4_CapTableObject, 3, cap_cnode, CNODE_BITS(3), 3 },
#if FIRST_TABLE_LEVEL == 1
    { "level-1 table", L1_TABLE_OBJECT, 0, cap_page_table, TABLE_BITS(1), 1 },
#endif
#if FIRST_TABLE_LEVEL <= 2
    { "level-2 table", L2_TABLE_OBJECT, 0, cap_page_table, TABLE_BITS(2), 2 },
#endif
    { "level-3 table", L3_TABLE_OBJECT, 0, cap_page_table, TABLE_BITS(3), 3 },
    { "VSpace root", VSPACE_OBJECT, 0, VSPACE_CAP, TABLE_BITS(ROOT_LEVEL), 3 },
    { "4K frame", FRAME_OBJECT, 0, cap_frame, 12, 0 },
    { "size_bits ignored for fixed sizes", seL4_EndpointObject, WORD_BITS - 1, cap_endpoint, EP_BITS, 0 },
};

static void assert_cap_detail(const struct kind_row *k, cap_t cap)
{
    switch (k->cap) {
    case cap_untyped:
        assert_int_equal(cap.untyped.size_bits, k->detail);
        assert_false(cap.untyped.is_device);
        assert_true(cap.untyped.is_clean);
        assert_int_equal(cap_untyped_free_offset(cap), 0);
        break;
    case cap_cnode:
        assert_int_equal(cap.cnode.radix, k->detail);
        assert_int_equal(cap.cnode.guard_size, 0);
        assert_int_equal(cap.cnode.guard, 0);
        break;
    case cap_page_table:
        assert_string_equal(arch_paging.table[cap.table.table_type].name, test_table_types[k->detail].name);
        assert_false(cap.table.is_mapped);
        assert_int_equal(cap.table.asid, 0);
        break;
    case cap_vspace:
        assert_int_equal(cap.vspace.asid, 0);
        break;
    case cap_frame:
        assert_int_equal(cap.frame.size, k->detail);
        assert_int_equal(cap.frame.rights, vm_read_write);
        assert_false(cap.frame.is_device);
        assert_int_equal(cap.frame.asid, 0);
        assert_int_equal(cap.frame.mapped_page, 0);
        break;
    default:
        break;
    }
}

/* An endpoint, then two objects of kind `k`, from the untyped in `slot`,
 * whose memory is `memory`. */
static void check_kind(const struct kind_row *k, word_t slot, const char *memory)
{
    cte_t *untyped = &root[slot];
    word_t start = ALIGN_UP(16, k->object_bits), end = start + (2ul << k->object_bits);
    /* Something first, so the object's alignment shows. */
    retype_ok(untyped, args_for(seL4_EndpointObject, 0, 0, 1));
    retype_ok(untyped, args_for(k->type, k->size_bits, 1, 2));
    for (word_t j = 0; j < 2; j++) {
        cap_t cap = dest[1 + j].cap;
        assert_int_equal(cap_type(cap), k->cap);
        assert_int_equal(offset_in(cap, memory), start + (j << k->object_bits));
        assert_int_equal(cap_object_size_bits(cap), k->object_bits);
        assert_cap_detail(k, cap);
    }
    /* A new VSpace root gets the kernel's mappings. */
    assert_int_equal(arch_log.root_init_count, k->cap == cap_vspace ? 2 : 0);
    if (k->cap == cap_vspace) {
        assert_ptr_equal(arch_log.root_init_last, cap_object(dest[2].cap));
    }
    assert_int_equal(cap_untyped_free_offset(untyped->cap), end);
    assert_true(all_bytes(memory + start, end - start, 0));
}

static void test_capabilities_of_each_kind(void **state)
{
    for (size_t i = 0; i < ARRAY_SIZE(kinds); i++) {
        const struct kind_row *k = &kinds[i];
        print_message("kind: %s\n", k->name);
        /* Nothing is cleared: the untyped's free memory is zero already. */
        untyped_env_setup(state);
        check_kind(k, UNTYPED_SLOT, untyped_memory);
        assert_int_equal(arch_log.clear_count, 0);
        harness_teardown(state);

        /* Each batch is cleared, and nothing else: not the gap the
         * alignment leaves, nor what lies beyond. */
        untyped_env_setup(state);
        check_kind(k, BOOT_RAM_SLOT, boot_ram_memory);
        word_t start = ALIGN_UP(16, k->object_bits), end = start + (2ul << k->object_bits);
        assert_int_equal(arch_log.clear_count, 2);
        assert_ptr_equal(arch_log.clear_last, boot_ram_memory + start);
        assert_int_equal(arch_log.clear_bytes, end - start);
        assert_true(all_bytes(boot_ram_memory, 16, 0));
        assert_true(all_bytes(boot_ram_memory + 16, start - 16, UNTYPED_FILL));
        assert_true(all_bytes(boot_ram_memory + end, BIT(UNTYPED_BITS) - end, UNTYPED_FILL));
        assert_false(boot_ram()->cap.untyped.is_clean);
        harness_teardown(state);
    }
}

/* A child untyped of one that is not clean is cleared whole, so it is
 * clean: what it makes costs no clearing. */
static void test_child_of_boot_ram_is_cleared_whole_and_clean(void **state)
{
    (void)state;
    word_t bits = UNTYPED_BITS - 2;
    retype_ok(boot_ram(), args_for(seL4_UntypedObject, bits, 0, 1));
    assert_true(dest[0].cap.untyped.is_clean);
    assert_true(all_bytes(boot_ram_memory, BIT(bits), 0));
    assert_true(all_bytes(boot_ram_memory + BIT(bits), BIT(UNTYPED_BITS) - BIT(bits), UNTYPED_FILL));
    assert_int_equal(arch_log.clear_count, 1);

    retype_ok(&dest[0], args_for(FRAME_OBJECT, 0, 1, 2));
    retype_ok(&dest[0], args_for(seL4_TCBObject, 0, 3, 1));
    assert_int_equal(offset_in(dest[2].cap, boot_ram_memory), 4096);
    assert_int_equal(arch_log.clear_count, 1);
}

/* A child untyped of a clean one is clean already. */
static void test_child_of_clean_is_clean_uncleared(void **state)
{
    (void)state;
    retype_ok(ut(), args_for(seL4_UntypedObject, 12, 0, 2));
    assert_true(dest[0].cap.untyped.is_clean && dest[1].cap.untyped.is_clean);
    assert_int_equal(arch_log.clear_count, 0);
}

/* Retype trusts free untyped memory to be zero: it writes none of it,
 * which memory that is not zero (never the case in the kernel) shows. */
static void test_objects_are_not_cleared_again(void **state)
{
    (void)state;
    memset(untyped_memory, UNTYPED_FILL, BIT(UNTYPED_BITS));
    retype_ok(ut(), args_for(FRAME_OBJECT, 0, 0, 1));
    retype_ok(ut(), args_for(seL4_CapTableObject, 4, 1, 1));
    retype_ok(ut(), args_for(seL4_TCBObject, 0, 2, 1));
    assert_true(all_bytes(untyped_memory, BIT(UNTYPED_BITS), UNTYPED_FILL));
    assert_int_equal(arch_log.clear_count, 0);
}

/* Forgets the untyped's children, as deleting them one by one would. */
static void forget_children(cte_t *untyped)
{
    untyped->mdb.next = NULL;
    memset(dest, 0, BIT(DEST_RADIX) * sizeof(cte_t));
}

/* A clean untyped whose children are all gone hands out dirty memory
 * again, so Retype first clears what it had handed out, and only that:
 * the untyped stays clean. */
static void test_reset_clears_the_used_part(void **state)
{
    (void)state;
    word_t cnode_end = 4096 + BIT(CNODE_BITS(4)), tcb = ALIGN_UP(cnode_end, TCB_BITS), tcb_end = tcb + BIT(TCB_BITS);
    retype_ok(ut(), args_for(FRAME_OBJECT, 0, 0, 1));
    retype_ok(ut(), args_for(seL4_CapTableObject, 4, 1, 1));
    retype_ok(ut(), args_for(seL4_TCBObject, 0, 2, 1));
    /* frame [0, 4096), CNode [4096, cnode_end), a gap, TCB [tcb, tcb_end) */
    assert_int_equal(cap_untyped_free_offset(ut()->cap), tcb_end);
    memset(untyped_memory, 0x5a, tcb_end);                          /* what the objects' lives left */
    memset(untyped_memory + tcb_end, UNTYPED_FILL, 64);             /* to show where clearing stops */
    forget_children(ut());

    retype_ok(ut(), args_for(seL4_CapTableObject, 4, 0, 1));
    assert_int_equal(offset_of(dest[0].cap), 0);
    assert_int_equal(cap_untyped_free_offset(ut()->cap), BIT(CNODE_BITS(4)));
    assert_true(all_bytes(untyped_memory, tcb_end, 0));
    assert_true(all_bytes(untyped_memory + tcb_end, 64, UNTYPED_FILL));
    assert_int_equal(arch_log.clear_count, 1);
    assert_true(ut()->cap.untyped.is_clean);
}

/* One that is not clean keeps nothing zero, so its reset clears nothing:
 * Retype clears just what it makes again. */
static void test_boot_ram_reset_clears_only_the_new_objects(void **state)
{
    (void)state;
    retype_ok(boot_ram(), args_for(FRAME_OBJECT, 0, 0, 2));
    memset(boot_ram_memory, 0x5a, 2 * 4096);                        /* what the frames' lives left */
    forget_children(boot_ram());

    retype_ok(boot_ram(), args_for(seL4_EndpointObject, 0, 0, 1));
    assert_int_equal(offset_in(dest[0].cap, boot_ram_memory), 0);
    assert_int_equal(cap_untyped_free_offset(boot_ram()->cap), BIT(EP_BITS));
    assert_true(all_bytes(boot_ram_memory, BIT(EP_BITS), 0));
    assert_true(all_bytes(boot_ram_memory + BIT(EP_BITS), 2 * 4096 - BIT(EP_BITS), 0x5a));
    assert_int_equal(arch_log.clear_count, 2);
    assert_int_equal(arch_log.clear_bytes, BIT(EP_BITS));
    assert_false(boot_ram()->cap.untyped.is_clean);

    /* What it makes next, over the frames' old memory, is cleared too. */
    retype_ok(boot_ram(), args_for(FRAME_OBJECT, 0, 1, 1));
    assert_int_equal(offset_in(dest[1].cap, boot_ram_memory), 4096);
    assert_true(all_bytes(boot_ram_memory + 4096, 4096, 0));
}

/* A reset clears a bounded chunk at a time, from the top down, so that
 * what lies beyond the free offset is zero after every chunk. */
static void test_reset_goes_down_in_chunks(void **state)
{
    (void)state;
    char *memory = test_alloc(17);
    cte_t *big = put_cap(&root[60], cap_untyped_new(memory, 17, false, true, 0x10010));
    memset(memory, 0x5a, 0x10010);
    retype_ok(big, args_for(seL4_EndpointObject, 0, 0, 1));
    assert_true(all_bytes(memory, BIT(17), 0));
    assert_int_equal(arch_log.clear_count, 2);
    assert_ptr_equal(arch_log.clear_last, memory);
    assert_int_equal(arch_log.clear_bytes, 0x10000);
    assert_int_equal(cap_untyped_free_offset(big->cap), BIT(EP_BITS));
}

static void test_children_follow_the_untyped_in_the_tree(void **state)
{
    (void)state;
    cte_t *u = ut();
    retype_ok(u, args_for(seL4_EndpointObject, 0, 0, 2));
    retype_ok(u, args_for(seL4_NotificationObject, 0, 5, 1));
    /* Each batch goes right after the untyped, newest first:
     * untyped -> dest[5] -> dest[1] -> dest[0] */
    assert_ptr_equal(u->mdb.next, &dest[5]);
    assert_ptr_equal(dest[5].mdb.next, &dest[1]);
    assert_ptr_equal(dest[1].mdb.next, &dest[0]);
    assert_null(dest[0].mdb.next);
    assert_ptr_equal(mdb_prev(&dest[5]), u);
    assert_ptr_equal(mdb_prev(&dest[1]), &dest[5]);
    assert_ptr_equal(mdb_prev(&dest[0]), &dest[1]);
    for (word_t i = 0; i < 6; i++) {
        if (!cap_is_null(dest[i].cap)) {
            assert_true(mdb_is_revocable(&dest[i]));
            assert_false(cte_has_children(&dest[i]));
        }
    }
    assert_true(cte_has_children(u));
}

static void test_watermark_resets_without_children(void **state)
{
    (void)state;
    cte_t *u = ut();
    /* Fully used, with nothing made from it: a copied untyped, once its copy is gone. */
    cap_untyped_set_free_offset(&u->cap, BIT(UNTYPED_BITS));
    retype_ok(u, args_for(seL4_EndpointObject, 0, 0, 1));
    assert_int_equal(offset_of(dest[0].cap), 0);
    assert_int_equal(cap_untyped_free_offset(u->cap), 16);

    /* Forget the child (as deleting it would), dirty its memory: the next
     * retype starts at the base again, on zeroed memory. */
    forget_children(u);
    memset(untyped_memory, 0x5a, 16);
    retype_ok(u, args_for(seL4_NotificationObject, 0, 0, 1));
    assert_int_equal(offset_of(dest[0].cap), 0);
    assert_int_equal(cap_untyped_free_offset(u->cap), BIT(NOTIFICATION_BITS));
    assert_true(all_bytes(untyped_memory, 64, 0));
}

/* CNode_Copy of the untyped in `slot` into root slot `copy`. */
static void copy_untyped(word_t slot, word_t copy)
{
    cte_t *node = &root[ROOT_SLOT];
    const word_t args[] = { copy, WORD_BITS, slot, WORD_BITS, seL4_AllRights.words[0] };
    struct invocation inv = make_invocation(node, CNodeCopy, args, ARRAY_SIZE(args), &node, 1);
    assert_int_equal(decode_cnode_invocation(&inv), seL4_NoError);
}

/* A copy has what its source had beyond the free offset, so it is clean
 * if the source was: Retype from it clears just as from the source. */
static void test_copies_keep_whether_clean(void **state)
{
    (void)state;
    copy_untyped(UNTYPED_SLOT, 70);
    copy_untyped(BOOT_RAM_SLOT, 71);
    assert_true(root[70].cap.untyped.is_clean);
    assert_false(root[71].cap.untyped.is_clean);
    retype_ok(&root[70], args_for(FRAME_OBJECT, 0, 0, 1));
    assert_int_equal(arch_log.clear_count, 0);
    retype_ok(&root[71], args_for(FRAME_OBJECT, 0, 1, 1));
    assert_int_equal(arch_log.clear_count, 1);
    assert_true(all_bytes(boot_ram_memory, 4096, 0));
}

static void test_watermark_kept_with_children(void **state)
{
    (void)state;
    cte_t *u = ut();
    cap_untyped_set_free_offset(&u->cap, 0x110);
    cte_insert_child(u, &root[100], cap_object_new(cap_endpoint, untyped_memory), true);
    retype_ok(u, args_for(seL4_EndpointObject, 0, 0, 1));
    assert_int_equal(offset_of(dest[0].cap), 0x110);
    retype_ok(u, args_for(seL4_NotificationObject, 0, 1, 1));
    assert_int_equal(offset_of(dest[1].cap), 0x120);
    assert_int_equal(cap_untyped_free_offset(u->cap), 0x120 + BIT(NOTIFICATION_BITS));
}

static void test_last_slot_of_the_window(void **state)
{
    (void)state;
    retype_ok(ut(), args_for(seL4_EndpointObject, 0, BIT(DEST_RADIX) - 1, 1));
    assert_int_equal(cap_type(dest[BIT(DEST_RADIX) - 1].cap), cap_endpoint);
    retype_ok(ut(), args_for(seL4_EndpointObject, 0, 0, BIT(DEST_RADIX) - 1));
    assert_int_equal(cap_type(dest[BIT(DEST_RADIX) - 2].cap), cap_endpoint);
}

static void test_depth_zero_uses_the_root_itself(void **state)
{
    (void)state;
    retype_ok(ut(), (struct retype_args){ seL4_EndpointObject, 0, 0xdead, 0, 200, 3 });
    for (word_t i = 200; i < 203; i++) {
        assert_int_equal(cap_type(root[i].cap), cap_endpoint);
    }
    assert_true(cap_is_null(dest[0].cap));
}

static void test_fan_out_limit(void **state)
{
    (void)state;
    cte_t *wide = test_cnode(9);
    put_cap(&root[50], cap_cnode_new(wide, 9, 0, 0));
    retype_ok(ut(), (struct retype_args){ seL4_EndpointObject, 0, 50, WORD_BITS, 256, 256 });
    assert_true(cap_is_null(wide[255].cap));
    assert_int_equal(cap_type(wide[256].cap), cap_endpoint);
    assert_int_equal(cap_type(wide[511].cap), cap_endpoint);
    assert_int_equal(offset_of(wide[511].cap), 255 << EP_BITS);
}

static void test_device_untyped_makes_device_frames_unzeroed(void **state)
{
    (void)state;
    cte_t *dev = &root[DEVICE_SLOT];
    retype_ok(dev, args_for(FRAME_OBJECT, 0, 0, 1));
    retype_ok(dev, args_for(seL4_UntypedObject, 12, 1, 1));
    cap_t frame = dest[0].cap, child = dest[1].cap;
    assert_int_equal(cap_type(frame), cap_frame);
    assert_true(frame.frame.is_device);
    assert_int_equal(frame.frame.rights, vm_read_write);
    assert_ptr_equal(cap_object(frame), device_memory);
    assert_int_equal(cap_type(child), cap_untyped);
    assert_true(child.untyped.is_device);
    assert_false(child.untyped.is_clean);
    assert_ptr_equal(cap_object(child), device_memory + 4096);
    assert_true(all_bytes(device_memory, BIT(UNTYPED_BITS), UNTYPED_FILL));
    assert_int_equal(cap_untyped_free_offset(dev->cap), 8192);

    /* Nor does a reset clear it. */
    forget_children(dev);
    retype_ok(dev, args_for(FRAME_OBJECT, 0, 0, 1));
    assert_ptr_equal(cap_object(dest[0].cap), device_memory);
    assert_true(all_bytes(device_memory, BIT(UNTYPED_BITS), UNTYPED_FILL));
    assert_int_equal(cap_untyped_free_offset(dev->cap), 4096);
    assert_int_equal(arch_log.clear_count, 0);
}

/* A device frame of 2^bits bytes at `base`. */
static void assert_device_frame(cap_t cap, word_t base, word_t bits)
{
    assert_int_equal(cap_type(cap), cap_frame);
    assert_int_equal(arch_paging.frame_bits[cap.frame.size], bits);
    assert_int_equal((word_t)cap_object(cap), base);
    assert_true(cap.frame.is_device);
}

/* Device memory is never touched, so a made-up region will do: as large
 * as two of the largest frames (2 GiB, on a 64-bit machine at 2 GiB). */
static void test_large_and_huge_frames(void **state)
{
    (void)state;
    word_t bits = ENTRY_BITS(FIRST_FRAME_LEVEL) + 1, base = KERNEL_WINDOW_PADDR + BIT(bits);
    cte_t *big = put_cap(&root[60], cap_untyped_new((void *)base, bits, true, false, 0));
    retype_ok(big, args_for(LARGE_FRAME_OBJECT, 0, 0, 1));
    assert_device_frame(dest[0].cap, base, ENTRY_BITS(2));
    assert_int_equal(cap_untyped_free_offset(big->cap), BIT(ENTRY_BITS(2)));
#if FRAME_SIZES == 3
    retype_ok(big, args_for(HUGE_FRAME_OBJECT, 0, 1, 1));
    assert_device_frame(dest[1].cap, base + BIT(30), 30);
    assert_int_equal(cap_untyped_free_offset(big->cap), BIT(31));
#endif
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, untyped_env_setup, harness_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_endpoints_fill_the_window),
        TEST(test_each_retype_aligns_to_its_object_size),
        cmocka_unit_test(test_capabilities_of_each_kind),
        TEST(test_objects_are_not_cleared_again),
        TEST(test_child_of_boot_ram_is_cleared_whole_and_clean),
        TEST(test_child_of_clean_is_clean_uncleared),
        TEST(test_reset_clears_the_used_part),
        TEST(test_boot_ram_reset_clears_only_the_new_objects),
        TEST(test_reset_goes_down_in_chunks),
        TEST(test_children_follow_the_untyped_in_the_tree),
        TEST(test_watermark_resets_without_children),
        TEST(test_watermark_kept_with_children),
        TEST(test_copies_keep_whether_clean),
        TEST(test_last_slot_of_the_window),
        TEST(test_depth_zero_uses_the_root_itself),
        TEST(test_fan_out_limit),
        TEST(test_device_untyped_makes_device_frames_unzeroed),
        TEST(test_large_and_huge_frames),
    };
    return cmocka_run_group_tests_name("untyped-success", tests, NULL, NULL);
}
