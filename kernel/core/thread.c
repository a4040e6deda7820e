#include <arch_api.h>
#include <boot.h>
#include <paging.h>
#include <pagoda/abi.h>
#include <printf.h>
#include <thread.h>
#include <vspace.h>

struct tcb *current_thread;

void thread_set_ipc_buffer(struct tcb *thread, vaddr_t vaddr)
{
    cap_t frame = thread->ipc_buffer_frame.cap;
    thread->ipc_buffer = vaddr;
    thread->ipc_buffer_view = NULL;
    if (cap_type(frame) != cap_frame || frame.frame.is_device) {
        return;
    }
    word_t offset = vaddr & mask_bits(arch_paging.frame_bits[frame.frame.size]);
    kassert(IS_ALIGNED(offset, seL4_IPCBufferSizeBits));    /* so it lies within the frame */
    thread->ipc_buffer_view = (seL4_IPCBuffer *)((char *)cap_object(frame) + offset);
}

void thread_suspend(struct tcb *thread)
{
    thread->state = thread_inactive;
}

void thread_set_name(struct tcb *thread, const char *name)
{
    word_t i = 0;
    for (; i < sizeof(thread->name) - 1 && name[i] != '\0'; i++) {
        thread->name[i] = name[i];
    }
    thread->name[i] = '\0';
}

NORETURN void power_off(word_t status)
{
    cap_t vspace = current_thread->vspace_root.cap;
    if (CONFIG_DEBUG_BUILD && boot_options.dump_vspace_at_power_off && cap_type(vspace) == cap_vspace) {
        kprintf("VSpace at power-off:\n");
        vspace_dump(vspace);
    }
    arch_power_off(status);
}

/*
 * Pagoda runs one thread so far (nothing can create and start another), so
 * when the current thread cannot run, nothing can: the machine powers off.
 */
NORETURN void return_to_user(void)
{
    struct tcb *thread = current_thread;
    if (thread->state != thread_running) {
        power_off(PAGODA_STATUS_NO_THREADS);
    }
    cap_t vspace = thread->vspace_root.cap;
    address_spaces_changed = false;
    arch_vspace_activate(vspace.vspace.asid, vspace_root(vspace));
    arch_resume_user(thread);
}
