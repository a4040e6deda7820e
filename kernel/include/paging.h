/*
 * The one view of paging every architecture shares: arch_paging (see
 * <arch_api.h>) and what follows from it.
 */
#ifndef PAGING_H
#define PAGING_H

#include <arch_api.h>

/* Slot for `vaddr` in `table`, a table at `level`. */
static inline pte_t *table_slot(pte_t *table, word_t level, vaddr_t vaddr)
{
    const struct paging_level *l = &arch_paging.level[level];
    return &table[(vaddr >> l->shift) & (BIT(l->index_bits) - 1)];    /* index_bits < WORD_BITS */
}

/* Bytes covered by one entry at `level`, as a power of two. */
static inline word_t level_entry_bits(word_t level)
{
    return arch_paging.level[level].shift;
}

/* log2 of the size of a table at `level`. */
static inline word_t table_size_bits(word_t level)
{
    return arch_paging.level[level].index_bits + ARCH_PTE_BITS;
}

/* log2 of the size of a table of table type `type`. */
static inline word_t table_type_size_bits(word_t type)
{
    return table_size_bits(arch_paging.table[type].first_level);
}

/* Whether tables of type `type` may become VSpace roots (RISC-V). */
static inline bool table_type_is_root(word_t type)
{
    return &arch_paging.table[type] == arch_paging.root_table;
}

/* The first table type that may sit at `level` (boot makes its tables of it). */
static inline word_t table_type_at(word_t level)
{
    word_t type = 0;
    while (arch_paging.table[type].first_level > level || arch_paging.table[type].last_level < level) {
        type++;
    }
    return type;
}

/* How many consecutive entries of its level a frame of size `size` fills. */
static inline word_t frame_entries(word_t size)
{
    return BIT(arch_paging.frame_bits[size] - level_entry_bits(arch_paging.frame_level[size]));
}

#endif
