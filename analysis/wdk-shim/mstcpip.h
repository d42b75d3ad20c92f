/*
 * mstcpip.h - drvls WDK supplement: mingw-w64's mstcpip.h plus the socket-address helpers kernel code uses.
 *
 * Forwards to mingw-w64's mstcpip.h (TCP/IP socket IOCTLs and option structures), then adds the
 * documented inline helpers for IPv4 / IPv6 socket addresses that the WDK's mstcpip.h defines and
 * mingw-w64's lacks: IN4ADDR_* / IN6ADDR_* on SOCKADDR_IN / SOCKADDR_IN6, IN4_IS_ADDR_* /
 * IN6_IS_ADDR_* on IN_ADDR / IN6_ADDR, and the family-independent INETADDR_* helpers on SOCKADDR
 * (INETADDR_ISANY, INETADDR_ADDRESS, INETADDR_SET_ADDRESS, INETADDR_SET_PORT, ...). WFP callout
 * drivers use the INETADDR_* helpers to rewrite FWPS_BIND_REQUEST0 / FWPS_CONNECT_REQUEST0 addresses.
 * The Rtl address/string conversions come from ip2string.h.
 *
 * The helpers are written from their documented behaviour; no header text is copied.
 */
#ifndef DRVLS_WDK_SHIM_MSTCPIP_H
#define DRVLS_WDK_SHIM_MSTCPIP_H

#include <ws2ipdef.h>
#include <drvls_ws2def.h>
/* mingw-w64's mstcpip.h declares the Rtl address/string routines outside extern "C" and with a
 * Terminator type that differs from the documented one; its declarations are renamed while it is
 * read, and ip2string.h then declares the routines as documented. */
#define RtlIpv6AddressToStringA drvls_mingw_RtlIpv6AddressToStringA
#define RtlIpv6AddressToStringW drvls_mingw_RtlIpv6AddressToStringW
#define RtlIpv6AddressToStringExA drvls_mingw_RtlIpv6AddressToStringExA
#define RtlIpv6AddressToStringExW drvls_mingw_RtlIpv6AddressToStringExW
#define RtlIpv4AddressToStringA drvls_mingw_RtlIpv4AddressToStringA
#define RtlIpv4AddressToStringW drvls_mingw_RtlIpv4AddressToStringW
#define RtlIpv4AddressToStringExA drvls_mingw_RtlIpv4AddressToStringExA
#define RtlIpv4AddressToStringExW drvls_mingw_RtlIpv4AddressToStringExW
#define RtlIpv4StringToAddressA drvls_mingw_RtlIpv4StringToAddressA
#define RtlIpv4StringToAddressW drvls_mingw_RtlIpv4StringToAddressW
#define RtlIpv4StringToAddressExA drvls_mingw_RtlIpv4StringToAddressExA
#define RtlIpv4StringToAddressExW drvls_mingw_RtlIpv4StringToAddressExW
#define RtlIpv6StringToAddressExA drvls_mingw_RtlIpv6StringToAddressExA
#define RtlIpv6StringToAddressExW drvls_mingw_RtlIpv6StringToAddressExW
#include_next <mstcpip.h>
#undef RtlIpv6AddressToStringA
#undef RtlIpv6AddressToStringW
#undef RtlIpv6AddressToStringExA
#undef RtlIpv6AddressToStringExW
#undef RtlIpv4AddressToStringA
#undef RtlIpv4AddressToStringW
#undef RtlIpv4AddressToStringExA
#undef RtlIpv4AddressToStringExW
#undef RtlIpv4StringToAddressA
#undef RtlIpv4StringToAddressW
#undef RtlIpv4StringToAddressExA
#undef RtlIpv4StringToAddressExW
#undef RtlIpv6StringToAddressExA
#undef RtlIpv6StringToAddressExW
#include <ip2string.h>

/* A user-mode socket header (winsock2.h / ws2tcpip.h) brings its own IN6_* and IN6ADDR_* helpers. */
#if !defined(DRVLS_MSTCPIP_ADDRESS_HELPERS) && !defined(_WINSOCK2API_) && !defined(_WS2TCPIP_H_)
#define DRVLS_MSTCPIP_ADDRESS_HELPERS

#ifdef __cplusplus
extern "C" {
#endif

#define DRVLS_MSTCPIP_INLINE static __inline

/* ---------------------------------------------------------------------------------------------------
 * IN_ADDR / IN6_ADDR
 * ------------------------------------------------------------------------------------------------- */
DRVLS_MSTCPIP_INLINE BOOLEAN IN4_IS_ADDR_UNSPECIFIED(const IN_ADDR *a) {
    return (BOOLEAN)(a->S_un.S_addr == 0);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN4_IS_ADDR_LOOPBACK(const IN_ADDR *a) {
    return (BOOLEAN)(a->S_un.S_un_b.s_b1 == 0x7f);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN4_IS_ADDR_BROADCAST(const IN_ADDR *a) {
    return (BOOLEAN)(a->S_un.S_addr == 0xffffffff);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN4_IS_ADDR_MULTICAST(const IN_ADDR *a) {
    return (BOOLEAN)((a->S_un.S_un_b.s_b1 & 0xf0) == 0xe0);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN4_ADDR_EQUAL(const IN_ADDR *a, const IN_ADDR *b) {
    return (BOOLEAN)(a->S_un.S_addr == b->S_un.S_addr);
}

DRVLS_MSTCPIP_INLINE BOOLEAN IN6_IS_ADDR_UNSPECIFIED(const IN6_ADDR *a) {
    int i;
    for (i = 0; i < 8; i++)
        if (a->u.Word[i] != 0)
            return FALSE;
    return TRUE;
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN6_IS_ADDR_LOOPBACK(const IN6_ADDR *a) {
    int i;
    for (i = 0; i < 15; i++)
        if (a->u.Byte[i] != 0)
            return FALSE;
    return (BOOLEAN)(a->u.Byte[15] == 1);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN6_IS_ADDR_MULTICAST(const IN6_ADDR *a) {
    return (BOOLEAN)(a->u.Byte[0] == 0xff);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN6_IS_ADDR_LINKLOCAL(const IN6_ADDR *a) {
    return (BOOLEAN)(a->u.Byte[0] == 0xfe && (a->u.Byte[1] & 0xc0) == 0x80);
}
DRVLS_MSTCPIP_INLINE void IN6_SET_ADDR_UNSPECIFIED(PIN6_ADDR a) {
    int i;
    for (i = 0; i < 16; i++)
        a->u.Byte[i] = 0;
}
DRVLS_MSTCPIP_INLINE void IN6_SET_ADDR_LOOPBACK(PIN6_ADDR a) {
    IN6_SET_ADDR_UNSPECIFIED(a);
    a->u.Byte[15] = 1;
}

/* ---------------------------------------------------------------------------------------------------
 * SOCKADDR_IN / SOCKADDR_IN6
 * ------------------------------------------------------------------------------------------------- */
DRVLS_MSTCPIP_INLINE BOOLEAN IN4ADDR_ISANY(const SOCKADDR_IN *a) {
    return IN4_IS_ADDR_UNSPECIFIED(&a->sin_addr);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN4ADDR_ISLOOPBACK(const SOCKADDR_IN *a) {
    return IN4_IS_ADDR_LOOPBACK(&a->sin_addr);
}
DRVLS_MSTCPIP_INLINE void IN4ADDR_SETANY(PSOCKADDR_IN a) {
    a->sin_family = AF_INET;
    a->sin_port = 0;
    a->sin_addr.S_un.S_addr = 0;
}
DRVLS_MSTCPIP_INLINE void IN4ADDR_SETLOOPBACK(PSOCKADDR_IN a) {
    a->sin_family = AF_INET;
    a->sin_port = 0;
    a->sin_addr.S_un.S_un_b.s_b1 = 0x7f;
    a->sin_addr.S_un.S_un_b.s_b2 = 0;
    a->sin_addr.S_un.S_un_b.s_b3 = 0;
    a->sin_addr.S_un.S_un_b.s_b4 = 1;
}

DRVLS_MSTCPIP_INLINE BOOLEAN IN6ADDR_ISANY(const SOCKADDR_IN6 *a) {
    return IN6_IS_ADDR_UNSPECIFIED(&a->sin6_addr);
}
DRVLS_MSTCPIP_INLINE BOOLEAN IN6ADDR_ISLOOPBACK(const SOCKADDR_IN6 *a) {
    return IN6_IS_ADDR_LOOPBACK(&a->sin6_addr);
}
DRVLS_MSTCPIP_INLINE void IN6ADDR_SETANY(PSOCKADDR_IN6 a) {
    a->sin6_family = AF_INET6;
    a->sin6_port = 0;
    a->sin6_flowinfo = 0;
    IN6_SET_ADDR_UNSPECIFIED(&a->sin6_addr);
    a->sin6_scope_id = 0;
}
DRVLS_MSTCPIP_INLINE void IN6ADDR_SETLOOPBACK(PSOCKADDR_IN6 a) {
    a->sin6_family = AF_INET6;
    a->sin6_port = 0;
    a->sin6_flowinfo = 0;
    IN6_SET_ADDR_LOOPBACK(&a->sin6_addr);
    a->sin6_scope_id = 0;
}

/* ---------------------------------------------------------------------------------------------------
 * SOCKADDR of either family (AF_INET or AF_INET6)
 * ------------------------------------------------------------------------------------------------- */
DRVLS_MSTCPIP_INLINE SIZE_T INET_ADDR_LENGTH(ADDRESS_FAMILY af) {
    return af == AF_INET6 ? sizeof(IN6_ADDR) : sizeof(IN_ADDR);
}
DRVLS_MSTCPIP_INLINE SIZE_T INET_SOCKADDR_LENGTH(ADDRESS_FAMILY af) {
    return af == AF_INET6 ? sizeof(SOCKADDR_IN6) : sizeof(SOCKADDR_IN);
}
DRVLS_MSTCPIP_INLINE BOOLEAN INETADDR_ISANY(const SOCKADDR *a) {
    if (a->sa_family == AF_INET6)
        return IN6ADDR_ISANY((const SOCKADDR_IN6 *)a);
    return IN4ADDR_ISANY((const SOCKADDR_IN *)a);
}
DRVLS_MSTCPIP_INLINE BOOLEAN INETADDR_ISLOOPBACK(const SOCKADDR *a) {
    if (a->sa_family == AF_INET6)
        return IN6ADDR_ISLOOPBACK((const SOCKADDR_IN6 *)a);
    return IN4ADDR_ISLOOPBACK((const SOCKADDR_IN *)a);
}
DRVLS_MSTCPIP_INLINE void INETADDR_SETANY(PSOCKADDR a) {
    if (a->sa_family == AF_INET6)
        IN6ADDR_SETANY((PSOCKADDR_IN6)a);
    else
        IN4ADDR_SETANY((PSOCKADDR_IN)a);
}
DRVLS_MSTCPIP_INLINE void INETADDR_SETLOOPBACK(PSOCKADDR a) {
    if (a->sa_family == AF_INET6)
        IN6ADDR_SETLOOPBACK((PSOCKADDR_IN6)a);
    else
        IN4ADDR_SETLOOPBACK((PSOCKADDR_IN)a);
}
/* The address bytes inside a, in network order. */
DRVLS_MSTCPIP_INLINE PUCHAR INETADDR_ADDRESS(const SOCKADDR *a) {
    if (a->sa_family == AF_INET6)
        return (PUCHAR)&((const SOCKADDR_IN6 *)a)->sin6_addr;
    return (PUCHAR)&((const SOCKADDR_IN *)a)->sin_addr;
}
/* The port, in network order. */
DRVLS_MSTCPIP_INLINE USHORT INETADDR_PORT(const SOCKADDR *a) {
    if (a->sa_family == AF_INET6)
        return ((const SOCKADDR_IN6 *)a)->sin6_port;
    return ((const SOCKADDR_IN *)a)->sin_port;
}
/* Stores the port, given in network order. */
DRVLS_MSTCPIP_INLINE void INETADDR_SET_PORT(PSOCKADDR a, USHORT port) {
    if (a->sa_family == AF_INET6)
        ((PSOCKADDR_IN6)a)->sin6_port = port;
    else
        ((PSOCKADDR_IN)a)->sin_port = port;
}
/* Copies INET_ADDR_LENGTH(a->sa_family) address bytes into a. */
DRVLS_MSTCPIP_INLINE void INETADDR_SET_ADDRESS(PSOCKADDR a, const UCHAR *address) {
    SIZE_T i, n = INET_ADDR_LENGTH(a->sa_family);
    PUCHAR dst = INETADDR_ADDRESS(a);
    for (i = 0; i < n; i++)
        dst[i] = address[i];
}

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_MSTCPIP_ADDRESS_HELPERS */

#endif /* DRVLS_WDK_SHIM_MSTCPIP_H */
