/* Faults, and the debug report for a thread that has no fault handler. */
#include <explain.h>
#include <fault.h>
#include <memory.h>
#include <printf.h>
#include <vspace.h>

static void print_fault(const struct fault *f)
{
    switch (f->type) {
    case fault_cap:
        kprintf("cap fault in %s phase at address %p",
                f->in_receive_phase ? "receive" : "send", (void *)f->address);
        break;
    case fault_vm:
        kprintf("vm fault on %s at address %p with status %p",
                f->on_code ? "code" : "data", (void *)f->address, (void *)f->status);
        break;
    case fault_unknown_syscall:
        kprintf("unknown syscall %p", (void *)f->number);
        break;
    case fault_user_exception:
        kprintf("user exception %p code %p", (void *)f->number, (void *)f->code);
        break;
    }
}

/* The words at the thread's stack pointer, read through its own VSpace. */
static void print_user_stack(struct tcb *thread)
{
    vaddr_t sp = arch_context_sp(&thread->context);
    pte_t *root = vspace_root(thread->vspace_root.cap);
    if (!IS_ALIGNED(sp, seL4_WordSizeBits)) {
        kprintf("%s not aligned\n", ARCH_SP_NAME);
        return;
    }
    if (root == NULL) {
        kprintf("Invalid vspace\n");
        return;
    }
    for (word_t i = 0; i < USER_STACK_TRACE_LENGTH; i++) {
        vaddr_t address = sp + i * sizeof(word_t);
        paddr_t paddr;
        if (vspace_translate(root, address, &paddr)) {
            kprintf("0x%lx: 0x%lx\n", address, *(word_t *)phys_to_kernel(paddr));
        } else {
            kprintf("0x%lx: INVALID\n", address);
        }
    }
}

/*
 * Pagoda has no IPC yet, so no thread can have a working fault handler:
 * looking up the handler always fails, which is itself a cap fault on the
 * handler's cptr.  The kernel reports both and the thread stops.
 */
void handle_fault(struct tcb *thread, struct fault fault)
{
    struct fault handler_fault = { .type = fault_cap, .address = thread->fault_handler };

    kprintf("Caught ");
    print_fault(&handler_fault);
    kprintf("\nwhile trying to handle:\n");
    print_fault(&fault);
    kprintf("\nin thread %p \"%s\" at address %p\n", (void *)thread, thread->name,
            (void *)arch_context_pc(&thread->context));
    kprintf("With stack:\n");
    print_user_stack(thread);
    if (CONFIG_DEBUG_BUILD) {
        explain_fault(thread, &fault);
    }
    thread->state = thread_inactive;
}
