/*
 * Capabilities and slots chosen by the fuzz input, from what the root
 * task's CSpace holds at the time.
 *
 * The root CNode consumes all the bits of a cptr (radix 12, and a guard of
 * the rest), so a cptr names a root slot by its index; CNode operations
 * name slots of other CNodes by (index, depth), through a CNode capability.
 */
#ifndef FUZZ_CSPACE_H
#define FUZZ_CSPACE_H

#include <cnode.h>

#include "input.h"
#include "root_task_env.h"

/* What a capability argument should preferably be. */
enum cap_want {
    want_any,
    want_untyped,
    want_pool_untyped,      /* a 4 KiB RAM untyped, as ASIDControl_MakePool needs */
    want_cnode,
    want_l1_table,          /* the test table's table types (levels.h) */
    want_l2_table,
    want_l3_table,
    want_frame,
    want_live_vspace,       /* with an ASID */
    want_new_vspace,        /* without one, or a table that may become one */
    want_asid_pool,
    want_asid_control,
    want_endpoint,
};

/* Chooses among the slots of this root task from now on. */
void cspace_use(const struct root_task *rt);

/*
 * A cptr: tags to 0xbf pick a root slot holding what `want` says (any
 * capability if none does); to 0xdf any capability; to 0xfd an empty slot;
 * 0xfe a 2-byte cptr; TAG_RAW an 8-byte one.
 */
cptr_t choose_cap(struct input *in, enum cap_want want);

/* The capability in the root slot `cptr` names; null if it names none. */
cap_t cap_at(cptr_t cptr);

struct slot_address {
    word_t index, depth;
};

/*
 * A slot in the CNode `cnode` (the root CNode if it is not one): tags to
 * 0x7f pick an empty slot or one holding what `want` says, as `empty` asks;
 * to 0x9f the opposite; to 0xbf a slot of a CNode held in `cnode` (the next
 * byte picks it), or that CNode's own slot where the cptr has no bits left
 * to go further (always through the root CNode, which takes them all); to
 * 0xfe a preferred slot at a depth 1 to 8 bits off (tag bit 3: deeper);
 * TAG_RAW an 8-byte index and a 1-byte depth.
 */
struct slot_address choose_slot(struct input *in, cap_t cnode, bool empty, enum cap_want want);

/*
 * Untyped_Retype's destination, as (node index, node depth, node offset)
 * from the CNode `cnode`: tags to 0x7f name `cnode` itself (depth 0) and
 * an empty slot in it; to 0xfe a CNode held in `cnode`, with the next byte
 * choosing an empty slot in it; TAG_RAW 8 + 1 + 2 raw bytes.
 */
struct retype_dest {
    word_t index, depth, offset;
};

struct retype_dest choose_retype_dest(struct input *in, cap_t cnode);

#endif
