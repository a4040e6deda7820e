/*
 * A root task booted on host memory by the kernel's own boot_root_task(),
 * making system calls through the kernel's own entry, handle_syscall().
 * Needs no test framework: the fuzz target uses it too.
 *
 * The machine has 4 MiB of RAM and the device memory of host_memory.h (1
 * GiB, or 128 MiB on a 32-bit machine).  Boot gives the RAM to the root
 * task as usual; the device memory becomes one device untyped in the
 * first empty slot, as a BootInfo device region would.
 * Device memory is read-only host address space (reading it gives zeros),
 * so a kernel write to a device frame crashes.  Reads are allowed: the
 * debug fault report prints the words at a thread's stack pointer,
 * whatever frame is mapped there, as seL4's does.
 */
#ifndef ROOT_TASK_ENV_H
#define ROOT_TASK_ENV_H

#include <thread.h>
#include "host_memory.h"
#include <sel4/bootinfo_types.h>
#include <sel4/errors.h>

#define ROOT_TASK_RAM_BITS    22
#define ROOT_TASK_DEVICE_BITS HOST_DEVICE_BITS

/* Where the root task's image lies, and its entry point (its first byte). */
#define ROOT_TASK_IMAGE_VADDR 0x400000ul

struct root_task {
    struct tcb *thread;             /* the root task's TCB, the current thread */
    cte_t *cnode;                   /* its root CNode: slot i is cptr i */
    seL4_BootInfo *bootinfo;
    word_t device_untyped;          /* the slot of the device untyped */
    word_t first_free;              /* the first empty slot after it */
};

/*
 * Boots a fresh system: all kernel state (RAM, the ASID table, the current
 * thread, the console, the architecture log) starts over, so that what the
 * root task does next is reproducible.  Returns the root task.
 */
const struct root_task *root_task_boot(void);

/* Puts message register i where the kernel reads it: in a register, or in
 * the IPC buffer (ignored if the thread has none any more). */
void root_task_set_mr(word_t i, word_t value);

/* Puts extra capability i's cptr in the IPC buffer, if there is one. */
void root_task_set_extra_cap(word_t i, cptr_t cptr);

/*
 * Makes system call `number` as the current thread with `cptr` and `info`
 * in their registers (message registers set beforehand), and returns when
 * the kernel would resume a thread: true then, false if the machine
 * powered off instead (arch_log.power_off_status says why).
 */
bool root_task_syscall(word_t number, cptr_t cptr, seL4_MessageInfo_t info);

/*
 * seL4_Call of `cptr` with `label`, `length` message words `args` and
 * `extra_count` extra capabilities `extra`; returns the error label of the
 * reply.  Aborts if the machine powers off.
 */
seL4_Error root_task_call(cptr_t cptr, word_t label, const word_t *args, word_t length,
                          const cptr_t *extra, word_t extra_count);

#endif
