# The fault program's kinds that exist on aarch32 alone (arch/aarch32/faults.c);
# arch/aarch32/faults/<kind>.txt expects each.
set(PAGODA_ARCH_FAULT_KINDS
    privileged-sctlr privileged-ttbr0 privileged-dacr privileged-tlbiall privileged-dcimvac
    privileged-virtual-timer privileged-breakpoint-register privileged-fpexc
    cps-svc msr-mode interrupts-unmask
    svc-immediate semihosting-svc semihosting-thumb semihosting-hlt bkpt hvc smc
    wfi wfe
    ldm-misaligned strd-misaligned ldrex-misaligned
    execute-never ipc-buffer-execute bootinfo-execute kernel-execute gic-write stack-wrap pc-misaligned
    thumb-undefined thumb-yield)
