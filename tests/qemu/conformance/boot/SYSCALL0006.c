/* A machine of its own: the case leaves the thread without an IPC buffer. */
#include <stdio.h>
#include "harness.h"

/* A cptr no slot answers to: the root CNode's guard is zero. */
#define NO_SLOT ((seL4_CPtr)1 << (seL4_WordBits - 1))

CASE(SYSCALL0006, "pagoda-truncate",
     "without an IPC buffer a long message is clipped to the registers, said before its cap's lookup fails")
{
    expect(seL4_CNode_Revoke(ROOT, seL4_CapInitThreadIPCBuffer, DEPTH), NO_ERROR);
    printf("sending 5 words to no slot\n");
    seL4_NBSend(NO_SLOT, seL4_MessageInfo_new(0, 0, 0, 5));
    printf("sent\n");
}
