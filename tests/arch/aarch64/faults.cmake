# The fault program's kinds that exist on aarch64 alone (arch/aarch64/faults.c);
# arch/aarch64/faults/<kind>.txt expects each.
set(PAGODA_ARCH_FAULT_KINDS
    privileged-msr privileged-mrs privileged-daif hvc smc eret
    wfi wfe
    semihosting-exit brk
    pc-misaligned
    ipc-buffer-execute bootinfo-execute)
