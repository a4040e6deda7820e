/*
 * The tests' table levels (tests/arch/<arch>/arch_names.h).  A level is
 * named by what one entry of its tables maps: level 1's entries map 1 GiB,
 * level 2's 2 MiB, level 3's 4 KiB.  The VSpace root sits at ROOT_LEVEL,
 * just above FIRST_TABLE_LEVEL: level 0 where a level-1 table goes below
 * it (x86_64, aarch64), level 1 where its own entries map 1 GiB (Sv39).
 * No test framework is needed to use them: the fuzz target does.
 */
#ifndef LEVELS_H
#define LEVELS_H

#include <types.h>
#include "arch_names.h"

#define ROOT_LEVEL (FIRST_TABLE_LEVEL - 1)
#define LAST_LEVEL 3


/* The kernel numbers its levels from the root, whatever the root maps. */
#define KERNEL_LEVEL(level) ((level) - ROOT_LEVEL)

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
