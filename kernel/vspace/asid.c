/*
 * ASIDs name VSpaces.  An ASID's high bits pick a pool in asid_table, its
 * low bits an entry of the pool, which holds the VSpace root.  ASIDControl
 * makes pools out of untyped memory; a pool assigns ASIDs to VSpaces.
 */
#include <invocation.h>
#include <printf.h>
#include <util.h>
#include <vspace.h>

struct asid_pool *asid_table[ASID_POOLS];
bool address_spaces_changed = true;

pte_t *vspace_root(cap_t cap)
{
    if (cap_type(cap) != cap_vspace || cap.vspace.asid == 0 || asid_lookup(cap.vspace.asid) != cap_object(cap)) {
        return NULL;
    }
    return cap_object(cap);
}

void asid_release(word_t asid, pte_t *root)
{
    struct asid_pool *pool = asid_table[asid_pool_index(asid)];
    if (pool != NULL && pool->root[asid_pool_entry(asid)] == root) {
        arch_tlb_flush_asid(asid, root);
        pool->root[asid_pool_entry(asid)] = NULL;
        address_spaces_changed = true;
    }
}

void asid_pool_release(cap_t cap)
{
    struct asid_pool *pool = cap_object(cap);
    word_t index = asid_pool_index(cap.asid_pool.asid_base);
    if (asid_table[index] != pool) {
        return;
    }
    for (word_t i = 0; i < ASID_POOL_ENTRIES; i++) {
        if (pool->root[i] != NULL) {
            arch_tlb_flush_asid(cap.asid_pool.asid_base + i, pool->root[i]);
        }
    }
    asid_table[index] = NULL;
    address_spaces_changed = true;
}

static word_t free_asid_pool_index(void)
{
    word_t i = 0;
    while (i < ASID_POOLS && asid_table[i] != NULL) {
        i++;
    }
    return i;
}

/* ASIDControl_MakePool(untyped, root, index, depth): a pool from a 4 KiB
 * untyped with no children, its capability in (root, index, depth). */
static seL4_Error decode_make_pool(struct invocation *inv)
{
    if (inv->length < 2 || inv->extra_count < 2) {
        user_error("ASIDControl_MakePool: truncated message");
        return seL4_TruncatedMessage;
    }
    word_t index = inv_arg(inv, 0), depth = inv_arg(inv, 1);
    cte_t *untyped = inv->extra[0], *dest;
    word_t pool = free_asid_pool_index();
    if (pool == ASID_POOLS) {
        user_error("ASIDControl_MakePool: no unallocated pools");
        return seL4_DeleteFirst;
    }
    if (cap_type(untyped->cap) != cap_untyped || untyped->cap.untyped.size_bits != seL4_ASIDPoolBits ||
        untyped->cap.untyped.is_device) {
        user_error("ASIDControl_MakePool: needs a 4 KiB RAM untyped");
        return invalid_capability(inv, 1);
    }
    if (cte_has_children(untyped)) {
        user_error("ASIDControl_MakePool: the untyped has children");
        return seL4_RevokeFirst;
    }
    seL4_Error err = lookup_slot_for_cnode_op(inv, false, inv->extra[1]->cap, index, depth, &dest);
    if (err != seL4_NoError) {
        user_error("ASIDControl_MakePool: invalid destination slot");
        return err;
    }
    if (!cap_is_null(dest->cap)) {
        user_error("ASIDControl_MakePool: the destination slot is not empty");
        return seL4_DeleteFirst;
    }

    struct asid_pool *memory = cap_object(untyped->cap);
    cap_untyped_set_free_offset(&untyped->cap, BIT(seL4_ASIDPoolBits));
    memset(memory, 0, BIT(seL4_ASIDPoolBits));
    asid_table[pool] = memory;
    address_spaces_changed = true;
    cap_t cap = cap_object_new(cap_asid_pool, memory);
    cap.asid_pool.asid_base = pool << seL4_ASIDPoolIndexBits;
    cte_insert_child(untyped, dest, cap, false);
    return seL4_NoError;
}

/* The pool's first free entry; ASID 0 is never handed out. */
static word_t free_asid_pool_entry(const struct asid_pool *pool, word_t base)
{
    word_t i = base == 0 ? 1 : 0;
    while (i < ASID_POOL_ENTRIES && pool->root[i] != NULL) {
        i++;
    }
    return i;
}

/* Whether `cap` is an unmapped table of the type that may become a root. */
static bool is_root_to_be(cap_t cap)
{
    return cap_type(cap) == cap_page_table && table_type_is_root(cap.table.table_type) && !cap.table.is_mapped;
}

/*
 * Gives the VSpace in `slot` its ASID.  A table becoming a root was never
 * copied (an unmapped table cannot be), so its one capability becomes the
 * VSpace's, and the root gets the kernel's entries.
 */
static void perform_assign(cte_t *slot, struct asid_pool *pool, word_t base, word_t entry)
{
    pte_t *root = cap_object(slot->cap);
    if (cap_type(slot->cap) == cap_page_table) {
        slot->cap = cap_object_new(cap_vspace, root);
        arch_vspace_root_init(root);
    }
    pool->root[entry] = root;
    address_spaces_changed = true;
    slot->cap.vspace.asid = base + entry;
}

/* ASIDPool_Assign(vspace): gives a VSpace root its ASID. */
static seL4_Error decode_assign(struct invocation *inv)
{
    if (inv->extra_count < 1) {
        user_error("ASIDPool_Assign: truncated message");
        return seL4_TruncatedMessage;
    }
    cte_t *vspace = inv->extra[0];
    word_t base = inv->slot->cap.asid_pool.asid_base;
    bool is_root = cap_type(vspace->cap) == cap_vspace && vspace->cap.vspace.asid == 0;
    if (!is_root && !is_root_to_be(vspace->cap)) {
        user_error("ASIDPool_Assign: needs a VSpace root without an ASID");
        return invalid_capability(inv, 1);
    }
    struct asid_pool *pool = asid_table[asid_pool_index(base)];
    if (pool == NULL) {
        user_error("ASIDPool_Assign: the pool has been deleted");
        return failed_lookup(inv, false, (struct lookup_fault){ .type = seL4_InvalidRoot });
    }
    if (pool != cap_object(inv->slot->cap)) {
        user_error("ASIDPool_Assign: the pool capability is stale");
        return invalid_capability(inv, 0);
    }
    word_t entry = free_asid_pool_entry(pool, base);
    if (entry == ASID_POOL_ENTRIES) {
        user_error("ASIDPool_Assign: the pool is full");
        return seL4_DeleteFirst;
    }
    perform_assign(vspace, pool, base, entry);
    return seL4_NoError;
}

seL4_Error decode_asid_invocation(struct invocation *inv, enum vm_operation op)
{
    enum cap_type type = cap_type(inv->slot->cap);
    if (type == cap_asid_control && op == vm_op_asid_make_pool) {
        return decode_make_pool(inv);
    }
    if (type == cap_asid_pool && op == vm_op_asid_assign) {
        return decode_assign(inv);
    }
    user_error("%s: illegal operation (label %lu)", type == cap_asid_pool ? "ASIDPool" : "ASIDControl", inv->label);
    return seL4_IllegalOperation;
}
