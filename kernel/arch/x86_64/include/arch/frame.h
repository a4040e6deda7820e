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
 * offset of the saved cs. */
#define ENTRY_SYSCALL   -1
#define FRAME_CS        (18 * 8)

#endif
