/* The seL4 API, as Pagoda implements it. */
#ifndef SEL4_SEL4_H
#define SEL4_SEL4_H

#include <sel4/types.h>
#include <sel4/bootinfo.h>
#include <sel4/functions.h>
#include <sel4/syscalls.h>
#include <sel4/client.h>

#endif
