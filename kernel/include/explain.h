/*
 * The debug kernel's plain-language lines (kernel/core/explain.c): one
 * "Pagoda: ..." line after a refused invocation's reason line, and one after
 * the report of a fault no handler takes.
 */
#ifndef EXPLAIN_H
#define EXPLAIN_H

#include <fault.h>
#include <invocation.h>

/* What `err`, the result of an invocation whose decoding printed a reason
 * line, means to the program. */
void explain_invocation(const struct invocation *inv, seL4_Error err);

/* What `f` hit, and that the thread stops for want of a handler. */
void explain_fault(const struct tcb *thread, const struct fault *f);

#endif
