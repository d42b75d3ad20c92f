/*
 * adapter.c - adapter roles of the example NDIS 6 miniport used in the drvls quick start.
 *
 * Three work-item bugs are planted here on purpose; each is marked "drvls finds:" with the rule id
 * drvls reports for it. Everything else releases what it allocates.
 */
#include "mp.h"

NDIS_STATUS
MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
               PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_STATUS Status;
    PMP_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;
    static const UCHAR DefaultMac[6] = {0x02, 0x00, 0x5E, 0x10, 0x00, 0x01};

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER), MP_TAG,
                                                NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    Adapter->AdapterHandle = MiniportAdapterHandle;
    Adapter->Paused = TRUE;
    NdisMoveMemory(Adapter->MacAddress, DefaultMac, sizeof(DefaultMac));
    NdisAllocateSpinLock(&Adapter->Lock);

    Adapter->StatusWorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (Adapter->StatusWorkItem == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto FreeAdapter;
    }

    Adapter->RxBuffer = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, MP_RX_BUFFER_SIZE, MP_TAG,
                                                          NormalPoolPriority);
    if (Adapter->RxBuffer == NULL) {
        // drvls finds: ndis-workitem-init-halt -- this early return leaks StatusWorkItem (reported at
        // its allocation above, with this return as related information).
        NdisFreeSpinLock(&Adapter->Lock);
        NdisFreeMemory(Adapter, 0, 0);
        return NDIS_STATUS_RESOURCES;
    }

    // drvls finds: ndis-workitem-init-halt -- MPHaltEx never frees ResetWorkItem.
    Adapter->ResetWorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (Adapter->ResetWorkItem == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto FreeRxBuffer;
    }

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.RegistrationAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Attributes.RegistrationAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;
    Attributes.RegistrationAttributes.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM;
    Attributes.RegistrationAttributes.InterfaceType = NdisInterfaceInternal;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeAll;
    }

    NdisZeroMemory(&Attributes, sizeof(Attributes));
    Attributes.GeneralAttributes.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    Attributes.GeneralAttributes.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Attributes.GeneralAttributes.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Attributes.GeneralAttributes.MediaType = NdisMedium802_3;
    Attributes.GeneralAttributes.PhysicalMediumType = NdisPhysicalMediumUnspecified;
    Attributes.GeneralAttributes.MtuSize = MP_MTU;
    Attributes.GeneralAttributes.MaxXmitLinkSpeed = MP_LINK_SPEED;
    Attributes.GeneralAttributes.MaxRcvLinkSpeed = MP_LINK_SPEED;
    Attributes.GeneralAttributes.XmitLinkSpeed = MP_LINK_SPEED;
    Attributes.GeneralAttributes.RcvLinkSpeed = MP_LINK_SPEED;
    Attributes.GeneralAttributes.MediaConnectState = MediaConnectStateConnected;
    Attributes.GeneralAttributes.MediaDuplexState = MediaDuplexStateFull;
    Attributes.GeneralAttributes.LookaheadSize = MP_MTU;
    Attributes.GeneralAttributes.SupportedPacketFilters = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_BROADCAST;
    Attributes.GeneralAttributes.MacAddressLength = sizeof(Adapter->MacAddress);
    NdisMoveMemory(Attributes.GeneralAttributes.PermanentMacAddress, Adapter->MacAddress, 6);
    NdisMoveMemory(Attributes.GeneralAttributes.CurrentMacAddress, Adapter->MacAddress, 6);
    Attributes.GeneralAttributes.AccessType = NET_IF_ACCESS_BROADCAST;
    Attributes.GeneralAttributes.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;
    Attributes.GeneralAttributes.ConnectionType = NET_IF_CONNECTION_DEDICATED;
    Attributes.GeneralAttributes.IfType = IF_TYPE_ETHERNET_CSMACD;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, &Attributes);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto FreeAll;
    }

    Adapter->LinkUp = TRUE;
    return NDIS_STATUS_SUCCESS;

FreeAll:
    NdisFreeIoWorkItem(Adapter->ResetWorkItem);
FreeRxBuffer:
    NdisFreeMemory(Adapter->RxBuffer, 0, 0);
    NdisFreeIoWorkItem(Adapter->StatusWorkItem);
FreeAdapter:
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemory(Adapter, 0, 0);
    return Status;
}

VOID
MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);

    NdisFreeIoWorkItem(Adapter->StatusWorkItem);
    NdisFreeMemory(Adapter->RxBuffer, 0, 0);
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemory(Adapter, 0, 0);
}

NDIS_STATUS
MPPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
    Adapter->Paused = TRUE;
    return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS
MPRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(RestartParameters);
    Adapter->Paused = FALSE;
    return NDIS_STATUS_SUCCESS;
}

/* Reprograms the receive filter at PASSIVE_LEVEL; owns (and frees) its one-shot work item. */
VOID
MPFilterWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)WorkItemContext;

    NdisAcquireSpinLock(&Adapter->Lock);
    NdisZeroMemory(Adapter->RxBuffer, MP_RX_BUFFER_SIZE);
    NdisReleaseSpinLock(&Adapter->Lock);

    NdisFreeIoWorkItem(NdisIoWorkItemHandle);
}

NDIS_STATUS
MPOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    NDIS_HANDLE FilterItem;

    if (OidRequest->RequestType != NdisRequestSetInformation ||
        OidRequest->DATA.SET_INFORMATION.Oid != OID_GEN_CURRENT_PACKET_FILTER) {
        return NDIS_STATUS_NOT_SUPPORTED;
    }
    if (OidRequest->DATA.SET_INFORMATION.InformationBufferLength < sizeof(ULONG)) {
        OidRequest->DATA.SET_INFORMATION.BytesNeeded = sizeof(ULONG);
        return NDIS_STATUS_INVALID_LENGTH;
    }

    Adapter->PacketFilter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
    OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);

    // drvls finds: workitem-leak -- when the link is down, FilterItem is neither queued nor freed.
    FilterItem = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
    if (FilterItem != NULL && Adapter->LinkUp) {
        NdisQueueIoWorkItem(FilterItem, MPFilterWorkItem, Adapter);
    }

    return NDIS_STATUS_SUCCESS;
}

VOID
MPCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

VOID
MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
                     NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;

    UNREFERENCED_PARAMETER(PortNumber);

    for (Nbl = NetBufferList; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        NET_BUFFER_LIST_STATUS(Nbl) = Adapter->Paused ? NDIS_STATUS_PAUSED : NDIS_STATUS_SUCCESS;
    }
    NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferList,
                                    NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)
                                        ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL
                                        : 0);
}

VOID
MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);
}

VOID
MPCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

/* Finishes a reset at PASSIVE_LEVEL; ResetWorkItem is long-lived, so it is not freed here. */
VOID
MPResetWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisMSleep(10000);
    NdisMResetComplete(Adapter->AdapterHandle, NDIS_STATUS_SUCCESS, FALSE);
}

NDIS_STATUS
MPResetEx(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    *AddressingReset = FALSE;
    NdisQueueIoWorkItem(Adapter->ResetWorkItem, MPResetWorkItem, Adapter);
    return NDIS_STATUS_PENDING;
}

VOID
MPDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (NetDevicePnPEvent->DevicePnPEvent == NdisDevicePnPEventSurpriseRemoved) {
        Adapter->LinkUp = FALSE;
    }
}

VOID
MPShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(ShutdownAction);
}
