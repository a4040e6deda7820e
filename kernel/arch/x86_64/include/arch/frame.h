/* Constants shared by the entry assembly and C: segment selectors (in the
 * order SYSCALL/SYSRET require, see cpu.c) and the saved-frame layout. */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#define GDT_KERNEL_CODE 0x08
#define GDT_KERNEL_DATA 0x10
#define GDT_USER_DATA   0x18
#define GDT_USER_CODE   0x20
#define GDT_TSS         0x28

/* struct user_context: `entry` of a context saved by SYSCALL, and the
 * offsets of the registers the entry code reads by name. */
#define ENTRY_SYSCALL   -1
#define FRAME_R15       (0 * 8)
#define FRAME_R10       (6 * 8)
#define FRAME_R9        (7 * 8)
#define FRAME_R8        (8 * 8)
#define FRAME_RAX       (9 * 8)
#define FRAME_RDX       (12 * 8)
#define FRAME_RSI       (13 * 8)
#define FRAME_RDI       (14 * 8)
#define FRAME_RIP       (17 * 8)
#define FRAME_CS        (18 * 8)
#define FRAME_RFLAGS    (19 * 8)
#define FRAME_RSP       (20 * 8)

#endif
