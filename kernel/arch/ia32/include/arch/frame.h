/* Constants shared by the entry assembly and C: segment selectors, the
 * system-call vector and the saved-frame layout. */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#define GDT_KERNEL_CODE 0x08
#define GDT_KERNEL_DATA 0x10
#define GDT_USER_CODE   0x18
#define GDT_USER_DATA   0x20
#define GDT_TSS         0x28
#define GDT_DOUBLE_FAULT_TSS 0x30

/* `int $0x80`: the one vector user mode may raise itself. */
#define SYSCALL_VECTOR  0x80

/* struct user_context: the offset of the saved cs. */
#define FRAME_CS        (12 * 4)

#endif
