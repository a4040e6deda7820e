#include <sel4/functions.h>

seL4_IPCBuffer *__sel4_ipc_buffer;
