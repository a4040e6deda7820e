/*
 * aarch64 stage-1 translation-table descriptors, 4 KiB granule.
 *
 *   level 0  -> table
 *   level 1  -> table, or a 1 GiB block
 *   level 2  -> table, or a 2 MiB block
 *   level 3  -> 4 KiB page
 *
 * Bits 1..0 say what an entry is: 01 a block, 11 a table (levels 0-2) or
 * a page (level 3).  User frames are non-global (tagged with the ASID),
 * accessed (AF) and never executable by the kernel (PXN).  Rights go in
 * AP[2:1]: kernel-only 00, read-write 01, read-only 11.  Attributes
 * (seL4_ARM_VMAttributes): PageCacheable selects normal write-back memory
 * (MAIR index 1) over Device-nGnRnE (index 0), ExecuteNever sets UXN, and
 * ParityEnabled, which the hardware ignores, is kept in a software bit.
 */
#ifndef ARCH_PTE_H
#define ARCH_PTE_H

#include <arch/barrier.h>

typedef uint64_t pte_t;

#define ARCH_PTE_BITS 3

#define ARM_VALID       BIT(0)
#define ARM_TABLE_OR_PAGE BIT(1)
#define ARM_ATTR_NORMAL (1ul << 2)      /* AttrIndx = 1 */
#define ARM_ATTR_MASK   (7ul << 2)
#define ARM_AP_USER     BIT(6)
#define ARM_AP_READ_ONLY BIT(7)
#define ARM_SH_INNER    (3ul << 8)
#define ARM_AF          BIT(10)
#define ARM_NG          BIT(11)
#define ARM_PXN         BIT(53)
#define ARM_UXN         BIT(54)
#define ARM_SW_PARITY   BIT(55)
#define ARM_ADDRESS     0x0000fffffffff000ul

#define ARM_CACHEABLE     1             /* seL4_ARM_PageCacheable */
#define ARM_PARITY        2             /* seL4_ARM_ParityEnabled */
#define ARM_EXECUTE_NEVER 4             /* seL4_ARM_ExecuteNever */

#define ARM_LEAF_LEVEL 3

static inline pte_t arch_pte_table(paddr_t table, word_t level, word_t attributes)
{
    (void)level;
    (void)attributes;
    return table | ARM_TABLE_OR_PAGE | ARM_VALID;
}

/* Frame size i is mapped at level 3 - i (4 KiB page, 2 MiB and 1 GiB blocks). */
static inline pte_t arch_pte_frame(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    pte_t pte = frame | ARM_VALID | ARM_AF | ARM_NG | ARM_PXN;
    pte |= size == 0 ? ARM_TABLE_OR_PAGE : 0;
    pte |= attributes & ARM_CACHEABLE ? ARM_ATTR_NORMAL | ARM_SH_INNER : 0;
    pte |= attributes & ARM_EXECUTE_NEVER ? ARM_UXN : 0;
    pte |= attributes & ARM_PARITY ? ARM_SW_PARITY : 0;
    if (rights == vm_read_write) {
        pte |= ARM_AP_USER;
    } else if (rights == vm_read_only) {
        pte |= ARM_AP_USER | ARM_AP_READ_ONLY;
    }
    return pte;
}

static inline enum pte_kind arch_pte_kind(pte_t pte, word_t level)
{
    if (!(pte & ARM_VALID)) {
        return pte_empty;
    }
    if (level == ARM_LEAF_LEVEL || !(pte & ARM_TABLE_OR_PAGE)) {
        return pte_frame;
    }
    return pte_table;
}

static inline paddr_t arch_pte_address(pte_t pte, word_t level)
{
    (void)level;
    return pte & ARM_ADDRESS;
}

static inline word_t arch_pte_frame_size(pte_t pte, word_t level)
{
    (void)pte;
    return ARM_LEAF_LEVEL - level;
}

static inline enum vm_rights arch_pte_rights(pte_t pte, word_t level)
{
    (void)level;
    if (!(pte & ARM_AP_USER)) {
        return vm_kernel_only;
    }
    return pte & ARM_AP_READ_ONLY ? vm_read_only : vm_read_write;
}

static inline word_t arch_pte_attributes(pte_t pte, word_t level)
{
    (void)level;
    return ((pte & ARM_ATTR_MASK) == ARM_ATTR_NORMAL ? ARM_CACHEABLE : 0) | (pte & ARM_SW_PARITY ? ARM_PARITY : 0) |
           (pte & ARM_UXN ? ARM_EXECUTE_NEVER : 0);
}

/* The table walker must see the entry before anything relies on it. */
static inline void arch_pte_write(pte_t *entry, pte_t value)
{
    *(volatile pte_t *)entry = value;
    pte_store_barrier();
}

#endif
