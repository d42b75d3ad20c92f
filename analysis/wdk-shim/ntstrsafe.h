/*
 * ntstrsafe.h - drvls WDK supplement: mingw-w64's ntstrsafe.h plus the UNICODE_STRING routines.
 *
 * mingw-w64's ntstrsafe.h has the RtlString{Cb,Cch}* routines for NUL-terminated buffers but none of the
 * documented routines that work on UNICODE_STRING structures (RtlUnicodeStringInit,
 * RtlUnicodeStringPrintf, RtlUnicodeStringCatString, RtlStringCbCopyUnicodeString, ...). This file
 * forwards to mingw-w64's header with #include_next and declares those routines, written from the
 * ntstrsafe reference pages. The WDK defines them inline in the header; here they are prototypes, which
 * is all drvls needs to see the calls. The dwFlags parameters are ULONG, the kernel spelling of the
 * documented DWORD (the same type).
 */
#ifndef DRVLS_WDK_SHIM_NTSTRSAFE_H
#define DRVLS_WDK_SHIM_NTSTRSAFE_H

/* mingw-w64's header needs the kernel base types (UNICODE_STRING, NTSTATUS) to be there already, as the
 * WDK's does; a driver includes ntddk.h or wdm.h first, but bring them in when it did not. */
#if !defined(_WDMDDK_) && !defined(DRVLS_WDK_SHIM_WDM_H) && !defined(_NTDEF_)
#include <wdm.h>
#endif

#include_next <ntstrsafe.h>

/* Largest string, in characters, a UNICODE_STRING can hold (its lengths are USHORT byte counts). */
#ifndef NTSTRSAFE_UNICODE_STRING_MAX_CCH
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH 32767
#endif

#ifndef DRVLS_NTSTRSAFE_UNICODE_STRING_ROUTINES
#define DRVLS_NTSTRSAFE_UNICODE_STRING_ROUTINES

#ifdef __cplusplus
extern "C" {
#endif

/* Initialisation and validation. */
NTSTATUS NTAPI RtlUnicodeStringInit(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlUnicodeStringInitEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                      ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringValidate(PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlUnicodeStringValidateEx(PCUNICODE_STRING SourceString, ULONG dwFlags);

/* Copying into a UNICODE_STRING. */
NTSTATUS NTAPI RtlUnicodeStringCopy(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlUnicodeStringCopyEx(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                      PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCopyString(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlUnicodeStringCopyStringEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                            PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCbCopyN(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                       size_t cbToCopy);
NTSTATUS NTAPI RtlUnicodeStringCchCopyN(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                        size_t cchToCopy);
NTSTATUS NTAPI RtlUnicodeStringCbCopyNEx(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                         size_t cbToCopy, PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCchCopyNEx(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                          size_t cchToCopy, PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCbCopyStringN(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                             size_t cbToCopy);
NTSTATUS NTAPI RtlUnicodeStringCchCopyStringN(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                              size_t cchToCopy);
NTSTATUS NTAPI RtlUnicodeStringCbCopyStringNEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                               size_t cbToCopy, PUNICODE_STRING RemainingString,
                                               ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCchCopyStringNEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                                size_t cchToCopy, PUNICODE_STRING RemainingString,
                                                ULONG dwFlags);

/* Appending to a UNICODE_STRING. */
NTSTATUS NTAPI RtlUnicodeStringCat(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlUnicodeStringCatEx(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                     PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCatString(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS NTAPI RtlUnicodeStringCatStringEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                           PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCbCatN(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                      size_t cbToAppend);
NTSTATUS NTAPI RtlUnicodeStringCchCatN(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                       size_t cchToAppend);
NTSTATUS NTAPI RtlUnicodeStringCbCatNEx(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                        size_t cbToAppend, PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCchCatNEx(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                         size_t cchToAppend, PUNICODE_STRING RemainingString, ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCbCatStringN(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                            size_t cbToAppend);
NTSTATUS NTAPI RtlUnicodeStringCchCatStringN(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                             size_t cchToAppend);
NTSTATUS NTAPI RtlUnicodeStringCbCatStringNEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                              size_t cbToAppend, PUNICODE_STRING RemainingString,
                                              ULONG dwFlags);
NTSTATUS NTAPI RtlUnicodeStringCchCatStringNEx(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszSrc,
                                               size_t cchToAppend, PUNICODE_STRING RemainingString,
                                               ULONG dwFlags);

/* Formatting into a UNICODE_STRING. */
NTSTATUS RtlUnicodeStringPrintf(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlUnicodeStringPrintfEx(PUNICODE_STRING DestinationString, PUNICODE_STRING RemainingString,
                                  ULONG dwFlags, NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS NTAPI RtlUnicodeStringVPrintf(PUNICODE_STRING DestinationString, NTSTRSAFE_PCWSTR pszFormat,
                                       va_list argList);
NTSTATUS NTAPI RtlUnicodeStringVPrintfEx(PUNICODE_STRING DestinationString, PUNICODE_STRING RemainingString,
                                         ULONG dwFlags, NTSTRSAFE_PCWSTR pszFormat, va_list argList);

/* Copying a UNICODE_STRING into a NUL-terminated buffer. */
NTSTATUS NTAPI RtlStringCbCopyUnicodeString(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                            PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlStringCchCopyUnicodeString(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                             PCUNICODE_STRING SourceString);
NTSTATUS NTAPI RtlStringCbCopyUnicodeStringEx(NTSTRSAFE_PWSTR pszDest, size_t cbDest,
                                              PCUNICODE_STRING SourceString, NTSTRSAFE_PWSTR *ppszDestEnd,
                                              size_t *pcbRemaining, ULONG dwFlags);
NTSTATUS NTAPI RtlStringCchCopyUnicodeStringEx(NTSTRSAFE_PWSTR pszDest, size_t cchDest,
                                               PCUNICODE_STRING SourceString, NTSTRSAFE_PWSTR *ppszDestEnd,
                                               size_t *pcchRemaining, ULONG dwFlags);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_NTSTRSAFE_UNICODE_STRING_ROUTINES */

#endif /* DRVLS_WDK_SHIM_NTSTRSAFE_H */
