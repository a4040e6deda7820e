/*
 * Mapping a frame at any address of a VSpace: vspace_map_anywhere() maps
 * the frame, and first retypes and maps whatever paging structures the
 * address lacks, one at a time, as seL4_MappingFailedLookupLevel() names
 * them; vspace_unmap_free() undoes all of it.
 *
 *     seL4_SlotRegion slots = { first_free, first_free + 8 };
 *     vspace_alloc_t alloc = { .untyped = untyped, .cspace = seL4_CapInitThreadCNode, .slots = &slots };
 *     vspace_mapping_t mapping;
 *     seL4_Error error = vspace_map_anywhere(&alloc, frame, seL4_CapInitThreadVSpace, vaddr, seL4_ReadWrite,
 *                                            attr, &mapping);
 *     ...
 *     error = vspace_unmap_free(&alloc, &mapping);
 *
 * Which object each lookup level needs, and the invocations that map and
 * unmap it, come from one table per architecture, vspace_arch_paging.
 */
#ifndef VSPACE_MAP_ANYWHERE_H
#define VSPACE_MAP_ANYWHERE_H

#include <stddef.h>
#include <sel4/sel4.h>

/* The VM attributes the architecture's Map invocations take. */
#if defined(CONFIG_ARCH_X86)
typedef seL4_X86_VMAttributes vspace_vm_attributes_t;
#elif defined(CONFIG_ARCH_ARM)
typedef seL4_ARM_VMAttributes vspace_vm_attributes_t;
#elif defined(CONFIG_ARCH_RISCV)
typedef seL4_RISCV_VMAttributes vspace_vm_attributes_t;
#endif

/* The invocations of a paging structure's type, and of the frames. */
typedef seL4_Error (*vspace_table_map_fn)(seL4_CPtr table, seL4_CPtr vspace, seL4_Word vaddr,
                                          vspace_vm_attributes_t attr);
typedef seL4_Error (*vspace_frame_map_fn)(seL4_CPtr frame, seL4_CPtr vspace, seL4_Word vaddr,
                                          seL4_CapRights_t rights, vspace_vm_attributes_t attr);
typedef seL4_Error (*vspace_unmap_fn)(seL4_CPtr cap);

/* The paging structure a Map lacks when seL4_MappingFailedLookupLevel()
 * says `bits`: the object to retype, and its type's Map and Unmap. */
typedef struct vspace_level {
    seL4_Word bits;
    seL4_Word object;
    const char *name;           /* the object type's name, to print */
    vspace_table_map_fn map;
    vspace_unmap_fn unmap;
} vspace_level_t;

#define VSPACE_LEVEL(bits, object, map, unmap) { (bits), (object), #object, (map), (unmap) }

/* An architecture's paging: its levels below the root, top down, the
 * frames' Map and Unmap, and its default VM attributes, which structures
 * are mapped with. */
typedef struct vspace_paging {
    const vspace_level_t *levels;
    size_t num_levels;
    vspace_frame_map_fn map_frame;
    vspace_unmap_fn unmap_frame;
    vspace_vm_attributes_t default_attributes;
} vspace_paging_t;

#define VSPACE_PAGING(levels, map_frame, unmap_frame, default_attributes) \
    { (levels), sizeof(levels) / sizeof((levels)[0]), (map_frame), (unmap_frame), (default_attributes) }

/* The architecture's table. */
extern const vspace_paging_t vspace_arch_paging;

/* The level of `paging` whose structure a Map lacks when
 * seL4_MappingFailedLookupLevel() returns `failed_bits`; NULL if none. */
const vspace_level_t *vspace_level_for(const vspace_paging_t *paging, seL4_Word failed_bits);

/*
 * Where the structures come from.  Each is retyped from `untyped` into the
 * first slot of `slots`, a region of empty slots of `cspace`, the caller's
 * CSpace root (seL4_CapInitThreadCNode in a root task), so that the slot is
 * also the structure's cptr; `slots->start` advances past it.  A shared
 * region, such as &bootinfo->empty, works: the helper takes slots as
 * alloc_slot() does.
 */
typedef struct vspace_alloc {
    const vspace_paging_t *paging;      /* NULL for the architecture's, vspace_arch_paging */
    seL4_Untyped untyped;
    seL4_CNode cspace;
    seL4_SlotRegion *slots;
} vspace_alloc_t;

/* The most structures one mapping can need: one per level below the root. */
#define VSPACE_MAX_TABLES 3

/* A paging structure vspace_map_anywhere() made. */
typedef struct vspace_table {
    seL4_CPtr cap;
    const vspace_level_t *level;
} vspace_table_t;

/* What stopped vspace_map_anywhere(), beside the error it returns. */
typedef enum vspace_failure {
    VSPACE_NO_FAILURE,
    VSPACE_FRAME_MAP,           /* the frame's Map failed in a way no structure cures: its error */
    VSPACE_TABLE_RETYPE,        /* a structure's Retype: its error (seL4_NotEnoughMemory: the untyped is full) */
    VSPACE_TABLE_MAP,           /* a structure's Map: its error */
    VSPACE_NO_SLOT,             /* `slots` is empty: seL4_NotEnoughMemory, nothing retyped */
    VSPACE_UNKNOWN_LEVEL,       /* the frame's Map lacks a structure the table has no level for:
                                   its seL4_FailedLookup, seL4_MappingFailedLookupLevel() names it */
    VSPACE_TOO_MANY_TABLES,     /* the frame's Map still lacks one after a structure per level was
                                   made: its seL4_FailedLookup (a structure's Map said it succeeded
                                   but did not give the frame's Map what it lacked) */
} vspace_failure_t;

/* A mapping and what it made. */
typedef struct vspace_mapping {
    seL4_CPtr frame;            /* the frame, once mapped; seL4_CapNull until then */
    size_t num_tables;
    vspace_table_t tables[VSPACE_MAX_TABLES];   /* the structures made, top down */
    vspace_failure_t failure;
} vspace_mapping_t;

/*
 * Maps `frame` at `vaddr` in `vspace` with `rights` and `attr` (what
 * Page_Map takes), making each paging structure the Map lacks: it retypes
 * the object the table names for the level, and maps it with
 * `paging->default_attributes`.  Returns seL4_NoError once the frame is
 * mapped, or the first error, which mapping->failure explains; errors no
 * structure cures (an address in the kernel's half or beyond user space:
 * InvalidArgument; an entry already taken: DeleteFirst; ...) come from the
 * frame's Map before anything is made.  Either way `mapping` lists the
 * structures made, which stay (mapped, unless their Map failed) until
 * vspace_unmap_free().  The frame's Map is tried at most once per level,
 * and once more: the helper never loops.
 */
seL4_Error vspace_map_anywhere(vspace_alloc_t *alloc, seL4_CPtr frame, seL4_CPtr vspace, seL4_Word vaddr,
                               seL4_CapRights_t rights, seL4_Word attr, vspace_mapping_t *mapping);

/*
 * Unmaps the frame if vspace_map_anywhere() mapped it, then each structure
 * it made, deepest first, unmapping (which empties it) and deleting its
 * capability, whose slot goes back to `alloc->slots` if it was the last
 * taken from it.  Stops at the first error (seL4_RevokeFirst: the caller
 * copied a structure's capability), with `mapping` listing what is left.
 *
 * A structure's memory goes back to the untyped as in seL4: once nothing
 * made from the untyped is left, its next Retype starts again from its
 * base; so give the helper an untyped of its own, and free mappings in the
 * reverse order of their making (a later mapping may use structures an
 * earlier one made, and loses its frame's mapping when they go).
 */
seL4_Error vspace_unmap_free(vspace_alloc_t *alloc, vspace_mapping_t *mapping);

#endif
