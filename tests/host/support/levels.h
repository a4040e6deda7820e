/*
 * The tests' table levels (tests/arch/<arch>/arch_names.h).  A level is
 * named by what one entry of its tables maps: level 1's entries map 1 GiB,
 * level 2's 2 MiB, level 3's 4 KiB.  The VSpace root sits at ROOT_LEVEL,
 * just above FIRST_TABLE_LEVEL: level 0 where a level-1 table goes below
 * it (x86_64, aarch64), level 1 where its own entries map 1 GiB (Sv39),
 * level 2 where they map the large frames (ia32's 4 MiB, aarch32's 1 MiB).
 * No test framework is needed to use them: the fuzz target does.
 */
#ifndef LEVELS_H
#define LEVELS_H

#include <arch_api.h>
#include "arch_names.h"

#define ROOT_LEVEL (FIRST_TABLE_LEVEL - 1)
#define LAST_LEVEL 3

/* The kernel numbers its levels from the root, whatever the root maps. */
#define KERNEL_LEVEL(level) ((level) - ROOT_LEVEL)

/* The address bits a table at `level` indexes: those an entry of the
 * level above covers (the whole address, above the root), less those its
 * own entries cover; its entries, and log2 of its size in bytes. */
#define INDEX_BITS(level) (((level) == ROOT_LEVEL ? VADDR_BITS : ENTRY_BITS((level) - 1)) - ENTRY_BITS(level))
#define TABLE_ENTRIES(level) BIT(INDEX_BITS(level))
#define TABLE_BITS(level) (INDEX_BITS(level) + ARCH_PTE_BITS)
#define TABLE_BYTES(level) BIT(TABLE_BITS(level))

/* The levels whose entries map frames: level 1's (1 GiB), or the root's
 * where it is below level 1, down to level 3's (4 KiB).  The tests use
 * one frame size for each, from the smallest: size i maps at level
 * LAST_LEVEL - i. */
#define FIRST_FRAME_LEVEL (ROOT_LEVEL > 1 ? ROOT_LEVEL : 1)
#define FRAME_SIZES (LAST_LEVEL + 1 - FIRST_FRAME_LEVEL)

/* What arch_names.h says of the table type the tests use for one level. */
struct test_table_type {
    const char *name;               /* in reason lines */
    word_t object;                  /* for Untyped_Retype */
    word_t map_label, unmap_label;
    bool is_fixed;                  /* to its level; else it takes the first level an address lacks */
};

/* Indexed by level, from FIRST_TABLE_LEVEL to LAST_LEVEL; the root's and
 * any above it are empty. */
extern const struct test_table_type test_table_types[LAST_LEVEL + 1];

#endif
