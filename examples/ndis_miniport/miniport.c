/*
 * miniport.c - DriverEntry and unload of the example NDIS 6 miniport used in the drvls quick start.
 */
#include "mp.h"

DRIVER_INITIALIZE DriverEntry;
MINIPORT_UNLOAD MPDriverUnload;

static NDIS_HANDLE MpDriverHandle;

VOID
MPDriverUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(MpDriverHandle);
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = NDIS_MINIPORT_MAJOR_VERSION;
    Chars.MinorNdisVersion = NDIS_MINIPORT_MINOR_VERSION;
    Chars.MajorDriverVersion = 1;
    Chars.MinorDriverVersion = 0;

    Chars.InitializeHandlerEx = MPInitializeEx;
    Chars.HaltHandlerEx = MPHaltEx;
    Chars.UnloadHandler = MPDriverUnload;
    Chars.PauseHandler = MPPause;
    Chars.RestartHandler = MPRestart;
    Chars.OidRequestHandler = MPOidRequest;
    Chars.CancelOidRequestHandler = MPCancelOidRequest;
    Chars.SendNetBufferListsHandler = MPSendNetBufferLists;
    Chars.ReturnNetBufferListsHandler = MPReturnNetBufferLists;
    Chars.CancelSendHandler = MPCancelSend;
    Chars.ResetHandlerEx = MPResetEx;
    Chars.DevicePnPEventNotifyHandler = MPDevicePnPEventNotify;
    Chars.ShutdownHandlerEx = MPShutdownEx;

    return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &MpDriverHandle);
}
