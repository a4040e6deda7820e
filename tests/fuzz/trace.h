/*
 * What the root task did in the current input, and what the kernel printed
 * meanwhile: kept quietly, and printed only when the input fails an
 * invariant or panics the kernel.  With PAGODA_FUZZ_TRACE=1 in the
 * environment it goes straight to stderr instead, which is how to see the
 * system calls that led to a sanitizer report (libFuzzer keeps the
 * sanitizers' death callback for itself).
 */
#ifndef FUZZ_TRACE_H
#define FUZZ_TRACE_H

#include <types.h>

/* Starts an empty trace, for a new input. */
void trace_start(void);

void trace(const char *fmt, ...) PRINTF_FORMAT(1, 2);

/* Moves what the kernel printed since the last call into the trace. */
void trace_console(void);

/* Prints the trace, the kernel's latest output and why, and aborts, so
 * that libFuzzer records the input as a crash. */
NORETURN void fail(const char *fmt, ...) PRINTF_FORMAT(1, 2);

#endif
