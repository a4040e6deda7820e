/*
 * Untyped_Retype's checks (kernel/core/untyped.c), one row per check of
 * the reference's section 8.1, in its order, then rows in which two checks
 * fail at once and the earlier one must win.  Each row runs on a fresh
 * CSpace (support/untyped_env.h) and must leave it unchanged.
 */
#include "untyped_env.h"

enum extra_choice { EXTRA_ROOT, EXTRA_NONE, EXTRA_ENDPOINT, EXTRA_ALIAS };

struct check_row {
    const char *name;
    struct retype_args args;
    word_t label;               /* 0: UntypedRetype */
    word_t length;              /* 0: 6 */
    enum extra_choice extra;
    bool device;                /* retype the device untyped */
    word_t occupied;            /* 0, or 1 + a dest slot to fill first */
    seL4_Error error;
    word_t reply_length;
    word_t reply[5];
    const char *message;        /* the user_error line's message, a format given: */
    word_t shown;               /* the number it shows, if any */
};

#define EP       seL4_EndpointObject
#define UT       seL4_UntypedObject
#define CNODE    seL4_CapTableObject
#define DEPTH    WORD_BITS
#define NO_ROOM  "Untyped_Retype: insufficient memory"
#define MAX_BITS seL4_MaxUntypedBits

static const struct check_row rows[] = {
    /* 1. label */
    { "label", { EP, 0, DEST_SLOT, DEPTH, 0, 1 }, .label = TCBReadRegisters,
      .error = seL4_IllegalOperation, .message = "Untyped: illegal operation (label 2)" },
    /* 2. truncated */
    { "five words", { EP, 0, DEST_SLOT, DEPTH, 0, 1 }, .length = 5,
      .error = seL4_TruncatedMessage, .message = "Untyped_Retype: truncated message" },
    { "no extra cap", { EP, 0, DEST_SLOT, DEPTH, 0, 1 }, .extra = EXTRA_NONE,
      .error = seL4_TruncatedMessage, .message = "Untyped_Retype: truncated message" },
    /* 3. type */
    { "type count", { seL4_ObjectTypeCount, 0, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_InvalidArgument,
      .reply_length = 1, .reply = { 0 }, .message = "Untyped_Retype: invalid object type %lu",
      .shown = seL4_ObjectTypeCount },
    { "unconfigured type", { UNBUILT_OBJECT, 0, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_InvalidArgument,
      .reply_length = 1, .reply = { 0 }, .message = "Untyped_Retype: invalid object type " UNBUILT_OBJECT_DECIMAL },
    /* 4. size */
    { "size_bits 64", { EP, 64, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 0, MAX_BITS }, .message = "Untyped_Retype: invalid object size 64" },
    { "untyped one bit too large", { UT, MAX_BITS + 1, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 0, MAX_BITS }, .message = "Untyped_Retype: invalid object size %lu",
      .shown = MAX_BITS + 1 },
    { "CNode one bit too large", { CNODE, MAX_BITS + 1 - seL4_SlotBits, DEST_SLOT, DEPTH, 0, 1 },
      .error = seL4_RangeError, .reply_length = 2, .reply = { 0, MAX_BITS },
      .message = "Untyped_Retype: invalid object size %lu", .shown = MAX_BITS + 1 - seL4_SlotBits },
    /* 5. CNode size 0 */
    { "CNode radix 0", { CNODE, 0, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_InvalidArgument,
      .reply_length = 1, .reply = { 1 }, .message = "Untyped_Retype: a CNode needs at least one bit of radix" },
    /* 6. untyped below 4 bits */
    { "untyped of 3 bits", { UT, 3, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_InvalidArgument,
      .reply_length = 1, .reply = { 1 }, .message = "Untyped_Retype: untyped objects have at least 4 bits" },
    /* 7. destination lookup */
    { "root not a CNode", { EP, 0, DEST_SLOT, DEPTH, 0, 1 }, .extra = EXTRA_ENDPOINT,
      .error = seL4_FailedLookup, .reply_length = 2, .reply = { 0, seL4_InvalidRoot },
      .message = "Untyped_Retype: invalid destination address" },
    { "depth beyond the word", { EP, 0, DEST_SLOT, DEPTH + 1, 0, 1 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 1, DEPTH }, .message = "Untyped_Retype: invalid destination address" },
    { "guard mismatch", { EP, 0, 0x100 | DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_FailedLookup,
      .reply_length = 5, .reply = { 0, seL4_GuardMismatch, DEPTH, 0, ROOT_GUARD },
      .message = "Untyped_Retype: invalid destination address" },
    { "depth mismatch", { EP, 0, DEST_SLOT, DEPTH - 4, 0, 1 }, .error = seL4_FailedLookup,
      .reply_length = 4, .reply = { 0, seL4_DepthMismatch, DEPTH - 4, DEPTH },
      .message = "Untyped_Retype: invalid destination address" },
    { "bits left at a non-CNode", { EP, 0, (word_t)ENDPOINT_SLOT << ROOT_GUARD, DEPTH, 0, 1 },
      .extra = EXTRA_ALIAS, .error = seL4_FailedLookup, .reply_length = 4,
      .reply = { 0, seL4_DepthMismatch, ROOT_GUARD, 0 },
      .message = "Untyped_Retype: invalid destination address" },
    /* 8. destination not a CNode */
    { "destination an endpoint", { EP, 0, ENDPOINT_SLOT, DEPTH, 0, 1 }, .error = seL4_FailedLookup,
      .reply_length = 3, .reply = { 0, seL4_MissingCapability, DEPTH },
      .message = "Untyped_Retype: destination cap is not a CNode" },
    { "destination empty", { EP, 0, 200, DEPTH, 0, 1 }, .error = seL4_FailedLookup,
      .reply_length = 3, .reply = { 0, seL4_MissingCapability, DEPTH },
      .message = "Untyped_Retype: destination cap is not a CNode" },
    { "depth 0, root an endpoint", { EP, 0, 0, 0, 0, 1 }, .extra = EXTRA_ENDPOINT,
      .error = seL4_FailedLookup, .reply_length = 3, .reply = { 0, seL4_MissingCapability, 0 },
      .message = "Untyped_Retype: destination cap is not a CNode" },
    /* 9. offset */
    { "offset 16", { EP, 0, DEST_SLOT, DEPTH, 16, 1 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 0, 15 }, .message = "Untyped_Retype: destination offset 16 is outside the CNode" },
    /* 10. count */
    { "no objects", { EP, 0, DEST_SLOT, DEPTH, 0, 0 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 1, 256 }, .message = "Untyped_Retype: cannot make 0 objects at once" },
    { "257 objects", { EP, 0, DEST_SLOT, DEPTH, 0, 257 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 1, 256 }, .message = "Untyped_Retype: cannot make 257 objects at once" },
    /* 11. window */
    { "window past the end", { EP, 0, DEST_SLOT, DEPTH, 12, 5 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 1, 4 }, .message = "Untyped_Retype: 5 objects do not fit the CNode" },
    /* 12. occupied */
    { "slot 13 occupied", { EP, 0, DEST_SLOT, DEPTH, 12, 4 }, .occupied = 1 + 13, .error = seL4_DeleteFirst,
      .message = "Untyped_Retype: slot #13 in the destination window is not empty" },
    /* 14. memory */
    { "untyped larger than the untyped", { UT, 17, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_NotEnoughMemory,
      .reply_length = 1, .reply = { 65536 },
      .message = NO_ROOM " (1 * 131072 bytes needed, 65536 bytes available)" },
    { "two halves and a bit", { UT, 15, DEST_SLOT, DEPTH, 0, 3 }, .error = seL4_NotEnoughMemory,
      .reply_length = 1, .reply = { 65536 },
      .message = NO_ROOM " (3 * 32768 bytes needed, 65536 bytes available)" },
    /* 15. device */
    { "endpoint from device memory", { EP, 0, DEST_SLOT, DEPTH, 0, 1 }, .device = true,
      .error = seL4_InvalidArgument, .reply_length = 1, .reply = { 1 },
      .message = "Untyped_Retype: device memory can only become frames or untypeds" },
    { "page table from device memory", { L3_TABLE_OBJECT, 0, DEST_SLOT, DEPTH, 0, 1 }, .device = true,
      .error = seL4_InvalidArgument, .reply_length = 1, .reply = { 1 },
      .message = "Untyped_Retype: device memory can only become frames or untypeds" },

    /* Two failures: the earlier check wins. */
    { "truncated before type", { 99, 0, DEST_SLOT, DEPTH, 0, 1 }, .length = 5,
      .error = seL4_TruncatedMessage, .message = "Untyped_Retype: truncated message" },
    { "type before size", { 99, 64, DEST_SLOT, DEPTH, 0, 1 }, .error = seL4_InvalidArgument,
      .reply_length = 1, .reply = { 0 }, .message = "Untyped_Retype: invalid object type 99" },
    { "size before destination", { UT, 50, DEST_SLOT, 65, 0, 1 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 0, MAX_BITS }, .message = "Untyped_Retype: invalid object size 50" },
    { "CNode radix before destination", { CNODE, 0, DEST_SLOT, DEPTH, 0, 1 }, .extra = EXTRA_ENDPOINT,
      .error = seL4_InvalidArgument, .reply_length = 1, .reply = { 1 },
      .message = "Untyped_Retype: a CNode needs at least one bit of radix" },
    { "lookup before offset", { EP, 0, DEST_SLOT, DEPTH - 4, 99, 1 }, .error = seL4_FailedLookup,
      .reply_length = 4, .reply = { 0, seL4_DepthMismatch, DEPTH - 4, DEPTH },
      .message = "Untyped_Retype: invalid destination address" },
    { "not a CNode before offset", { EP, 0, ENDPOINT_SLOT, DEPTH, 99, 0 }, .error = seL4_FailedLookup,
      .reply_length = 3, .reply = { 0, seL4_MissingCapability, DEPTH },
      .message = "Untyped_Retype: destination cap is not a CNode" },
    { "offset before count", { EP, 0, DEST_SLOT, DEPTH, 16, 0 }, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 0, 15 }, .message = "Untyped_Retype: destination offset 16 is outside the CNode" },
    { "count before occupied", { EP, 0, DEST_SLOT, DEPTH, 0, 17 }, .occupied = 1 + 0, .error = seL4_RangeError,
      .reply_length = 2, .reply = { 1, 16 }, .message = "Untyped_Retype: 17 objects do not fit the CNode" },
    { "occupied before memory", { UT, 17, DEST_SLOT, DEPTH, 0, 1 }, .occupied = 1 + 0, .error = seL4_DeleteFirst,
      .message = "Untyped_Retype: slot #0 in the destination window is not empty" },
    { "memory before device", { CNODE, UNTYPED_BITS + 1 - seL4_SlotBits, DEST_SLOT, DEPTH, 0, 1 }, .device = true,
      .error = seL4_NotEnoughMemory, .reply_length = 1, .reply = { 65536 },
      .message = NO_ROOM " (1 * 131072 bytes needed, 65536 bytes available)" },
};

static cte_t *extra_slot(enum extra_choice extra)
{
    switch (extra) {
    case EXTRA_ENDPOINT: return &root[ENDPOINT_SLOT];
    case EXTRA_ALIAS: return &root[ALIAS_SLOT];
    default: return &root[ROOT_SLOT];
    }
}

static seL4_Error run_row(const struct check_row *row, struct invocation *inv)
{
    const struct retype_args *a = &row->args;
    const word_t args[] = { a->type, a->size_bits, a->index, a->depth, a->offset, a->count };
    cte_t *node = extra_slot(row->extra);
    cte_t *untyped = &root[row->device ? DEVICE_SLOT : UNTYPED_SLOT];
    *inv = make_invocation(untyped, row->label ? row->label : UntypedRetype, args,
                           row->length ? row->length : ARRAY_SIZE(args), &node, row->extra == EXTRA_NONE ? 0 : 1);
    return decode_untyped_invocation(inv);
}

/* Nothing but the occupied slot is in dest; the untyped is as it was. */
static void assert_unchanged(const struct check_row *row, cap_t untyped_before)
{
    cte_t *untyped = &root[row->device ? DEVICE_SLOT : UNTYPED_SLOT];
    assert_memory_equal(&untyped->cap, &untyped_before, sizeof(cap_t));
    assert_false(cte_has_children(untyped));
    assert_int_equal(arch_log.clear_count, 0);
    for (word_t i = 0; i < BIT(DEST_RADIX); i++) {
        assert_int_equal(cap_is_null(dest[i].cap), row->occupied != i + 1);
    }
}

static void test_retype_checks(void **state)
{
    for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
        const struct check_row *row = &rows[i];
        struct invocation inv;
        print_message("row: %s\n", row->name);
        untyped_env_setup(state);
        if (row->occupied) {
            put_cap(&dest[row->occupied - 1], cap_object_new(cap_notification, untyped_memory));
        }
        cap_t before = root[row->device ? DEVICE_SLOT : UNTYPED_SLOT].cap;

        assert_int_equal(run_row(row, &inv), row->error);
        assert_reply_at(&inv, row->reply, row->reply_length, __FILE__, __LINE__);
        assert_user_error(row->message, row->shown);
        assert_unchanged(row, before);
        harness_teardown(state);
    }
}

/* The watermark counts when the untyped has children: free bytes shrink. */
static void test_not_enough_memory_counts_from_the_watermark(void **state)
{
    untyped_env_setup(state);
    struct invocation inv;
    struct retype_args blocks = { UT, 11, DEST_SLOT, DEPTH, 0, 1 };
    cte_t *ut = &root[UNTYPED_SLOT];

    cap_untyped_set_free_offset(&ut->cap, 0xf000);
    cte_insert_child(ut, &root[100], cap_object_new(cap_endpoint, untyped_memory), true);
    blocks.count = 3;
    assert_int_equal(retype(&inv, ut, &root[ROOT_SLOT], blocks), seL4_NotEnoughMemory);
    assert_reply(&inv, 4096);
    assert_user_error(NO_ROOM " (3 * 2048 bytes needed, 4096 bytes available)");

    blocks.count = 2;
    assert_int_equal(retype(&inv, ut, &root[ROOT_SLOT], blocks), seL4_NoError);
    assert_int_equal(cap_untyped_free_offset(ut->cap), 0x10000);
    blocks.offset = 2;
    blocks.count = 1;
    blocks.type = EP;
    blocks.size_bits = 0;
    assert_int_equal(retype(&inv, ut, &root[ROOT_SLOT], blocks), seL4_NotEnoughMemory);
    assert_reply(&inv, 0);
    assert_user_error(NO_ROOM " (1 * 16 bytes needed, 0 bytes available)");
    harness_teardown(state);
}

/* Only a Call gets a reply: a Send's error leaves the message registers
 * as the sender set them. */
static void test_send_gets_no_reply_registers(void **state)
{
    untyped_env_setup(state);
    const word_t args[] = { 0xdead, 64, DEST_SLOT, DEPTH, 0, 1 };
    cte_t *node = &root[ROOT_SLOT];
    struct invocation inv = make_invocation(&root[UNTYPED_SLOT], UntypedRetype, args, ARRAY_SIZE(args), &node, 1);
    inv.is_call = false;
    assert_int_equal(decode_untyped_invocation(&inv), seL4_InvalidArgument);
    assert_int_equal(inv.reply_length, 0);
    assert_int_equal(reply_mr(&inv, 0), 0xdead);
    assert_int_equal(reply_mr(&inv, 1), 64);
    assert_user_error("Untyped_Retype: invalid object type 57005");
    harness_teardown(state);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_retype_checks),
        cmocka_unit_test(test_not_enough_memory_counts_from_the_watermark),
        cmocka_unit_test(test_send_gets_no_reply_registers),
    };
    return cmocka_run_group_tests_name("untyped", tests, NULL, NULL);
}
