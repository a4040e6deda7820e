/*
 * CNode invocations: copying, minting, moving, mutating, rotating,
 * deleting and revoking capabilities, in seL4's order of checks.  Every
 * operation names a target slot by (index, depth) in the invoked CNode.
 */
#include <delete.h>
#include <derive.h>
#include <invocation.h>
#include <printf.h>

static seL4_Error source_slot(struct invocation *inv, cap_t root, word_t index, word_t depth, cte_t **slot)
{
    seL4_Error err = lookup_slot_for_cnode_op(inv, true, root, index, depth, slot);
    if (err != seL4_NoError) {
        user_error("CNode: invalid source slot");
    } else if (cap_is_null((*slot)->cap)) {
        user_error("CNode: the source slot is empty");
        err = failed_lookup(inv, true, missing_capability(depth));
    }
    return err;
}

static seL4_Error ensure_empty(cte_t *slot)
{
    if (!cap_is_null(slot->cap)) {
        user_error("CNode: the destination slot is not empty");
        return seL4_DeleteFirst;
    }
    return seL4_NoError;
}

/* A copy stays in the tree below its source.  Copying an untyped makes the
 * source full, so the two cannot both hand out the same memory. */
static void insert_copy(cte_t *src, cte_t *dest, cap_t cap)
{
    cte_insert_child(src, dest, cap, is_cap_revocable(cap, src->cap));
    if (cap_type(cap) == cap_untyped) {
        cap_untyped_set_free_offset(&src->cap, BIT(src->cap.untyped.size_bits));
    }
}

/* The capability Copy, Mint, Move or Mutate puts in the destination. */
static seL4_Error new_capability(struct invocation *inv, cte_t *src, cap_t *cap)
{
    seL4_CapRights_t rights = { { inv->length > 4 ? inv_arg(inv, 4) : 0 } };
    word_t minimum = inv->label == CNodeMint ? 6 : inv->label == CNodeMove ? 4 : 5;
    if (inv->length < minimum) {
        user_error("CNode: truncated message");
        return seL4_TruncatedMessage;
    }
    switch (inv->label) {
    case CNodeCopy:
        return derive_cap(src, mask_cap_rights(rights, src->cap), cap);
    case CNodeMint:
        return derive_cap(src, update_cap_data(false, inv_arg(inv, 5), mask_cap_rights(rights, src->cap)), cap);
    case CNodeMove:
        *cap = src->cap;
        return seL4_NoError;
    default:
        *cap = update_cap_data(true, inv_arg(inv, 4), src->cap);
        return seL4_NoError;
    }
}

/* Copy, Mint, Move, Mutate: (dest index, depth, src index, depth, ...) + src root. */
static seL4_Error decode_copy(struct invocation *inv, cte_t *dest)
{
    if (inv->length < 4 || inv->extra_count < 1) {
        user_error("CNode: truncated message");
        return seL4_TruncatedMessage;
    }
    cte_t *src;
    cap_t cap;
    seL4_Error err;
    if ((err = ensure_empty(dest)) != seL4_NoError ||
        (err = source_slot(inv, inv->extra[0]->cap, inv_arg(inv, 2), inv_arg(inv, 3), &src)) != seL4_NoError ||
        (err = new_capability(inv, src, &cap)) != seL4_NoError) {
        return err;
    }
    if (cap_is_null(cap)) {
        user_error("CNode: the resulting capability would be invalid");
        return seL4_IllegalOperation;
    }
    if (inv->label == CNodeMove || inv->label == CNodeMutate) {
        cte_move(src, dest, cap);
    } else {
        insert_copy(src, dest, cap);
    }
    return seL4_NoError;
}

/* Rotate: pivot to dest, src to pivot, each with new data (badge or guard). */
static seL4_Error decode_rotate(struct invocation *inv, cte_t *dest)
{
    if (inv->length < 8 || inv->extra_count < 2) {
        user_error("CNode_Rotate: truncated message");
        return seL4_TruncatedMessage;
    }
    word_t pivot_data = inv_arg(inv, 2), pivot_depth = inv_arg(inv, 4), src_data = inv_arg(inv, 5);
    word_t src_depth = inv_arg(inv, 7);
    cte_t *src, *pivot;
    seL4_Error err;
    if ((err = lookup_slot_for_cnode_op(inv, true, inv->extra[1]->cap, inv_arg(inv, 6), src_depth, &src)) ||
        (err = lookup_slot_for_cnode_op(inv, true, inv->extra[0]->cap, inv_arg(inv, 3), pivot_depth, &pivot))) {
        user_error("CNode_Rotate: invalid source or pivot slot");
        return err;
    }
    if (pivot == src || pivot == dest) {
        user_error("CNode_Rotate: the pivot is the source or destination slot");
        return seL4_IllegalOperation;
    }
    if (src != dest && (err = ensure_empty(dest)) != seL4_NoError) {
        return err;
    }
    if (cap_is_null(src->cap) || cap_is_null(pivot->cap)) {
        bool source = cap_is_null(src->cap);
        user_error("CNode_Rotate: the %s slot is empty", source ? "source" : "pivot");
        return failed_lookup(inv, source, missing_capability(source ? src_depth : pivot_depth));
    }
    cap_t new_src = update_cap_data(true, src_data, src->cap);
    cap_t new_pivot = update_cap_data(true, pivot_data, pivot->cap);
    if (cap_is_null(new_src) || cap_is_null(new_pivot)) {
        user_error("CNode_Rotate: the %s capability would be invalid", cap_is_null(new_src) ? "source" : "pivot");
        return seL4_IllegalOperation;
    }
    if (src == dest) {
        cte_swap(src, new_src, pivot, new_pivot);
    } else {
        cte_move(pivot, dest, new_pivot);
        cte_move(src, pivot, new_src);
    }
    return seL4_NoError;
}

/* CancelBadgedSends needs an endpoint capability with every right. */
static seL4_Error cancel_badged_sends(cte_t *target)
{
    if (cap_type(target->cap) != cap_endpoint || target->cap.endpoint.rights != seL4_AllRights.words[0]) {
        user_error("CNode_CancelBadgedSends: needs an endpoint capability with all rights");
        return seL4_IllegalOperation;
    }
    return seL4_NoError;            /* nothing is ever queued: Pagoda has no IPC yet */
}

seL4_Error decode_cnode_invocation(struct invocation *inv)
{
    if (inv->label < CNodeRevoke || inv->label > CNodeSaveCaller) {
        user_error("CNode: illegal operation (label %lu)", inv->label);
        return seL4_IllegalOperation;
    }
    if (inv->length < 2) {
        user_error("CNode: truncated message");
        return seL4_TruncatedMessage;
    }
    cte_t *target;
    seL4_Error err = lookup_slot_for_cnode_op(inv, false, inv->slot->cap, inv_arg(inv, 0), inv_arg(inv, 1), &target);
    if (err != seL4_NoError) {
        user_error("CNode: invalid target slot");
        return err;
    }
    switch (inv->label) {
    case CNodeRevoke:
        cte_revoke(target);
        return seL4_NoError;
    case CNodeDelete:
        cte_delete(target);
        return seL4_NoError;
    case CNodeCancelBadgedSends:
        return cancel_badged_sends(target);
    case CNodeRotate:
        return decode_rotate(inv, target);
    case CNodeSaveCaller:
        return ensure_empty(target);    /* no reply capability to save: no IPC yet */
    default:
        return decode_copy(inv, target);
    }
}
