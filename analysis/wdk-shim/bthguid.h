/*
 * bthguid.h - drvls fallback header: the Bluetooth profile driver interface GUIDs.
 *
 * Declared with DEFINE_GUID, so a source that includes <initguid.h> first defines them and any
 * other source only references them. The documented interface is the GUID names; the values
 * below are only there so the declarations parse (any distinct values would do).
 */
#ifndef DRVLS_WDK_SHIM_BTHGUID_H
#define DRVLS_WDK_SHIM_BTHGUID_H

#include <guiddef.h>

/* Query-interface GUIDs for IRP_MN_QUERY_INTERFACE (values not verified; any distinct value parses). */
DEFINE_GUID(GUID_BTHDDI_PROFILE_DRIVER_INTERFACE,
    0x94a59aa8, 0x4383, 0x4286, 0xaa, 0x4f, 0x34, 0xa1, 0x60, 0xf4, 0x00, 0x04);
DEFINE_GUID(GUID_BTHDDI_SDP_PARSE_INTERFACE,
    0x4e719439, 0x9cf1, 0x4bab, 0xac, 0x1d, 0x32, 0x79, 0x86, 0x57, 0x43, 0xd2);
DEFINE_GUID(GUID_BTHDDI_SDP_NODE_INTERFACE,
    0x81a7fdf3, 0x86c1, 0x4be8, 0xa8, 0xc8, 0x2a, 0x6a, 0x9d, 0xb0, 0xe6, 0xf8);

#endif /* DRVLS_WDK_SHIM_BTHGUID_H */
