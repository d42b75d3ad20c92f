/*
 * ws2ipdef.h - drvls WDK supplement: mingw-w64's ws2ipdef.h, usable from kernel code.
 *
 * In the WDK, ws2def.h and ws2ipdef.h are shared between user mode and kernel mode. mingw-w64's
 * ws2ipdef.h (SOCKADDR_IN6, SOCKADDR_INET, IP_* / IPV6_* socket options) needs ADDRESS_FAMILY,
 * SOCKADDR_STORAGE and SOCKET_ADDRESS, which mingw-w64 keeps in winsock2.h, a header kernel code cannot
 * use. When no Winsock header came first this file declares those three, then forwards to
 * mingw-w64's ws2ipdef.h, so that a driver can include ws2ipdef.h on its own.
 *
 * The socket-address block shares its guard with the shim's ndis.h (DRVLS_NDIS_SOCKADDR_TYPES), which
 * declares the same three types for ntddndis.h; whichever header comes first declares them. The rest
 * of the kernel-side ws2def.h (AF_*, IPPROTO, WSACMSGHDR, WSABUF) is in drvls_ws2def.h, which the WFP
 * and WSK headers include.
 *
 * Written from the documented Winsock structures; no header text is copied.
 */
#ifndef DRVLS_WDK_SHIM_WS2IPDEF_H
#define DRVLS_WDK_SHIM_WS2IPDEF_H

#if !defined(_WINSOCK2API_) && !defined(_WINSOCKAPI_)

#include <psdk_inc/_ip_types.h> /* struct sockaddr / sockaddr_in, SOCKADDR, SOCKADDR_IN, IN_ADDR */
#include <ws2def.h>             /* mingw-w64's: SCOPE_LEVEL, SCOPE_ID */

#ifndef DRVLS_NDIS_SOCKADDR_TYPES
#define DRVLS_NDIS_SOCKADDR_TYPES
typedef USHORT ADDRESS_FAMILY;

/* Storage large and aligned enough for any socket address. */
struct sockaddr_storage {
    ADDRESS_FAMILY ss_family;
    CHAR __ss_pad1[6];
    LONGLONG __ss_align;
    CHAR __ss_pad2[112];
};
typedef struct sockaddr_storage SOCKADDR_STORAGE, *PSOCKADDR_STORAGE, *LPSOCKADDR_STORAGE;

#ifndef __CSADDR_DEFINED__
/* A pointer to a socket address and its length. */
typedef struct _SOCKET_ADDRESS {
    struct sockaddr *lpSockaddr;
    INT iSockaddrLength;
} SOCKET_ADDRESS, *PSOCKET_ADDRESS, *LPSOCKET_ADDRESS;
#endif
#endif /* DRVLS_NDIS_SOCKADDR_TYPES */


#endif /* no Winsock header */

#include_next <ws2ipdef.h>

#endif /* DRVLS_WDK_SHIM_WS2IPDEF_H */
