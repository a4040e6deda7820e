/*
 * Deleting capabilities, and what happens to an object when its last
 * capability goes.
 */
#ifndef DELETE_H
#define DELETE_H

#include <cnode.h>

/*
 * Empties `slot`.  If it held the last capability to its object, the
 * object is finalised: a frame's mapping goes, a table is unlinked, a
 * VSpace loses its ASID; a CNode or TCB has its own slots emptied first,
 * and so on through any nesting, using no more kernel stack for deep
 * nesting than for none.
 */
void cte_delete(cte_t *slot);

/* Deletes every capability derived from the one in `slot`; an untyped's
 * memory is then all free again, and is reset (untyped_reset). */
void cte_revoke(cte_t *slot);

/* The CNode or TCB capability a zombie (a container being emptied by
 * cte_delete) stands for, so that it still counts as one to its object. */
cap_t zombie_container(cap_t zombie);

#endif
