#ifndef FAULT_H
#define FAULT_H

#include <thread.h>

enum fault_type {
    fault_cap,
    fault_unknown_syscall,
    fault_user_exception,
    fault_vm,
};

struct fault {
    enum fault_type type;
    word_t address;         /* cap fault: the cptr; vm fault: the address */
    word_t status;          /* vm fault: the architecture's fault status */
    word_t number;          /* unknown syscall number, or exception number */
    word_t code;            /* user exception code */
    bool in_receive_phase;  /* cap fault */
    bool on_code;           /* vm fault: instruction fetch */
    bool on_write;          /* vm fault: a data write */
};

/* Delivers `fault` to the thread's fault handler.  Without one, the kernel
 * prints seL4's double-fault report and the thread stops for good. */
void handle_fault(struct tcb *thread, struct fault fault);

#endif
