/*
 * Invocations: a thread calls a capability with a label and arguments.
 *
 * Decoders check every argument in seL4's order and return the error they
 * find, having put its message registers in the reply; then they call a
 * perform step that cannot fail.
 */
#ifndef INVOCATION_H
#define INVOCATION_H

#include <cnode.h>
#include <thread.h>
#include <sel4/errors.h>
#include <sel4/invocation.h>

struct invocation {
    struct tcb *thread;
    bool is_call;                   /* only a Call gets a reply */
    word_t label;
    word_t length;                  /* message words sent, after clipping */
    seL4_IPCBuffer *buffer;         /* kernel view of the IPC buffer, if the message is longer
                                       than the registers or has extra caps; else NULL */
    cte_t *slot;                    /* the invoked capability */
    word_t extra_count;
    cte_t *extra[seL4_MsgMaxExtraCaps];
    word_t reply_length;
    word_t error_detail[2];         /* an error's first message registers, for explain_invocation() */
};

/* Whether a message is longer than the registers or sends capabilities:
 * then its words beyond the registers and its caps are in the IPC buffer.
 * The message info's extraCaps field sits just above its length, so one
 * compare of the two together tells. */
static inline bool message_uses_ipc_buffer(seL4_MessageInfo_t info)
{
    _Static_assert(ARCH_MSG_REGISTERS < BIT(7), "extraCaps starts at bit 7, above the length");
    return (info.words[0] & mask_bits(9)) > ARCH_MSG_REGISTERS;
}

/* Message word i of a request from `thread`: a register, or beyond the
 * registers a word of `buffer`, its IPC buffer. */
static inline word_t message_word(struct tcb *thread, const seL4_IPCBuffer *buffer, word_t i)
{
    return i < ARCH_MSG_REGISTERS ? arch_context_mr(&thread->context, i) : buffer->msg[i];
}

/* Message register i of the request; i must be below inv->length (so a
 * word beyond the registers is in the buffer the invocation looked up). */
static inline word_t inv_arg(const struct invocation *inv, word_t i)
{
    return message_word(inv->thread, inv->buffer, i);
}

/* The reply to a Call: `err`, with `length` message words already set. */
static inline void reply_to_call(struct tcb *thread, seL4_Error err, word_t length)
{
    arch_context_set_reply(&thread->context, 0, seL4_MessageInfo_new(err, 0, 0, length).words[0]);
}

void inv_reply_in_buffer(struct invocation *inv, word_t i, word_t value);

/* Sets reply message register i and grows the reply to cover it; a no-op
 * unless the invocation was a Call. */
static inline void inv_reply(struct invocation *inv, word_t i, word_t value)
{
    if (!inv->is_call) {
        return;
    }
    if (i >= ARCH_MSG_REGISTERS) {
        inv_reply_in_buffer(inv, i, value);
        return;
    }
    arch_context_set_mr(&inv->thread->context, i, value);
    if (inv->reply_length < i + 1) {
        inv->reply_length = i + 1;
    }
}

/* The extra capability i, or a null capability if it was not sent. */
static inline cap_t inv_extra_cap(const struct invocation *inv, word_t i)
{
    return i < inv->extra_count ? inv->extra[i]->cap : cap_null_new();
}

/* Errors that carry message registers. */
seL4_Error invalid_argument(struct invocation *inv, word_t argument);
seL4_Error invalid_capability(struct invocation *inv, word_t cap_index);
seL4_Error range_error(struct invocation *inv, word_t min, word_t max);
seL4_Error failed_lookup(struct invocation *inv, bool source, struct lookup_fault fault);
seL4_Error not_enough_memory(struct invocation *inv, word_t bytes_free);

/* A lookup fault for a missing capability with `bits_left` bits unresolved. */
static inline struct lookup_fault missing_capability(word_t bits_left)
{
    return (struct lookup_fault){ .type = seL4_MissingCapability, .bits_left = bits_left };
}

/*
 * Looks up the slot named by (index, depth) in the CNode `root`, for an
 * invocation that takes a slot argument.  `source` says whether this is the
 * source slot of a CNode operation (it changes MR0 of a lookup failure).
 */
seL4_Error lookup_slot_for_cnode_op(struct invocation *inv, bool source, cap_t root,
                                    word_t index, word_t depth, cte_t **slot);

/*
 * The fast path for a Call on the frame capability in `slot`: Map of an
 * unmapped frame at an aligned address under existing tables, Unmap and
 * GetAddress.  It makes the decoder's checks as plain tests and performs
 * and replies to only a call that passes them all and would print
 * nothing; for any other it returns false, having changed nothing, and the
 * call goes the full way.
 */
bool frame_call_fastpath(struct tcb *thread, cte_t *slot, seL4_MessageInfo_t info);

/* Decoders, by capability type. */
seL4_Error decode_untyped_invocation(struct invocation *inv);
seL4_Error decode_cnode_invocation(struct invocation *inv);
seL4_Error decode_vm_invocation(struct invocation *inv);

#endif
