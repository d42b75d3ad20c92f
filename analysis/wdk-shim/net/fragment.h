/*
 * net/fragment.h - drvls WDK supplement: the NetAdapterCx NET_FRAGMENT descriptor.
 *
 * Written from the public NetAdapterCx reference documentation (NET_FRAGMENT). Interface only, for
 * parsing drivers with drvls.
 */
#ifndef DRVLS_WDK_SHIM_NET_FRAGMENT_H
#define DRVLS_WDK_SHIM_NET_FRAGMENT_H

#include <net/drvls_netbase.h>

typedef struct _NET_FRAGMENT {
    UINT64 ValidLength : 26;
    UINT64 Capacity : 26;
    UINT64 Scratch : 1;
    UINT64 OsReserved_Bounced : 1;
    UINT64 Reserved : 10;
    UINT64 Offset : 26;
    UINT64 Reserved0 : 38;
} NET_FRAGMENT;

#endif /* DRVLS_WDK_SHIM_NET_FRAGMENT_H */
