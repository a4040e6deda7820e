/* Message registers, error replies and slot-argument lookups shared by all decoders. */
#include <invocation.h>

/* inv_reply() for a word beyond the registers: it goes in the IPC buffer,
 * if the thread has one (looked up now if the request did not need it). */
void inv_reply_in_buffer(struct invocation *inv, word_t i, word_t value)
{
    seL4_IPCBuffer *buffer = inv->buffer != NULL ? inv->buffer : thread_ipc_buffer(inv->thread);
    if (buffer == NULL) {
        return;
    }
    buffer->msg[i] = value;
    if (inv->reply_length < i + 1) {
        inv->reply_length = i + 1;
    }
}

seL4_Error invalid_argument(struct invocation *inv, word_t argument)
{
    inv->error_detail[0] = argument;
    inv_reply(inv, 0, argument);
    return seL4_InvalidArgument;
}

seL4_Error invalid_capability(struct invocation *inv, word_t cap_index)
{
    inv->error_detail[0] = cap_index;
    inv_reply(inv, 0, cap_index);
    return seL4_InvalidCapability;
}

seL4_Error range_error(struct invocation *inv, word_t min, word_t max)
{
    inv->error_detail[0] = min;
    inv->error_detail[1] = max;
    inv_reply(inv, 0, min);
    inv_reply(inv, 1, max);
    return seL4_RangeError;
}

seL4_Error not_enough_memory(struct invocation *inv, word_t bytes_free)
{
    inv->error_detail[0] = bytes_free;
    inv_reply(inv, 0, bytes_free);
    return seL4_NotEnoughMemory;
}

seL4_Error failed_lookup(struct invocation *inv, bool source, struct lookup_fault fault)
{
    inv->error_detail[0] = fault.type;
    inv->error_detail[1] = fault.bits_left;
    inv_reply(inv, 0, source);
    inv_reply(inv, 1, fault.type);
    switch (fault.type) {
    case seL4_MissingCapability:
        inv_reply(inv, 2, fault.bits_left);
        break;
    case seL4_DepthMismatch:
        inv_reply(inv, 2, fault.bits_left);
        inv_reply(inv, 3, fault.bits_found);
        break;
    case seL4_GuardMismatch:
        inv_reply(inv, 2, fault.bits_left);
        inv_reply(inv, 3, fault.guard_found);
        inv_reply(inv, 4, fault.bits_found);
        break;
    default:
        break;
    }
    return seL4_FailedLookup;
}

seL4_Error lookup_slot_for_cnode_op(struct invocation *inv, bool source, cap_t root,
                                    word_t index, word_t depth, cte_t **slot)
{
    if (cap_type(root) != cap_cnode) {
        return failed_lookup(inv, source, (struct lookup_fault){ .type = seL4_InvalidRoot });
    }
    if (depth < 1 || depth > WORD_BITS) {
        return range_error(inv, 1, WORD_BITS);
    }
    struct resolve_result r = resolve_address_bits(root, index, depth);
    if (r.slot == NULL) {
        return failed_lookup(inv, source, r.fault);
    }
    if (r.bits_remaining != 0) {
        return failed_lookup(inv, source, (struct lookup_fault){ .type = seL4_DepthMismatch,
                                                                 .bits_left = r.bits_remaining });
    }
    *slot = r.slot;
    return seL4_NoError;
}
