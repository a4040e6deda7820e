#ifndef CONFIG_H
#define CONFIG_H

/* CONFIG_DEBUG_BUILD comes from the build system; default to a debug kernel. */
#ifndef CONFIG_DEBUG_BUILD
#define CONFIG_DEBUG_BUILD 1
#endif

#define ROOT_CNODE_RADIX         12    /* 4096 slots, as seL4's default */
#define USER_STACK_TRACE_LENGTH  16    /* words shown in a fault report */
#define THREAD_NAME_LENGTH       64

#endif
