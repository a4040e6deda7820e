/*
 * x86_64 page-table entries; the bits are x86's (<x86_pte.h>).
 *
 *   level 0  PML4E  -> PDPT
 *   level 1  PDPTE  -> PD, or a 1 GiB page (PS)
 *   level 2  PDE    -> PT, or a 2 MiB page (PS)
 *   level 3  PTE    -> 4 KiB page
 *
 * 1 GiB pages ignore the PAT attribute.
 */
#ifndef ARCH_PTE_H
#define ARCH_PTE_H

typedef uint64_t pte_t;

#define ARCH_PTE_BITS 3

#include <x86_pte.h>

#define X86_ADDRESS   0x000ffffffffff000ul

#define X86_LEAF_LEVEL 3

/* The PAT bit of a frame entry at `level`; 1 GiB pages have none. */
static inline pte_t x86_pat_bit(word_t level)
{
    return level == X86_LEAF_LEVEL ? X86_PAT_4K : level == 2 ? X86_PAT_LARGE : 0;
}

/* Frame size i is mapped at level 3 - i (4 KiB, 2 MiB, 1 GiB). */
static inline pte_t arch_pte_frame(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    pte_t bits = x86_frame_bits(rights, attributes, x86_pat_bit(X86_LEAF_LEVEL - size));
    return frame | bits | (size != 0 ? X86_LARGE : 0);
}

static inline enum pte_kind arch_pte_kind(pte_t pte, word_t level)
{
    if (!(pte & X86_PRESENT)) {
        return pte_empty;
    }
    if (level == X86_LEAF_LEVEL || (level != 0 && (pte & X86_LARGE))) {
        return pte_frame;
    }
    return pte_table;
}

static inline word_t arch_pte_frame_size(pte_t pte, word_t level)
{
    (void)pte;
    return X86_LEAF_LEVEL - level;
}

static inline word_t arch_pte_attributes(pte_t pte, word_t level)
{
    return x86_frame_attributes(pte, x86_pat_bit(level));
}

static inline paddr_t arch_pte_address(pte_t pte, word_t level)
{
    if (arch_pte_kind(pte, level) == pte_frame && level != X86_LEAF_LEVEL) {
        return pte & X86_ADDRESS & ~mask_bits(level == 1 ? 30 : 21);
    }
    return pte & X86_ADDRESS;
}

#endif
