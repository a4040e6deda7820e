/*
 * Deletion.
 *
 * Deleting the last capability to a CNode or TCB must first delete every
 * capability inside it, and any of those may be the last capability to
 * another CNode, to any depth.  Rather than recurse, the slot of a
 * container being emptied holds a zombie: a cursor over the container's
 * slots and a link to the zombie of the container it lies in.  The chain
 * of zombies is the work list, stored in the slots themselves:
 *
 *   top slot: zombie(A) --parent-- slot in A: zombie(B) --parent-- slot in B ...
 *                                               ^ innermost: emptied next
 *
 * Each slot is examined once.  A zombie stays in the derivation tree, so
 * any other capability to its container found along the way is not the
 * last one.  Zombies never outlive the system call that made them.
 */
#include <delete.h>
#include <object.h>
#include <thread.h>
#include <vspace.h>

static bool is_container(cap_t cap)
{
    return cap_type(cap) == cap_cnode || cap_type(cap) == cap_thread;
}

/* The container's slots: where they start and how many there are. */
static cte_t *container_slots(cap_t container, word_t *count)
{
    if (cap_type(container) == cap_thread) {
        *count = TCB_CAP_SLOTS;
        return tcb_cap_slots(cap_object(container));
    }
    *count = BIT(container.cnode.radix);
    return cap_object(container);
}

cap_t zombie_container(cap_t zombie)
{
    if (zombie.zombie.is_thread) {
        return cap_object_new(cap_thread, (void *)ALIGN_DOWN((word_t)cap_object(zombie), seL4_TCBBits));
    }
    word_t radix = zombie.zombie.radix;
    return cap_cnode_new((void *)ALIGN_DOWN((word_t)cap_object(zombie), radix + seL4_SlotBits), radix, 0, 0);
}

static cap_t zombie_new(cap_t container, cte_t *parent)
{
    word_t count;
    cap_t zombie = cap_object_new(cap_zombie, container_slots(container, &count));
    zombie.zombie.is_thread = cap_type(container) == cap_thread;
    zombie.zombie.radix = zombie.zombie.is_thread ? 0 : container.cnode.radix;
    cap_zombie_set_parent(&zombie, parent);
    return zombie;
}

/* The next slot of the zombie's container that holds a capability to
 * delete, advancing its cursor; NULL once every slot has been examined.
 * Zombies found on the way are containers in mid-deletion: skipped. */
static cte_t *zombie_next_slot(cap_t *zombie)
{
    word_t count;
    cte_t *first = container_slots(zombie_container(*zombie), &count);
    while (!zombie->zombie.exhausted) {
        cte_t *slot = cap_object(*zombie);
        if (slot + 1 == first + count) {
            zombie->zombie.exhausted = 1;
        } else {
            cap_set_object(zombie, slot + 1);
        }
        if (!cap_is_null(slot->cap) && cap_type(slot->cap) != cap_zombie) {
            return slot;
        }
    }
    return NULL;
}

/* What the last capability to an object does to it on its way out. */
static void finalise_cap(cap_t cap, bool final)
{
    switch (cap_type(cap)) {
    case cap_frame:
    case cap_page_table:
    case cap_vspace:
    case cap_asid_pool:
        vm_finalise_cap(cap, final);
        break;
    case cap_thread:
        if (final) {
            thread_suspend(cap_object(cap));
        }
        break;
    default:
        break;
    }
}

/* Deletes the capability in `slot`, unless it is the last one to a
 * container: then the slot becomes the innermost zombie. */
static void delete_or_start_emptying(cte_t *slot, cte_t **innermost)
{
    bool final = cte_is_final(slot);
    cap_t cap = slot->cap;
    finalise_cap(cap, final);
    if (final && is_container(cap)) {
        slot->cap = zombie_new(cap, *innermost);
        *innermost = slot;
    } else {
        cte_empty(slot);
    }
}

/* The next capability to delete: the innermost container's next one.
 * Containers with nothing left are done, and their zombies go. */
static cte_t *next_to_delete(cte_t **innermost)
{
    while (*innermost != NULL) {
        cte_t *zombie = *innermost;
        cte_t *next = zombie_next_slot(&zombie->cap);
        if (next != NULL) {
            return next;
        }
        *innermost = cap_zombie_parent(zombie->cap);
        cte_empty(zombie);
    }
    return NULL;
}

void cte_delete(cte_t *slot)
{
    cte_t *innermost = NULL;
    if (cap_is_null(slot->cap)) {
        return;
    }
    for (cte_t *next = slot; next != NULL; next = next_to_delete(&innermost)) {
        delete_or_start_emptying(next, &innermost);
    }
}

void cte_revoke(cte_t *slot)
{
    cte_t *next;
    while ((next = slot->mdb.next) != NULL && cte_is_parent_of(slot, next)) {
        cte_delete(next);
    }
    if (cap_type(slot->cap) == cap_untyped) {
        untyped_reset(slot);
    }
}
