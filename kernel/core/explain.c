/*
 * The debug kernel's plain-language line, "Pagoda: ...", printed after a
 * reason line for a refused invocation and after the report of a fault no
 * handler takes.  seL4's own lines stay as seL4 prints them; this one says
 * in words what went wrong and what the program sees.
 */
#include <explain.h>
#include <memory.h>
#include <printf.h>
#include <vspace.h>

static const char *const error_names[seL4_NumErrors] = {
    [seL4_NoError] = "seL4_NoError",
    [seL4_InvalidArgument] = "seL4_InvalidArgument",
    [seL4_InvalidCapability] = "seL4_InvalidCapability",
    [seL4_IllegalOperation] = "seL4_IllegalOperation",
    [seL4_RangeError] = "seL4_RangeError",
    [seL4_AlignmentError] = "seL4_AlignmentError",
    [seL4_FailedLookup] = "seL4_FailedLookup",
    [seL4_TruncatedMessage] = "seL4_TruncatedMessage",
    [seL4_DeleteFirst] = "seL4_DeleteFirst",
    [seL4_RevokeFirst] = "seL4_RevokeFirst",
    [seL4_NotEnoughMemory] = "seL4_NotEnoughMemory",
};

static const char *const lookup_fault_names[] = {
    [seL4_NoFailure] = "no failure",
    [seL4_InvalidRoot] = "its root is not a CNode",
    [seL4_MissingCapability] = "a slot on the way is empty",
    [seL4_DepthMismatch] = "its depth does not end at a slot",
    [seL4_GuardMismatch] = "a CNode's guard does not match",
};

static bool is_paging_cap(cap_t cap)
{
    return cap_type(cap) == cap_frame || cap_type(cap) == cap_page_table;
}

static void explain_failed_lookup(const struct invocation *inv, const char *result, const char *name)
{
    word_t type = inv->error_detail[0];
    if (is_paging_cap(inv->slot->cap) && type == seL4_MissingCapability) {
        explain("%s %s: no paging structure covers the address at level %lu "
                "(seL4_MappingFailedLookupLevel()); map one there first", result, name, inv->error_detail[1]);
    } else {
        explain("%s %s: a slot or VSpace the message names was not found: %s", result, name,
                type < ARRAY_SIZE(lookup_fault_names) ? lookup_fault_names[type] : "unknown");
    }
}

void explain_invocation(const struct invocation *inv, seL4_Error err)
{
    const char *result = inv->is_call ? "the call returns" : "the invocation fails (a send hears nothing)";
    const char *name = err < seL4_NumErrors ? error_names[err] : "an unknown error";
    const word_t *detail = inv->error_detail;
    switch (err) {
    case seL4_NoError:
        explain("a warning only: the invocation went ahead and succeeded");
        break;
    case seL4_InvalidArgument:
        explain("%s %s: message word %lu (from 0) holds a value the invocation cannot take", result, name, detail[0]);
        break;
    case seL4_InvalidCapability:
        if (detail[0] == 0) {
            explain("%s %s: the invoked slot holds no capability, or one that cannot do this", result, name);
        } else {
            explain("%s %s: capability %lu sent with it is missing or of the wrong kind", result, name, detail[0]);
        }
        break;
    case seL4_IllegalOperation:
        explain("%s %s: the capability offers no such operation, or not in its present state", result, name);
        break;
    case seL4_RangeError:
        explain("%s %s: a value must lie between %lu and %lu", result, name, detail[0], detail[1]);
        break;
    case seL4_FailedLookup:
        explain_failed_lookup(inv, result, name);
        break;
    case seL4_TruncatedMessage:
        explain("%s %s: the invocation needs more message words or capabilities than were sent", result, name);
        break;
    case seL4_DeleteFirst:
        explain("%s %s: the place is taken; unmap or delete what is there first", result, name);
        break;
    case seL4_RevokeFirst:
        explain("%s %s: capabilities derived from this one remain; revoke it first", result, name);
        break;
    case seL4_NotEnoughMemory:
        explain("%s %s: the untyped has %lu bytes left, too few for the objects asked for", result, name, detail[0]);
        break;
    default:
        explain("%s %s", result, name);
        break;
    }
}

/* The slot of the thread's root CNode that holds the frame capability
 * mapped at `vaddr` in the VSpace of `asid`, or -1. */
static long find_frame_cap(const struct tcb *thread, word_t asid, vaddr_t vaddr)
{
    cap_t cnode = thread->cspace_root.cap;
    if (cap_type(cnode) != cap_cnode) {
        return -1;
    }
    const cte_t *slots = cap_object(cnode);
    for (word_t i = 0; i < BIT(cnode.cnode.radix); i++) {
        cap_t cap = slots[i].cap;
        if (cap_type(cap) == cap_frame && cap.frame.asid == asid && cap_frame_mapped_address(cap) == vaddr) {
            return (long)i;
        }
    }
    return -1;
}

static const char *const access_names[] = { "read", "write", "instruction fetch" };

/* What a VM fault at `address` hit in the thread's VSpace. */
static void explain_vm_fault(const struct tcb *thread, const struct fault *f, const char *outcome)
{
    const char *access = access_names[f->on_code ? 2 : f->on_write ? 1 : 0];
    cap_t vspace = thread->vspace_root.cap;
    pte_t *root = vspace_root(vspace);
    if (f->address > USER_TOP) {
        explain("the %s at 0x%lx is in the kernel's part of the address space; %s", access, f->address, outcome);
        return;
    }
    if (root == NULL) {
        explain("the thread's VSpace has no ASID, so nothing is mapped for it; %s", outcome);
        return;
    }
    struct walk w = vspace_walk(root, f->address, arch_paging.levels - 1);
    pte_t pte = *w.entry;
    if (arch_pte_kind(pte, w.level) != pte_frame) {
        explain("the %s at 0x%lx hit no mapping: its entry in the %s is empty; %s", access, f->address,
                arch_paging.level[w.level].name, outcome);
        return;
    }
    word_t size_bits = arch_paging.frame_bits[arch_pte_frame_size(pte, w.level)];
    long slot = find_frame_cap(thread, vspace.vspace.asid, ALIGN_DOWN(f->address, size_bits));
    enum vm_rights rights = arch_pte_rights(pte, w.level);
    bool allowed = !f->on_code && (rights == vm_read_write || (rights == vm_read_only && !f->on_write));
    const char *how = rights == vm_kernel_only ? "hit a kernel-only mapping"
                    : f->on_write && rights == vm_read_only ? "hit a read-only mapping"
                    : allowed ? "faulted though it is allowed by the mapping"
                    : "hit a mapping that does not allow execution";
    const char *why = allowed ? " (the status above says why)" : "";
    if (slot >= 0) {
        explain("the %s at 0x%lx %s of frame cap %ld%s; %s", access, f->address, how, slot, why, outcome);
    } else {
        explain("the %s at 0x%lx %s of the frame at 0x%lx%s; %s", access, f->address, how,
                arch_pte_address(pte, w.level), why, outcome);
    }
}

void explain_fault(const struct tcb *thread, const struct fault *f)
{
    const char *outcome = "no fault handler, so the thread stops";
    switch (f->type) {
    case fault_vm:
        explain_vm_fault(thread, f, outcome);
        break;
    case fault_cap:
        explain("capability address %lu names no capability the thread can %s; %s", f->address,
                f->in_receive_phase ? "receive on" : "invoke", outcome);
        break;
    case fault_unknown_syscall:
        explain("%ld is not a system call this kernel has; %s", (long)f->number, outcome);
        break;
    case fault_user_exception:
        explain("the processor refused the thread's instruction (the exception above); %s", outcome);
        break;
    }
}
