/* aarch32's VM labels: what each asks of a VM capability (<vm_label.h>).
 * Inline, for the invocation fast path. */
#ifndef ARCH_VM_LABEL_H
#define ARCH_VM_LABEL_H

#include <arm_vm_label.h>

static inline struct vm_label arch_vm_label(word_t label)
{
    return arm_vm_label(label, ARM_PT);
}

#endif
