/*
 * ia32 page-table entries (32-bit paging, no PAE); the bits are x86's
 * (<x86_pte.h>).
 *
 *   level 0  PDE  -> PT, or a 4 MiB page (PS)
 *   level 1  PTE  -> 4 KiB page
 */
#ifndef ARCH_PTE_H
#define ARCH_PTE_H

typedef uint32_t pte_t;

#define ARCH_PTE_BITS 2

#include <x86_pte.h>

#define X86_ADDRESS       0xfffff000ul
#define X86_LARGE_ADDRESS 0xffc00000ul

#define X86_LEAF_LEVEL 1

/* Frame size i is mapped at level 1 - i (4 KiB, 4 MiB). */
static inline pte_t arch_pte_frame(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    if (size == 0) {
        return frame | x86_frame_bits(rights, attributes, X86_PAT_4K);
    }
    return frame | X86_LARGE | x86_frame_bits(rights, attributes, X86_PAT_LARGE);
}

static inline enum pte_kind arch_pte_kind(pte_t pte, word_t level)
{
    if (!(pte & X86_PRESENT)) {
        return pte_empty;
    }
    return level == X86_LEAF_LEVEL || (pte & X86_LARGE) ? pte_frame : pte_table;
}

static inline word_t arch_pte_frame_size(pte_t pte, word_t level)
{
    (void)pte;
    return X86_LEAF_LEVEL - level;
}

static inline word_t arch_pte_attributes(pte_t pte, word_t level)
{
    return x86_frame_attributes(pte, level == X86_LEAF_LEVEL ? X86_PAT_4K : X86_PAT_LARGE);
}

static inline paddr_t arch_pte_address(pte_t pte, word_t level)
{
    bool large = arch_pte_kind(pte, level) == pte_frame && level != X86_LEAF_LEVEL;
    return pte & (large ? X86_LARGE_ADDRESS : X86_ADDRESS);
}

#endif
