# The fault program's kinds that exist on riscv64 alone (arch/riscv64/faults.c);
# arch/riscv64/faults/<kind>.txt expects each.
set(PAGODA_ARCH_FAULT_KINDS
    kernel-window-read kernel-window-write trap-kernel-window-sp
    privileged-satp privileged-sstatus privileged-sscratch privileged-mstatus sfence-vma sret mret
    wfi ebreak lr-misaligned
    sbi-system-reset sbi-legacy-shutdown
    fetch-across-page execute-never)
