/*
 * The randomized tester's model of the kernel state it touches: its slots
 * and the capabilities in them, with their place in the derivation tree;
 * the objects they name; the ASIDs; and what each live VSpace maps.
 * Operations predict the kernel's answer from the model, then update it on
 * success.  docs/semantics.md is the specification it follows.
 */
#ifndef RANDOM_MODEL_H
#define RANDOM_MODEL_H

#include <sel4/sel4.h>
#include <arch_test.h>

#define ROOT_SLOTS      224     /* root CNode slots the tester owns */
#define FIXED_UNTYPEDS  8       /* its own untypeds, always in slots 0-7 */
#define CNODES          8       /* CNodes of 4 slots the tester may make */
#define CNODE_RADIX     2
#define CNODE_SLOTS     (1 << CNODE_RADIX)
#define SLOTS           (ROOT_SLOTS + CNODES * CNODE_SLOTS)
#define OBJECTS         1024
#define VSPACES         8       /* live VSpaces, the root task's included */
#define ENTRIES         256     /* present entries a VSpace may have */
#define POOLS           (1 << seL4_NumASIDPoolsBits)
#define POOL_ENTRIES    (1 << seL4_ASIDPoolIndexBits)
#define ROOT_ASID       1       /* the root task's VSpace */
#define NONE            (-1)

/*
 * Levels are the tests' (arch_names.h): a table of level l has entries
 * that map 2^level_shift(l) bytes.  The root is the table of ROOT_LEVEL:
 * 0, or 1 where the root's entries map 1 GiB (RISC-V's Sv39), or 2 where
 * they map large frames (the 32-bit machines).
 */
#define ROOT_LEVEL (FIRST_TABLE_LEVEL - 1)

/*
 * The tables are the test table's of levels 1, 2 and 3 (arch_test.h).
 * There is a level-1 type where the root is above level 1, and level-2
 * tables where it is above level 2: of a type of their own where it is
 * fixed to its level, otherwise of the level-3 type.  The level-3 type may
 * take any level from the first below the root (L3_TABLE_IS_FIXED).
 */
#define HAS_L1_TABLE_TYPE (FIRST_TABLE_LEVEL == 1)
#define HAS_L2_TABLES     (FIRST_TABLE_LEVEL <= 2)
#if HAS_L2_TABLES
#define HAS_L2_TABLE_TYPE L2_TABLE_IS_FIXED
#else
#define HAS_L2_TABLE_TYPE 0
#endif

/*
 * Frames are the tests' 4 KiB and large ones, and where the architecture
 * has them (FRAME_X16_OBJECT, aarch32) frames that fill 16 entries of the
 * same levels: one entry of the model stands for all 16.
 */
enum object_type {
    obj_untyped, obj_frame, obj_large_frame, obj_frame_x16, obj_large_frame_x16, obj_l1_table, obj_l2_table,
    obj_l3_table, obj_vspace, obj_endpoint, obj_cnode, obj_asid_pool, obj_types
};

#define X16_BITS 4              /* 16 entries */

struct object {
    enum object_type type;
    seL4_Word paddr;
    seL4_Word size_bits;
    seL4_Word value;            /* frames: the word at offset 0 */
    seL4_Word asid;             /* VSpace root: the ASID its capabilities record, 0 if none */
    int first_slot;             /* CNode: its slots in the model */
    int pool;                   /* ASID pool: its index in the ASID table */
    int refs;                   /* capabilities naming it; 0: the id is free */
};

/* A capability slot: in the root CNode or in one of the tester's CNodes. */
struct slot {
    int object;                 /* NONE: empty */
    seL4_Word rights;           /* frames: VM_* rights; endpoints: rights bits */
    seL4_Word badge;
    seL4_Word watermark;        /* untyped: bytes handed out since its last reset */
    seL4_Word mapped_asid;      /* frames and tables: the mapping recorded, 0 if none */
    seL4_Word mapped_vaddr;
    int mapped_level;           /* tables: the level it is mapped at */
    int prev, next;             /* the derivation tree's list */
    int revocable, first_badged;
    int home;                   /* NONE: root CNode; else the CNode object it lies in */
};

/* A present entry: level ROOT_LEVEL-3 (the root's to the last table's), the
 * address it covers and how many bits of address (a 16-entry frame's
 * entries are one). */
struct entry {
    int level;
    seL4_Word vaddr;
    int bits;
    int object;                 /* a table, or a frame */
    int rights;                 /* a frame's VM_* rights */
    int in_use;
};

struct vspace {
    int in_use;
    seL4_Word asid;
    int root;                   /* the object */
    struct entry entries[ENTRIES];
};

struct model {
    struct object objects[OBJECTS];
    struct slot slots[SLOTS];
    seL4_CPtr root_base;        /* cptr of the model's slot 0 */
    seL4_CPtr root_empty_end;   /* the root CNode's empty region ends here */
    int root_cnode_bits;
    struct vspace vspaces[VSPACES];
    int pools[POOLS];           /* the pool object at each ASID table index, or NONE */
    int asids[POOLS][POOL_ENTRIES];     /* the root object each ASID names, or NONE */
    int cnode_owner[CNODES];    /* the CNode object using each block of slots, or NONE */
};

extern struct model model;

#define VM_KERNEL_ONLY 1
#define VM_READ_ONLY   2
#define VM_READ_WRITE  3

/* Level shift: the address bits below an entry of `level`. */
static inline int level_shift(int level)
{
    return ENTRY_BITS(level);
}

static inline seL4_Word align_down(seL4_Word v, int bits)
{
    return v & ~((1ul << bits) - 1);
}

/* The root task's VSpace is model.vspaces[0]; its root and the initial
 * ASID pool are objects the tester never frees. */
void model_init(seL4_CPtr root_base);

/* A fresh object id (reusing one no capability names); NONE if none is left. */
int new_object(enum object_type type, seL4_Word paddr, seL4_Word size_bits);
seL4_Word object_size_bits(enum object_type type);
int frame_level(const struct object *frame);
int table_first_level(const struct object *table);      /* the shallowest level it may be mapped at */
int is_frame_object(const struct object *o);

/* Puts a capability to `object` in the empty `slot` (not yet in the tree). */
void set_cap(int slot, int object);

/* Whether a block of CNode slots is free; taking one for a new CNode. */
int cnode_block_free(void);
void take_cnode_block(int cnode);

/* The derivation tree. */
void tree_insert(int parent, int child, int revocable);
void tree_move(int src, int dst);
int is_parent_of(int parent, int child);
int has_children(int slot);
int is_final(int slot);

/* Deleting and revoking, with what goes with them. */
void delete_slot(int slot);
void revoke_slot(int slot);

/* ASIDs: the live VSpace an ASID names, if any; assigning and freeing. */
struct vspace *vspace_of_asid(seL4_Word asid);
seL4_Word lowest_free_asid(int pool);
int vspace_slot_free(void);
void assign_asid(int root, seL4_Word asid);
int free_pool_index(void);

/* Page tables: the entry of `level` that covers `vaddr`; the first that
 * overlaps the 2^bits bytes at `vaddr` and is not `object`'s (NONE: any). */
struct entry *find_entry(struct vspace *vs, int level, seL4_Word vaddr);
struct entry *entry_in_the_way(struct vspace *vs, int level, seL4_Word vaddr, int bits, int object);
void add_entry(struct vspace *vs, int level, seL4_Word vaddr, int object, int rights);
void frame_unmap(int slot);
void table_unlink(int slot);

#endif
