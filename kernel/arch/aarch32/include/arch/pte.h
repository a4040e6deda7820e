/*
 * ARMv7-A short-descriptor translation-table entries (TEX remap on, access
 * flag off), 32 bits each.
 *
 *   page directory (level 0): a page table, a 1 MiB section, or one of
 *                             the 16 identical entries of a 16 MiB supersection
 *   page table (level 1):     a 4 KiB small page, or one of the 16 identical
 *                             entries of a 64 KiB large page
 *
 * Bits 1..0 say what an entry is: in the directory 01 a page table, 1x a
 * (super)section (bit 18 tells which; bit 0 is PXN); in a page table 01 a
 * large page, 1x a small page (bit 0 is XN).  The fields sit in different
 * places in each format (the arm_*_bit helpers below).
 *
 * User frames are non-global (the hardware ASID is always 0: vspace.c),
 * never executable by the kernel (PXN: sections' own bit, the page table
 * entry's for pages) and in domain 0.  Rights go in AP[1:0]: kernel-only
 * 01, read-only 10, read-write 11.  Attributes (seL4_ARM_VMAttributes):
 * PageCacheable sets C and B, TEX remap index 3, normal write-back memory
 * (boot.S's PRRR/NMRR), otherwise index 0, strongly-ordered; ExecuteNever
 * sets XN; ParityEnabled, which the hardware ignores, is kept in TEX[1],
 * which TEX remap leaves to software.
 */
#ifndef ARCH_PTE_H
#define ARCH_PTE_H

#include <arch/barrier.h>

typedef uint32_t pte_t;

#define ARCH_PTE_BITS 2

/* Frame sizes, as indices of arch_paging.frame_bits. */
enum { ARM_SMALL_PAGE, ARM_LARGE_PAGE, ARM_SECTION, ARM_SUPERSECTION };

#define ARM_TYPE_MASK        0x3
#define ARM_PD_TABLE         0x1
#define ARM_PD_SECTION       0x2
#define ARM_PD_SECTION_PXN   BIT(0)
#define ARM_PD_TABLE_PXN     BIT(2)
#define ARM_PD_SUPERSECTION  BIT(18)
#define ARM_PT_LARGE         0x1
#define ARM_PT_SMALL         0x2
#define ARM_NORMAL_MEMORY    (BIT(3) | BIT(2))  /* C and B: TEX remap index 3 */

#define ARM_TABLE_ADDRESS    0xfffffc00u

#define ARM_CACHEABLE     1             /* seL4_ARM_PageCacheable */
#define ARM_PARITY        2             /* seL4_ARM_ParityEnabled */
#define ARM_EXECUTE_NEVER 4             /* seL4_ARM_ExecuteNever */

#define AP_KERNEL_ONLY    1
#define AP_READ_ONLY      2
#define AP_READ_WRITE     3

static inline bool arm_is_page(word_t size)
{
    return size == ARM_SMALL_PAGE || size == ARM_LARGE_PAGE;
}

/* AP[1:0]'s position. */
static inline word_t arm_ap_shift(word_t size)
{
    return arm_is_page(size) ? 4 : 10;
}

/* S (shareable), nG (not global), XN and the software parity bit. */
static inline pte_t arm_shareable_bit(word_t size)
{
    return arm_is_page(size) ? BIT(10) : BIT(16);
}

static inline pte_t arm_not_global_bit(word_t size)
{
    return arm_is_page(size) ? BIT(11) : BIT(17);
}

static inline pte_t arm_execute_never_bit(word_t size)
{
    return size == ARM_SMALL_PAGE ? BIT(0) : size == ARM_LARGE_PAGE ? BIT(15) : BIT(4);
}

static inline pte_t arm_parity_bit(word_t size)
{
    return size == ARM_SMALL_PAGE ? BIT(7) : BIT(13);
}

/* The bits that say what the entry is, and where its address ends. */
static inline pte_t arm_frame_type(word_t size)
{
    static const pte_t type[] = {
        [ARM_SMALL_PAGE] = ARM_PT_SMALL, [ARM_LARGE_PAGE] = ARM_PT_LARGE,
        [ARM_SECTION] = ARM_PD_SECTION | ARM_PD_SECTION_PXN,
        [ARM_SUPERSECTION] = ARM_PD_SUPERSECTION | ARM_PD_SECTION | ARM_PD_SECTION_PXN,
    };
    return type[size];
}

static inline pte_t arm_frame_address_mask(word_t size)
{
    static const pte_t mask[] = {
        [ARM_SMALL_PAGE] = 0xfffff000u, [ARM_LARGE_PAGE] = 0xffff0000u,
        [ARM_SECTION] = 0xfff00000u, [ARM_SUPERSECTION] = 0xff000000u,
    };
    return mask[size];
}

/* Directory entries point to page tables, whose pages the kernel never runs. */
static inline pte_t arch_pte_table(paddr_t table, word_t level, word_t attributes)
{
    (void)level;
    (void)attributes;
    return table | ARM_PD_TABLE_PXN | ARM_PD_TABLE;
}

static inline pte_t arch_pte_frame(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    static const pte_t ap[] = { [vm_kernel_only] = AP_KERNEL_ONLY, [vm_read_only] = AP_READ_ONLY,
                                [vm_read_write] = AP_READ_WRITE };
    pte_t pte = frame | arm_frame_type(size) | arm_not_global_bit(size) | ap[rights] << arm_ap_shift(size);
    pte |= attributes & ARM_CACHEABLE ? ARM_NORMAL_MEMORY | arm_shareable_bit(size) : 0;
    pte |= attributes & ARM_EXECUTE_NEVER ? arm_execute_never_bit(size) : 0;
    pte |= attributes & ARM_PARITY ? arm_parity_bit(size) : 0;
    return pte;
}

static inline enum pte_kind arch_pte_kind(pte_t pte, word_t level)
{
    if ((pte & ARM_TYPE_MASK) == 0) {
        return pte_empty;
    }
    return level == 0 && (pte & ARM_TYPE_MASK) == ARM_PD_TABLE ? pte_table : pte_frame;
}

static inline word_t arch_pte_frame_size(pte_t pte, word_t level)
{
    if (level == 0) {
        return pte & ARM_PD_SUPERSECTION ? ARM_SUPERSECTION : ARM_SECTION;
    }
    return pte & ARM_PT_SMALL ? ARM_SMALL_PAGE : ARM_LARGE_PAGE;
}

static inline paddr_t arch_pte_address(pte_t pte, word_t level)
{
    if (arch_pte_kind(pte, level) == pte_table) {
        return pte & ARM_TABLE_ADDRESS;
    }
    return pte & arm_frame_address_mask(arch_pte_frame_size(pte, level));
}

static inline enum vm_rights arch_pte_rights(pte_t pte, word_t level)
{
    word_t size = arch_pte_frame_size(pte, level);
    switch (pte >> arm_ap_shift(size) & 3) {
    case AP_READ_WRITE: return vm_read_write;
    case AP_READ_ONLY: return vm_read_only;
    default: return vm_kernel_only;
    }
}

static inline word_t arch_pte_attributes(pte_t pte, word_t level)
{
    word_t size = arch_pte_frame_size(pte, level);
    return ((pte & ARM_NORMAL_MEMORY) == ARM_NORMAL_MEMORY ? ARM_CACHEABLE : 0) |
           (pte & arm_parity_bit(size) ? ARM_PARITY : 0) | (pte & arm_execute_never_bit(size) ? ARM_EXECUTE_NEVER : 0);
}

/* The table walker must see the entry before anything relies on it. */
static inline void arch_pte_write(pte_t *entry, pte_t value)
{
    *(volatile pte_t *)entry = value;
    pte_store_barrier();
}

#endif
