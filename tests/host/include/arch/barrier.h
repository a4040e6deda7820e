/*
 * Host stand-in for an architecture's <arch/barrier.h> (aarch64's, riscv64's), found
 * first on the include path: host memory needs no barrier for a table
 * walker that does not exist.
 */
#ifndef ARCH_BARRIER_H
#define ARCH_BARRIER_H

static inline void pte_store_barrier(void)
{
}

#endif
