/*
 * diagnose.c - a parse's errors sorted into root causes, and what provides what is missing (see
 * diagnose.h).
 */
#include "diagnose.h"
#include "analysis.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- what provides what ---- */

typedef struct {
    const char *pattern; /* a header name, lower case; a trailing '*' matches any rest */
    const char *provider;
} provider_row;

static const char KMDF[] = "KMDF (the Windows Driver Frameworks headers of the WDK): drvls's "
                           "fallback headers do not cover KMDF yet; install the WDK and point "
                           "drvls to it (--wdk-root, the wdkRoot setting)";
static const char WDK[] = "a WDK header drvls's fallback headers do not cover: install the WDK "
                          "and point drvls to it (--wdk-root, the wdkRoot setting)";
static const char USER[] = "a user-mode (Windows SDK) header: the file is built as user-mode "
                           "code, but its project does not say so (a DriverType or a sources "
                           "TARGETTYPE of a driver)";

static const provider_row HEADERS[] = {
    {"wdf*", KMDF},
    {"wpprecorder.h", "the WPP recorder (WDK; used with KMDF and ACX): install the WDK"},
    {"fltkernel.h", WDK},
    {"wdmsec.h", WDK},
    {"ntddndis.h", WDK},
    {"fwp*", "the Windows Filtering Platform callout API (WDK): install the WDK"},
    {"wsk.h", "Winsock Kernel (WDK): install the WDK"},
    {"acx*", "the audio class extension ACX (WDK, KMDF-based): install the WDK"},
    {"dot11wdi.h", "the WLAN device driver interface WDI (WDK): install the WDK"},
    {"wditypes.hpp", "the WLAN device driver interface WDI (WDK): install the WDK"},
    {"ucx*", "the USB host controller extension (WDK, KMDF-based): install the WDK"},
    {"ufx*", "the USB function controller extension (WDK, KMDF-based): install the WDK"},
    {"sercx*", "the serial controller extension (WDK, KMDF-based): install the WDK"},
    {"spbcx*", "the SPB controller extension (WDK, KMDF-based): install the WDK"},
    {"gpioclx.h", "the GPIO controller extension (WDK, KMDF-based): install the WDK"},
    {"ksdebug.h", "kernel-streaming debug macros (WDK): install the WDK"},
    {"dsm.h", "the MPIO device-specific module interface (WDK storage): install the WDK"},
    {"mpiodisk.h", "the MPIO device-specific module interface (WDK storage): install the WDK"},
    {"windows.h", USER},
    {"atl*", USER},
    {"wil/*", USER},
    {"wex*", "TAEF, the Windows test framework (user mode)"},
    {"tchar.h", USER},
    {"strsafe.h", USER},
};

typedef struct {
    const char *prefix; /* case-sensitive */
    const char *provider;
} name_row;

static const name_row NAMES[] = {
    {"WDF", KMDF},
    {"Wdf", KMDF},
    {"PFN_WDF", KMDF},
    {"EVT_WDF", KMDF},
    {"PWDF", KMDF},
    {"Fwp", "the Windows Filtering Platform (fwpsk.h / fwpmk.h of the WDK)"},
    {"FWP", "the Windows Filtering Platform (fwpsk.h / fwpmk.h of the WDK)"},
    {"Wsk", "Winsock Kernel (wsk.h of the WDK)"},
    {"WSK", "Winsock Kernel (wsk.h of the WDK)"},
    {"Acx", "the audio class extension ACX (WDK)"},
    {"ACX", "the audio class extension ACX (WDK)"},
    {"KSCAMERA_", "camera extensions of ksmedia.h newer than drvls's fallback headers cover"},
    {"KSSTREAM_UVC", "camera extensions of ksmedia.h newer than drvls's fallback headers cover"},
    {"WPP_", "WPP tracing: the file's project enables no WPP drvls could read (WppEnabled, "
             "WppTraceFunction, sources RUN_WPP -func:), or the .tmh exists but is stale"},
    {"TRACE_LEVEL_", "WPP tracing (evntrace.h levels): the file's project enables no WPP drvls "
                     "could read"},
    {"Ndis", "ndis.h (an NDIS version or driver kind newer than drvls's fallback headers cover)"},
    {"NDIS_", "ndis.h (an NDIS version or driver kind newer than drvls's fallback headers cover)"},
    {"Stor", "storport.h (WDK storage)"},
    {"STOR_", "storport.h (WDK storage)"},
    {"SRB", "srb.h / storport.h (WDK storage)"},
    {"Srb", "srb.h / storport.h (WDK storage)"},
    {"Ks", "ks.h / ksmedia.h (kernel streaming)"},
    {"KS", "ks.h / ksmedia.h (kernel streaming)"},
    {"Pc", "portcls.h (audio port class)"},
    {"Hid", "hidport.h / hidclass.h (HID)"},
    {"HID_", "hidport.h / hidclass.h (HID)"},
    {"Usb", "usb.h / usbdlib.h (USB)"},
    {"USB", "usb.h / usbdlib.h (USB)"},
    {"URB", "usb.h (USB request blocks)"},
    {"Io", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Ke", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Ex", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Mm", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Ob", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Ps", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Rtl", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Zw", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Po", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Se", "the kernel API of wdm.h / ntddk.h / ntifs.h"},
    {"Flt", "the file-system minifilter API (fltkernel.h of the WDK)"},
    {"FLT_", "the file-system minifilter API (fltkernel.h of the WDK)"},
};

static int header_matches(const char *pattern, const char *lower) {
    size_t n = strlen(pattern);
    if (n && pattern[n - 1] == '*')
        return strncmp(pattern, lower, n - 1) == 0;
    return strcmp(pattern, lower) == 0;
}

const char *dls_diagnose_header_provider(const char *header) {
    const char *base = header;
    for (const char *p = header; *p; p++) {
        if ((*p == '/' || *p == '\\') && strncmp(header, "wil", 3) != 0)
            base = p + 1;
    }
    char lower[256];
    size_t n = 0;
    for (; base[n] && n + 1 < sizeof lower; n++)
        lower[n] = (char)tolower((unsigned char)(base[n] == '\\' ? '/' : base[n]));
    lower[n] = 0;
    for (size_t i = 0; i < sizeof HEADERS / sizeof HEADERS[0]; i++) {
        if (header_matches(HEADERS[i].pattern, lower))
            return HEADERS[i].provider;
    }
    return NULL;
}

const char *dls_diagnose_name_provider(const char *name) {
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++) {
        size_t n = strlen(NAMES[i].prefix);
        /* "Io" must start a word: IoAllocateWorkItem, not Iota */
        int word = n > 2 || isupper((unsigned char)name[n]) || name[n] == '_';
        if (n > best_len && strncmp(name, NAMES[i].prefix, n) == 0 && name[n] && word) {
            best = NAMES[i].provider;
            best_len = n;
        }
    }
    return best;
}

/* ---- sorting errors ---- */

/* The text between the first pair of single quotes of message, when it starts with lead. New
 * string, or NULL. */
static char *quoted_after(const char *message, const char *lead) {
    size_t n = strlen(lead);
    if (strncmp(message, lead, n) != 0 || message[n] != '\'')
        return NULL;
    const char *end = strchr(message + n + 1, '\'');
    return end ? dls_xstrndup(message + n + 1, (size_t)(end - message - n - 1)) : NULL;
}

/* "'wdf.h' file not found" -> "wdf.h". New string or NULL. */
static char *missing_header(const char *message) {
    if (message[0] != '\'')
        return NULL;
    const char *end = strstr(message, "' file not found");
    return end && end[16] == 0 ? dls_xstrndup(message + 1, (size_t)(end - message - 1)) : NULL;
}

int dls_diagnose_missing_header(CXDiagnostic d) {
    CXString s = clang_getDiagnosticSpelling(d);
    char *header = clang_getCString(s) ? missing_header(clang_getCString(s)) : NULL;
    clang_disposeString(s);
    int missing = header != NULL;
    free(header);
    return missing;
}

/* The name an error says nothing declares, or NULL. New string. */
static char *undeclared_name(const char *message) {
    static const char *const leads[] = {"use of undeclared identifier ", "unknown type name ",
                                        "call to undeclared function ", "no template named ",
                                        "unknown class name "};
    for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
        char *name = quoted_after(message, leads[i]);
        if (name)
            return name;
    }
    return NULL;
}

/* The message with every quoted part replaced by '...'. New string. */
static char *generic_message(const char *message) {
    size_t n = strlen(message);
    char *out = dls_xmalloc(n * 2 + 8);
    size_t o = 0;
    for (const char *p = message; *p;) {
        const char *end = *p == '\'' ? strchr(p + 1, '\'') : NULL;
        if (end) {
            memcpy(out + o, "'...'", 5);
            o += 5;
            p = end + 1;
        } else {
            out[o++] = *p++;
        }
    }
    out[o] = 0;
    return out;
}

/* Whether path lies in a system directory of flags (-isystem DIR, -resource-dir DIR). */
static int in_system_dir(const char *path, const dls_flags *flags) {
    for (int i = 0; flags && i + 1 < flags->argc; i++) {
        const char *a = flags->argv[i];
        if (strcmp(a, "-isystem") != 0 && strcmp(a, "-resource-dir") != 0)
            continue;
        const char *dir = flags->argv[i + 1];
        size_t n = strlen(dir);
        if (n && strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == '\\'))
            return 1;
    }
    return 0;
}

static dls_cause *cause_find(dls_diagnosis *d, dls_cause_kind kind, const char *key) {
    for (size_t i = 0; i < d->count; i++) {
        if (d->items[i].kind == kind && strcmp(d->items[i].key, key) == 0)
            return &d->items[i];
    }
    return NULL;
}

/* Count one error of kind/key (key taken over), first seen at file:line:col. */
static void cause_add(dls_diagnosis *d, dls_cause_kind kind, char *key, const char *file,
                      unsigned line, unsigned col, const char *message) {
    dls_cause *c = cause_find(d, kind, key);
    if (c) {
        c->errors++;
        free(key);
        return;
    }
    d->items = dls_xrealloc(d->items, (d->count + 1) * sizeof *d->items);
    c = &d->items[d->count++];
    c->kind = kind;
    c->key = key;
    c->file = dls_xstrdup(file);
    c->line = line;
    c->col = col;
    c->message = dls_xstrdup(message);
    c->errors = 1;
}

/* Sort one error into d. */
static void sort_error(dls_diagnosis *d, const dls_flags *flags, CXDiagnostic diag) {
    CXFile file = NULL;
    unsigned line = 0, col = 0;
    clang_getExpansionLocation(clang_getDiagnosticLocation(diag), &file, &line, &col, NULL);
    CXString name = clang_getFileName(file);
    const char *path = file && clang_getCString(name) ? clang_getCString(name) : "";
    CXString spelling = clang_getDiagnosticSpelling(diag);
    const char *msg = clang_getCString(spelling) ? clang_getCString(spelling) : "";
    char *key;
    if ((key = missing_header(msg)))
        cause_add(d, DLS_CAUSE_HEADER, key, path, line, col, msg);
    else if (!file)
        cause_add(d, DLS_CAUSE_COMMAND_LINE, dls_xstrdup(msg), path, line, col, msg);
    else if (in_system_dir(path, flags)) {
        char *generic = generic_message(msg);
        const char *base = strrchr(path, '/');
        cause_add(d, DLS_CAUSE_SYSTEM, dls_xasprintf("%s: %s", base ? base + 1 : path, generic),
                  path, line, col, msg);
        free(generic);
    } else if ((key = undeclared_name(msg)))
        cause_add(d, DLS_CAUSE_NAME, key, path, line, col, msg);
    else
        cause_add(d, DLS_CAUSE_OTHER, generic_message(msg), path, line, col, msg);
    clang_disposeString(spelling);
    clang_disposeString(name);
}

/* With a header missing, keep only the missing headers as causes: the other errors count as
 * following them. */
static void keep_missing_headers(dls_diagnosis *d) {
    size_t kept = 0;
    int missing = 0;
    for (size_t i = 0; i < d->count; i++)
        missing |= d->items[i].kind == DLS_CAUSE_HEADER;
    if (!missing)
        return;
    for (size_t i = 0; i < d->count; i++) {
        dls_cause *c = &d->items[i];
        if (c->kind == DLS_CAUSE_HEADER) {
            d->items[kept++] = *c;
            continue;
        }
        d->after_missing += c->errors;
        free(c->key);
        free(c->file);
        free(c->message);
    }
    d->count = kept;
}

void dls_diagnose_tu(CXTranslationUnit tu, const dls_flags *flags, dls_diagnosis *out) {
    memset(out, 0, sizeof *out);
    unsigned n = tu ? clang_getNumDiagnostics(tu) : 0;
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic diag = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(diag) >= CXDiagnostic_Error) {
            out->errors++;
            sort_error(out, flags, diag);
        }
        clang_disposeDiagnostic(diag);
    }
    keep_missing_headers(out);
}

void dls_diagnosis_free(dls_diagnosis *d) {
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].key);
        free(d->items[i].file);
        free(d->items[i].message);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

/* ---- a summary line ---- */

static int more_errors_first(const void *pa, const void *pb) {
    const dls_cause *const *a = pa, *const *b = pb;
    return (int)(*b)->errors - (int)(*a)->errors;
}

/* One cause for a log line: "'wdf.h' not found (KMDF ...)". New string. */
static char *cause_text(const dls_cause *c) {
    const char *provider = NULL;
    switch (c->kind) {
    case DLS_CAUSE_HEADER:
        provider = dls_diagnose_header_provider(c->key);
        return provider ? dls_xasprintf("'%s' not found (%s)", c->key, provider)
                        : dls_xasprintf("'%s' not found", c->key);
    case DLS_CAUSE_NAME:
        provider = dls_diagnose_name_provider(c->key);
        return provider ? dls_xasprintf("'%s' undeclared (%s)", c->key, provider)
                        : dls_xasprintf("'%s' undeclared", c->key);
    case DLS_CAUSE_SYSTEM:
        return dls_xasprintf("in a system header, %s", c->key);
    case DLS_CAUSE_COMMAND_LINE:
        return dls_xasprintf("on the command line, %s", c->message);
    default:
        return dls_xasprintf("%s", c->message);
    }
}

char *dls_diagnosis_summary(const dls_diagnosis *d, size_t max) {
    const dls_cause **sorted = dls_xcalloc(d->count + 1, sizeof *sorted);
    for (size_t i = 0; i < d->count; i++)
        sorted[i] = &d->items[i];
    qsort(sorted, d->count, sizeof *sorted, more_errors_first);
    char *s = dls_xasprintf("%u error%s; root cause%s:", d->errors, d->errors == 1 ? "" : "s",
                            d->count == 1 ? "" : "s");
    for (size_t i = 0; i < d->count && i < max; i++) {
        char *c = cause_text(sorted[i]);
        char *next = dls_xasprintf("%s%s %s (%u)", s, i ? ";" : "", c, sorted[i]->errors);
        free(c);
        free(s);
        s = next;
    }
    if (d->count > max) {
        char *next = dls_xasprintf("%s; and %zu more", s, d->count - max);
        free(s);
        s = next;
    }
    free(sorted);
    return s;
}
