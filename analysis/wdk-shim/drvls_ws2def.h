/*
 * drvls_ws2def.h - drvls WDK supplement: the kernel-mode part of the WDK's ws2def.h.
 *
 * WFP callout drivers and WSK clients use the socket definitions of the WDK's shared ws2def.h
 * without Winsock: address families (AF_INET, AF_INET6, ...), socket types, the IPPROTO enumeration,
 * control-message headers (WSACMSGHDR and the CMSG macros), WSABUF and WSAMSG. mingw-w64 keeps these in
 * winsock2.h, which kernel code cannot use, so fwpsk.h and wsk.h include this file. Nothing is declared
 * when a Winsock header came first. Socket addresses themselves come from ws2ipdef.h.
 *
 * Written from the documented Winsock structures and constants; no header text is copied.
 */
#ifndef DRVLS_WDK_SHIM_DRVLS_WS2DEF_H
#define DRVLS_WDK_SHIM_DRVLS_WS2DEF_H

#include <ws2ipdef.h>

#if !defined(_WINSOCK2API_) && !defined(_WINSOCKAPI_)

#ifndef DRVLS_WS2DEF_KERNEL_TYPES
#define DRVLS_WS2DEF_KERNEL_TYPES

/* Address families (ws2def.h). */
#ifndef AF_UNSPEC
#define AF_UNSPEC 0
#endif
#ifndef AF_UNIX
#define AF_UNIX 1
#endif
#ifndef AF_INET
#define AF_INET 2
#endif
#ifndef AF_INET6
#define AF_INET6 23
#endif
#ifndef AF_LINK
#define AF_LINK 33
#endif
#ifndef AF_MAX
#define AF_MAX 38
#endif
#ifndef PF_UNSPEC
#define PF_UNSPEC AF_UNSPEC
#endif
#ifndef PF_INET
#define PF_INET AF_INET
#endif
#ifndef PF_INET6
#define PF_INET6 AF_INET6
#endif

/* Socket types (ws2def.h). */
#ifndef SOCK_STREAM
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#endif

#ifndef SOL_SOCKET
#define SOL_SOCKET 0xffff
#endif

#ifndef INADDR_ANY
#define INADDR_ANY ((ULONG)0x00000000)
#endif
#ifndef INADDR_LOOPBACK
#define INADDR_LOOPBACK 0x7f000001
#endif
#ifndef INADDR_BROADCAST
#define INADDR_BROADCAST ((ULONG)0xffffffff)
#endif
#ifndef INADDR_NONE
#define INADDR_NONE 0xffffffff
#endif

/* IP protocol numbers (IANA; ws2def.h declares them as the IPPROTO enumeration). */
typedef enum {
    IPPROTO_HOPOPTS = 0,
    IPPROTO_ICMP = 1,
    IPPROTO_IGMP = 2,
    IPPROTO_GGP = 3,
    IPPROTO_IPV4 = 4,
    IPPROTO_ST = 5,
    IPPROTO_TCP = 6,
    IPPROTO_CBT = 7,
    IPPROTO_EGP = 8,
    IPPROTO_IGP = 9,
    IPPROTO_PUP = 12,
    IPPROTO_UDP = 17,
    IPPROTO_IDP = 22,
    IPPROTO_RDP = 27,
    IPPROTO_IPV6 = 41,
    IPPROTO_ROUTING = 43,
    IPPROTO_FRAGMENT = 44,
    IPPROTO_ESP = 50,
    IPPROTO_AH = 51,
    IPPROTO_ICMPV6 = 58,
    IPPROTO_NONE = 59,
    IPPROTO_DSTOPTS = 60,
    IPPROTO_ND = 77,
    IPPROTO_ICLFXBM = 78,
    IPPROTO_PIM = 103,
    IPPROTO_PGM = 113,
    IPPROTO_L2TP = 115,
    IPPROTO_SCTP = 132,
    IPPROTO_RAW = 255,
    IPPROTO_MAX = 256,
    IPPROTO_RESERVED_RAW = 257,
    IPPROTO_RESERVED_IPSEC = 258,
    IPPROTO_RESERVED_IPSECOFFLOAD = 259,
    IPPROTO_RESERVED_WNV = 260,
    IPPROTO_RESERVED_MAX = 261
} IPPROTO, *PIPROTO;

#ifndef IPPROTO_IP
#define IPPROTO_IP 0
#endif

/* An ancillary-data (control message) header, as carried by WSK and the WFP injection calls. */
typedef struct _WSACMSGHDR {
    SIZE_T cmsg_len;
    INT cmsg_level;
    INT cmsg_type;
} WSACMSGHDR, *PWSACMSGHDR, *LPWSACMSGHDR;
typedef WSACMSGHDR CMSGHDR, *PCMSGHDR;

#define WSA_CMSGHDR_ALIGN(length) (((length) + TYPE_ALIGNMENT(WSACMSGHDR) - 1) & (~(TYPE_ALIGNMENT(WSACMSGHDR) - 1)))
#define WSA_CMSGDATA_ALIGN(length) (((length) + MAX_NATURAL_ALIGNMENT - 1) & (~(MAX_NATURAL_ALIGNMENT - 1)))
#define WSA_CMSG_DATA(cmsg) ((PUCHAR)(cmsg) + WSA_CMSGDATA_ALIGN(sizeof(WSACMSGHDR)))
#define WSA_CMSG_SPACE(length) (WSA_CMSGDATA_ALIGN(sizeof(WSACMSGHDR) + WSA_CMSGHDR_ALIGN(length)))
#define WSA_CMSG_LEN(length) (WSA_CMSGDATA_ALIGN(sizeof(WSACMSGHDR)) + (length))
#define CMSGHDR_ALIGN WSA_CMSGHDR_ALIGN
#define CMSGDATA_ALIGN WSA_CMSGDATA_ALIGN
#define CMSG_DATA WSA_CMSG_DATA
#define CMSG_SPACE WSA_CMSG_SPACE
#define CMSG_LEN WSA_CMSG_LEN

/* A counted buffer (WSABUF), used by WSK. */
#ifndef _WSABUF_DEFINED
#define _WSABUF_DEFINED
typedef struct _WSABUF {
    ULONG len;
    CHAR *buf;
} WSABUF, *LPWSABUF;
#endif

/* A message for the scatter/gather socket calls (WSAMSG). */
typedef struct _WSAMSG {
    struct sockaddr *name;
    INT namelen;
    LPWSABUF lpBuffers;
    ULONG dwBufferCount;
    WSABUF Control;
    ULONG dwFlags;
} WSAMSG, *PWSAMSG, *LPWSAMSG;

#endif /* DRVLS_WS2DEF_KERNEL_TYPES */

#endif /* no Winsock header */

#endif /* DRVLS_WDK_SHIM_DRVLS_WS2DEF_H */
