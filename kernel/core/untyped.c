/* Untyped_Retype: carving objects out of untyped memory. */
#include <invocation.h>
#include <object.h>
#include <printf.h>
#include <sel4/objecttype.h>

struct retype_args {
    word_t type, size_bits, node_index, node_depth, node_offset, num_objects;
};

/* Checks the object type and size (seL4's checks 3-6). */
static seL4_Error decode_object(struct invocation *inv, const struct retype_args *a,
                                struct object_kind *kind)
{
    if (a->type >= seL4_ObjectTypeCount || !object_kind(a->type, a->size_bits, kind)) {
        user_error("Untyped_Retype: invalid object type %lu", a->type);
        return invalid_argument(inv, 0);
    }
    if (a->size_bits >= WORD_BITS || kind->size_bits > seL4_MaxUntypedBits) {
        user_error("Untyped_Retype: invalid object size %lu", a->size_bits);
        return range_error(inv, 0, seL4_MaxUntypedBits);
    }
    if (a->type == seL4_CapTableObject && a->size_bits == 0) {
        user_error("Untyped_Retype: a CNode needs at least one bit of radix");
        return invalid_argument(inv, 1);
    }
    if (a->type == seL4_UntypedObject && a->size_bits < seL4_MinUntypedBits) {
        user_error("Untyped_Retype: untyped objects have at least %d bits", seL4_MinUntypedBits);
        return invalid_argument(inv, 1);
    }
    return seL4_NoError;
}

/* Finds the destination CNode and checks the slot window (checks 7-12). */
static seL4_Error decode_destination(struct invocation *inv, const struct retype_args *a, cte_t **first)
{
    cap_t node = inv_extra_cap(inv, 0);
    if (a->node_depth != 0) {
        cte_t *slot;
        seL4_Error err = lookup_slot_for_cnode_op(inv, false, node, a->node_index, a->node_depth, &slot);
        if (err != seL4_NoError) {
            user_error("Untyped_Retype: invalid destination address");
            return err;
        }
        node = slot->cap;
    }
    if (cap_type(node) != cap_cnode) {
        user_error("Untyped_Retype: destination cap is not a CNode");
        return failed_lookup(inv, false, missing_capability(a->node_depth));
    }
    word_t slots = BIT(node.cnode.radix);
    if (a->node_offset > slots - 1) {
        user_error("Untyped_Retype: destination offset %lu is outside the CNode", a->node_offset);
        return range_error(inv, 0, slots - 1);
    }
    if (a->num_objects < 1 || a->num_objects > seL4_UntypedRetypeMaxObjects) {
        user_error("Untyped_Retype: cannot make %lu objects at once", a->num_objects);
        return range_error(inv, 1, seL4_UntypedRetypeMaxObjects);
    }
    if (a->num_objects > slots - a->node_offset) {
        user_error("Untyped_Retype: %lu objects do not fit the CNode", a->num_objects);
        return range_error(inv, 1, slots - a->node_offset);
    }
    *first = (cte_t *)cap_object(node) + a->node_offset;
    for (word_t i = 0; i < a->num_objects; i++) {
        if (!cap_is_null((*first)[i].cap)) {
            user_error("Untyped_Retype: slot #%lu in the destination window is not empty", a->node_offset + i);
            return seL4_DeleteFirst;
        }
    }
    return seL4_NoError;
}

/*
 * A reset clears at most 2^RESET_CHUNK_BITS bytes at a time, from the top
 * down, lowering the free offset after each chunk: the memory beyond the
 * free offset is then zero between chunks too, which is where seL4, which
 * takes interrupts, may stop a reset and resume it later.
 */
#define RESET_CHUNK_BITS 16

void untyped_reset(cte_t *slot)
{
    cap_t *untyped = &slot->cap;
    char *base = cap_object(*untyped);
    word_t free_offset;
    if (!untyped->untyped.is_clean) {
        /* Nothing of it is kept zero: Retype clears what it hands out. */
        cap_untyped_set_free_offset(untyped, 0);
        return;
    }
    while ((free_offset = cap_untyped_free_offset(*untyped)) != 0) {
        word_t chunk_start = ALIGN_DOWN(free_offset - 1, RESET_CHUNK_BITS);
        arch_clear_memory(base + chunk_start, free_offset - chunk_start);
        cap_untyped_set_free_offset(untyped, chunk_start);
    }
}

/*
 * Makes the objects; nothing can fail any more.  An untyped without
 * children that has handed memory out is reset first: its objects may
 * have been deleted one by one.  A clean untyped's free memory is zero
 * already; any other RAM is cleared here, all of the objects at once, so
 * that a child untyped made of it is clean too.
 */
static void perform_retype(cte_t *untyped, bool reset, const struct object_kind *kind, cte_t *dest,
                           word_t count)
{
    if (reset && cap_untyped_free_offset(untyped->cap) != 0) {
        untyped_reset(untyped);
    }
    word_t base = (word_t)cap_object(untyped->cap);
    word_t start = ALIGN_UP(base + cap_untyped_free_offset(untyped->cap), kind->size_bits);
    word_t bytes = count << kind->size_bits;
    bool is_device = untyped->cap.untyped.is_device;

    cap_untyped_set_free_offset(&untyped->cap, start + bytes - base);
    if (!is_device && !untyped->cap.untyped.is_clean) {
        arch_clear_memory((void *)start, bytes);
    }
    for (word_t i = 0; i < count; i++) {
        void *memory = (void *)(start + (i << kind->size_bits));
        cte_insert_child(untyped, &dest[i], object_create(kind, memory, is_device), true);
    }
}

seL4_Error decode_untyped_invocation(struct invocation *inv)
{
    if (inv->label != UntypedRetype) {
        user_error("Untyped: illegal operation (label %lu)", inv->label);
        return seL4_IllegalOperation;
    }
    if (inv->length < 6 || inv->extra_count < 1) {
        user_error("Untyped_Retype: truncated message");
        return seL4_TruncatedMessage;
    }
    struct retype_args a = { inv_arg(inv, 0), inv_arg(inv, 1), inv_arg(inv, 2),
                             inv_arg(inv, 3), inv_arg(inv, 4), inv_arg(inv, 5) };
    struct object_kind kind;
    cte_t *dest = NULL;
    seL4_Error err;
    if ((err = decode_object(inv, &a, &kind)) != seL4_NoError ||
        (err = decode_destination(inv, &a, &dest)) != seL4_NoError) {
        return err;
    }

    cap_t untyped = inv->slot->cap;
    bool reset = !cte_has_children(inv->slot);
    word_t free_offset = reset ? 0 : cap_untyped_free_offset(untyped);
    word_t free_bytes = BIT(untyped.untyped.size_bits) - free_offset;
    if ((free_bytes >> kind.size_bits) < a.num_objects) {
        user_error("Untyped_Retype: insufficient memory (%lu * %lu bytes needed, %lu bytes available)",
                   a.num_objects, BIT(kind.size_bits), free_bytes);
        return not_enough_memory(inv, free_bytes);
    }
    if (untyped.untyped.is_device && !object_kind_allowed_on_device(&kind)) {
        user_error("Untyped_Retype: device memory can only become frames or untypeds");
        return invalid_argument(inv, 1);
    }
    perform_retype(inv->slot, reset, &kind, dest, a.num_objects);
    return seL4_NoError;
}
