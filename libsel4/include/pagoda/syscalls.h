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

#endif
