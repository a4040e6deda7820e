/* Pagoda's own system calls (see <pagoda/abi.h>). */
#ifndef PAGODA_SYSCALLS_H
#define PAGODA_SYSCALLS_H

#include <pagoda/abi.h>
#include <sel4/sel4_arch/syscalls.h>

/* Ends the program: the machine powers off with `status` (modulo 128). */
static inline _Noreturn void pagoda_exit(seL4_Word status)
{
    pagoda_sys_word(PagodaSysExit, status);
    __builtin_unreachable();
}

/* Debug kernels: prints the paging tree of `vspace` (a VSpace root
 * capability) on the console, in the format kernel/vspace/dump.c gives. */
static inline void pagoda_debug_dump_vspace(seL4_CPtr vspace)
{
    pagoda_sys_word(PagodaSysDebugDumpVSpace, vspace);
}

/* Debug kernels: checks the kernel's state against its invariants, as seen
 * from the caller's CSpace; prints each violation and returns how many. */
static inline seL4_Word pagoda_debug_check_invariants(void)
{
    return pagoda_sys_word(PagodaSysDebugCheckInvariants, 0);
}

#endif
