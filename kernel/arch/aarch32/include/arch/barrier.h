/* aarch32 barriers the inline parts of the contract need. */
#ifndef ARCH_BARRIER_H
#define ARCH_BARRIER_H

/* Orders a store to a translation table before later table walks (the
 * Cortex-A15's walks read through the data cache: no cleaning needed). */
static inline void pte_store_barrier(void)
{
    __asm__ volatile("dsb ishst" : : : "memory");
}

#endif
