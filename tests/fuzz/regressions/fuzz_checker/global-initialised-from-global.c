#include <ntddk.h>
static PVOID A;
static PVOID *B = &A;
int c[2];
int *d = c;
struct s { int *p; } e = { &c[1] };
