/* System-call entry: decode the call, perform it, reply, resume a thread. */
#include <arch_api.h>
#include <explain.h>
#include <fault.h>
#include <invariants.h>
#include <invocation.h>
#include <object.h>
#include <printf.h>
#include <vspace.h>
#include <pagoda/abi.h>
#include <sel4/syscall.h>

static ALWAYS_INLINE cte_t *lookup_slot(struct tcb *thread, cptr_t cptr)
{
    return lookup_cap_slot(thread->cspace_root.cap, cptr);
}

static struct fault cap_fault(cptr_t cptr, bool in_receive_phase)
{
    return (struct fault){ .type = fault_cap, .address = cptr, .in_receive_phase = in_receive_phase };
}

static seL4_Error decode_invocation(struct invocation *inv, cptr_t cptr)
{
    switch (cap_type(inv->slot->cap)) {
    case cap_null:
        user_error("attempted to invoke a null cap #%lu", cptr);
        return invalid_capability(inv, 0);
    case cap_untyped:
        return decode_untyped_invocation(inv);
    case cap_cnode:
        return decode_cnode_invocation(inv);
    case cap_frame:
    case cap_page_table:
    case cap_vspace:
    case cap_asid_control:
    case cap_asid_pool:
        return decode_vm_invocation(inv);
    default:
        user_error("%s capabilities have no invocations yet (label %lu)",
                   cap_type_name(cap_type(inv->slot->cap)), inv->label);
        return seL4_IllegalOperation;
    }
}

/* Looks up the caller's extra capabilities; false (after faulting the
 * caller, for blocking calls) if one does not resolve. */
static bool lookup_extra_caps(struct invocation *inv, word_t count, bool is_blocking)
{
    for (word_t i = 0; i < count; i++) {
        cptr_t cptr = inv->buffer->caps_or_badges[i];
        cte_t *slot = lookup_slot(inv->thread, cptr);
        if (slot == NULL) {
            user_error("lookup of extra cap #%lu failed", cptr);
            if (is_blocking) {
                handle_fault(inv->thread, cap_fault(cptr, false));
            } else {
                explain("a capability sent with a non-blocking send must name a slot; the send is dropped");
            }
            return false;
        }
        inv->extra[i] = slot;
    }
    inv->extra_count = count;
    return true;
}

/* A message longer than the registers from a thread without an IPC
 * buffer keeps only what the registers hold: said first, before anything
 * else about the message, whether or not its capability is found. */
static bool clip_to_registers(struct tcb *thread, word_t length)
{
    if (length <= ARCH_MSG_REGISTERS || thread_ipc_buffer(thread) != NULL) {
        return false;
    }
    user_error("no IPC buffer: message truncated to %d words", ARCH_MSG_REGISTERS);
    return true;
}

/* The message's words beyond the registers and its extra capabilities are
 * in the IPC buffer, which is looked up only for a message that has them. */
static bool read_ipc_buffer(struct invocation *inv, word_t extra, bool is_blocking)
{
    if (clip_to_registers(inv->thread, inv->length)) {
        inv->length = ARCH_MSG_REGISTERS;
    }
    inv->buffer = thread_ipc_buffer(inv->thread);
    return inv->buffer == NULL || lookup_extra_caps(inv, extra, is_blocking);
}

/* Decodes and performs the invocation of the capability in `slot`, and
 * replies to a Call.  Out of line: the fast path does without its frame. */
static NOINLINE void invoke(struct tcb *thread, cte_t *slot, seL4_MessageInfo_t info, bool is_call,
                            bool is_blocking)
{
    /* Field by field: the extra caps are filled only if sent, and an
     * error's details by the helper that returns it (invocation.c). */
    struct invocation inv;
    inv.thread = thread;
    inv.is_call = is_call;
    inv.label = seL4_MessageInfo_get_label(info);
    inv.length = seL4_MessageInfo_get_length(info);
    if (inv.length > seL4_MsgMaxLength) {
        inv.length = seL4_MsgMaxLength;
    }
    inv.buffer = NULL;
    inv.slot = slot;
    inv.extra_count = 0;
    inv.reply_length = 0;
    if (message_uses_ipc_buffer(info) &&
        !read_ipc_buffer(&inv, seL4_MessageInfo_get_extraCaps(info), is_blocking)) {
        return;
    }

    seL4_Error err = decode_invocation(&inv, arch_context_cptr(&thread->context));
    if (CONFIG_DEBUG_BUILD && unlikely(user_error_pending)) {
        explain_invocation(&inv, err);
    }
    if (is_call) {
        reply_to_call(thread, err, inv.reply_length);
    }
}

/* The invoked capability is looked up here, once, for the fast path and
 * the full one alike. */
static void handle_invocation(struct tcb *thread, bool is_call, bool is_blocking)
{
    seL4_MessageInfo_t info = { { arch_context_info(&thread->context) } };
    cptr_t cptr = arch_context_cptr(&thread->context);
    cte_t *slot = lookup_slot(thread, cptr);
    if (slot == NULL) {
        clip_to_registers(thread, seL4_MessageInfo_get_length(info));
        user_error("invocation of invalid cap #%lu", cptr);
        if (is_blocking) {
            handle_fault(thread, cap_fault(cptr, false));
        } else {
            explain("a non-blocking send to an address that names no slot is dropped");
        }
        return;
    }
    if (is_call && cap_type(slot->cap) == cap_frame && frame_call_fastpath(thread, slot, info)) {
        return;
    }
    invoke(thread, slot, info, is_call, is_blocking);
}

/*
 * Receiving.  Pagoda has no IPC yet, so nothing is ever sent: a blocking
 * receive on an endpoint or notification waits forever and a polling one
 * finds nothing.
 */
static NOINLINE void handle_receive(struct tcb *thread, bool is_blocking)
{
    struct user_context *context = &thread->context;
    cptr_t cptr = arch_context_cptr(context);
    cte_t *slot = lookup_slot(thread, cptr);
    enum cap_type type = slot != NULL ? cap_type(slot->cap) : cap_null;
    if (type != cap_endpoint && type != cap_notification) {
        user_error("receive on cap #%lu, which is not an endpoint or notification", cptr);
        handle_fault(thread, cap_fault(cptr, true));
    } else if (is_blocking) {
        thread->state = thread_blocked;
    } else {
        arch_context_set_reply(context, 0, 0);
    }
}

/* seL4_DebugNameThread: the TCB cap in the cptr register, the name in the IPC buffer. */
static NOINLINE void handle_name_thread(struct tcb *thread)
{
    cte_t *slot = lookup_slot(thread, arch_context_cptr(&thread->context));
    seL4_IPCBuffer *buffer = thread_ipc_buffer(thread);
    if (slot == NULL || cap_type(slot->cap) != cap_thread || buffer == NULL) {
        user_error("DebugNameThread: needs a TCB cap and an IPC buffer");
        explain("the thread keeps the name it had");
        return;
    }
    _Static_assert(THREAD_NAME_LENGTH <= sizeof(buffer->msg), "names are read from within the buffer");
    thread_set_name(cap_object(slot->cap), (const char *)buffer->msg);
}

/* Pagoda's debug call: print the paging tree of the VSpace in the cptr register. */
static NOINLINE void handle_dump_vspace(struct tcb *thread)
{
    cte_t *slot = lookup_slot(thread, arch_context_cptr(&thread->context));
    if (slot == NULL || cap_type(slot->cap) != cap_vspace) {
        user_error("DebugDumpVSpace: needs a VSpace capability");
        explain("nothing is dumped");
        return;
    }
    vspace_dump(slot->cap);
}

/* The thread called a number that is no system call (in this build). */
static NOINLINE void handle_unknown_syscall(struct tcb *thread, word_t number)
{
    handle_fault(thread, (struct fault){ .type = fault_unknown_syscall, .number = number });
}

/* Pagoda's debug call: check the kernel's invariants, reply whether they hold. */
static NOINLINE void handle_check_invariants(struct tcb *thread)
{
    bool complete;
    arch_context_set_reply(&thread->context, check_invariants(thread, &complete), 0);
}

/* The rarer system calls above are out of line (NOINLINE) so that
 * handle_syscall() needs no stack frame of theirs: every system call,
 * Yield included, runs its prologue. */
void handle_syscall(void)
{
    struct tcb *thread = current_thread;
    word_t number = arch_context_syscall(&thread->context);

    switch ((long)number) {
    case seL4_SysCall: handle_invocation(thread, true, true); break;
    case seL4_SysSend: handle_invocation(thread, false, true); break;
    case seL4_SysNBSend: handle_invocation(thread, false, false); break;
    case seL4_SysRecv:
    case seL4_SysReplyRecv: handle_receive(thread, true); break;
    case seL4_SysNBRecv: handle_receive(thread, false); break;
    case seL4_SysReply:
    case seL4_SysYield: break;
    case seL4_SysDebugPutChar: arch_console_putc((char)arch_context_cptr(&thread->context)); break;
    case seL4_SysDebugNameThread: handle_name_thread(thread); break;
    case PagodaSysExit: power_off(arch_context_cptr(&thread->context) & 0x7f);
    case PagodaSysDebugDumpVSpace:
        if (CONFIG_DEBUG_BUILD) {
            handle_dump_vspace(thread);
        } else {
            handle_unknown_syscall(thread, number);
        }
        break;
    case PagodaSysDebugCheckInvariants:
        if (CONFIG_DEBUG_BUILD) {
            handle_check_invariants(thread);
        } else {
            handle_unknown_syscall(thread, number);
        }
        break;
    default:
        handle_unknown_syscall(thread, number);
        break;
    }
    if (unlikely(thread->state != thread_running || address_spaces_changed)) {
        return_to_user();
    }
}
