/*
 * A hand-built VSpace for VM invocation tests.
 *
 * asid_table[0] is a pool whose entry TEST_ASID holds `pml4` (the root);
 * the slots of `vm` hold a capability to it and fresh, unmapped paging
 * structures of the test table's types for levels 1 to 3 (arch_names.h)
 * and frames.  Frames name made-up physical addresses (nothing reads them);
 * tables are real zeroed host pages.  Entries are checked with a walker of
 * the tests' own and the architecture's expected encodings (host_arch.h),
 * not the kernel's.
 */
#ifndef VSPACE_ENV_H
#define VSPACE_ENV_H

#include "harness.h"
#include "host_arch.h"
#include <paging.h>
#include <vspace.h>

#define TEST_ASID 1

enum {
    VSPACE_SLOT, PDPT_SLOT, PD_SLOT, PT_SLOT, FRAME_SLOT, LARGE_SLOT, HUGE_SLOT,
    SPARE_SLOT,                 /* first free slot */
};

#define FRAME_PADDR 0x12345000ul    /* 4 KiB */
#define LARGE_PADDR 0x40200000ul    /* 2 MiB */
#define HUGE_PADDR  0x80000000ul    /* 1 GiB */

/* The tutorial's address: the root's slot 1. */
#define TEST_VADDR  0xa000000000ul

extern pte_t *pml4;             /* the root */
extern struct asid_pool *pool;
extern cte_t *vm;               /* 2^6 slots */
extern pte_t *pdpt, *pd, *pt;   /* the tables in PDPT_SLOT, PD_SLOT, PT_SLOT: levels 1, 2, 3 */

int vspace_env_setup(void **state);
int vspace_env_teardown(void **state);

/* A fresh zeroed table of the test table's type for `level` (1..3) in
 * vm[slot]; returns the table. */
pte_t *new_table(word_t slot, word_t level);

/* A frame capability of size index `size` at `paddr` in vm[slot]. */
cte_t *new_frame(word_t slot, word_t size, paddr_t paddr, enum vm_rights rights);

/* The labels for a capability; the test level (1..3) a table's type is for. */
word_t table_test_level(const cte_t *slot);
word_t map_label(const cte_t *slot);
word_t unmap_label(const cte_t *slot);

/* Invocations; the reply is left in *inv. */
seL4_Error map_table(struct invocation *inv, cte_t *table, cte_t *vspace, vaddr_t vaddr, word_t attr);
seL4_Error map_frame(struct invocation *inv, cte_t *frame, cte_t *vspace, vaddr_t vaddr, word_t rights,
                     word_t attr);
seL4_Error unmap(struct invocation *inv, cte_t *slot);
seL4_Error invoke(struct invocation *inv, cte_t *slot, word_t label, const word_t *args, word_t length,
                  cte_t *extra);

/* Maps vm's PDPT, PD and PT (down to `level`) for `vaddr`, expecting success. */
void map_tables(vaddr_t vaddr, word_t level);

/* The entry for `vaddr` in the table at `level`, following present table
 * entries down from pml4; NULL if a table above is missing. */
pte_t *entry_at(vaddr_t vaddr, word_t level);

/* Index of `vaddr` in a table at `level`. */
word_t index_at(vaddr_t vaddr, word_t level);

/* The entry the kernel should write for `table`, and for a frame of size
 * index `size` at `paddr` with `rights` and the default attributes. */
pte_t table_pte(const void *table);
pte_t frame_entry(paddr_t paddr, word_t size, enum vm_rights rights);

#endif
