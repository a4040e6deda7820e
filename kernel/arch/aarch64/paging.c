/*
 * aarch64 paging: 4 KiB granule, 4 levels, 9 index bits each, 48-bit
 * virtual addresses.
 *
 *   47      39 38      30 29      21 20      12 11         0
 *  +----------+----------+----------+----------+------------+
 *  |  VSpace  |   PUD    |    PD    |    PT    |   offset   |
 *  +----------+----------+----------+----------+------------+
 *                 1 GiB      2 MiB      4 KiB   frame sizes
 *
 * seL4's current API has one PageTable type for levels 1 to 3, which goes
 * at the first level an address lacks; the older API's PageUpperDirectory
 * and PageDirectory are fixed to levels 1 and 2.  Pagoda has all three.
 */
#include <arch/cpu.h>
#include <invocation.h>
#include <memory.h>
#include <object.h>
#include <printf.h>
#include <vspace.h>
#include <sel4/objecttype.h>

enum { ARM_PT, ARM_PUD, ARM_PD };

const struct paging_desc arch_paging = {
    .levels = 4,
    .level = {
        { .shift = 39, .index_bits = 9, .name = "ARM_VSpace" },
        { .shift = 30, .index_bits = 9, .name = "ARM_PageUpperDirectory" },
        { .shift = 21, .index_bits = 9, .name = "ARM_PageDirectory" },
        { .shift = 12, .index_bits = 9, .name = "ARM_PageTable" },
    },
    .table_types = 3,
    .table = {
        [ARM_PT] = { .name = "ARM_PageTable", .first_level = 1, .last_level = 3 },
        [ARM_PUD] = { .name = "ARM_PageUpperDirectory", .first_level = 1, .last_level = 1 },
        [ARM_PD] = { .name = "ARM_PageDirectory", .first_level = 2, .last_level = 2 },
    },
    .frame_sizes = 3,
    .frame_bits = { 12, 21, 30 },
    .frame_level = { 3, 2, 1 },
};

const char arch_frame_name[] = "ARM_Page";

bool arch_object_kind(word_t type, struct object_kind *kind)
{
    switch (type) {
    case seL4_ARM_HugePageObject: *kind = (struct object_kind){ cap_frame, 30, 2 }; return true;
    case seL4_ARM_VSpaceObject: *kind = (struct object_kind){ cap_vspace, 12, 0 }; return true;
    case seL4_ARM_SmallPageObject: *kind = (struct object_kind){ cap_frame, 12, 0 }; return true;
    case seL4_ARM_LargePageObject: *kind = (struct object_kind){ cap_frame, 21, 1 }; return true;
    case seL4_ARM_PageTableObject: *kind = (struct object_kind){ cap_page_table, 12, ARM_PT }; return true;
    case seL4_ARM_PageUpperDirectoryObject: *kind = (struct object_kind){ cap_page_table, 12, ARM_PUD }; return true;
    case seL4_ARM_PageDirectoryObject: *kind = (struct object_kind){ cap_page_table, 12, ARM_PD }; return true;
    default: return false;
    }
}

struct vm_label arch_vm_label(word_t label)
{
    switch (label) {
    case ARMPageTableMap: return (struct vm_label){ vm_op_table_map, ARM_PT };
    case ARMPageTableUnmap: return (struct vm_label){ vm_op_table_unmap, ARM_PT };
    case ARMPageUpperDirectoryMap: return (struct vm_label){ vm_op_table_map, ARM_PUD };
    case ARMPageUpperDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, ARM_PUD };
    case ARMPageDirectoryMap: return (struct vm_label){ vm_op_table_map, ARM_PD };
    case ARMPageDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, ARM_PD };
    case ARMPageMap: return (struct vm_label){ vm_op_frame_map, 0 };
    case ARMPageUnmap: return (struct vm_label){ vm_op_frame_unmap, 0 };
    case ARMPageGetAddress: return (struct vm_label){ vm_op_frame_get_address, 0 };
    case ARMPageClean_Data:
    case ARMPageInvalidate_Data:
    case ARMPageCleanInvalidate_Data:
    case ARMPageUnify_Instruction: return (struct vm_label){ vm_op_frame_arch, 0 };
    case ARMASIDControlMakePool: return (struct vm_label){ vm_op_asid_make_pool, 0 };
    case ARMASIDPoolAssign: return (struct vm_label){ vm_op_asid_assign, 0 };
    default: return (struct vm_label){ vm_op_none, 0 };
    }
}

/* ---- Page cache maintenance ------------------------------------------------ */

/* Whether the mapping the frame capability records is still in its VSpace. */
static bool frame_mapping_is_current(cap_t frame)
{
    pte_t *root = asid_lookup(frame.frame.asid);
    paddr_t paddr;
    return root != NULL && vspace_translate(root, cap_frame_mapped_address(frame), &paddr) &&
           paddr == kernel_to_phys(cap_object(frame));
}

/* Page_Clean_Data and friends (start, end): offsets within a mapped page. */
seL4_Error arch_decode_frame_invocation(struct invocation *inv)
{
    cap_t frame = inv->slot->cap;
    if (arch_vm_label(inv->label).op != vm_op_frame_arch) {
        user_error("%s: illegal operation (label %lu)", arch_frame_name, inv->label);
        return seL4_IllegalOperation;
    }
    if (inv->length < 2) {
        user_error("%s: cache operation: truncated message", arch_frame_name);
        return seL4_TruncatedMessage;
    }
    word_t start = inv_arg(inv, 0), end = inv_arg(inv, 1), size = BIT(arch_paging.frame_bits[frame.frame.size]);
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
    word_t base = (word_t)cap_object(frame);
    arm_maintain_cache(inv->label, base + start, base + end);
    return seL4_NoError;
}
