// pos: the item is stored in the context block; the error path frees it through the local and then through ctx->Item.
#include <ntddk.h>

#define DFE_TAG 'efDx'

typedef struct _DFE_EXTENSION {
    PIO_WORKITEM Item;
    PIO_WORKITEM Spare;
    LONG Pending;
    BOOLEAN Busy;
} DFE_EXTENSION, *PDFE_EXTENSION;

typedef struct _DFE_CONTEXT {
    PIO_WORKITEM Item;
    PIRP Irp;
    struct _DFE_CONTEXT *Next;
} DFE_CONTEXT, *PDFE_CONTEXT;

static PDEVICE_OBJECT DfeDevice;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DfeUnload;
DRIVER_DISPATCH DfeDeviceControl;
IO_WORKITEM_ROUTINE DfeWorker;
IO_WORKITEM_ROUTINE_EX DfeWorkerEx;

VOID
DfeWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)<<<<<<<<<<<ION ext = (PDFE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
    NTSTATUS status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(ext);
    UNREFERENCED_PARAMETER(code);

    PIO_WORKITEM item = IoAllocateWorkItem(DeviceObject);
    PDFE_CONTEXT ctx;

    if (item == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
    } else {
        ctx = (PDFE_CONTEXT)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(DFE_CONTEXT), DFE_TAG);
        if (ctx == NULL) {
            IoFreeWorkItem(item);
            status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            ctx->Item = item;
            ctx->Irp = Irp;
            if (code == 0x30) {
                IoFreeWorkItem(item);
                IoFreeWorkItem(ctx->Item);  // expect: workitem-double-free
                ExFreePoolWithTag(ctx, DFE_TAG);
            } else {
                IoQueueWorkItemEx(ctx->Item, DfeWorkerEx, DelayedWorkQueue, NULL);
                ExFreePoolWithTag(ctx, DFE_TAG);
            }
        }
    }
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

VOID
DfeUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoDeleteDevice(DfeDevice);
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DfeDeviceControl;
    DriverObject->DriverUnload = DfeUnload;
    return IoCreateDevice(DriverObject, sizeof(DFE_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                          &DfeDevice);
}
