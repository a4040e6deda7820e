/*
 * The architecture's paging hardware, described as data so that one
 * generic walker serves every architecture.
 *
 * Levels are numbered from the root (0).  Each level indexes `index_bits`
 * of the virtual address starting at bit `shift`; an entry either points to
 * a table of the next level or maps a frame of a size whose frame_level is
 * that level.
 *
 * <arch/pte.h> provides, as inline functions:
 *   word_t pte_make_table(paddr_t table, word_t level, word_t attributes)
 *   word_t pte_make_frame(paddr_t frame, word_t level, enum vm_rights, word_t attributes)
 *   enum pte_kind pte_kind(word_t pte, word_t level)
 *   paddr_t pte_address(word_t pte, word_t level)
 *   enum vm_rights pte_rights(word_t pte, word_t level)        frame entries
 *   word_t pte_attributes(word_t pte, word_t level)            frame entries
 */
#ifndef PAGING_H
#define PAGING_H

#include <cap.h>

enum pte_kind {
    pte_empty,
    pte_table,
    pte_frame,
};

#define MAX_PAGING_LEVELS 4
#define MAX_FRAME_SIZES   4

struct paging_level {
    word_t shift;
    word_t index_bits;
    const char *name;       /* the table's name in debug messages */
};

struct paging_desc {
    word_t levels;
    struct paging_level level[MAX_PAGING_LEVELS];
    word_t frame_sizes;
    word_t frame_bits[MAX_FRAME_SIZES];     /* log2 size of each frame size */
    word_t frame_level[MAX_FRAME_SIZES];    /* level whose entry maps it */
};

extern const struct paging_desc arch_paging;

#include <arch/pte.h>

/* Slot for `vaddr` in `table`, a table at `level`. */
static inline word_t *table_slot(word_t *table, word_t level, vaddr_t vaddr)
{
    const struct paging_level *l = &arch_paging.level[level];
    return &table[(vaddr >> l->shift) & mask_bits(l->index_bits)];
}

/* Bytes covered by one entry at `level`, as a power of two. */
static inline word_t level_entry_bits(word_t level)
{
    return arch_paging.level[level].shift;
}

/* log2 of the size of a table at `level`. */
static inline word_t table_size_bits(word_t level)
{
    return arch_paging.level[level].index_bits + seL4_WordSizeBits;
}

/* Architecture operations on whole address spaces. */
void vspace_root_init(word_t *root);            /* add the kernel's mappings */
void vspace_activate(word_t *root);             /* NULL: kernel mappings only */
void tlb_flush_page(word_t *root, vaddr_t vaddr);
void tlb_flush_vspace(word_t *root);

#endif
