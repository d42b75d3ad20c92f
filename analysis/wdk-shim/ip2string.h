/*
 * ip2string.h - drvls WDK supplement: the Rtl routines that convert IP and Ethernet addresses to and
 * from strings.
 *
 * Declares RtlIpv4AddressToString(Ex), RtlIpv6AddressToString(Ex), RtlIpv4StringToAddress(Ex),
 * RtlIpv6StringToAddress(Ex) and RtlEthernetAddressToString / RtlEthernetStringToAddress in their A
 * and W forms, with the generic names following UNICODE. mingw-w64 has no ip2string.h.
 *
 * Written from the public WDK reference documentation (ip2string.h); no header text is copied.
 * Declarations only.
 */
#ifndef DRVLS_WDK_SHIM_IP2STRING_H
#define DRVLS_WDK_SHIM_IP2STRING_H

#include <inaddr.h>
#include <in6addr.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Buffer sizes, in characters, that hold any formatted address. */
#ifndef INET_ADDRSTRLEN
#define INET_ADDRSTRLEN 22
#endif
#ifndef INET6_ADDRSTRLEN
#define INET6_ADDRSTRLEN 65
#endif

NTSYSAPI PSTR NTAPI RtlIpv4AddressToStringA(_In_ const struct in_addr *Addr, _Out_writes_(16) PSTR S);
NTSYSAPI PWSTR NTAPI RtlIpv4AddressToStringW(_In_ const struct in_addr *Addr, _Out_writes_(16) PWSTR S);
NTSYSAPI NTSTATUS NTAPI RtlIpv4AddressToStringExA(_In_ const struct in_addr *Address, _In_ USHORT Port,
                                                  _Out_writes_to_(*AddressStringLength, *AddressStringLength) PSTR AddressString,
                                                  _Inout_ PULONG AddressStringLength);
NTSYSAPI NTSTATUS NTAPI RtlIpv4AddressToStringExW(_In_ const struct in_addr *Address, _In_ USHORT Port,
                                                  _Out_writes_to_(*AddressStringLength, *AddressStringLength) PWSTR AddressString,
                                                  _Inout_ PULONG AddressStringLength);
NTSYSAPI PSTR NTAPI RtlIpv6AddressToStringA(_In_ const struct in6_addr *Addr, _Out_writes_(46) PSTR S);
NTSYSAPI PWSTR NTAPI RtlIpv6AddressToStringW(_In_ const struct in6_addr *Addr, _Out_writes_(46) PWSTR S);
NTSYSAPI NTSTATUS NTAPI RtlIpv6AddressToStringExA(_In_ const struct in6_addr *Address, _In_ ULONG ScopeId,
                                                  _In_ USHORT Port,
                                                  _Out_writes_to_(*AddressStringLength, *AddressStringLength) PSTR AddressString,
                                                  _Inout_ PULONG AddressStringLength);
NTSYSAPI NTSTATUS NTAPI RtlIpv6AddressToStringExW(_In_ const struct in6_addr *Address, _In_ ULONG ScopeId,
                                                  _In_ USHORT Port,
                                                  _Out_writes_to_(*AddressStringLength, *AddressStringLength) PWSTR AddressString,
                                                  _Inout_ PULONG AddressStringLength);

NTSYSAPI NTSTATUS NTAPI RtlIpv4StringToAddressA(_In_ PCSTR S, _In_ BOOLEAN Strict, _Out_ PCSTR *Terminator,
                                                _Out_ struct in_addr *Addr);
NTSYSAPI NTSTATUS NTAPI RtlIpv4StringToAddressW(_In_ PCWSTR S, _In_ BOOLEAN Strict, _Out_ PCWSTR *Terminator,
                                                _Out_ struct in_addr *Addr);
NTSYSAPI NTSTATUS NTAPI RtlIpv4StringToAddressExA(_In_ PCSTR AddressString, _In_ BOOLEAN Strict,
                                                  _Out_ struct in_addr *Address, _Out_ PUSHORT Port);
NTSYSAPI NTSTATUS NTAPI RtlIpv4StringToAddressExW(_In_ PCWSTR AddressString, _In_ BOOLEAN Strict,
                                                  _Out_ struct in_addr *Address, _Out_ PUSHORT Port);
NTSYSAPI NTSTATUS NTAPI RtlIpv6StringToAddressA(_In_ PCSTR S, _Out_ PCSTR *Terminator, _Out_ struct in6_addr *Addr);
NTSYSAPI NTSTATUS NTAPI RtlIpv6StringToAddressW(_In_ PCWSTR S, _Out_ PCWSTR *Terminator, _Out_ struct in6_addr *Addr);
NTSYSAPI NTSTATUS NTAPI RtlIpv6StringToAddressExA(_In_ PCSTR AddressString, _Out_ struct in6_addr *Address,
                                                  _Out_ PULONG ScopeId, _Out_ PUSHORT Port);
NTSYSAPI NTSTATUS NTAPI RtlIpv6StringToAddressExW(_In_ PCWSTR AddressString, _Out_ struct in6_addr *Address,
                                                  _Out_ PULONG ScopeId, _Out_ PUSHORT Port);

/* Ethernet (EUI-48) addresses: six bytes, formatted as xx-xx-xx-xx-xx-xx. */
union _DL_EUI48;
NTSYSAPI PSTR NTAPI RtlEthernetAddressToStringA(_In_ const union _DL_EUI48 *Addr, _Out_writes_(18) PSTR S);
NTSYSAPI PWSTR NTAPI RtlEthernetAddressToStringW(_In_ const union _DL_EUI48 *Addr, _Out_writes_(18) PWSTR S);
NTSYSAPI NTSTATUS NTAPI RtlEthernetStringToAddressA(_In_ PCSTR S, _Out_ PCSTR *Terminator,
                                                    _Out_ union _DL_EUI48 *Addr);
NTSYSAPI NTSTATUS NTAPI RtlEthernetStringToAddressW(_In_ PCWSTR S, _Out_ PCWSTR *Terminator,
                                                    _Out_ union _DL_EUI48 *Addr);

#ifdef UNICODE
#ifndef RtlIpv4AddressToString
#define RtlIpv4AddressToString RtlIpv4AddressToStringW
#endif
#ifndef RtlIpv4AddressToStringEx
#define RtlIpv4AddressToStringEx RtlIpv4AddressToStringExW
#endif
#ifndef RtlIpv6AddressToString
#define RtlIpv6AddressToString RtlIpv6AddressToStringW
#endif
#ifndef RtlIpv6AddressToStringEx
#define RtlIpv6AddressToStringEx RtlIpv6AddressToStringExW
#endif
#ifndef RtlIpv4StringToAddress
#define RtlIpv4StringToAddress RtlIpv4StringToAddressW
#endif
#ifndef RtlIpv4StringToAddressEx
#define RtlIpv4StringToAddressEx RtlIpv4StringToAddressExW
#endif
#ifndef RtlIpv6StringToAddress
#define RtlIpv6StringToAddress RtlIpv6StringToAddressW
#endif
#ifndef RtlIpv6StringToAddressEx
#define RtlIpv6StringToAddressEx RtlIpv6StringToAddressExW
#endif
#ifndef RtlEthernetAddressToString
#define RtlEthernetAddressToString RtlEthernetAddressToStringW
#endif
#ifndef RtlEthernetStringToAddress
#define RtlEthernetStringToAddress RtlEthernetStringToAddressW
#endif
#else
#ifndef RtlIpv4AddressToString
#define RtlIpv4AddressToString RtlIpv4AddressToStringA
#endif
#ifndef RtlIpv4AddressToStringEx
#define RtlIpv4AddressToStringEx RtlIpv4AddressToStringExA
#endif
#ifndef RtlIpv6AddressToString
#define RtlIpv6AddressToString RtlIpv6AddressToStringA
#endif
#ifndef RtlIpv6AddressToStringEx
#define RtlIpv6AddressToStringEx RtlIpv6AddressToStringExA
#endif
#ifndef RtlIpv4StringToAddress
#define RtlIpv4StringToAddress RtlIpv4StringToAddressA
#endif
#ifndef RtlIpv4StringToAddressEx
#define RtlIpv4StringToAddressEx RtlIpv4StringToAddressExA
#endif
#ifndef RtlIpv6StringToAddress
#define RtlIpv6StringToAddress RtlIpv6StringToAddressA
#endif
#ifndef RtlIpv6StringToAddressEx
#define RtlIpv6StringToAddressEx RtlIpv6StringToAddressExA
#endif
#ifndef RtlEthernetAddressToString
#define RtlEthernetAddressToString RtlEthernetAddressToStringA
#endif
#ifndef RtlEthernetStringToAddress
#define RtlEthernetStringToAddress RtlEthernetStringToAddressA
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_IP2STRING_H */
