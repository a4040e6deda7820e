/* aarch64 cache maintenance by virtual address (kernel/lib/arm_cache.c). */
#ifndef ARCH_CACHE_H
#define ARCH_CACHE_H

#include <arch/cpu.h>

/* The smallest data cache line, in bytes: CTR_EL0's DminLine, in words. */
static inline word_t cache_line_size(void)
{
    word_t ctr;
    SYSREG_READ(ctr_el0, ctr);
    return 4ul << (ctr >> 16 & 0xf);
}

/* The line holding `address`: cleaned, invalidated, or both, to the point
 * of coherency; cleaned to the point of unification. */
static inline void cache_clean_line(word_t address)
{
    __asm__ volatile("dc cvac, %0" : : "r"(address) : "memory");
}

static inline void cache_invalidate_line(word_t address)
{
    __asm__ volatile("dc ivac, %0" : : "r"(address) : "memory");
}

static inline void cache_clean_invalidate_line(word_t address)
{
    __asm__ volatile("dc civac, %0" : : "r"(address) : "memory");
}

static inline void cache_clean_line_to_unification(word_t address)
{
    __asm__ volatile("dc cvau, %0" : : "r"(address) : "memory");
}

/* Waits for the line operations before it. */
static inline void cache_barrier(void)
{
    __asm__ volatile("dsb ish" : : : "memory");
}

/* Discards every instruction the CPU may have fetched or cached. */
static inline void cache_invalidate_instructions(void)
{
    __asm__ volatile("ic iallu; dsb ish; isb" : : : "memory");
}

#endif
