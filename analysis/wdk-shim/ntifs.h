/*
 * ntifs.h - drvls WDK supplement: mingw-w64's ntifs.h plus what drivers expect from the WDK's.
 *
 * Forwards to mingw-w64's ntifs.h (which reaches wdm.h in this directory through ntddk.h), then adds:
 * DWORD, which kernel code built against the WDK's ntifs.h uses without including windef.h.
 */
#ifndef DRVLS_WDK_SHIM_NTIFS_H
#define DRVLS_WDK_SHIM_NTIFS_H

#include_next <ntifs.h>

#if !defined(_MINWINDEF_) && !defined(_WINDEF_) && !defined(DRVLS_WDK_SHIM_DWORD)
#define DRVLS_WDK_SHIM_DWORD
typedef ULONG DWORD;
#endif

#endif /* DRVLS_WDK_SHIM_NTIFS_H */
