/* ia32's VM labels: what each asks of a VM capability (<vm_label.h>).
 * Inline, for the invocation fast path. */
#ifndef ARCH_VM_LABEL_H
#define ARCH_VM_LABEL_H

#include <x86_vm_label.h>

/* The page directory is the root: its Map and Unmap labels are illegal
 * operations, as in seL4 on ia32. */
static inline struct vm_label arch_vm_label(word_t label)
{
    return x86_vm_label(label, X86_PT);
}

#endif
