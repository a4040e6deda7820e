# The fault program's kinds that exist on x86_64 alone (arch/x86_64/faults.c);
# arch/x86_64/faults/<kind>.txt expects each.
set(PAGODA_ARCH_FAULT_KINDS
    privileged privileged-cr3 privileged-cli privileged-lgdt privileged-wrmsr privileged-port-out
    int-0x80 int3 int-nmi-vector
    undefined-with-df sysenter
    divide-error divide-overflow
    noncanonical-read noncanonical-stack syscall-noncanonical-rsp
    single-step-syscall syscall-at-user-top interrupt-flag)
