/*
 * VM labels: what an invocation's label asks of a VM capability.  Each
 * architecture maps its labels with arch_vm_label(), inline in
 * <arch/vm_label.h>.
 */
#ifndef VM_LABEL_H
#define VM_LABEL_H

#include <arch_api.h>

/* What a label asks of a VM capability . */
enum vm_operation {
    vm_op_none,
    vm_op_table_map,
    vm_op_table_unmap,
    vm_op_frame_map,
    vm_op_frame_unmap,
    vm_op_frame_get_address,
    vm_op_frame_arch,       /* one of the architecture's own frame invocations */
    vm_op_asid_make_pool,
    vm_op_asid_assign,
};

struct vm_label {
    enum vm_operation op;
    word_t table_type;      /* for table operations: the type whose label it is */
};

#include <arch/vm_label.h>

#endif
