#include <cnode.h>
#include <object.h>
#include <printf.h>

static void set_prev(cte_t *slot, cte_t *prev)
{
    slot->mdb.prev_and_flags = (word_t)prev | (slot->mdb.prev_and_flags & MDB_FLAGS);
}

/* Points the neighbours of `slot`'s tree node at `slot`. */
static void link_neighbours(cte_t *slot)
{
    cte_t *prev = mdb_prev(slot), *next = slot->mdb.next;
    if (prev != NULL) {
        prev->mdb.next = slot;
    }
    if (next != NULL) {
        set_prev(next, slot);
    }
}

word_t capability_count;

void cte_insert_original(cte_t *dest, cap_t cap)
{
    capability_count++;
    dest->cap = cap;
    dest->mdb = (struct mdb_node){ .prev_and_flags = MDB_FLAGS, .next = NULL };
}

void cte_insert_child(cte_t *parent, cte_t *dest, cap_t cap, bool revocable)
{
    capability_count++;
    dest->cap = cap;
    dest->mdb = (struct mdb_node){ .prev_and_flags = (word_t)parent | (revocable ? MDB_FLAGS : 0),
                                   .next = parent->mdb.next };
    link_neighbours(dest);
}

void cte_move(cte_t *src, cte_t *dest, cap_t cap)
{
    dest->cap = cap;
    dest->mdb = src->mdb;
    src->cap = cap_null_new();
    src->mdb = (struct mdb_node){ 0, NULL };
    link_neighbours(dest);
}

void cte_swap(cte_t *a, cap_t cap_a, cte_t *b, cap_t cap_b)
{
    struct mdb_node mdb_a = a->mdb;
    a->cap = cap_b;
    a->mdb = b->mdb;
    b->cap = cap_a;
    b->mdb = mdb_a;
    /* Each node may be the other's neighbour, so relink both afterwards. */
    if (a->mdb.next == a) {
        a->mdb.next = b;
    }
    if (mdb_prev(a) == a) {
        set_prev(a, b);
    }
    if (b->mdb.next == b) {
        b->mdb.next = a;
    }
    if (mdb_prev(b) == b) {
        set_prev(b, a);
    }
    link_neighbours(a);
    link_neighbours(b);
}

void cte_empty(cte_t *slot)
{
    cte_t *prev = mdb_prev(slot), *next = slot->mdb.next;
    if (prev != NULL) {
        prev->mdb.next = next;
    }
    if (next != NULL) {
        set_prev(next, prev);
        next->mdb.prev_and_flags |= slot->mdb.prev_and_flags & MDB_FIRST_BADGED;
    }
    capability_count--;
    slot->cap = cap_null_new();
    slot->mdb = (struct mdb_node){ 0, NULL };
}

/* A badged endpoint or notification capability owns only the copies with
 * its badge, up to the next first-badged one. */
bool cte_is_parent_of(const cte_t *parent, const cte_t *child)
{
    if (!mdb_is_revocable(parent) || !cap_same_region(parent->cap, child->cap)) {
        return false;
    }
    enum cap_type type = cap_type(parent->cap);
    if ((type == cap_endpoint || type == cap_notification) && parent->cap.endpoint.badge != 0) {
        return parent->cap.endpoint.badge == child->cap.endpoint.badge &&
               !(child->mdb.prev_and_flags & MDB_FIRST_BADGED);
    }
    return true;
}

bool cte_has_children(const cte_t *slot)
{
    return slot->mdb.next != NULL && cte_is_parent_of(slot, slot->mdb.next);
}

bool cte_is_final(const cte_t *slot)
{
    const cte_t *prev = mdb_prev(slot), *next = slot->mdb.next;
    return !(prev != NULL && cap_same_object(prev->cap, slot->cap)) &&
           !(next != NULL && cap_same_object(slot->cap, next->cap));
}

/* Why `node` cannot resolve the top `depth` bits of `cptr`, in seL4's
 * order: the guard first, then whether the level fits in what is left. */
struct lookup_fault cnode_level_fault(cap_t node, cptr_t cptr, word_t depth)
{
    word_t guard_size = node.cnode.guard_size;
    if (guard_size > depth || ((cptr >> (depth - guard_size)) & mask_bits(guard_size)) != node.cnode.guard) {
        return (struct lookup_fault){ .type = seL4_GuardMismatch, .bits_left = depth,
                                      .guard_found = node.cnode.guard, .bits_found = guard_size };
    }
    return (struct lookup_fault){ .type = seL4_DepthMismatch, .bits_left = depth,
                                  .bits_found = node.cnode.radix + guard_size };
}

struct resolve_result resolve_address_bits(cap_t node, cptr_t cptr, word_t depth)
{
    struct resolve_result r = { .bits_remaining = 0 };
    r.slot = cnode_resolve(node, cptr, depth, &r.bits_remaining, &r.fault);
    return r;
}
