/*
 * net/ring.h - drvls WDK supplement: the NetAdapterCx NET_RING and its index helpers.
 *
 * Written from the public NetAdapterCx reference documentation (net/ring.h page). Member names follow
 * the documentation; the inline helpers do what the documentation says (element access by stride,
 * index arithmetic masked by ElementIndexMask). Interface only, for parsing drivers with drvls.
 */
#ifndef DRVLS_WDK_SHIM_NET_RING_H
#define DRVLS_WDK_SHIM_NET_RING_H

#include <net/packet.h>
#include <net/fragment.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NET_RING {
    UINT16 OSReserved1;
    UINT16 ElementStride;
    UINT32 NumberOfElements;
    UINT32 ElementIndexMask;
    UINT32 EndIndex;
    UINT32 OSReserved0;
    void *OSReserved2[4];
    UINT32 BeginIndex;
    UINT32 NextIndex;
    void *Scratch;
    UCHAR Buffer[1];
} NET_RING;

FORCEINLINE void *NetRingGetElementAtIndex(NET_RING const *Ring, UINT32 Index) {
    return (void *)((UCHAR *)&Ring->Buffer[0] + (SIZE_T)Index * Ring->ElementStride);
}

FORCEINLINE NET_PACKET *NetRingGetPacketAtIndex(NET_RING const *Ring, UINT32 Index) {
    return (NET_PACKET *)NetRingGetElementAtIndex(Ring, Index);
}

FORCEINLINE NET_FRAGMENT *NetRingGetFragmentAtIndex(NET_RING const *Ring, UINT32 Index) {
    return (NET_FRAGMENT *)NetRingGetElementAtIndex(Ring, Index);
}

FORCEINLINE UINT32 NetRingAdvanceIndex(NET_RING const *Ring, UINT32 Index, UINT32 Distance) {
    return (Index + Distance) & Ring->ElementIndexMask;
}

FORCEINLINE UINT32 NetRingIncrementIndex(NET_RING const *Ring, UINT32 Index) {
    return (Index + 1) & Ring->ElementIndexMask;
}

FORCEINLINE UINT32 NetRingGetRangeCount(NET_RING const *Ring, UINT32 StartIndex, UINT32 EndIndex) {
    return (EndIndex - StartIndex) & Ring->ElementIndexMask;
}

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NET_RING_H */
