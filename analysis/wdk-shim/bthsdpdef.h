/*
 * bthsdpdef.h - drvls fallback wrapper for the Bluetooth SDP element types.
 *
 * mingw-w64 ships a user-mode bthsdpdef.h (SDP_TYPE, SDP_SPECIFICTYPE, SdpQueryUuid,
 * SdpAttributeRange, SDP_LARGE_INTEGER_16, ...). In kernel mode its only gap is LPBYTE, which
 * comes from windef.h. This wrapper supplies LPBYTE and forwards to mingw-w64's header.
 */
#ifndef DRVLS_WDK_SHIM_BTHSDPDEF_H
#define DRVLS_WDK_SHIM_BTHSDPDEF_H

#if !defined(_MINWINDEF_) && !defined(_WINDEF_) && !defined(DRVLS_WDK_SHIM_LPBYTE)
#define DRVLS_WDK_SHIM_LPBYTE
/* Same type as windef.h's, so a later windef.h redefines it compatibly (C11, C++). */
typedef unsigned char *LPBYTE;
#endif

/* Bluetooth profile drivers also use windef.h's DWORD and UINT in kernel mode. */
#if !defined(_MINWINDEF_) && !defined(_WINDEF_) && !defined(DRVLS_WDK_SHIM_DWORD)
#define DRVLS_WDK_SHIM_DWORD
typedef ULONG DWORD;
#endif
#if !defined(_MINWINDEF_) && !defined(_WINDEF_) && !defined(DRVLS_WDK_SHIM_UINT)
#define DRVLS_WDK_SHIM_UINT
typedef unsigned int UINT, *PUINT;
#endif

#include_next <bthsdpdef.h>

/* Pointer forms the kernel SDP interfaces use; mingw-w64 names only the structures. */
typedef SDP_LARGE_INTEGER_16 *PSDP_LARGE_INTEGER_16;
typedef SDP_ULARGE_INTEGER_16 *PSDP_ULARGE_INTEGER_16;

#endif /* DRVLS_WDK_SHIM_BTHSDPDEF_H */
