/* aarch64's VM labels: what each asks of a VM capability (<vm_label.h>).
 * Inline, for the invocation fast path. */
#ifndef ARCH_VM_LABEL_H
#define ARCH_VM_LABEL_H

#include <arm_vm_label.h>

/* The older API's fixed-level tables, beside what aarch32 has too. */
static inline struct vm_label arch_vm_label(word_t label)
{
    switch (label) {
    case ARMPageUpperDirectoryMap: return (struct vm_label){ vm_op_table_map, ARM_PUD };
    case ARMPageUpperDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, ARM_PUD };
    case ARMPageDirectoryMap: return (struct vm_label){ vm_op_table_map, ARM_PD };
    case ARMPageDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, ARM_PD };
    default: return arm_vm_label(label, ARM_PT);
    }
}

#endif
