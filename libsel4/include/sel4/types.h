#ifndef SEL4_TYPES_H
#define SEL4_TYPES_H

#include <sel4/macros.h>
#include <sel4/simple_types.h>
#include <sel4/constants.h>
#include <sel4/errors.h>
#include <sel4/shared_types.h>
#include <sel4/objecttype.h>
#include <sel4/syscall.h>
#include <sel4/sel4_arch/types.h>

typedef seL4_CPtr seL4_CNode;
typedef seL4_CPtr seL4_IRQHandler;
typedef seL4_CPtr seL4_IRQControl;
typedef seL4_CPtr seL4_TCB;
typedef seL4_CPtr seL4_Untyped;
typedef seL4_CPtr seL4_DomainSet;
typedef seL4_CPtr seL4_SchedContext;
typedef seL4_CPtr seL4_SchedControl;
typedef seL4_Word seL4_NodeId;
typedef seL4_Word seL4_PAddr;
typedef seL4_Word seL4_Domain;

#define seL4_NilData 0

#define seL4_NoRights      seL4_CapRights_new(0, 0, 0, 0)
#define seL4_CanWrite      seL4_CapRights_new(0, 0, 0, 1)
#define seL4_CanRead       seL4_CapRights_new(0, 0, 1, 0)
#define seL4_ReadWrite     seL4_CapRights_new(0, 0, 1, 1)
#define seL4_CanGrant      seL4_CapRights_new(0, 1, 0, 0)
#define seL4_CanGrantReply seL4_CapRights_new(1, 0, 0, 0)
#define seL4_NoRead        seL4_CapRights_new(1, 1, 0, 1)
#define seL4_NoWrite       seL4_CapRights_new(1, 1, 1, 0)
#define seL4_AllRights     seL4_CapRights_new(1, 1, 1, 1)

typedef struct seL4_IPCBuffer_ {
    seL4_MessageInfo_t tag;
    seL4_Word msg[seL4_MsgMaxLength];
    seL4_Word userData;
    seL4_Word caps_or_badges[seL4_MsgMaxExtraCaps];
    seL4_CPtr receiveCNode;
    seL4_CPtr receiveIndex;
    seL4_Word receiveDepth;
} seL4_IPCBuffer SEL4_ALIGNED(1 << seL4_IPCBufferSizeBits);

SEL4_COMPILE_ASSERT(ipc_buffer_size, sizeof(seL4_IPCBuffer) == (1 << seL4_IPCBufferSizeBits));

/* Fault message labels, for a fault handler reading a fault IPC. */
typedef enum {
    seL4_Fault_NullFault,
    seL4_Fault_CapFault,
    seL4_Fault_UnknownSyscall,
    seL4_Fault_UserException,
    seL4_Fault_VMFault = 5,
} seL4_FaultType;

#endif
