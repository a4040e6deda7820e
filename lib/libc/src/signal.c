#include <signal.h>
#include <stdlib.h>

int raise(int sig)
{
    (void)sig;
    abort();
}
