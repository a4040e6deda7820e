#include "cspace.h"

#include <sel4/constants.h>
#include <paging.h>
#include <string.h>
#include "levels.h"

static cap_t root_cnode;        /* as boot made it, even if the root task deletes its own */
static word_t first_free;

void cspace_use(const struct root_task *rt)
{
    root_cnode = cap_cnode_new(rt->cnode, ROOT_CNODE_RADIX, WORD_BITS - ROOT_CNODE_RADIX, 0);
    first_free = rt->first_free;
}

/* Whether `cap` is a table of the type the tests use for `level`. */
static bool is_table_type(cap_t cap, word_t level)
{
    const char *name = test_table_types[level].name;
    return cap_type(cap) == cap_page_table && name != NULL &&
           strcmp(arch_paging.table[cap.table.table_type].name, name) == 0;
}

/* A VSpace root without an ASID, or a table that ASIDPool_Assign would
 * make one (Sv39's). */
static bool is_new_vspace(cap_t cap)
{
    if (cap_type(cap) == cap_page_table) {
        return table_type_is_root(cap.table.table_type) && !cap.table.is_mapped;
    }
    return cap_type(cap) == cap_vspace && cap.vspace.asid == 0;
}

static bool cap_matches(cap_t cap, enum cap_want want)
{
    switch (want) {
    case want_any: return !cap_is_null(cap);
    case want_untyped: return cap_type(cap) == cap_untyped;
    case want_pool_untyped:
        return cap_type(cap) == cap_untyped && cap.untyped.size_bits == seL4_ASIDPoolBits && !cap.untyped.is_device;
    case want_cnode: return cap_type(cap) == cap_cnode;
    case want_l1_table: return is_table_type(cap, 1);
    case want_l2_table: return is_table_type(cap, 2);
    case want_l3_table: return is_table_type(cap, 3);
    case want_frame: return cap_type(cap) == cap_frame;
    case want_live_vspace: return cap_type(cap) == cap_vspace && cap.vspace.asid != 0;
    case want_new_vspace: return is_new_vspace(cap);
    case want_asid_pool: return cap_type(cap) == cap_asid_pool;
    case want_asid_control: return cap_type(cap) == cap_asid_control;
    case want_endpoint: return cap_type(cap) == cap_endpoint;
    }
    return false;
}

/* ---- Slots of one CNode ------------------------------------------------------- */

static cap_t as_cnode(cap_t cap)
{
    return cap_type(cap) == cap_cnode ? cap : root_cnode;
}

static cte_t *slots_of(cap_t cnode)
{
    return cap_object(cnode);
}

static word_t slot_count(cap_t cnode)
{
    return BIT(cnode.cnode.radix);
}

/* The bits a cptr spends in this CNode, and the index of slot i in them. */
static word_t level_bits(cap_t cnode)
{
    return cnode.cnode.guard_size + cnode.cnode.radix;
}

static word_t slot_index(cap_t cnode, word_t i)
{
    return (cnode.cnode.guard << cnode.cnode.radix) | i;
}

/* The n-th slot (cyclically) holding what `want` says; -1 if none does. */
static long nth_matching(cap_t cnode, enum cap_want want, unsigned n)
{
    const cte_t *slots = slots_of(cnode);
    word_t count = slot_count(cnode), matches = 0;
    for (word_t i = 0; i < count; i++) {
        matches += cap_matches(slots[i].cap, want);
    }
    if (matches == 0) {
        return -1;
    }
    for (word_t i = 0, seen = 0; i < count; i++) {
        if (cap_matches(slots[i].cap, want) && seen++ == n % matches) {
            return (long)i;
        }
    }
    return -1;
}

/* The first empty slot from the n-th on (wrapping round); in the root
 * CNode, counting from the first slot boot left free. */
static word_t nth_empty(cap_t cnode, unsigned n)
{
    const cte_t *slots = slots_of(cnode);
    word_t count = slot_count(cnode);
    word_t start = (cap_object(cnode) == cap_object(root_cnode) ? first_free : 0) + n;
    for (word_t k = 0; k < count; k++) {
        word_t i = (start + k) % count;
        if (cap_is_null(slots[i].cap)) {
            return i;
        }
    }
    return start % count;
}

/* An empty slot, or one holding what `want` says (any capability if none
 * does, any slot if all are empty). */
static word_t pick_slot(cap_t cnode, bool empty, enum cap_want want, unsigned n)
{
    if (empty) {
        return nth_empty(cnode, n);
    }
    long i = nth_matching(cnode, want, n);
    if (i < 0) {
        i = nth_matching(cnode, want_any, n);
    }
    return i < 0 ? n % slot_count(cnode) : (word_t)i;
}

/* ---- Capabilities by cptr ------------------------------------------------------- */

cptr_t choose_cap(struct input *in, enum cap_want want)
{
    uint8_t tag = take_byte(in);
    if (tag < 0xc0) {
        return pick_slot(root_cnode, false, want, tag);
    }
    if (tag < 0xe0) {
        return pick_slot(root_cnode, false, want_any, tag - 0xc0);
    }
    if (tag < 0xfe) {
        return pick_slot(root_cnode, true, want_any, tag - 0xe0);
    }
    return take_bytes(in, tag == TAG_RAW ? 8 : 2);
}

cap_t cap_at(cptr_t cptr)
{
    if (cptr >= slot_count(root_cnode)) {
        return cap_null_new();
    }
    return slots_of(root_cnode)[cptr].cap;
}

/* ---- Slots by (index, depth) ---------------------------------------------------- */

static struct slot_address address_of(cap_t cnode, word_t i)
{
    return (struct slot_address){ slot_index(cnode, i), level_bits(cnode) };
}

/* A slot of a CNode held in slot `holder` of `cnode`: (index, depth)
 * through both, if the cptr bits suffice. */
static struct slot_address nested_address(cap_t cnode, word_t holder, word_t i)
{
    cap_t inner = slots_of(cnode)[holder].cap;
    struct slot_address outer = address_of(cnode, holder);
    if (outer.depth + level_bits(inner) > WORD_BITS) {
        return outer;
    }
    return (struct slot_address){ outer.index << level_bits(inner) | slot_index(inner, i),
                                  outer.depth + level_bits(inner) };
}

struct slot_address choose_slot(struct input *in, cap_t cnode, bool empty, enum cap_want want)
{
    uint8_t tag = take_byte(in);
    cnode = as_cnode(cnode);
    if (tag == TAG_RAW) {
        word_t index = take_bytes(in, 8);
        return (struct slot_address){ index, take_byte(in) };
    }
    if (tag < 0x80) {
        return address_of(cnode, pick_slot(cnode, empty, want, tag));
    }
    if (tag < 0xa0) {
        return address_of(cnode, pick_slot(cnode, !empty, want, tag));
    }
    if (tag < 0xc0) {
        long holder = nth_matching(cnode, want_cnode, tag);
        uint8_t n = take_byte(in);
        if (holder >= 0) {
            cap_t inner = slots_of(cnode)[holder].cap;
            return nested_address(cnode, (word_t)holder, pick_slot(inner, empty, want, n));
        }
        return address_of(cnode, pick_slot(cnode, empty, want, n));
    }
    struct slot_address a = address_of(cnode, pick_slot(cnode, empty, want, 0));
    word_t off_by = (tag & 7) + 1u;
    a.depth = tag & 8 ? a.depth + off_by : a.depth - off_by;
    return a;
}

struct retype_dest choose_retype_dest(struct input *in, cap_t cnode)
{
    uint8_t tag = take_byte(in);
    cnode = as_cnode(cnode);
    if (tag == TAG_RAW) {
        word_t index = take_bytes(in, 8);
        word_t depth = take_byte(in);
        return (struct retype_dest){ index, depth, take_bytes(in, 2) };
    }
    long holder = tag < 0x80 ? -1 : nth_matching(cnode, want_cnode, tag);
    if (holder < 0) {
        return (struct retype_dest){ 0, 0, pick_slot(cnode, true, want_any, tag) };
    }
    struct slot_address a = address_of(cnode, (word_t)holder);
    return (struct retype_dest){ a.index, a.depth, pick_slot(slots_of(cnode)[holder].cap, true, want_any,
                                                               take_byte(in)) };
}
