/* riscv64 barriers the inline parts of the contract need. */
#ifndef ARCH_BARRIER_H
#define ARCH_BARRIER_H

/* Orders a store to a page table before later table walks: the hart may
 * have cached the entry as it was, even an invalid one. */
static inline void pte_store_barrier(void)
{
    __asm__ volatile("sfence.vma" : : : "memory");
}

#endif
