/*
 * How a capability changes when it is copied, minted or mutated (seL4's
 * maskCapRights, updateCapData, deriveCap and isCapRevocable).
 */
#ifndef DERIVE_H
#define DERIVE_H

#include <cnode.h>
#include <sel4/errors.h>
#include <sel4/shared_types.h>

/* The capability with only the rights `rights` allows (frames: their VM
 * rights; endpoints and notifications: their capability rights). */
cap_t mask_cap_rights(seL4_CapRights_t rights, cap_t cap);

/*
 * The capability with `data` applied: a badge for an unbadged endpoint or
 * notification (a null capability if it has one already, or when
 * `preserve`, as Mutate asks), a guard for a CNode (null if the guard does
 * not fit).  Other capabilities are unchanged.
 */
cap_t update_cap_data(bool preserve, word_t data, cap_t cap);

/*
 * The copy of the capability in `slot`, `cap` after masking, as Copy and
 * Mint make it: frames come unmapped; an untyped with children and
 * unmapped tables cannot be copied.  A null result (IRQ control, ...)
 * means it cannot be copied at all.
 */
seL4_Error derive_cap(cte_t *slot, cap_t cap, cap_t *derived);

/* Whether a copy `derived` of `source` owns what is derived from it in turn. */
bool is_cap_revocable(cap_t derived, cap_t source);

#endif
