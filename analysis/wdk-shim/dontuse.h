/*
 * dontuse.h - drvls WDK supplement: the WDK's banned-function header.
 *
 * In the WDK this header marks unsafe C runtime string routines (strcpy, sprintf, ...) as deprecated so
 * that the compiler warns on every use; drivers include it to enforce the safe-string rule. Declaring
 * nothing is enough for parsing, and drvls reports those calls with its own rules, so it is empty here.
 */
#ifndef DRVLS_WDK_SHIM_DONTUSE_H
#define DRVLS_WDK_SHIM_DONTUSE_H
#endif
