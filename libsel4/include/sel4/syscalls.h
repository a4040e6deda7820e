/* seL4's system calls, on the architecture's primitives. */
#ifndef SEL4_SYSCALLS_H
#define SEL4_SYSCALLS_H

#include <sel4/functions.h>
#include <sel4/sel4_arch/syscalls.h>

static inline seL4_MessageInfo_t seL4_CallWithMRs(seL4_CPtr dest, seL4_MessageInfo_t info, seL4_Word *mr0,
                                                  seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_Word zero[4] = { 0, 0, 0, 0 };
    pagoda_sys_send_recv(seL4_SysCall, &dest, &info.words[0], mr0 ? mr0 : &zero[0], mr1 ? mr1 : &zero[1],
                         mr2 ? mr2 : &zero[2], mr3 ? mr3 : &zero[3]);
    return info;
}

/* Message registers 0..3 travel in registers; the rest stay in the IPC buffer. */
static inline seL4_MessageInfo_t seL4_pagoda_call_buffer(seL4_Word number, seL4_CPtr dest, seL4_MessageInfo_t info,
                                                         seL4_Word *badge)
{
    seL4_Word *msg = seL4_GetIPCBuffer()->msg;
    pagoda_sys_send_recv(number, &dest, &info.words[0], &msg[0], &msg[1], &msg[2], &msg[3]);
    if (badge != seL4_Null) {
        *badge = dest;
    }
    return info;
}

static inline seL4_MessageInfo_t seL4_Call(seL4_CPtr dest, seL4_MessageInfo_t info)
{
    return seL4_pagoda_call_buffer(seL4_SysCall, dest, info, seL4_Null);
}

static inline void seL4_Send(seL4_CPtr dest, seL4_MessageInfo_t info)
{
    seL4_pagoda_call_buffer(seL4_SysSend, dest, info, seL4_Null);
}

static inline void seL4_NBSend(seL4_CPtr dest, seL4_MessageInfo_t info)
{
    seL4_pagoda_call_buffer(seL4_SysNBSend, dest, info, seL4_Null);
}

static inline seL4_MessageInfo_t seL4_Recv(seL4_CPtr src, seL4_Word *sender)
{
    return seL4_pagoda_call_buffer(seL4_SysRecv, src, seL4_MessageInfo_new(0, 0, 0, 0), sender);
}

static inline seL4_MessageInfo_t seL4_NBRecv(seL4_CPtr src, seL4_Word *sender)
{
    return seL4_pagoda_call_buffer(seL4_SysNBRecv, src, seL4_MessageInfo_new(0, 0, 0, 0), sender);
}

static inline void seL4_Reply(seL4_MessageInfo_t info)
{
    seL4_pagoda_call_buffer(seL4_SysReply, 0, info, seL4_Null);
}

static inline seL4_MessageInfo_t seL4_ReplyRecv(seL4_CPtr src, seL4_MessageInfo_t info, seL4_Word *sender)
{
    return seL4_pagoda_call_buffer(seL4_SysReplyRecv, src, info, sender);
}

static inline void seL4_Yield(void)
{
    pagoda_sys_word(seL4_SysYield, 0);
}

static inline void seL4_DebugPutChar(char c)
{
    pagoda_sys_word(seL4_SysDebugPutChar, (seL4_Word)(unsigned char)c);
}

/* Names a thread in the kernel's fault reports. */
static inline void seL4_DebugNameThread(seL4_CPtr tcb, const char *name)
{
    char *text = (char *)seL4_GetIPCBuffer()->msg;
    unsigned i = 0;
    for (; i < sizeof(seL4_GetIPCBuffer()->msg) - 1 && name[i] != '\0'; i++) {
        text[i] = name[i];
    }
    text[i] = '\0';
    pagoda_sys_word(seL4_SysDebugNameThread, tcb);
}

#endif
