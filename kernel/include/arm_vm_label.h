/* The VM labels aarch64 and aarch32 share. */
#ifndef ARM_VM_LABEL_H
#define ARM_VM_LABEL_H

#include <vm_label.h>
#include <sel4/invocation.h>

/* The labels of page tables (table type `page_table`), frames, their
 * cache operations, and ASIDs. */
static inline struct vm_label arm_vm_label(word_t label, word_t page_table)
{
    switch (label) {
    case ARMPageTableMap: return (struct vm_label){ vm_op_table_map, page_table };
    case ARMPageTableUnmap: return (struct vm_label){ vm_op_table_unmap, page_table };
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

#endif
