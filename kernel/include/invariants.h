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

#endif
