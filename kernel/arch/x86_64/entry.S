/*
 * Kernel entry and exit.
 *
 * A thread's registers are saved straight into its TCB: tss.rsp[0] points
 * just past current_thread->context, so a trap from user mode pushes the
 * hardware frame there and the stubs push the rest below it.  SYSCALL
 * builds the same frame by hand.  Only then do we move to the kernel stack.
 */
#include <arch/frame.h>
#include <x86_entry.h>

.macro SAVE_REGISTERS
    push %rdi
    push %rsi
    push %rdx
    push %rcx
    push %r11
    SAVE_REGISTERS_BELOW_R11
.endm

.macro SAVE_REGISTERS_BELOW_R11
    push %rax
    push %r8
    push %r9
    push %r10
    push %rbx
    push %rbp
    push %r12
    push %r13
    push %r14
    push %r15
.endm

.macro RESTORE_REGISTERS
    pop %r15
    pop %r14
    pop %r13
    pop %r12
    pop %rbp
    pop %rbx
    pop %r10
    pop %r9
    pop %r8
    pop %rax
    pop %r11
    pop %rcx
    pop %rdx
    pop %rsi
    pop %rdi
.endm

    .text
    .global syscall_entry
syscall_entry:
    mov %rsp, syscall_user_rsp(%rip)
    mov syscall_frame(%rip), %rsp      /* below ss, which never changes */
    push syscall_user_rsp(%rip)        /* rsp */
    push %r11                          /* rflags */
    push $(GDT_USER_CODE | 3)          /* cs */
    push %rcx                          /* rip */
    push $0                            /* error code */
    push $ENTRY_SYSCALL
    push %rdi
    push %rsi
    push %rdx
    sub $16, %rsp                      /* rcx and r11: rip and rflags, saved above */
    SAVE_REGISTERS_BELOW_R11
    lea kernel_stack_top(%rip), %rsp
    call handle_syscall

/*
 * handle_syscall() returned: the caller goes on at once.  C kept rbx, rbp
 * and r12-r15 as the caller left them, and a reply changes only rdi, rsi
 * and the message registers (r10, r8, r9, r15), so only those and the
 * registers C may have clobbered come back from the context (the TCB's
 * first member, so current_thread points at it).  rip is the caller's
 * next instruction: it is 2^47, not canonical, only after a syscall in
 * the last user page, which Map never maps (USER_TOP); the test guards
 * SYSRET, which would raise #GP in ring 0, should that ever change.
 */
    mov current_thread(%rip), %rsp
    mov FRAME_R15(%rsp), %r15
    mov FRAME_R10(%rsp), %r10
    mov FRAME_R9(%rsp), %r9
    mov FRAME_R8(%rsp), %r8
    mov FRAME_RAX(%rsp), %rax
    mov FRAME_RDX(%rsp), %rdx
    mov FRAME_RSI(%rsp), %rsi
    mov FRAME_RDI(%rsp), %rdi
    mov FRAME_RIP(%rsp), %rcx
    bt $47, %rcx
    jc 1f
    mov FRAME_RFLAGS(%rsp), %r11
    mov FRAME_RSP(%rsp), %rsp
    sysretq
1:  mov %rsp, %rdi
    jmp restore_user_context

    TRAP_STUBS

trap_common:
    cld                                 /* the C code expects DF clear; users may set it */
    SAVE_REGISTERS
    mov %rsp, %rdi
    testb $3, FRAME_CS(%rsp)
    jz 1f                               /* from the kernel: stay on its stack */
    lea kernel_stack_top(%rip), %rsp
1:  call handle_trap
    ud2

/* restore_user_context(struct user_context *context) */
    .global restore_user_context
restore_user_context:
    mov %rdi, %rsp
    RESTORE_REGISTERS
    /* SYSRET for system calls, but only to a canonical user address:
     * Intel CPUs raise #GP in ring 0, on the user's stack, otherwise. */
    cmpq $ENTRY_SYSCALL, (%rsp)
    jne 1f
    mov 16(%rsp), %rcx
    shr $47, %rcx
    jnz 1f
    mov 16(%rsp), %rcx
    mov 32(%rsp), %r11
    mov 40(%rsp), %rsp
    sysretq
1:  add $16, %rsp                       /* entry and error code */
    iretq

    .section .rodata
    .balign 8
    TRAP_STUB_TABLE .quad

    .bss
    .balign 8
syscall_user_rsp:
    .quad 0
    .global syscall_frame
syscall_frame:
    .quad 0

    .section .note.GNU-stack, "", @progbits
