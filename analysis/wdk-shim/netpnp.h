/*
 * netpnp.h - drvls WDK supplement: network Plug and Play and power event codes.
 *
 * mingw-w64 ships a ddk/netpnp.h whose NDIS_DEVICE_PNP_EVENT enumeration is a three-value stub that
 * conflicts with the NDIS 6 one in the shim's ndis.h. This file takes its place (the shim directory
 * is first on the include path) and declares only the NET_PNP_EVENT part: the device power states, the
 * event codes a protocol or filter driver's NetPnPEvent handler receives and the NDIS 5-style
 * NET_PNP_EVENT that NDIS 6 wraps in NET_PNP_EVENT_NOTIFICATION (declared in ndis.h).
 *
 * Written from the public NDIS reference documentation; no header text is copied.
 */
#ifndef DRVLS_WDK_SHIM_NETPNP_H
#define DRVLS_WDK_SHIM_NETPNP_H

/* mingw-w64's netpnp.h tests this name; defining it keeps that file out if something reaches it. */
#ifndef __NET_PNP__
#define __NET_PNP__
#endif

/* Power state of a network device, carried in the buffer of NetEventSetPower / NetEventQueryPower. */
typedef enum _NET_DEVICE_POWER_STATE {
    NetDeviceStateUnspecified,
    NetDeviceStateD0,
    NetDeviceStateD1,
    NetDeviceStateD2,
    NetDeviceStateD3,
    NetDeviceStateMaximum
} NET_DEVICE_POWER_STATE, *PNET_DEVICE_POWER_STATE;

/* What a network PnP event reports. */
typedef enum _NET_PNP_EVENT_CODE {
    NetEventSetPower,
    NetEventQueryPower,
    NetEventQueryRemoveDevice,
    NetEventCancelRemoveDevice,
    NetEventReconfigure,
    NetEventBindList,
    NetEventBindsComplete,
    NetEventPnPCapabilities,
    NetEventPause,
    NetEventRestart,
    NetEventPortActivation,
    NetEventPortDeactivation,
    NetEventIMReEnableDevice,
    NetEventNDKEnable,
    NetEventNDKDisable,
    NetEventFilterPreDetach,
    NetEventBindFailed,
    NetEventSwitchActivate,
    NetEventAllowBindsAbove,
    NetEventInhibitBindsAbove,
    NetEventAllowStart,
    NetEventRequirePause,
    NetEventUploadGftFlowEntries,
    NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;

/* One event: its code and an event-specific buffer (a NET_DEVICE_POWER_STATE for the power events). */
typedef struct _NET_PNP_EVENT {
    NET_PNP_EVENT_CODE NetEvent;
    PVOID Buffer;
    ULONG BufferLength;
    ULONG_PTR NdisReserved[4];
    ULONG_PTR TransportReserved[4];
    ULONG_PTR TdiReserved[4];
    ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;

#endif /* DRVLS_WDK_SHIM_NETPNP_H */
