/*
 * x86_64 page-table entries.
 *
 *   level 0  PML4E  -> PDPT
 *   level 1  PDPTE  -> PD, or a 1 GiB page (PS)
 *   level 2  PDE    -> PT, or a 2 MiB page (PS)
 *   level 3  PTE    -> 4 KiB page
 *
 * Rights: read-write = U|W, read-only = U, kernel-only = W.  Attributes
 * (seL4_X86_VMAttributes) bit 0 selects PWT, bit 1 PCD, bit 2 PAT; 1 GiB
 * pages ignore PAT and table entries take only PWT and PCD.
 */
#ifndef ARCH_PTE_H
#define ARCH_PTE_H

typedef uint64_t pte_t;

#define ARCH_PTE_BITS 3

#define X86_PRESENT   BIT(0)
#define X86_WRITE     BIT(1)
#define X86_USER      BIT(2)
#define X86_PWT       BIT(3)
#define X86_PCD       BIT(4)
#define X86_LARGE     BIT(7)            /* PS in PDPTEs and PDEs */
#define X86_PAT_4K    BIT(7)
#define X86_PAT_LARGE BIT(12)
#define X86_ADDRESS   0x000ffffffffff000ul

#define X86_LEAF_LEVEL 3

static inline word_t x86_cache_bits(word_t attributes)
{
    return (attributes & 1 ? X86_PWT : 0) | (attributes & 2 ? X86_PCD : 0);
}

static inline pte_t arch_pte_table(paddr_t table, word_t level, word_t attributes)
{
    (void)level;
    return table | X86_PRESENT | X86_WRITE | X86_USER | x86_cache_bits(attributes);
}

/* Frame size i is mapped at level 3 - i (4 KiB, 2 MiB, 1 GiB). */
static inline pte_t arch_pte_frame(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    pte_t pte = frame | X86_PRESENT | x86_cache_bits(attributes);
    if (rights == vm_read_write || rights == vm_read_only) {
        pte |= X86_USER;
    }
    if (rights == vm_read_write || rights == vm_kernel_only) {
        pte |= X86_WRITE;
    }
    if (size == 0) {
        return pte | (attributes & 4 ? X86_PAT_4K : 0);
    }
    return pte | X86_LARGE | (size == 1 && (attributes & 4) ? X86_PAT_LARGE : 0);
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

/* A frame entry's rights and attributes, as seL4 names them. */
static inline enum vm_rights arch_pte_rights(pte_t pte, word_t level)
{
    (void)level;
    if (!(pte & X86_USER)) {
        return vm_kernel_only;
    }
    return pte & X86_WRITE ? vm_read_write : vm_read_only;
}

static inline word_t arch_pte_attributes(pte_t pte, word_t level)
{
    word_t pat = level == X86_LEAF_LEVEL ? X86_PAT_4K : level == 2 ? X86_PAT_LARGE : 0;
    return (pte & X86_PWT ? 1 : 0) | (pte & X86_PCD ? 2 : 0) | (pte & pat ? 4 : 0);
}

static inline paddr_t arch_pte_address(pte_t pte, word_t level)
{
    if (arch_pte_kind(pte, level) == pte_frame && level != X86_LEAF_LEVEL) {
        return pte & X86_ADDRESS & ~mask_bits(level == 1 ? 30 : 21);
    }
    return pte & X86_ADDRESS;
}

/* The MMU reads entries from coherent memory: a store is enough. */
static inline void arch_pte_write(pte_t *entry, pte_t value)
{
    *(volatile pte_t *)entry = value;
}

#endif
