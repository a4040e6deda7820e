/*
 * riscv64 Sv39 page-table entries.
 *
 *   level 0  -> table, or a 1 GiB page
 *   level 1  -> table, or a 2 MiB page
 *   level 2  -> 4 KiB page
 *
 * A valid entry with none of R, W and X points to a table; any other
 * valid entry maps a page.  User pages are U, accessed and dirty (so the
 * hardware need not set A and D), never global.  Rights: read-write is
 * R|W, read-only R, kernel-only R|W without U (seL4 makes it execute-only
 * or invalid instead: docs/semantics.md).  seL4_RISCV_ExecuteNever clears
 * X; there are no cache attributes.
 */
#ifndef ARCH_PTE_H
#define ARCH_PTE_H

#include <arch/barrier.h>

typedef uint64_t pte_t;

#define ARCH_PTE_BITS 3

#define RISCV_V BIT(0)
#define RISCV_R BIT(1)
#define RISCV_W BIT(2)
#define RISCV_X BIT(3)
#define RISCV_U BIT(4)
#define RISCV_G BIT(5)
#define RISCV_A BIT(6)
#define RISCV_D BIT(7)
#define RISCV_PPN_SHIFT 10
#define RISCV_PPN_MASK  0x003ffffffffffc00ul

#define RISCV_EXECUTE_NEVER 1           /* seL4_RISCV_ExecuteNever */

#define RISCV_LEAF_LEVEL 2

static inline pte_t riscv_pte_for(paddr_t paddr)
{
    return (paddr >> PAGE_BITS) << RISCV_PPN_SHIFT;
}

static inline pte_t arch_pte_table(paddr_t table, word_t level, word_t attributes)
{
    (void)level;
    (void)attributes;
    return riscv_pte_for(table) | RISCV_V;
}

/* Frame size i is mapped at level 2 - i (4 KiB, 2 MiB, 1 GiB). */
static inline pte_t arch_pte_frame(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
{
    (void)size;
    pte_t pte = riscv_pte_for(frame) | RISCV_V | RISCV_R | RISCV_A | RISCV_D;
    pte |= attributes & RISCV_EXECUTE_NEVER ? 0 : RISCV_X;
    pte |= rights == vm_read_only ? 0 : RISCV_W;
    pte |= rights == vm_kernel_only ? 0 : RISCV_U;
    return pte;
}

static inline enum pte_kind arch_pte_kind(pte_t pte, word_t level)
{
    if (!(pte & RISCV_V)) {
        return pte_empty;
    }
    bool leaf = (pte & (RISCV_R | RISCV_W | RISCV_X)) != 0;
    return leaf || level == RISCV_LEAF_LEVEL ? pte_frame : pte_table;
}

static inline paddr_t arch_pte_address(pte_t pte, word_t level)
{
    (void)level;
    return ((pte & RISCV_PPN_MASK) >> RISCV_PPN_SHIFT) << PAGE_BITS;
}

static inline word_t arch_pte_frame_size(pte_t pte, word_t level)
{
    (void)pte;
    return RISCV_LEAF_LEVEL - level;
}

static inline enum vm_rights arch_pte_rights(pte_t pte, word_t level)
{
    (void)level;
    if (!(pte & RISCV_U)) {
        return vm_kernel_only;
    }
    return pte & RISCV_W ? vm_read_write : vm_read_only;
}

static inline word_t arch_pte_attributes(pte_t pte, word_t level)
{
    (void)level;
    return pte & RISCV_X ? 0 : RISCV_EXECUTE_NEVER;
}

static inline void arch_pte_write(pte_t *entry, pte_t value)
{
    *(volatile pte_t *)entry = value;
    pte_store_barrier();
}

#endif
