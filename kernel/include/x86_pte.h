/*
 * What the x86 paging formats share, for the <arch/pte.h> of x86_64 and
 * ia32 (after their pte_t): the bits of an entry, and how seL4's rights
 * and attributes map onto them.
 *
 * Rights: read-write = U|W, read-only = U, kernel-only = W.  Attributes
 * (seL4_X86_VMAttributes) bit 0 selects PWT, bit 1 PCD, bit 2 PAT, whose
 * bit differs by entry; table entries take only PWT and PCD.
 */
#ifndef X86_PTE_H
#define X86_PTE_H

#define X86_PRESENT   BIT(0)
#define X86_WRITE     BIT(1)
#define X86_USER      BIT(2)
#define X86_PWT       BIT(3)
#define X86_PCD       BIT(4)
#define X86_LARGE     BIT(7)            /* PS: a frame above the last level */
#define X86_PAT_4K    BIT(7)
#define X86_PAT_LARGE BIT(12)

static inline word_t x86_cache_bits(word_t attributes)
{
    return (attributes & 1 ? X86_PWT : 0) | (attributes & 2 ? X86_PCD : 0);
}

static inline pte_t arch_pte_table(paddr_t table, word_t level, word_t attributes)
{
    (void)level;
    return table | X86_PRESENT | X86_WRITE | X86_USER | x86_cache_bits(attributes);
}

/* A frame entry's bits but its address and PS, the PAT at `pat` (0 where
 * the entry has none). */
static inline pte_t x86_frame_bits(enum vm_rights rights, word_t attributes, pte_t pat)
{
    pte_t bits = X86_PRESENT | x86_cache_bits(attributes) | (attributes & 4 ? pat : 0);
    if (rights == vm_read_write || rights == vm_read_only) {
        bits |= X86_USER;
    }
    if (rights == vm_read_write || rights == vm_kernel_only) {
        bits |= X86_WRITE;
    }
    return bits;
}

static inline enum vm_rights arch_pte_rights(pte_t pte, word_t level)
{
    (void)level;
    if (!(pte & X86_USER)) {
        return vm_kernel_only;
    }
    return pte & X86_WRITE ? vm_read_write : vm_read_only;
}

/* A frame entry's attributes word, its PAT at `pat`. */
static inline word_t x86_frame_attributes(pte_t pte, pte_t pat)
{
    return (pte & X86_PWT ? 1 : 0) | (pte & X86_PCD ? 2 : 0) | (pte & pat ? 4 : 0);
}

/* The MMU reads entries from coherent memory: a store is enough. */
static inline void arch_pte_write(pte_t *entry, pte_t value)
{
    *(volatile pte_t *)entry = value;
}

#endif
