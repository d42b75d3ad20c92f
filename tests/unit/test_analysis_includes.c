/*
 * test_analysis_includes.c - #include lines resolved as the WDK build resolves them (includes.h)
 * and WPP trace message headers (wpp.h): each kind of supplied header on its own, then whole
 * driver projects (.vcxproj and `sources` forms) that parse with zero clang errors only with them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "includes.h"
#include "units.h"

static char dir[256];

static int setup(void **state) {
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/drvls-incl-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *write_file(const char *name, const char *text) {
    char *path = dls_xasprintf("%s/%s", dir, name);
    char *slash = strrchr(path, '/');
    *slash = '\0';
    char *cmd = dls_xasprintf("mkdir -p '%s'", path);
    assert_int_equal(system(cmd), 0);
    free(cmd);
    *slash = '/';
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    return path;
}

/* write_file for a file whose path the test does not need. */
static void put_file(const char *name, const char *text) {
    free(write_file(name, text));
}

static const dls_incl_file *find_kind(const dls_incl_files *f, int kind, const char *suffix) {
    for (size_t i = 0; i < f->count; i++) {
        size_t n = strlen(f->items[i].path), k = strlen(suffix);
        if (f->items[i].kind == kind && n >= k && strcmp(f->items[i].path + n - k, suffix) == 0)
            return &f->items[i];
    }
    return NULL;
}

/* Parse path with the flags drvls computes for it; the number of clang errors. */
static int parse_errors(const char *path) {
    dls_flags f;
    dls_flags_for_file(path, NULL, &f);
    dls_unit *u = dls_unit_new_oneshot(path);
    dls_findings out = {0};
    assert_int_equal(dls_unit_parse(u, &f, NULL, 0, &out), 0);
    int errors = 0;
    for (size_t i = 0; i < out.count; i++)
        if (strcmp(out.items[i].rule, "clang") == 0 && out.items[i].severity == DLS_SEV_ERROR) {
            print_message("%s:%u: %s\n", out.items[i].range.file, out.items[i].range.line,
                          out.items[i].message);
            errors++;
        }
    dls_findings_clear(&out);
    dls_unit_free(u);
    dls_flags_free(&f);
    return errors;
}

static void supply_for(const char *path, dls_incl_files *out) {
    dls_flags f;
    dls_flags_for_file(path, NULL, &f);
    char *text;
    size_t len;
    assert_int_equal(dls_read_file(path, &text, &len), 0);
    dls_incl_supply(path, text, len, &f, out);
    free(text);
    dls_flags_free(&f);
}

static void test_case_mismatch_local_and_system(void **state) {
    (void)state;
    put_file("case/Util.h", "#define UTIL_VALUE 7\n");
    char *c = write_file("case/a.c", "#include <NTDDK.h>\n#include \"util.h\"\n"
                                     "int v = UTIL_VALUE; NTSTATUS s;\n");
    dls_incl_files f;
    supply_for(c, &f);
    const dls_incl_file *local = find_kind(&f, DLS_INCL_CASE, "/case/util.h");
    assert_non_null(local);
    assert_non_null(strstr(local->text, "/case/Util.h\""));
    const dls_incl_file *sys = find_kind(&f, DLS_INCL_CASE, "/NTDDK.h");
    assert_non_null(sys);
    assert_string_equal(sys->text, "#include <ntddk.h>\n"); /* found by the search, as written */
    dls_incl_files_free(&f);
    assert_int_equal(parse_errors(c), 0);
    free(c);
}

static void test_quoted_include_found_up_the_stack(void **state) {
    (void)state;
    put_file("stack/common.h", "typedef int COMMON_T;\n");
    put_file("stack/sub/inner.h", "#include \"common.h\"\nCOMMON_T inner;\n");
    char *c = write_file("stack/a.c", "#include \"sub/inner.h\"\nint main_v;\n");
    dls_incl_files f;
    supply_for(c, &f);
    const dls_incl_file *s = find_kind(&f, DLS_INCL_STACK, "/stack/sub/common.h");
    assert_non_null(s);
    dls_incl_files_free(&f);
    assert_int_equal(parse_errors(c), 0);
    free(c);
}

/* A quoted name that differs in case from a header beside the includer, and that a system
 * directory has in the exact case (mingw-w64's user-mode p2p.h): cl.exe takes the one beside the
 * includer, and so does drvls. */
static void test_quoted_case_match_beside_beats_system_header(void **state) {
    (void)state;
    put_file("p2p/P2P.h", "typedef int DRIVER_P2P_T;\n");
    char *c = write_file("p2p/a.c", "#include <ntddk.h>\n#include \"p2p.h\"\nDRIVER_P2P_T v;\n");
    dls_incl_files f;
    supply_for(c, &f);
    const dls_incl_file *s = find_kind(&f, DLS_INCL_CASE, "/p2p/p2p.h");
    assert_non_null(s);
    assert_non_null(strstr(s->text, "/p2p/P2P.h\""));
    dls_incl_files_free(&f);
    assert_int_equal(parse_errors(c), 0);
    free(c);
}

static void test_generated_header_is_empty(void **state) {
    (void)state;
    put_file("gen/drvmsg.mc", "MessageId=1\n");
    char *c = write_file("gen/a.c", "#include \"drvmsg.h\"\n#include \"missing.h\"\nint v;\n");
    dls_incl_files f;
    supply_for(c, &f);
    assert_non_null(find_kind(&f, DLS_INCL_GENERATED, "/gen/drvmsg.h"));
    assert_int_equal(f.count, 1); /* missing.h has no source it is generated from */
    dls_incl_files_free(&f);
    free(c);

    /* the parse says so at the #include line, as a note; the missing header stays an error */
    c = write_file("gen/b.c", "#include \"drvmsg.h\"\nint v;\n");
    dls_flags fl;
    dls_flags_for_file(c, NULL, &fl);
    dls_unit *u = dls_unit_new_oneshot(c);
    dls_findings out = {0};
    assert_int_equal(dls_unit_parse(u, &fl, NULL, 0, &out), 0);
    assert_int_equal(out.count, 1);
    assert_int_equal(out.items[0].severity, DLS_SEV_INFO);
    assert_int_equal(out.items[0].range.line, 1);
    assert_int_equal(out.items[0].range.col, 10);
    assert_non_null(strstr(out.items[0].message, "drvmsg.h is generated by the build"));
    dls_findings_clear(&out);
    dls_unit_free(u);
    dls_flags_free(&fl);
    free(c);
}

static const char trace_h[] =
    "#define WPP_CONTROL_GUIDS \\\n"
    "    WPP_DEFINE_CONTROL_GUID(DrvGuid, (11111111,2222,3333,4444,555555555555), \\\n"
    "        WPP_DEFINE_BIT(DRV_ERROR) WPP_DEFINE_BIT(DRV_TRACE))\n"
    "// begin_wpp config\n"
    "// FUNC TracePrint((LEVEL,FLAGS,MSG,...));\n"
    "// FUNC FuncEntry{LEVEL=TRACE_LEVEL_VERBOSE}(FLAGS);\n"
    "// end_wpp\n";

static const char traced_c[] =
    "#include <ntddk.h>\n"
    "#include \"trace.h\"\n"
    "#include \"a.tmh\"\n"
    "NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {\n"
    "    int only_traced = 3;\n"
    "    WPP_INIT_TRACING(DriverObject, RegistryPath);\n"
    "    FuncEntry(DRV_TRACE);\n"
    "    DEBUGP(DRV_TRACE, \"entry %d\\n\", only_traced);\n"
    "    DEBUGP(DRV_TRACE, \"no arguments\\n\");\n"
    "    RT_TRACE(DRV_ERROR, TRACE_LEVEL_ERROR, (\"st %!STATUS!\", STATUS_SUCCESS));\n"
    "    TracePrint((TRACE_LEVEL_ERROR, DRV_ERROR, \"status %!STATUS!\", STATUS_SUCCESS));\n"
    "    WPP_CLEANUP(DriverObject);\n"
    "    return STATUS_SUCCESS;\n"
    "}\n";

static const char vcxproj[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<Project DefaultTargets=\"Build\" ToolsVersion=\"12.0\" "
    "xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
    "  <ItemGroup Label=\"ProjectConfigurations\">\n"
    "    <ProjectConfiguration Include=\"Debug|x64\"><Configuration>Debug</Configuration>"
    "<Platform>x64</Platform></ProjectConfiguration>\n"
    "  </ItemGroup>\n"
    "  <PropertyGroup Label=\"Configuration\"><ConfigurationType>Driver</ConfigurationType>"
    "<DriverType>WDM</DriverType></PropertyGroup>\n"
    "  <ItemGroup>\n"
    "    <ClCompile Include=\"a.c\">\n"
    "      <WppEnabled>true</WppEnabled>\n"
    "      <WppTraceFunction>DEBUGP(LEVEL,MSG,...);RT_TRACE(COMPID,LEVEL,(MSG,...))"
    "</WppTraceFunction>\n"
    "    </ClCompile>\n"
    "  </ItemGroup>\n"
    "</Project>\n";

/* `#include <precomp.h>` names the project's precompiled header in angle brackets: cl.exe finds
 * it through the PCH (PrecompiledHeader Use), clang through the header drvls supplies. */
static void test_precompiled_header_in_angle_brackets(void **state) {
    (void)state;
    char *proj = dls_xstrdup(vcxproj);
    char *at = strstr(proj, "    <ClCompile Include=\"a.c\">\n");
    assert_non_null(at);
    char *with_pch = dls_xasprintf(
        "%.*s  <ItemDefinitionGroup><ClCompile><PrecompiledHeader>Use</PrecompiledHeader>"
        "<PrecompiledHeaderFile>precomp.h</PrecompiledHeaderFile></ClCompile>"
        "</ItemDefinitionGroup>\n%s",
        (int)(strstr(proj, "  <ItemGroup>\n    <ClCompile") - proj), proj,
        strstr(proj, "  <ItemGroup>\n    <ClCompile"));
    put_file("pch/drv.vcxproj", with_pch);
    put_file("pch/precomp.h", "#include <ntddk.h>\ntypedef struct { int v; } PRECOMP_T;\n");
    char *c = write_file("pch/a.c", "#include <precomp.h>\nPRECOMP_T value;\n");
    dls_incl_files f;
    supply_for(c, &f);
    assert_non_null(find_kind(&f, DLS_INCL_PCH, "/precomp.h"));
    dls_incl_files_free(&f);
    assert_int_equal(parse_errors(c), 0);
    free(c);
    free(with_pch);
    free(proj);
}

static void test_wpp_from_vcxproj_and_config_block(void **state) {
    (void)state;
    put_file("wppvcx/drv.vcxproj", vcxproj);
    put_file("wppvcx/trace.h", trace_h);
    char *c = write_file("wppvcx/a.c", traced_c);
    dls_incl_files f;
    supply_for(c, &f);
    const dls_incl_file *tmh = find_kind(&f, DLS_INCL_WPP, "/wppvcx/a.tmh");
    assert_non_null(tmh);
    assert_non_null(strstr(tmh->text, "#define DEBUGP("));
    assert_non_null(strstr(tmh->text, "#define RT_TRACE("));
    assert_non_null(strstr(tmh->text, "#define TracePrint("));
    assert_non_null(strstr(tmh->text, "#define FuncEntry("));
    dls_incl_files_free(&f);
    assert_int_equal(parse_errors(c), 0);
    free(c);
}

static void test_wpp_from_sources_run_wpp(void **state) {
    (void)state;
    put_file("wppsrc/sources", "TARGETNAME=drv\nTARGETTYPE=DRIVER\nSOURCES=a.c\n"
                               "RUN_WPP=$(SOURCES) -km -func:DEBUGP(LEVEL,MSG,...) "
                               "-func:RT_TRACE(COMPID,LEVEL,(MSG,...))\n");
    put_file("wppsrc/trace.h", trace_h);
    char *c = write_file("wppsrc/a.c", traced_c);
    assert_int_equal(parse_errors(c), 0);
    free(c);
}

static void test_wpp_without_configuration_still_errs(void **state) {
    (void)state;
    /* no project, no config block: the header is supplied but declares no trace function, so
     * the call stays an error (C++: no implicit declarations) */
    put_file("wppnone/trace.h", "#define WPP_CONTROL_GUIDS\n");
    char *c = write_file("wppnone/a.cpp", "#include \"trace.h\"\n#include \"a.tmh\"\n"
                                          "void f(void) { DEBUGP(1, \"x\"); }\n");
    dls_incl_files f;
    supply_for(c, &f);
    const dls_incl_file *tmh = find_kind(&f, DLS_INCL_WPP, "/wppnone/a.tmh");
    assert_non_null(tmh);
    assert_null(strstr(tmh->text, "DEBUGP"));
    dls_incl_files_free(&f);
    assert_true(parse_errors(c) > 0);
    free(c);
}

static void test_existing_tmh_is_left_alone(void **state) {
    (void)state;
    put_file("wppstale/a.tmh", "#define DEBUGP(...) ((void)0)\n");
    char *c = write_file("wppstale/a.c", "#include \"a.tmh\"\nvoid f(void) { DEBUGP(1); }\n");
    dls_incl_files f;
    supply_for(c, &f);
    assert_int_equal(f.count, 0);
    dls_incl_files_free(&f);
    free(c);
}

/* A header or a WPP scan file that is a FIFO is not read (reading it would block), and the
 * rest is still supplied. */
static void test_fifo_headers_are_not_read(void **state) {
    (void)state;
    char *fifo = dls_xasprintf("%s/fifo/pipe.h", dir);
    char *scan = dls_xasprintf("%s/fifo/scan.h", dir);
    put_file("fifo/sources", "TARGETNAME=drv\nTARGETTYPE=DRIVER\nSOURCES=a.c\n"
                             "RUN_WPP=$(SOURCES) -km -scan:scan.h -func:DEBUGP(LEVEL,MSG,...)\n");
    char *c = write_file("fifo/a.c", "#include \"pipe.h\"\n#include \"a.tmh\"\nint v;\n");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_int_equal(mkfifo(scan, 0600), 0);
    dls_incl_files f;
    supply_for(c, &f);
    const dls_incl_file *tmh = find_kind(&f, DLS_INCL_WPP, "/fifo/a.tmh");
    assert_non_null(tmh);
    assert_non_null(strstr(tmh->text, "#define DEBUGP("));
    dls_incl_files_free(&f);
    free(c);
    free(scan);
    free(fifo);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_mismatch_local_and_system),
        cmocka_unit_test(test_quoted_include_found_up_the_stack),
        cmocka_unit_test(test_quoted_case_match_beside_beats_system_header),
        cmocka_unit_test(test_generated_header_is_empty),
        cmocka_unit_test(test_wpp_from_vcxproj_and_config_block),
        cmocka_unit_test(test_precompiled_header_in_angle_brackets),
        cmocka_unit_test(test_wpp_from_sources_run_wpp),
        cmocka_unit_test(test_wpp_without_configuration_still_errs),
        cmocka_unit_test(test_existing_tmh_is_left_alone),
        cmocka_unit_test(test_fifo_headers_are_not_read),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
