#include <cnode.h>
#include <object.h>
#include <printf.h>

void cte_insert_original(cte_t *dest, cap_t cap)
{
    dest->cap = cap;
    dest->mdb = (struct mdb_node){ .prev_and_flags = MDB_REVOCABLE, .next = NULL };
}

void cte_insert_child(cte_t *parent, cte_t *dest, cap_t cap, bool revocable)
{
    cte_t *next = parent->mdb.next;
    dest->cap = cap;
    dest->mdb = (struct mdb_node){ .prev_and_flags = (word_t)parent | (revocable ? MDB_REVOCABLE : 0),
                                   .next = next };
    if (next != NULL) {
        next->mdb.prev_and_flags = (word_t)dest | (next->mdb.prev_and_flags & MDB_REVOCABLE);
    }
    parent->mdb.next = dest;
}

/* Whether `child`, which follows `parent` in the tree's list, descends from it. */
static bool mdb_is_parent_of(const cte_t *parent, const cte_t *child)
{
    return mdb_is_revocable(parent) && cap_same_region(parent->cap, child->cap);
}

bool cte_has_children(const cte_t *slot)
{
    return slot->mdb.next != NULL && mdb_is_parent_of(slot, slot->mdb.next);
}

bool cte_has_siblings_for_object(const cte_t *slot)
{
    const cte_t *prev = mdb_prev(slot), *next = slot->mdb.next;
    return (prev != NULL && cap_same_object(prev->cap, slot->cap)) ||
           (next != NULL && cap_same_object(next->cap, slot->cap));
}

static struct resolve_result resolve_failure(struct lookup_fault fault)
{
    return (struct resolve_result){ .slot = NULL, .fault = fault };
}

struct resolve_result resolve_address_bits(cap_t node, cptr_t cptr, word_t depth)
{
    if (cap_type(node) != cap_cnode) {
        return resolve_failure((struct lookup_fault){ .type = seL4_InvalidRoot });
    }
    for (;;) {
        word_t radix = node.cnode.radix, guard_size = node.cnode.guard_size;
        word_t level_bits = radix + guard_size;
        kassert(radix > 0);             /* Retype makes no CNode without slots */
        word_t guard = (cptr >> ((depth - guard_size) & mask_bits(6))) & mask_bits(guard_size);

        if (guard_size > depth || guard != node.cnode.guard) {
            return resolve_failure((struct lookup_fault){ .type = seL4_GuardMismatch, .bits_left = depth,
                                                        .guard_found = node.cnode.guard,
                                                        .bits_found = guard_size });
        }
        if (level_bits > depth) {
            return resolve_failure((struct lookup_fault){ .type = seL4_DepthMismatch, .bits_left = depth,
                                                        .bits_found = level_bits });
        }
        cte_t *slot = (cte_t *)cap_object(node) + ((cptr >> (depth - level_bits)) & mask_bits(radix));
        depth -= level_bits;
        if (depth == 0 || cap_type(slot->cap) != cap_cnode) {
            return (struct resolve_result){ .slot = slot, .bits_remaining = depth };
        }
        node = slot->cap;
    }
}
