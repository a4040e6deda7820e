# The fault program's kinds that exist on ia32 alone (arch/ia32/faults.c);
# arch/ia32/faults/<kind>.txt expects each.
set(PAGODA_ARCH_FAULT_KINDS
    privileged privileged-cr3 privileged-cli privileged-lgdt privileged-wrmsr privileged-debug-register
    privileged-port-out privileged-port-in
    int3 int-nmi-vector int-page-fault-vector int-unused-vector int-beyond-idt into
    bound
    undefined-with-df sysenter sysexit syscall
    divide-error divide-overflow x87-exception
    kernel-data-segment far-call-kernel-code iret-to-kernel far-jump-tss null-segments-syscall
    iret-nested-task nested-task-syscall
    single-step-syscall interrupt-flag
    stack-wrap)
