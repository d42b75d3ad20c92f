/*
 * net/extension.h - drvls WDK supplement: NetAdapterCx packet and fragment extensions (NET_EXTENSION,
 * NET_EXTENSION_QUERY and NET_EXTENSION_QUERY_INIT).
 *
 * Written from the public NetAdapterCx reference documentation. NET_EXTENSION's private members are
 * opaque in the documentation; the inline NetExtensionGetData below only needs a base and a stride,
 * kept in the first two reserved slots (layout not documented; any layout parses). Interface only.
 */
#ifndef DRVLS_WDK_SHIM_NET_EXTENSION_H
#define DRVLS_WDK_SHIM_NET_EXTENSION_H

#include <net/drvls_netbase.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_EXTENSION_TYPE {
    NetExtensionTypePacket = 1,
    NetExtensionTypeFragment = 2
} NET_EXTENSION_TYPE;

typedef struct _NET_EXTENSION {
    void *Reserved[4];
    BOOLEAN Enabled;
} NET_EXTENSION;

typedef struct _NET_EXTENSION_QUERY {
    ULONG Size;
    PCWSTR Name;
    ULONG Version;
    NET_EXTENSION_TYPE Type;
} NET_EXTENSION_QUERY;

FORCEINLINE void NET_EXTENSION_QUERY_INIT(NET_EXTENSION_QUERY *Query, PCWSTR Name, ULONG Version,
                                          NET_EXTENSION_TYPE Type) {
    RtlZeroMemory(Query, sizeof(*Query));
    Query->Size = sizeof(*Query);
    Query->Name = Name;
    Query->Version = Version;
    Query->Type = Type;
}

FORCEINLINE void *NetExtensionGetData(NET_EXTENSION const *Extension, UINT32 Index) {
    return (void *)((UCHAR *)Extension->Reserved[0] + (SIZE_T)Index * (SIZE_T)Extension->Reserved[1]);
}

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NET_EXTENSION_H */
