/*
 * net/ringcollection.h - drvls WDK supplement: NET_RING_COLLECTION, the set of rings a NetAdapterCx
 * packet queue owns, with its documented inline accessors.
 *
 * Written from the public NetAdapterCx reference documentation. Interface only, for parsing drivers
 * with drvls.
 */
#ifndef DRVLS_WDK_SHIM_NET_RINGCOLLECTION_H
#define DRVLS_WDK_SHIM_NET_RINGCOLLECTION_H

#include <net/ring.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NET_RING_TYPE {
    NetRingTypePacket = 0,
    NetRingTypeFragment = 1
} NET_RING_TYPE;

typedef struct _NET_RING_COLLECTION {
    NET_RING *Rings[NetRingTypeFragment + 1];
} NET_RING_COLLECTION;

FORCEINLINE NET_RING *NetRingCollectionGetPacketRing(NET_RING_COLLECTION const *Rings) {
    return Rings->Rings[NetRingTypePacket];
}

FORCEINLINE NET_RING *NetRingCollectionGetFragmentRing(NET_RING_COLLECTION const *Rings) {
    return Rings->Rings[NetRingTypeFragment];
}

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NET_RINGCOLLECTION_H */
