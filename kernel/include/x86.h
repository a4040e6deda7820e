/*
 * The x86 CPU as x86_64 and ia32 both use it (kernel/lib/x86.c): address
 * spaces through CR3 and the TLB (arch_vspace_activate, arch_tlb_flush_*,
 * without PCIDs), exceptions, the I/O port control capability
 * (arch_boot_root_caps), and the VM labels both APIs have.
 */
#ifndef X86_H
#define X86_H

#include <arch_api.h>
#include <vspace.h>
#include <sel4/invocation.h>

#define VECTOR_NMI                 2
#define VECTOR_DOUBLE_FAULT        8
#define VECTOR_INVALID_TSS         10
#define VECTOR_SEGMENT_NOT_PRESENT 11
#define VECTOR_STACK_FAULT         12
#define VECTOR_GENERAL_PROTECTION  13
#define VECTOR_PAGE_FAULT          14
#define VECTOR_MACHINE_CHECK       18

/* The CPU features both kernels set up alike: the FPU and SSE for user
 * code (the kernel itself never touches FPU state), write protection for
 * the kernel too, and the PAT seL4's cache attributes select. */
void x86_init_cpu_features(void);

/* The architecture's: the physical address of the kernel's own top-level
 * table, which CR3 holds while no VSpace is active. */
paddr_t x86_kernel_root(void);

/* Exception `vector` with `error_code`, raised at `pc`: from user mode, a
 * fault of the current thread; from the kernel, a kernel bug, as NMIs,
 * double faults and machine checks are wherever they strike, and so is an
 * exception in the delivery of an interrupt. */
NORETURN void x86_handle_exception(word_t vector, word_t error_code, word_t pc, bool from_user);

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
