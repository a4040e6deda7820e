#ifndef PAGODA_ABI_H
#define PAGODA_ABI_H

/*
 * Pagoda's own additions to the system-call interface (not part of seL4).
 */

/* System calls, numbered well away from seL4's. */
enum pagoda_syscall {
    PagodaSysExit = -64,
    PagodaSysDebugDumpVSpace = -65,     /* debug kernels only */
    PagodaSysDebugCheckInvariants = -66,
};

/*
 * Machine exit statuses.  QEMU reports the status the system powered off
 * with; values below PAGODA_STATUS_PANIC are the root task's own exit
 * status (taken modulo 128).
 */
#define PAGODA_STATUS_PANIC      125    /* the kernel stopped on an internal error */
#define PAGODA_STATUS_ABORT      126    /* abort() was called (failed assert, ZF_LOGF) */
#define PAGODA_STATUS_NO_THREADS 127    /* no thread can run any more */

#endif
