# The fault program's kinds that exist on ia32 alone (arch/ia32/faults.c);
# arch/ia32/faults/<kind>.txt expects each.
set(PAGODA_ARCH_FAULT_KINDS)
