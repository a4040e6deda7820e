/* riscv64's VM labels: what each asks of a VM capability (<vm_label.h>).
 * Inline, for the invocation fast path. */
#ifndef ARCH_VM_LABEL_H
#define ARCH_VM_LABEL_H

#include <sel4/invocation.h>

static inline struct vm_label arch_vm_label(word_t label)
{
    switch (label) {
    case RISCVPageTableMap: return (struct vm_label){ vm_op_table_map, RISCV_PT };
    case RISCVPageTableUnmap: return (struct vm_label){ vm_op_table_unmap, RISCV_PT };
    case RISCVPageMap: return (struct vm_label){ vm_op_frame_map, 0 };
    case RISCVPageUnmap: return (struct vm_label){ vm_op_frame_unmap, 0 };
    case RISCVPageGetAddress: return (struct vm_label){ vm_op_frame_get_address, 0 };
    case RISCVASIDControlMakePool: return (struct vm_label){ vm_op_asid_make_pool, 0 };
    case RISCVASIDPoolAssign: return (struct vm_label){ vm_op_asid_assign, 0 };
    default: return (struct vm_label){ vm_op_none, 0 };
    }
}

#endif
