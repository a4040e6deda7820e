/* Signals: only raising one, and every signal's action is the default. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#define SIGABRT 6
#define SIGFPE  8

/* Ends the program as abort() does (the compiler's run-time library raises
 * SIGFPE for an integer division by zero). */
int raise(int sig);

#endif
