/*
 * wdfminiport.h - drvls WDK supplement: KMDF for miniport drivers, for parsing without the WDK.
 *
 * A miniport driver whose port driver owns the dispatch table (NDIS, PortCls, Storport) can still use
 * KMDF objects: it creates its driver object with WDF_DRIVER_INIT_NO_DISPATCH_OVERRIDE (declared in
 * wdf.h), wraps the device object its port driver created with WdfDeviceMiniportCreate, and calls
 * WdfDriverMiniportUnload from its unload routine. This header includes the shim's wdf.h and declares
 * those two calls.
 *
 * Written from the public KMDF reference documentation; the calls are plain function declarations. It
 * describes the interface for parsing; it is not meant for building drivers.
 */
#ifndef DRVLS_WDK_SHIM_WDFMINIPORT_H
#define DRVLS_WDK_SHIM_WDFMINIPORT_H

#include <wdf.h>

#ifdef __cplusplus
extern "C" {
#endif

NTSTATUS WdfDeviceMiniportCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes, PDEVICE_OBJECT DeviceObject,
                                 PDEVICE_OBJECT AttachedDeviceObject, PDEVICE_OBJECT Pdo, WDFDEVICE *Device);
VOID WdfDriverMiniportUnload(WDFDRIVER Driver);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_WDFMINIPORT_H */
