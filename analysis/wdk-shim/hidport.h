/*
 * hidport.h - drvls WDK supplement: the HID minidriver interface.
 *
 * mingw-w64 has no hidport.h, and its hidclass.h gives the minidriver IOCTLs placeholder values. This
 * file declares what a HID minidriver uses to plug into the HID class driver: registration
 * (HID_MINIDRIVER_REGISTRATION, HidRegisterMinidriver), the device extension the class driver creates,
 * the HID descriptor, device attributes, idle notification, and the internal IOCTL_HID_* requests with
 * their documented codes.
 */
#ifndef DRVLS_WDK_SHIM_HIDPORT_H
#define DRVLS_WDK_SHIM_HIDPORT_H

#include <wdm.h>
#include <hidusage.h> /* USAGE, which mingw-w64's hidpi.h (from hidclass.h) needs first */
#include <hidclass.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Internal device control requests the HID class driver sends to its minidriver. */
#undef IOCTL_HID_GET_DEVICE_DESCRIPTOR
#undef IOCTL_HID_GET_REPORT_DESCRIPTOR
#undef IOCTL_HID_READ_REPORT
#undef IOCTL_HID_WRITE_REPORT
#undef IOCTL_HID_GET_STRING
#undef IOCTL_HID_GET_DEVICE_ATTRIBUTES
#define IOCTL_HID_GET_DEVICE_DESCRIPTOR HID_CTL_CODE(0)
#define IOCTL_HID_GET_REPORT_DESCRIPTOR HID_CTL_CODE(1)
#define IOCTL_HID_READ_REPORT HID_CTL_CODE(2)
#define IOCTL_HID_WRITE_REPORT HID_CTL_CODE(3)
#define IOCTL_HID_GET_STRING HID_CTL_CODE(4)
#define IOCTL_HID_ACTIVATE_DEVICE HID_CTL_CODE(7)
#define IOCTL_HID_DEACTIVATE_DEVICE HID_CTL_CODE(8)
#define IOCTL_HID_GET_DEVICE_ATTRIBUTES HID_CTL_CODE(9)
#define IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST HID_CTL_CODE(10)

#define HID_REVISION 0x00000001

/* What a minidriver passes to HidRegisterMinidriver from its DriverEntry. */
typedef struct _HID_MINIDRIVER_REGISTRATION {
    ULONG Revision;
    PDRIVER_OBJECT DriverObject;
    PUNICODE_STRING RegistryPath;
    ULONG DeviceExtensionSize;
    BOOLEAN DevicesArePolled;
    UCHAR Reserved[3];
} HID_MINIDRIVER_REGISTRATION, *PHID_MINIDRIVER_REGISTRATION;

/* The extension of the FDO that the HID class driver creates; the minidriver's own context is at
 * MiniDeviceExtension. */
typedef struct _HID_DEVICE_EXTENSION {
    PDEVICE_OBJECT PhysicalDeviceObject;
    PDEVICE_OBJECT NextDeviceObject;
    PVOID MiniDeviceExtension;
} HID_DEVICE_EXTENSION, *PHID_DEVICE_EXTENSION;

/* Returned for IOCTL_HID_GET_DEVICE_ATTRIBUTES. */
typedef struct _HID_DEVICE_ATTRIBUTES {
    ULONG Size;
    USHORT VendorID;
    USHORT ProductID;
    USHORT VersionNumber;
    USHORT Reserved[11];
} HID_DEVICE_ATTRIBUTES, *PHID_DEVICE_ATTRIBUTES;

/* The HID descriptor, as in the USB HID class specification (byte packed). */
#include <pshpack1.h>
typedef struct _HID_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT bcdHID;
    UCHAR bCountry;
    UCHAR bNumDescriptors;
    struct _HID_DESCRIPTOR_DESC_LIST {
        UCHAR bReportType;
        USHORT wReportLength;
    } DescriptorList[1];
} HID_DESCRIPTOR, *PHID_DESCRIPTOR;
#include <poppack.h>

/* IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST: the class driver's callback, called when the device may
 * idle. */
typedef VOID (*HID_SEND_IDLE_CALLBACK)(_In_ PVOID Context);

typedef struct _HID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO {
    HID_SEND_IDLE_CALLBACK IdleCallback;
    PVOID IdleContext;
} HID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO, *PHID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO;

NTSTATUS
HidRegisterMinidriver(_In_ PHID_MINIDRIVER_REGISTRATION MinidriverRegistration);

NTSTATUS
HidNotifyPresence(_In_ PDEVICE_OBJECT DeviceObject, _In_ BOOLEAN IsPresent);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_HIDPORT_H */
