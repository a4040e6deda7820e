/* x86_64's VM labels: what each asks of a VM capability (<vm_label.h>).
 * Inline, for the invocation fast path. */
#ifndef ARCH_VM_LABEL_H
#define ARCH_VM_LABEL_H

#include <x86_vm_label.h>

static inline struct vm_label arch_vm_label(word_t label)
{
    switch (label) {
    case X86PDPTMap: return (struct vm_label){ vm_op_table_map, X86_PDPT };
    case X86PDPTUnmap: return (struct vm_label){ vm_op_table_unmap, X86_PDPT };
    case X86PageDirectoryMap: return (struct vm_label){ vm_op_table_map, X86_PD };
    case X86PageDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, X86_PD };
    default: return x86_vm_label(label, X86_PT);
    }
}

#endif
