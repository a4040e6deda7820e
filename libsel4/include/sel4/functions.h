/* The IPC buffer and the message registers in it. */
#ifndef SEL4_FUNCTIONS_H
#define SEL4_FUNCTIONS_H

#include <sel4/types.h>

/* The calling thread's IPC buffer (one thread per program so far). */
extern seL4_IPCBuffer *__sel4_ipc_buffer;

static inline void seL4_SetIPCBuffer(seL4_IPCBuffer *buffer)
{
    __sel4_ipc_buffer = buffer;
}

static inline seL4_IPCBuffer *seL4_GetIPCBuffer(void)
{
    return __sel4_ipc_buffer;
}

static inline seL4_Word seL4_GetMR(int i)
{
    return seL4_GetIPCBuffer()->msg[i];
}

static inline void seL4_SetMR(int i, seL4_Word mr)
{
    seL4_GetIPCBuffer()->msg[i] = mr;
}

static inline seL4_Word seL4_GetUserData(void)
{
    return seL4_GetIPCBuffer()->userData;
}

static inline void seL4_SetUserData(seL4_Word data)
{
    seL4_GetIPCBuffer()->userData = data;
}

static inline seL4_Word seL4_GetBadge(int i)
{
    return seL4_GetIPCBuffer()->caps_or_badges[i];
}

static inline seL4_CPtr seL4_GetCap(int i)
{
    return (seL4_CPtr)seL4_GetIPCBuffer()->caps_or_badges[i];
}

static inline void seL4_SetCap(int i, seL4_CPtr cptr)
{
    seL4_GetIPCBuffer()->caps_or_badges[i] = (seL4_Word)cptr;
}

static inline void seL4_GetCapReceivePath(seL4_CPtr *cnode, seL4_CPtr *index, seL4_Word *depth)
{
    seL4_IPCBuffer *buffer = seL4_GetIPCBuffer();
    *cnode = buffer->receiveCNode;
    *index = buffer->receiveIndex;
    *depth = buffer->receiveDepth;
}

static inline void seL4_SetCapReceivePath(seL4_CPtr cnode, seL4_CPtr index, seL4_Word depth)
{
    seL4_IPCBuffer *buffer = seL4_GetIPCBuffer();
    buffer->receiveCNode = cnode;
    buffer->receiveIndex = index;
    buffer->receiveDepth = depth;
}

#endif
