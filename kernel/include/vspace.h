#ifndef VSPACE_H
#define VSPACE_H

#include <cap.h>
#include <paging.h>
#include <sel4/constants.h>

#define ASID_POOL_ENTRIES  (1ul << seL4_ASIDPoolIndexBits)
#define ASID_POOLS         (1ul << seL4_NumASIDPoolsBits)

/* An ASID pool maps the low bits of an ASID to a VSpace root. */
struct asid_pool {
    word_t *root[ASID_POOL_ENTRIES];
};

/* The pools, indexed by the high bits of an ASID. */
extern struct asid_pool *asid_table[ASID_POOLS];

/* The VSpace root assigned `asid`, or NULL. */
word_t *asid_lookup(word_t asid);

/*
 * The entry for `vaddr` at the deepest level a walk from `root` toward
 * `target` reaches: `target` itself, or a shallower level whose entry is
 * empty or maps a frame, below which there is nothing to walk.
 */
struct walk {
    word_t *entry;
    word_t level;
};

struct walk vspace_walk(word_t *root, vaddr_t vaddr, word_t target);

/* Physical address that `vaddr` translates to in `root`; false if it is
 * unmapped or beyond the kernel's window onto physical memory. */
bool vspace_translate(word_t *root, vaddr_t vaddr, paddr_t *paddr);

/* What a label asks of a VM capability, on this architecture. */
enum vm_operation {
    vm_op_none,
    vm_op_table_map,
    vm_op_table_unmap,
    vm_op_frame_map,
    vm_op_frame_unmap,
    vm_op_frame_get_address,
};

struct vm_label {
    enum vm_operation op;
    word_t level;           /* for table operations: the table's level */
};

struct vm_label arch_vm_label(word_t label);

/* The architecture's name for its frame capabilities, in debug messages. */
extern const char arch_frame_name[];

#endif
