/*
 * The benchmark's counter, read from user mode: on each architecture one
 * that QEMU advances once per guest instruction under -icount shift=0
 * (docs/performance.md).  The kernel's boot code lets user mode read it.
 * A word wide: differences are taken modulo the word, so a 32-bit
 * counter's wrap does no harm.
 */
#ifndef BENCH_COUNTER_H
#define BENCH_COUNTER_H

#include <stdint.h>
#include <sel4/sel4.h>

static inline seL4_Word read_counter(void)
{
#if defined(CONFIG_ARCH_X86)
    /* The TSC: under -icount it is QEMU's instruction count. */
    uint32_t low, high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high) : : "memory");
    return (seL4_Word)((uint64_t)high << 32 | low);
#else
    seL4_Word value;
#if defined(CONFIG_ARCH_AARCH64)
    __asm__ volatile("mrs %0, pmccntr_el0" : "=r"(value) : : "memory");
#elif defined(CONFIG_ARCH_AARCH32)
    __asm__ volatile("mrc p15, 0, %0, c9, c13, 0" : "=r"(value) : : "memory");      /* PMCCNTR */
#elif defined(CONFIG_ARCH_RISCV64)
    __asm__ volatile("rdinstret %0" : "=r"(value) : : "memory");
#endif
    return value;
#endif
}

#endif
