// A driver helper with no work items at all: nothing to report.
#include <ndis.h>

NDIS_STATUS LintCopyAddress(PUCHAR Dest, const UCHAR *Source, ULONG Length) {
    if (Dest == NULL || Source == NULL) {
        return NDIS_STATUS_INVALID_PARAMETER;
    }
    NdisMoveMemory(Dest, Source, Length);
    return NDIS_STATUS_SUCCESS;
}
