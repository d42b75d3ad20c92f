/*
 * acpitabl.h - drvls WDK supplement: ACPI table definitions, the _PLD part.
 *
 * mingw-w64 has no acpitabl.h. Drivers mostly use it for the physical location (_PLD) buffer that the
 * ACPI specification defines (section "_PLD (Physical Location of Device)") and Windows stores in the
 * DEVPKEY_Device_PhysicalDeviceLocation property. Declared here: the revision 1 and 2 buffers as bit
 * fields in the specification's order, the panel and rotation values, and the common table header.
 */
#ifndef DRVLS_WDK_SHIM_ACPITABL_H
#define DRVLS_WDK_SHIM_ACPITABL_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Which surface of the enclosure the device is on (_PLD Panel field). */
typedef enum _ACPI_PLD_PANEL {
    AcpiPldPanelTop = 0,
    AcpiPldPanelBottom = 1,
    AcpiPldPanelLeft = 2,
    AcpiPldPanelRight = 3,
    AcpiPldPanelFront = 4,
    AcpiPldPanelBack = 5,
    AcpiPldPanelUnknown = 6
} AcpiPldPanel;

/* Clockwise rotation of the device in 45 degree steps (_PLD Rotation field). */
typedef enum _ACPI_PLD_ROTATION {
    AcpiPldRotation0 = 0,
    AcpiPldRotation45 = 1,
    AcpiPldRotation90 = 2,
    AcpiPldRotation135 = 3,
    AcpiPldRotation180 = 4,
    AcpiPldRotation225 = 5,
    AcpiPldRotation270 = 6,
    AcpiPldRotation315 = 7
} AcpiPldRotation;

#define DRVLS_ACPI_PLD_V1_FIELDS                                                                       \
    ULONG Revision : 7;                                                                                \
    ULONG IgnoreColor : 1;                                                                             \
    ULONG Red : 8;                                                                                     \
    ULONG Green : 8;                                                                                   \
    ULONG Blue : 8;                                                                                    \
    ULONG Width : 16;                                                                                  \
    ULONG Height : 16;                                                                                 \
    ULONG UserVisible : 1;                                                                             \
    ULONG Dock : 1;                                                                                    \
    ULONG Lid : 1;                                                                                     \
    ULONG Panel : 3;                                                                                   \
    ULONG VerticalPosition : 2;                                                                        \
    ULONG HorizontalPosition : 2;                                                                      \
    ULONG Shape : 4;                                                                                   \
    ULONG GroupOrientation : 1;                                                                        \
    ULONG GroupToken : 8;                                                                              \
    ULONG GroupPosition : 8;                                                                           \
    ULONG Bay : 1;                                                                                     \
    ULONG Ejectable : 1;                                                                               \
    ULONG EjectionRequired : 1;                                                                        \
    ULONG CabinetNumber : 8;                                                                           \
    ULONG CardCageNumber : 8;                                                                          \
    ULONG Reference : 1;                                                                               \
    ULONG Rotation : 4;                                                                                \
    ULONG Order : 5;                                                                                   \
    ULONG Reserved : 4;

/* _PLD revision 1: 16 bytes. */
typedef struct _ACPI_PLD_BUFFER {
    DRVLS_ACPI_PLD_V1_FIELDS
} ACPI_PLD_BUFFER, *PACPI_PLD_BUFFER;

/* _PLD revision 2: revision 1 plus the offsets of the device within its panel, 20 bytes. */
typedef struct _ACPI_PLD_V2_BUFFER {
    DRVLS_ACPI_PLD_V1_FIELDS
    ULONG VerticalOffset : 16;
    ULONG HorizontalOffset : 16;
} ACPI_PLD_V2_BUFFER, *PACPI_PLD_V2_BUFFER;

#undef DRVLS_ACPI_PLD_V1_FIELDS

/* The header every ACPI description table starts with. */
typedef struct _DESCRIPTION_HEADER {
    ULONG Signature;
    ULONG Length;
    UCHAR Revision;
    UCHAR Checksum;
    CHAR OEMID[6];
    CHAR OEMTableID[8];
    ULONG OEMRevision;
    CHAR CreatorID[4];
    ULONG CreatorRev;
} DESCRIPTION_HEADER, *PDESCRIPTION_HEADER;

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_ACPITABL_H */
