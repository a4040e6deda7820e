/*
 * Kernel entry and exit.
 *
 * A thread's registers are saved straight into its TCB: tss.esp0 points
 * just past current_thread->context, so a trap or `int $0x80` from user
 * mode pushes the hardware frame there and the stubs push the rest below
 * it.  Only then do we move to the kernel stack.
 *
 * System calls are `int $0x80` rather than SYSENTER: the gate saves the
 * user's EFLAGS and stack and clears TF (a user's single-step flag would
 * trap on SYSENTER's first kernel instruction), so system calls and
 * exceptions share one frame, told apart by the vector, and one exit.
 */
#include <arch/frame.h>
#include <x86_entry.h>

    .text
    TRAP_STUBS

    .global syscall_entry
syscall_entry:
    push $0
    push $SYSCALL_VECTOR
    /* fall through */

trap_common:
    push %ds
    push %es
    push %eax
    push %ebx
    push %ecx
    push %edx
    push %esi
    push %edi
    push %ebp
    cld                                 /* the C code expects DF clear; users may set it */
    mov $GDT_KERNEL_DATA, %eax          /* users may load any data segment */
    mov %ax, %ds
    mov %ax, %es
    mov %esp, %eax
    testb $3, FRAME_CS(%esp)
    jz 1f                               /* from the kernel: stay on its stack */
    mov $kernel_stack_top, %esp
    sub $12, %esp                       /* 16-byte aligned at the call */
1:  push %eax
    call handle_trap
    ud2

/* restore_user_context(struct user_context *context) */
    .global restore_user_context
restore_user_context:
    mov 4(%esp), %esp
    pop %ebp
    pop %edi
    pop %esi
    pop %edx
    pop %ecx
    pop %ebx
    pop %eax
    pop %es
    pop %ds
    add $8, %esp                        /* entry and error code */
    iret

    .section .rodata
    .balign 4
    TRAP_STUB_TABLE .long

    .section .note.GNU-stack, "", @progbits
