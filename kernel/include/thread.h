#ifndef THREAD_H
#define THREAD_H

#include <cnode.h>
#include <config.h>
#include <arch_api.h>
#include <sel4/types.h>

enum thread_state {
    thread_inactive,        /* never runs again until resumed */
    thread_running,
    thread_blocked,         /* waiting for a message that nobody can send yet */
};

struct tcb {
    struct user_context context;    /* first: trap entry saves registers here */
    cte_t cspace_root;
    cte_t vspace_root;
    cte_t ipc_buffer_frame;
    vaddr_t ipc_buffer;
    seL4_IPCBuffer *ipc_buffer_view;    /* the kernel's view of it, while ipc_buffer_frame holds the frame */
    cptr_t fault_handler;
    enum thread_state state;
    char name[THREAD_NAME_LENGTH];
};

_Static_assert(sizeof(struct tcb) <= 1 << seL4_TCBBits, "a TCB fits its object");

/* The TCB's capability slots, as an array (deletion empties them; a
 * zombie's cursor needs them 16-byte aligned). */
#define TCB_CAP_SLOTS 3

static inline cte_t *tcb_cap_slots(struct tcb *thread)
{
    return &thread->cspace_root;
}

_Static_assert(offsetof(struct tcb, ipc_buffer_frame) == offsetof(struct tcb, cspace_root) + 2 * sizeof(cte_t),
               "the TCB's capability slots are contiguous");
_Static_assert(offsetof(struct tcb, cspace_root) % 16 == 0, "capability slots are 16-byte aligned");

/* Stops the thread for good (until it is resumed). */
void thread_suspend(struct tcb *thread);

extern struct tcb *current_thread;

/* Gives the thread its IPC buffer at `vaddr`, in the frame its
 * ipc_buffer_frame slot holds (a device frame gives it none). */
void thread_set_ipc_buffer(struct tcb *thread, vaddr_t vaddr);

/* The kernel's view of the thread's IPC buffer, or NULL if it has none:
 * the frame can only go (be deleted) after thread_set_ipc_buffer(). */
static inline seL4_IPCBuffer *thread_ipc_buffer(struct tcb *thread)
{
    return cap_type(thread->ipc_buffer_frame.cap) == cap_frame ? thread->ipc_buffer_view : NULL;
}

void thread_set_name(struct tcb *thread, const char *name);

/* Powers the machine off with `status` (docs/semantics.md): the root task
 * is done.  With the boot option dump-vspace-at-power-off, a debug kernel
 * first prints the current thread's VSpace after the line "VSpace at
 * power-off:" (tools/simulate --picture draws it). */
NORETURN void power_off(word_t status);

/* Runs the next runnable thread; powers off when none is left.  Never
 * returns: the architecture restores the chosen thread's registers. */
NORETURN void return_to_user(void);

/* The kernel entry for system calls: the caller's registers are saved in
 * current_thread->context.  It returns only when the caller goes on at
 * once, in the address space already active: the architecture then
 * resumes it from its context (or, on x86_64, reloads just the registers
 * a system call may change). */
void handle_syscall(void);

/* Architecture: resume `thread` in user mode, its address space already
 * active, with trap entry saving into its context. */
NORETURN void arch_resume_user(struct tcb *thread);

#endif
