/*
 * ia32 system-call primitives, on `int $0x80` with seL4's ia32 registers:
 *
 *   eax number   ebx cptr (badge on return)   esi message info
 *   edi, ebp     message registers 0 and 1
 *
 * Message registers from 2 on travel in the IPC buffer.  The kernel
 * preserves every register it does not reply in.  EBP is the frame
 * pointer to the compiler, so it is loaded from ECX around the trap.
 */
#ifndef SEL4_SEL4_ARCH_SYSCALLS_H
#define SEL4_SEL4_ARCH_SYSCALLS_H

#include <sel4/functions.h>

#define PAGODA_SYSCALL_VECTOR "0x80"

/* A call with a destination, message info and four message registers; the
 * reply (if any) comes back in the same places. */
static inline void pagoda_sys_send_recv(seL4_Word number, seL4_Word *dest, seL4_Word *info,
                                        seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_Word *buffer_mrs = seL4_GetIPCBuffer()->msg;
    seL4_Word ebp = *mr1;
    buffer_mrs[2] = *mr2;
    buffer_mrs[3] = *mr3;
    __asm__ volatile("push %%ebp\n\t"
                     "mov %%ecx, %%ebp\n\t"
                     "int $" PAGODA_SYSCALL_VECTOR "\n\t"
                     "mov %%ebp, %%ecx\n\t"
                     "pop %%ebp"
                     : "+b"(*dest), "+S"(*info), "+D"(*mr0), "+c"(ebp)
                     : "a"(number)
                     : "memory");
    *mr1 = ebp;
    *mr2 = buffer_mrs[2];
    *mr3 = buffer_mrs[3];
}

/* A call that passes one word and gets one back, in the same register.
 * Replies to these calls set no message register. */
static inline seL4_Word pagoda_sys_word(seL4_Word number, seL4_Word word)
{
    __asm__ volatile("int $" PAGODA_SYSCALL_VECTOR : "+b"(word) : "a"(number) : "esi", "memory");
    return word;
}

#endif
