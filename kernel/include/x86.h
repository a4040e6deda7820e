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

#endif
