/* seL4's configuration macros, as seL4 programs test them (CONFIG_ARCH_*,
 * CONFIG_WORD_SIZE): the architecture's in sel4/sel4_arch/config.h. */
#ifndef SEL4_CONFIG_H
#define SEL4_CONFIG_H

#include <sel4/sel4_arch/config.h>

#endif
