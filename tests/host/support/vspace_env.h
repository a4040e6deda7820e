/*
 * A hand-built VSpace for VM invocation tests.
 *
 * asid_table[0] is a pool whose entry TEST_ASID holds `root_table`; the
 * slots of `vm` hold a capability to it, fresh, unmapped tables of the
 * test table's types for the levels below it (levels.h) and a frame of
 * each of the tests' sizes.
 * Frames name made-up physical addresses (nothing reads them); tables are
 * real zeroed host memory.  Entries are checked with a walker of the tests'
 * own and the architecture's expected encodings (host_arch.h), not the
 * kernel's.
 */
#ifndef VSPACE_ENV_H
#define VSPACE_ENV_H

#include "harness.h"
#include "host_arch.h"
#include "levels.h"
#include <paging.h>
#include <vspace.h>

#define TEST_ASID 1

enum {
    VSPACE_SLOT,
    L1_SLOT, L2_SLOT, L3_SLOT,  /* TABLE_SLOT(level); empty for the root's level and above */
    FRAME_SLOT, LARGE_SLOT, HUGE_SLOT,  /* HUGE_SLOT stays empty where there are no level-1 frames */
    SPARE_SLOT,                 /* first free slot */
};

#define TABLE_SLOT(level) (L1_SLOT + (level) - 1)

/* A made-up physical address, `offset` into the kernel window (where a
 * 32-bit capability can name it). */
#define PADDR(offset) (KERNEL_WINDOW_PADDR + (offset))

#define FRAME_PADDR PADDR(0x12345000ul)     /* 4 KiB */
#define LARGE_PADDR PADDR(0x10c00000ul)     /* a level-2 entry's: up to 4 MiB */
#if FRAME_SIZES == 3
#define HUGE_PADDR  PADDR(0x80000000ul)     /* 1 GiB */
#endif

/* The tutorial's address: the first of a root entry's. */
#define TEST_VADDR  TUTORIAL_VADDR
#define LARGE_VADDR (TEST_VADDR + BIT(ENTRY_BITS(2)))    /* the level-2 entry after TEST_VADDR's */
#if FRAME_SIZES == 3
#define HUGE_VADDR  (TEST_VADDR + BIT(ENTRY_BITS(1)))    /* the level-1 entry after TEST_VADDR's */
#endif

/* By the tests' frame size (levels.h: 4 KiB, a level-2 entry's, a level-1
 * entry's where there are such frames): vm's frame of that size, the level
 * of the entry that maps it, its physical address, and the address above
 * for it. */
extern const word_t frame_slots[FRAME_SIZES], frame_levels[FRAME_SIZES];
extern const paddr_t frame_paddrs[FRAME_SIZES];
extern const vaddr_t frame_vaddrs[FRAME_SIZES];

/* The kernel's index of the frame size one entry of `level` maps. */
word_t frame_size(word_t level);

extern pte_t *root_table;
extern struct asid_pool *pool;
extern cte_t *vm;               /* 2^6 slots */

/* tables[level]: the table of each level that TEST_VADDR goes through once
 * mapped: the root at ROOT_LEVEL, below it the one in TABLE_SLOT(level). */
extern pte_t *tables[LAST_LEVEL + 1];

int vspace_env_setup(void **state);
int vspace_env_teardown(void **state);

/* A fresh zeroed table of the test table's type for `level` in vm[slot];
 * returns the table. */
pte_t *new_table(word_t slot, word_t level);

/* A frame capability of the kernel's size index `size` at `paddr` in vm[slot]. */
cte_t *new_frame(word_t slot, word_t size, paddr_t paddr, enum vm_rights rights);

/* A capability in vm[slot] to the ASID pool at `memory`, for the ASIDs
 * from `base`. */
cte_t *new_pool_cap(word_t slot, struct asid_pool *memory, word_t base);

/* The labels for a capability; the test level a table's type is for (the
 * first, if it serves several). */
word_t table_test_level(const cte_t *slot);
word_t map_label(const cte_t *slot);
word_t unmap_label(const cte_t *slot);

/* Invocations; the reply is left in *inv. */
seL4_Error map_table(struct invocation *inv, cte_t *table, cte_t *vspace, vaddr_t vaddr, word_t attr);
seL4_Error map_frame(struct invocation *inv, cte_t *frame, cte_t *vspace, vaddr_t vaddr, word_t rights,
                     word_t attr);
seL4_Error unmap(struct invocation *inv, cte_t *slot);
seL4_Error asid_assign(struct invocation *inv, word_t pool_slot, word_t vspace_slot);
seL4_Error invoke(struct invocation *inv, cte_t *slot, word_t label, const word_t *args, word_t length,
                  cte_t *extra);

/* Maps vm's tables for `vaddr` from FIRST_TABLE_LEVEL down to `level`,
 * expecting success (none if `level` is the root's). */
void map_tables(vaddr_t vaddr, word_t level);

/* Copies tables[ROOT_LEVEL..LAST_LEVEL]; they hold what they held then. */
void save_tables(void);
void assert_tables_unchanged(void);

/* Each of tables[FIRST_TABLE_LEVEL..level] is in its parent's entry for `vaddr`. */
void assert_tables_linked(vaddr_t vaddr, word_t level);

/* The table in vm[slot] is mapped in TEST_ASID at `level`, from `vaddr`. */
void assert_table_mapped(word_t slot, word_t level, vaddr_t vaddr);

/* The entry for `vaddr` in the table at `level`, following present table
 * entries down from the root; NULL if a table above is missing. */
pte_t *entry_at(vaddr_t vaddr, word_t level);

/* Index of `vaddr` in a table at `level`. */
word_t index_at(vaddr_t vaddr, word_t level);

/* The entry the kernel should write for `table`, and for a frame of the
 * kernel's size index `size` at `paddr` with `rights` and the default
 * attributes. */
pte_t table_pte(const void *table);
pte_t frame_entry(paddr_t paddr, word_t size, enum vm_rights rights);

#endif
