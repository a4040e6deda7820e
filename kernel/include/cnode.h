/*
 * Capability slots, the derivation tree, and CSpace lookup.
 *
 * Every slot (CTE) holds a capability and its place in the derivation tree
 * (MDB).  Each tree is kept as a doubly linked list in pre-order, starting
 * at an original capability: a slot's descendants follow it directly, so
 * "has children" and "revoke" only look forward from the slot.
 */
#ifndef CNODE_H
#define CNODE_H

#include <cap.h>
#include <sel4/constants.h>

struct cte;

struct mdb_node {
    word_t prev_and_flags;      /* struct cte * | MDB_REVOCABLE | MDB_FIRST_BADGED */
    struct cte *next;
};

/* A revocable capability owns its descendants (Retype's results, or badged
 * copies); the first badged copy of an endpoint starts a new badge's tree. */
#define MDB_REVOCABLE    ((word_t)1)
#define MDB_FIRST_BADGED ((word_t)2)
#define MDB_FLAGS        (MDB_REVOCABLE | MDB_FIRST_BADGED)

typedef struct cte {
    cap_t cap;
    struct mdb_node mdb;
} cte_t;

_Static_assert(sizeof(cte_t) == 1 << seL4_SlotBits, "a slot is 2^seL4_SlotBits bytes");

static inline cte_t *mdb_prev(const cte_t *slot)
{
    return (cte_t *)(slot->mdb.prev_and_flags & ~MDB_FLAGS);
}

static inline bool mdb_is_revocable(const cte_t *slot)
{
    return slot->mdb.prev_and_flags & MDB_REVOCABLE;
}

/* How many slots hold a capability, kernel-wide: the invariant checker
 * compares it with how many it found, to know whether it saw them all. */
extern word_t capability_count;

/* Puts `cap` into the empty slot `dest` as an original capability, one that
 * is not derived from any other (boot-time capabilities). */
void cte_insert_original(cte_t *dest, cap_t cap);

/* Puts `cap`, derived from the capability in `parent`, into the empty slot
 * `dest`, directly after `parent` in the derivation tree.  `revocable`
 * marks a capability that owns what it names (e.g. objects made by Retype). */
void cte_insert_child(cte_t *parent, cte_t *dest, cap_t cap, bool revocable);

/* Moves the capability in `src` to the empty slot `dest`, as `cap`, keeping
 * its place in the derivation tree. */
void cte_move(cte_t *src, cte_t *dest, cap_t cap);

/* Exchanges two slots' capabilities, as `cap_a` into `b` and `cap_b` into
 * `a`, with their places in the derivation tree. */
void cte_swap(cte_t *a, cap_t cap_a, cte_t *b, cap_t cap_b);

/* Takes the capability out of `slot` and the derivation tree (without
 * finalising anything: see cte_delete). */
void cte_empty(cte_t *slot);

/* Whether `child`, found after `parent` in the tree's list, descends from it. */
bool cte_is_parent_of(const cte_t *parent, const cte_t *child);

/* Whether the capability in `slot` has descendants in the derivation tree. */
bool cte_has_children(const cte_t *slot);

/* Whether no other slot holds a capability to the same object (copies of a
 * capability always sit next to each other in the tree's list). */
bool cte_is_final(const cte_t *slot);

/* Why a CSpace lookup failed (seL4_LookupFailureType and its details). */
struct lookup_fault {
    word_t type;
    word_t bits_left;
    word_t guard_found;
    word_t bits_found;
};

struct resolve_result {
    cte_t *slot;                /* NULL on failure */
    word_t bits_remaining;
    struct lookup_fault fault;
};

/*
 * Resolves the top `depth` bits of `cptr` through the CNode `root`, level by
 * level, as seL4 does: each level must match its guard and consume
 * guard_size + radix bits.  Stops early at a slot that holds anything but a
 * CNode, leaving bits_remaining > 0.  `depth` is from 1 to WORD_BITS.
 */
struct resolve_result resolve_address_bits(cap_t root, cptr_t cptr, word_t depth);

/* Why `node` cannot resolve the top `depth` bits of `cptr`.  Pure, so a
 * lookup that drops the fault drops the call too. */
__attribute__((pure)) struct lookup_fault cnode_level_fault(cap_t node, cptr_t cptr, word_t depth);

/* The lookup both resolve_address_bits() and lookup_cap_slot() make: the
 * slot, or NULL with `fault` saying why.  Inline, so that a system call's
 * lookup keeps no fault it does not need and costs no call. */
static inline cte_t *cnode_resolve(cap_t node, cptr_t cptr, word_t depth, word_t *bits_remaining,
                             struct lookup_fault *fault)
{
    if (cap_type(node) != cap_cnode) {
        *fault = (struct lookup_fault){ .type = seL4_InvalidRoot };
        return NULL;
    }
    /* The bits still to resolve, at the top of the word: each level takes
     * its guard and index off the top, with nothing above to mask away. */
    word_t rest = cptr << (WORD_BITS - depth);
    for (;;) {
        /* radix >= 1 (Retype makes no CNode without slots; the invariant
         * checker sees to it), so each level takes at least one bit. */
        word_t radix = node.cnode.radix, level_bits = radix + node.cnode.guard_size;
        if (unlikely(level_bits > depth)) {
            *fault = cnode_level_fault(node, cptr, depth);
            return NULL;
        }
        word_t bits = rest >> (WORD_BITS - level_bits);
        if (unlikely(bits >> radix != node.cnode.guard)) {
            *fault = cnode_level_fault(node, cptr, depth);
            return NULL;
        }
        /* radix is too narrow a field to hold WORD_BITS, so BIT() - 1 is its mask. */
        cte_t *slot = (cte_t *)cap_object(node) + (bits & (BIT(radix) - 1));
        depth -= level_bits;
        if (depth == 0 || cap_type(slot->cap) != cap_cnode) {
            *bits_remaining = depth;
            return slot;
        }
        rest <<= level_bits;            /* below WORD_BITS: depth was larger */
        node = slot->cap;
    }
}

/* The slot a system call's cptr names (all its bits, resolved through
 * `root`, the caller's CSpace root), or NULL.  What went wrong is not
 * kept: a system call's lookup failure is a cap fault on the cptr. */
static inline cte_t *lookup_cap_slot(cap_t root, cptr_t cptr)
{
    word_t bits_remaining;
    struct lookup_fault fault;
    return cnode_resolve(root, cptr, WORD_BITS, &bits_remaining, &fault);
}

#endif
