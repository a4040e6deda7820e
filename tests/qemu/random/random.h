/*
 * The randomized invocation tester: a seeded sequence of invocations, each
 * checked against the model (model.h), with the kernel's invariant checker
 * run every few steps.  The first divergence ends the run with the seed
 * and step that replay it.
 */
#ifndef RANDOM_RANDOM_H
#define RANDOM_RANDOM_H

#include "check.h"
#include "model.h"

/* The generator: xorshift64*, seeded once; the whole run follows from it. */
void random_seed(seL4_Word seed);
seL4_Word random_word(void);
seL4_Word random_below(seL4_Word n);

/* True once in `n` times on average. */
static inline int random_chance(seL4_Word n)
{
    return random_below(n) == 0;
}

/* With RANDOM_TRACE, each checked invocation prints a line. */
void trace(const char *operation, seL4_Error expected);

/* Reports that the kernel and the model disagree, and ends the run. */
_Noreturn void diverge(const char *operation, const char *why);
_Noreturn void diverge_value(const char *what, seL4_Word vaddr, seL4_Word seen, seL4_Word expected);

/* How many invocations have been checked against the model. */
extern unsigned long invocations_checked;

/* One random operation, checked. */
void random_step(void);

/* Reads every user-accessible mapping of the root VSpace and compares it
 * with the model. */
void touch_all(void);

/* The cptr of a root slot; slots in CNodes are reached through their CNode. */
static inline seL4_CPtr slot_cptr(int slot)
{
    return model.root_base + (seL4_CPtr)slot;
}

#endif
