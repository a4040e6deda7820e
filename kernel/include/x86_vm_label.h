/* The VM labels x86_64 and ia32 share. */
#ifndef X86_VM_LABEL_H
#define X86_VM_LABEL_H

#include <vm_label.h>
#include <sel4/invocation.h>

/* The labels of page tables (table type `page_table`), frames and ASIDs. */
static inline struct vm_label x86_vm_label(word_t label, word_t page_table)
{
    switch (label) {
    case X86PageTableMap: return (struct vm_label){ vm_op_table_map, page_table };
    case X86PageTableUnmap: return (struct vm_label){ vm_op_table_unmap, page_table };
    case X86PageMap: return (struct vm_label){ vm_op_frame_map, 0 };
    case X86PageUnmap: return (struct vm_label){ vm_op_frame_unmap, 0 };
    case X86PageGetAddress: return (struct vm_label){ vm_op_frame_get_address, 0 };
    case X86ASIDControlMakePool: return (struct vm_label){ vm_op_asid_make_pool, 0 };
    case X86ASIDPoolAssign: return (struct vm_label){ vm_op_asid_assign, 0 };
    default: return (struct vm_label){ vm_op_none, 0 };
    }
}

#endif
