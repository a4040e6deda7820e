/* aarch32 (ARMv7) cache maintenance by virtual address, with CP15's
 * operations (kernel/lib/arm_cache.c). */
#ifndef ARCH_CACHE_H
#define ARCH_CACHE_H

#include <arch/cpu.h>

#define CP15_CTR      "c0, c0, 1"
#define CP15_DCCMVAC  "c7, c10, 1"
#define CP15_DCIMVAC  "c7, c6, 1"
#define CP15_DCCIMVAC "c7, c14, 1"
#define CP15_DCCMVAU  "c7, c11, 1"
#define CP15_ICIALLU  "c7, c5, 0"

/* The smallest data cache line, in bytes: CTR's DminLine, in words. */
static inline word_t cache_line_size(void)
{
    word_t ctr;
    CP15_READ(CP15_CTR, ctr);
    return 4ul << (ctr >> 16 & 0xf);
}

/* The line holding `address`: cleaned, invalidated, or both, to the point
 * of coherency; cleaned to the point of unification. */
static inline void cache_clean_line(word_t address)
{
    CP15_WRITE(CP15_DCCMVAC, address);
}

static inline void cache_invalidate_line(word_t address)
{
    CP15_WRITE(CP15_DCIMVAC, address);
}

static inline void cache_clean_invalidate_line(word_t address)
{
    CP15_WRITE(CP15_DCCIMVAC, address);
}

static inline void cache_clean_line_to_unification(word_t address)
{
    CP15_WRITE(CP15_DCCMVAU, address);
}

/* Waits for the line operations before it. */
static inline void cache_barrier(void)
{
    __asm__ volatile("dsb ish" : : : "memory");
}

/* Discards every instruction the CPU may have fetched or cached, and the
 * branch predictor's entries, which ARMv7 keeps apart. */
static inline void cache_invalidate_instructions(void)
{
    CP15_WRITE(CP15_ICIALLU, 0);
    CP15_WRITE(CP15_BPIALL, 0);
    __asm__ volatile("dsb ish; isb" : : : "memory");
}

#endif
