/*
 * The Arm page cache operations: Page_Clean_Data, _Invalidate_Data,
 * _CleanInvalidate_Data and _Unify_Instruction (start, end), on offsets
 * within a mapped page, checked in the order docs/semantics.md gives and
 * performed through the kernel's window (kernel/lib/arm_cache.c).
 */
#include <arm.h>
#include <invocation.h>
#include <memory.h>
#include <printf.h>

/* Whether the mapping the frame capability records is still in its VSpace. */
static bool frame_mapping_is_current(cap_t frame)
{
    pte_t *root = asid_lookup(frame.frame.asid);
    paddr_t paddr;
    return root != NULL && vspace_translate(root, cap_frame_mapped_address(frame), &paddr) &&
           paddr == kernel_to_phys(cap_object(frame));
}

static seL4_Error check_cache_operation(struct invocation *inv, word_t start, word_t end)
{
    cap_t frame = inv->slot->cap;
    word_t size = BIT(arch_paging.frame_bits[frame.frame.size]);
    if (frame.frame.asid == 0) {
        user_error("%s: cache operation on a frame that is not mapped", arch_frame_name);
        return seL4_IllegalOperation;
    }
    if (end <= start) {
        user_error("%s: cache operation on an empty range", arch_frame_name);
        return invalid_argument(inv, 1);
    }
    if (start >= size || end > size) {
        user_error("%s: cache operation beyond the page", arch_frame_name);
        return invalid_argument(inv, 0);
    }
    if (!frame_mapping_is_current(frame)) {
        user_error("%s: cache operation through a stale mapping", arch_frame_name);
        return invalid_capability(inv, 0);
    }
    if (inv->label == ARMPageInvalidate_Data && frame.frame.rights != vm_read_write) {
        user_error("%s: Invalidate_Data needs a writable frame", arch_frame_name);
        return seL4_IllegalOperation;
    }
    return seL4_NoError;
}

seL4_Error arch_decode_frame_invocation(struct invocation *inv)
{
    if (arch_vm_label(inv->label).op != vm_op_frame_arch) {
        user_error("%s: illegal operation (label %lu)", arch_frame_name, inv->label);
        return seL4_IllegalOperation;
    }
    if (inv->length < 2) {
        user_error("%s: cache operation: truncated message", arch_frame_name);
        return seL4_TruncatedMessage;
    }
    word_t start = inv_arg(inv, 0), end = inv_arg(inv, 1);
    seL4_Error err = check_cache_operation(inv, start, end);
    if (err == seL4_NoError) {
        word_t base = (word_t)cap_object(inv->slot->cap);
        arm_maintain_cache(inv->label, base + start, base + end);
    }
    return err;
}
