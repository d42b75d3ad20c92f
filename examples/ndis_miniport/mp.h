/*
 * mp.h - definitions shared by the example NDIS 6 miniport used in the drvls quick start.
 *
 * The example is deliberately wrong in three places (see adapter.c, "drvls finds:"), so that
 * `drvls lint` and the editor have something to report.
 */
#ifndef MP_H
#define MP_H

#include <ndis.h>

#define MP_TAG 'xEpM'
#define MP_RX_BUFFER_SIZE (64 * 1024)
#define MP_MTU 1500
#define MP_LINK_SPEED 1000000000ULL

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE StatusWorkItem; /* for link-change indications at PASSIVE_LEVEL (not queued yet) */
    NDIS_HANDLE ResetWorkItem;  /* finishes a reset at PASSIVE_LEVEL */
    PUCHAR RxBuffer;
    BOOLEAN Paused;
    BOOLEAN LinkUp;
    ULONG PacketFilter;
    UCHAR MacAddress[6];
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_PAUSE MPPause;
MINIPORT_RESTART MPRestart;
MINIPORT_OID_REQUEST MPOidRequest;
MINIPORT_CANCEL_OID_REQUEST MPCancelOidRequest;
MINIPORT_SEND_NET_BUFFER_LISTS MPSendNetBufferLists;
MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;
MINIPORT_CANCEL_SEND MPCancelSend;
MINIPORT_RESET MPResetEx;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY MPDevicePnPEventNotify;
MINIPORT_SHUTDOWN MPShutdownEx;

NDIS_IO_WORKITEM_FUNCTION MPResetWorkItem;
NDIS_IO_WORKITEM_FUNCTION MPFilterWorkItem;

#endif /* MP_H */
