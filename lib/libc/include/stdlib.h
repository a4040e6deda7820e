#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* Ending the program ends the system: the machine powers off with the
 * status (see <pagoda/abi.h>). */
_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*function)(void));

int abs(int x);
long labs(long x);

#endif
