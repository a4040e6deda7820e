# The fault program's kinds that exist on aarch32 alone (arch/aarch32/faults.c);
# arch/aarch32/faults/<kind>.txt expects each.
set(PAGODA_ARCH_FAULT_KINDS)
