#ifndef VSPACE_H
#define VSPACE_H

#include <cap.h>
#include <memory.h>
#include <paging.h>
#include <vm_label.h>
#include <sel4/constants.h>
#include <sel4/errors.h>
#include <sel4/shared_types.h>

#define ASID_POOL_ENTRIES  (1ul << seL4_ASIDPoolIndexBits)
#define ASID_POOLS         (1ul << seL4_NumASIDPoolsBits)

/* An ASID pool maps the low bits of an ASID to a VSpace root. */
struct asid_pool {
    pte_t *root[ASID_POOL_ENTRIES];
};

/* The pools, indexed by the high bits of an ASID. */
extern struct asid_pool *asid_table[ASID_POOLS];

/* Set by every change that can change a thread's address space: to which
 * root an ASID names, or a VSpace capability deleted (a thread's own copy
 * may be the one).  The return to user mode then looks the current
 * thread's VSpace up again (return_to_user()); otherwise it is the one
 * already active. */
extern bool address_spaces_changed;

static inline word_t asid_pool_index(word_t asid)
{
    return asid >> seL4_ASIDPoolIndexBits;
}

static inline word_t asid_pool_entry(word_t asid)
{
    return asid & (ASID_POOL_ENTRIES - 1);
}

/* The VSpace root assigned `asid`, or NULL. */
static inline pte_t *asid_lookup(word_t asid)
{
    struct asid_pool *pool = asid_pool_index(asid) < ASID_POOLS ? asid_table[asid_pool_index(asid)] : NULL;
    return pool != NULL ? pool->root[asid_pool_entry(asid)] : NULL;
}

/*
 * The root of the VSpace `cap` names, or NULL if `cap` is not a VSpace
 * capability whose ASID still names that root.  A VSpace that has lost its
 * ASID is dead: deleting its tables could not unlink them, so its entries
 * may lead to memory reused since.  Walk only roots this returns.
 */
pte_t *vspace_root(cap_t cap);

/* Frees `asid` if it still belongs to `root`; frees all of a pool's ASIDs. */
void asid_release(word_t asid, pte_t *root);
void asid_pool_release(cap_t pool);

/*
 * The entry for `vaddr` at the deepest level a walk from `root` toward
 * `target` reaches: `target` itself, or a shallower level whose entry is
 * empty or maps a frame, below which there is nothing to walk.
 */
struct walk {
    pte_t *entry;
    word_t level;
};

static inline struct walk vspace_walk(pte_t *root, vaddr_t vaddr, word_t target)
{
    pte_t *table = root;
    /* Inline and unrolled: each level's shift and mask are constants. */
#pragma GCC unroll 8
    for (word_t level = 0; level < arch_paging.levels - 1; level++) {
        pte_t *entry = table_slot(table, level, vaddr);
        if (level == target || arch_pte_kind(*entry, level) != pte_table) {
            return (struct walk){ entry, level };
        }
        table = phys_to_kernel(arch_pte_address(*entry, level));
    }
    return (struct walk){ table_slot(table, arch_paging.levels - 1, vaddr), arch_paging.levels - 1 };
}

/* Physical address that `vaddr` translates to in `root`; false if it is
 * unmapped or beyond the kernel's window onto physical memory. */
bool vspace_translate(pte_t *root, vaddr_t vaddr, paddr_t *paddr);

/* Writes `pte` into the `count` entries from `entry` on. */
static inline void vspace_write_entries(pte_t *entry, word_t count, pte_t pte)
{
    for (word_t i = 0; i < count; i++) {
        arch_pte_write(&entry[i], pte);
    }
}

/* Clears the `count` entries at `level` from `vaddr` on in the VSpace of
 * `asid` if they still map `object` as `kind` (a capability's record of a
 * mapping can be stale).  Returns the root they were cleared in, or NULL. */
pte_t *vspace_clear_entries(word_t asid, vaddr_t vaddr, word_t level, word_t count, enum pte_kind kind,
                            void *object);

/* Removes the mapping a frame capability records, if it is still there. */
void frame_unmap(cap_t frame);

/* Unlinks a mapped table from its parent, if it is still there. */
void table_unlink(cap_t table);

/* seL4's rights masking: what a mapping may allow, given the cap's rights. */
void warn_write_only_mapping(void);

static inline enum vm_rights mask_vm_rights(enum vm_rights cap_rights, seL4_CapRights_t mask)
{
    bool read = seL4_CapRights_get_capAllowRead(mask), write = seL4_CapRights_get_capAllowWrite(mask);
    if (cap_rights == vm_no_access || cap_rights == vm_kernel_only) {
        return cap_rights;
    }
    if (!read) {
        if (write && cap_rights == vm_read_write) {
            warn_write_only_mapping();
        }
        return vm_kernel_only;
    }
    return cap_rights == vm_read_write && write ? vm_read_write : vm_read_only;
}

/* Copying a VM capability: frames come unmapped; tables and VSpaces can only
 * be copied while mapped (IllegalOperation otherwise). */
seL4_Error vm_derive_cap(cap_t cap, cap_t *derived);

/* What deleting a VM capability does: a frame capability's mapping goes;
 * the last capability to a table unlinks it, to a VSpace frees its ASID,
 * to an ASID pool frees its ASIDs. */
void vm_finalise_cap(cap_t cap, bool final);


struct invocation;

/* ASIDControl_MakePool and ASIDPool_Assign. */
seL4_Error decode_asid_invocation(struct invocation *inv, enum vm_operation op);

/* Debug: prints every present entry of the user half of a VSpace. */
void vspace_dump(cap_t vspace);

#endif
