#ifndef INVARIANTS_H
#define INVARIANTS_H

#include <thread.h>

/*
 * Debug: checks the kernel's state against its invariants (see
 * kernel/core/invariants.c), as seen from `thread`'s CSpace; prints one
 * line per violation and returns how many there were.  *complete says
 * whether the CSpace reached every capability, which the full check needs.
 */
word_t check_invariants(struct tcb *thread, bool *complete);

/* Architecture: the physical memory the kernel keeps for itself outside
 * any object (its image, and what lies below it). */
void arch_kernel_region(paddr_t *start, paddr_t *end);

#endif
