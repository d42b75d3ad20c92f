#!/bin/sh
# test_neovim.sh - drvls in a real editor: headless Neovim (0.7+) with its built-in LSP client opens
# a temp copy of a driver file with a deliberate clang error, waits for the error diagnostic at the
# right line and column, fixes it with a buffer edit (incremental didChange), waits for the errors
# to clear, saves (didSave); then opens a copy of the example miniport (examples/ndis_miniport), waits
# for the drvls rule findings, requests the quick-fix for the workitem-leak finding
# (textDocument/codeAction), applies its edit, saves and checks that the finding is gone and the file
# on disk holds the fix; stops the client and checks that the server exited with code 0.
#
# usage: test_neovim.sh <drvls binary> <fixtures dir>
# Exits 0 on success, 1 on failure (nvim missing is a failure, not a skip).

set -u

DRVLS=${1:?usage: test_neovim.sh <drvls binary> <fixtures dir>}
FIXTURES=${2:?usage: test_neovim.sh <drvls binary> <fixtures dir>}
HARD_TIMEOUT=${DRVLS_NVIM_TIMEOUT:-240}

if ! command -v nvim >/dev/null 2>&1; then
    echo "FAIL: nvim is not installed (apt-get install neovim); this test needs a real Neovim" >&2
    exit 1
fi
if [ ! -x "$DRVLS" ]; then
    echo "FAIL: drvls binary '$DRVLS' is missing or not executable" >&2
    exit 1
fi
case "$DRVLS" in /*) ;; *) DRVLS=$(pwd)/$DRVLS ;; esac

WORK=$(mktemp -d "${TMPDIR:-/tmp}/drvls-nvim-XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT INT TERM
mkdir -p "$WORK/src" "$WORK/xdg/config" "$WORK/xdg/data" "$WORK/xdg/state" "$WORK/xdg/cache"

# The driver file: a fixture when there is one, else a small WDM driver.
SRC=""
for dir in "$FIXTURES/drivers/wdm" "$FIXTURES/drivers/ndis_miniport"; do
    if [ -d "$dir" ]; then
        SRC=$(find "$dir" -name '*.c' -type f | sort | head -n 1)
        [ -n "$SRC" ] && break
    fi
done
FILE="$WORK/src/driver.c"
if [ -n "$SRC" ]; then
    # the whole fixture directory, so that its local headers come along
    echo "driver file: copy of $SRC (with its directory)"
    cp -R "$(dirname "$SRC")/." "$WORK/src/"
    FILE="$WORK/src/$(basename "$SRC")"
    # make sure the file ends with a line break before the probe line is added
    [ -n "$(tail -c 1 "$FILE")" ] && printf '\n' >>"$FILE"
else
    echo "driver file: built-in WDM driver (no fixture under $FIXTURES/drivers)"
    cat >"$FILE" <<'EOF'
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DriverUnload;

VOID DriverUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = DriverUnload;
    return STATUS_SUCCESS;
}
EOF
fi
# The deliberate error: the last line. Line numbers below are 0-based, as in vim.diagnostic.
ERROR_LINE=$(wc -l <"$FILE" | tr -d ' ')
printf 'static int drvls_nvim_probe = undeclared_in_nvim_test;\n' >>"$FILE"
ERROR_COL=30
ERROR_IDENT=undeclared_in_nvim_test

# The example miniport with deliberate work-item bugs, for the quick-fix.
EXAMPLE_DIR="$(cd "$FIXTURES/../.." && pwd)/examples/ndis_miniport"
if [ ! -f "$EXAMPLE_DIR/adapter.c" ]; then
    echo "FAIL: the example miniport is missing ($EXAMPLE_DIR/adapter.c)" >&2
    exit 1
fi
mkdir -p "$WORK/example"
cp -R "$EXAMPLE_DIR/." "$WORK/example/"
EXAMPLE_FILE="$WORK/example/adapter.c"

cat >"$WORK/init.lua" <<'EOF'
-- Drives Neovim's built-in LSP client against drvls; writes its findings to DRVLS_RESULT.
local function env(k)
    local v = os.getenv(k)
    if v == nil then
        io.stderr:write(k .. " not set\n")
        vim.cmd("cquit!")
    end
    return v
end
local drvls, file, result = env("DRVLS_BIN"), env("DRVLS_FILE"), env("DRVLS_RESULT")
local err_line, err_col = tonumber(env("DRVLS_ERROR_LINE")), tonumber(env("DRVLS_ERROR_COL"))
local ident, stderr_file = env("DRVLS_ERROR_IDENT"), env("DRVLS_STDERR")
local example = env("DRVLS_EXAMPLE_FILE")
local lines = {}
local function log(...) table.insert(lines, string.format(...)) end

local function finish(ok)
    log(ok and "RESULT PASS" or "RESULT FAIL")
    local f = assert(io.open(result, "w"))
    f:write(table.concat(lines, "\n") .. "\n")
    f:close()
    if ok then vim.cmd("qall!") else vim.cmd("cquit!") end
end

local function describe(diags)
    local out = {}
    for _, d in ipairs(diags) do
        table.insert(out, string.format("[%d:%d sev %s %s] %s", d.lnum, d.col, tostring(d.severity),
            tostring(d.source), d.message))
    end
    return #out > 0 and table.concat(out, "; ") or "(none)"
end

local function errors(bufnr)
    return vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.ERROR })
end

local function run()
    log("nvim %s", tostring(vim.version and vim.inspect(vim.version()) or "?"):gsub("%s+", " "))
    vim.cmd("edit " .. vim.fn.fnameescape(file))
    local bufnr = vim.api.nvim_get_current_buf()
    local exit_code = nil
    local client_id = vim.lsp.start_client({
        name = "drvls",
        cmd = { "sh", "-c", 'exec "$0" 2>>"$1"', drvls, stderr_file },
        root_dir = vim.fn.fnamemodify(file, ":h"),
        on_exit = function(code, signal)
            exit_code = code
            log("server exited: code %s signal %s", tostring(code), tostring(signal))
        end,
    })
    if not client_id then
        log("vim.lsp.start_client failed")
        return false
    end
    if not vim.lsp.buf_attach_client(bufnr, client_id) then
        log("vim.lsp.buf_attach_client failed")
        return false
    end

    -- waits end early when the server dies
    local function wait_for(ms, cond)
        local ok = vim.wait(ms, function() return exit_code ~= nil or cond() end, 50)
        if exit_code ~= nil then
            log("the server exited during the session")
            return false
        end
        return ok
    end

    -- 1. the deliberate error appears, at its line and column
    local ok = wait_for(120000, function() return #errors(bufnr) > 0 end)
    local client = vim.lsp.get_client_by_id(client_id)
    if client then log("offset encoding: %s", tostring(client.offset_encoding)) end
    if not ok then
        log("no error diagnostic (waited up to 120 s); diagnostics: %s", describe(vim.diagnostic.get(bufnr)))
        return false
    end
    local errs = errors(bufnr)
    log("errors after open: %s", describe(errs))
    if #errs ~= 1 then
        log("expected exactly one error (the deliberate one), got %d", #errs)
        return false
    end
    local e = errs[1]
    if e.lnum ~= err_line or e.col ~= err_col or not e.message:find(ident, 1, true) then
        log("error at %d:%d (%s), expected %d:%d naming %s", e.lnum, e.col, e.message,
            err_line, err_col, ident)
        return false
    end
    if e.source ~= "clang" then
        log("error source %s, expected clang", tostring(e.source))
        return false
    end

    -- 2. fix it with an incremental edit; the errors clear
    vim.api.nvim_buf_set_text(bufnr, err_line, err_col, err_line, err_col + #ident, { "0" })
    ok = wait_for(120000, function() return #errors(bufnr) == 0 end)
    if not ok then
        log("errors did not clear within 120 s after the fix: %s", describe(errors(bufnr)))
        return false
    end
    log("errors cleared after the fix; remaining diagnostics: %s",
        describe(vim.diagnostic.get(bufnr)))

    -- 3. break it again on another line, then save: the new error arrives, the session lives on
    vim.api.nvim_buf_set_lines(bufnr, err_line, err_line, true, { "int drvls_nvim_second = ;" })
    ok = wait_for(120000, function()
        local es = errors(bufnr)
        return #es == 1 and es[1].lnum == err_line
    end)
    if not ok then
        log("second error not reported at line %d: %s", err_line, describe(errors(bufnr)))
        return false
    end
    vim.api.nvim_buf_set_lines(bufnr, err_line, err_line + 1, true, {})
    vim.cmd("silent write")
    ok = wait_for(120000, function() return #errors(bufnr) == 0 end)
    if not ok then
        log("errors did not clear after removing the line and saving: %s", describe(errors(bufnr)))
        return false
    end
    if vim.lsp.client_is_stopped(client_id) then
        log("the client stopped during the session")
        return false
    end

    -- 4. a drvls finding in the example miniport, its quick-fix applied and saved
    vim.cmd("edit " .. vim.fn.fnameescape(example))
    local ebuf = vim.api.nvim_get_current_buf()
    if not vim.lsp.buf_attach_client(ebuf, client_id) then
        log("vim.lsp.buf_attach_client failed for the example")
        return false
    end
    local function findings()
        local out = {}
        for _, d in ipairs(vim.diagnostic.get(ebuf)) do
            if d.source == "drvls" then table.insert(out, d) end
        end
        return out
    end
    local function leak()
        for _, d in ipairs(findings()) do
            if d.message:find("FilterItem", 1, true) then return d end
        end
        return nil
    end
    ok = wait_for(120000, function() return #findings() == 3 and leak() ~= nil end)
    if not ok then
        log("the example's three drvls findings did not arrive: %s", describe(vim.diagnostic.get(ebuf)))
        return false
    end
    log("example findings: %s", describe(findings()))
    local d = leak()
    local lsp_diag = (d.user_data and d.user_data.lsp) or {}
    local range = {
        start = { line = d.lnum, character = d.col },
        ["end"] = { line = d.end_lnum, character = d.end_col },
    }
    local params = {
        textDocument = { uri = vim.uri_from_bufnr(ebuf) },
        range = range,
        context = {
            diagnostics = { {
                range = range, severity = d.severity, message = d.message, source = d.source,
                code = lsp_diag.code, data = lsp_diag.data,
            } },
            only = { "quickfix" },
        },
    }
    local responses = vim.lsp.buf_request_sync(ebuf, "textDocument/codeAction", params, 20000)
    local action
    for _, r in pairs(responses or {}) do
        for _, a in ipairs(r.result or {}) do
            if a.kind == "quickfix" and a.edit and (action == nil or a.isPreferred) then action = a end
        end
    end
    if not action then
        log("no quickfix code action with an edit for the workitem-leak finding: %s",
            vim.inspect(responses))
        return false
    end
    log("quick-fix: %s", action.title)
    vim.lsp.util.apply_workspace_edit(action.edit, client and client.offset_encoding or "utf-16")
    local text = table.concat(vim.api.nvim_buf_get_lines(ebuf, 0, -1, false), "\n")
    if not text:find("NdisFreeIoWorkItem(FilterItem)", 1, true) then
        log("the applied edit does not free FilterItem")
        return false
    end
    vim.api.nvim_set_current_buf(ebuf)
    vim.cmd("silent write")
    ok = wait_for(120000, function() return #findings() == 2 and leak() == nil end)
    if not ok then
        log("the workitem-leak finding is still there after the fix and save: %s", describe(findings()))
        return false
    end
    local f = assert(io.open(example, "r"))
    local saved = f:read("*a")
    f:close()
    if not saved:find("NdisFreeIoWorkItem(FilterItem)", 1, true) then
        log("the saved file does not hold the fix")
        return false
    end
    log("after the quick-fix and save: %s", describe(findings()))

    -- 5. stop the client: shutdown + exit, the server exits with 0
    vim.lsp.stop_client(client_id)
    ok = vim.wait(10000, function() return exit_code ~= nil end, 50)
    if not ok then
        log("the server did not exit within 10 s of shutdown/exit")
        return false
    end
    if exit_code ~= 0 then
        log("server exit code %s after shutdown + exit, expected 0", tostring(exit_code))
        return false
    end
    return true
end

-- nested: the session's :write must fire BufWritePost, which sends textDocument/didSave
vim.api.nvim_create_autocmd("VimEnter", {
    once = true,
    nested = true,
    callback = function()
        local ok, res = pcall(run)
        if not ok then log("lua error: %s", tostring(res)) end
        finish(ok and res == true)
    end,
})
EOF

RESULT="$WORK/result.txt"
STDERR="$WORK/drvls.stderr"
: >"$STDERR"
echo "running nvim $(nvim --version | head -n 1) against $DRVLS (error at line $ERROR_LINE, col $ERROR_COL)"
XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data" \
XDG_STATE_HOME="$WORK/xdg/state" XDG_CACHE_HOME="$WORK/xdg/cache" \
DRVLS_BIN="$DRVLS" DRVLS_FILE="$FILE" DRVLS_RESULT="$RESULT" DRVLS_STDERR="$STDERR" \
DRVLS_ERROR_LINE="$ERROR_LINE" DRVLS_ERROR_COL="$ERROR_COL" DRVLS_ERROR_IDENT="$ERROR_IDENT" \
DRVLS_EXAMPLE_FILE="$EXAMPLE_FILE" \
    timeout -k 5 "$HARD_TIMEOUT" nvim --headless --clean -n -i NONE -u "$WORK/init.lua" \
    </dev/null >"$WORK/nvim.out" 2>&1
STATUS=$?

echo "--- results"
if [ -f "$RESULT" ]; then sed 's/^/  /' "$RESULT"; else echo "  (no result file)"; fi
if [ "$STATUS" -eq 0 ] && grep -q '^RESULT PASS$' "$RESULT" 2>/dev/null; then
    echo "PASS: neovim session (nvim exit status 0)"
    exit 0
fi
[ "$STATUS" -eq 124 ] && echo "nvim killed after the hard timeout of ${HARD_TIMEOUT} s"
echo; echo "--- nvim output (tail)"
tail -n 20 "$WORK/nvim.out" | sed 's/^/  /'
echo "--- drvls stderr (tail)"
tail -n 30 "$STDERR" | sed 's/^/  /'
LSPLOG=$(find "$WORK/xdg" -name 'lsp.log' | head -n 1)
if [ -n "$LSPLOG" ]; then
    echo "--- neovim lsp.log (tail)"
    tail -n 20 "$LSPLOG" | cut -c1-400 | sed 's/^/  /'
fi
echo "FAIL: neovim session (nvim exit status $STATUS)"
exit 1
