// server.test.ts - the extension's client code against the real drvls binary: initialize with the
// extension's initializationOptions, open the example miniport, receive the rule diagnostics and
// count them as the status bar does, change settings the way the extension forwards them, request
// and apply a quick-fix (when the server offers code actions), "Check whole workspace", shutdown.
// DRVLS_BIN names the server (default: drvls on PATH); DRVLS_EXAMPLE the example driver folder.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
    CodeAction,
    CodeActionKind,
    CodeActionRequest,
    CodeActionResolveRequest,
    CodeActionTriggerKind,
    DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    DidSaveTextDocumentNotification,
    ExecuteCommandRequest,
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    ShutdownRequest,
    type Command,
    type Diagnostic,
    type InitializeResult,
    type TextEdit,
    type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

import { lintWorkspace } from '../src/lintWorkspace';
import {
    DEFAULT_SETTINGS,
    didChangeConfigurationParams,
    serverSettings,
    type ServerSettings,
} from '../src/settings';
import { statusView } from '../src/status';
import { CLIENT_CAPABILITIES, ruleFindings, Session } from './session';

const WAIT_MS = Number(process.env.DRVLS_TEST_WAIT_MS ?? 120000);
const EXAMPLE =
    process.env.DRVLS_EXAMPLE ?? path.resolve(__dirname, '..', '..', '..', 'examples', 'ndis_miniport');

let work: string;
let session: Session;
let init: InitializeResult;
let uri: string;
let doc: TextDocument;

function settingsWith(values: Record<string, unknown>): ServerSettings {
    return serverSettings((key) => values[key]);
}

function codes(d: readonly Diagnostic[]): string[] {
    return ruleFindings(d)
        .map((x) => String(x.code))
        .sort();
}

before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'drvls-ext-session-'));
    fs.cpSync(EXAMPLE, work, { recursive: true });
    session = new Session(process.env.DRVLS_BIN ?? '', ['--log=info'], work);
    const file = path.join(work, 'adapter.c');
    uri = pathToFileURL(file).href;
    doc = TextDocument.create(uri, 'c', 1, fs.readFileSync(file, 'utf8'));
});

after(() => {
    session?.kill();
    if (work !== undefined) {
        fs.rmSync(work, { recursive: true, force: true });
    }
});

test('initialize: drvls answers, claims no formatting or completion', async () => {
    init = await session.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        clientInfo: { name: 'drvls-extension-test' },
        rootUri: pathToFileURL(work).href,
        workspaceFolders: [{ uri: pathToFileURL(work).href, name: 'ndis_miniport' }],
        capabilities: CLIENT_CAPABILITIES,
        initializationOptions: settingsWith({}),
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    assert.equal(init.serverInfo?.name, 'drvls');
    const caps = init.capabilities;
    assert.ok(caps.textDocumentSync !== undefined, 'textDocumentSync');
    for (const claim of [
        'completionProvider',
        'documentFormattingProvider',
        'documentRangeFormattingProvider',
        'documentOnTypeFormattingProvider',
    ] as const) {
        assert.equal(caps[claim], undefined, `the server must not claim ${claim}`);
    }
});

test('open the example: the rule findings arrive, counted as the status bar counts them', async () => {
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'c', version: doc.version, text: doc.getText() },
    });
    const d = await session.diagnostics(uri, (x) => ruleFindings(x).length > 0, WAIT_MS, 'drvls findings');
    assert.deepEqual(codes(d), ['ndis-workitem-init-halt', 'ndis-workitem-init-halt', 'workitem-leak']);
    const errors = d.filter((x) => x.source !== 'drvls' && x.severity === 1);
    assert.deepEqual(errors, [], 'the example parses without clang errors');
    const leak = ruleFindings(d).find((x) => x.code === 'workitem-leak');
    assert.equal(leak?.range.start.line, 172, 'workitem-leak at adapter.c:173');
    assert.match(typeof leak?.message === 'string' ? leak.message : '', /FilterItem/);
    assert.equal(session.findings.total, 3);
    assert.equal(statusView('running', session.findings, undefined).text, '$(warning) drvls 3');
});

test('settings are forwarded without a restart (rules off, severity, back to defaults)', async () => {
    const send = (s: ServerSettings): Promise<void> =>
        session.connection.sendNotification(
            DidChangeConfigurationNotification.type,
            didChangeConfigurationParams(s),
        );
    await send(settingsWith({ rules: { 'workitem-leak': 'off' } }));
    let d = await session.diagnostics(
        uri,
        (x) => codes(x).join() === 'ndis-workitem-init-halt,ndis-workitem-init-halt',
        WAIT_MS,
        'workitem-leak switched off',
    );
    assert.equal(session.findings.total, 2);
    await send(settingsWith({ rules: { 'workitem-leak': 'error' } }));
    d = await session.diagnostics(
        uri,
        (x) => ruleFindings(x).some((f) => f.code === 'workitem-leak' && f.severity === 1),
        WAIT_MS,
        'workitem-leak as an error',
    );
    assert.equal(ruleFindings(d).length, 3);
    await send({ ...DEFAULT_SETTINGS, rules: {} });
    d = await session.diagnostics(
        uri,
        (x) => ruleFindings(x).some((f) => f.code === 'workitem-leak' && f.severity === 2),
        WAIT_MS,
        'workitem-leak back to a warning',
    );
    assert.equal(ruleFindings(d).length, 3);
    assert.equal(session.child.exitCode, null, 'the server kept running');
});

function editsFor(edit: WorkspaceEdit | undefined, target: string): TextEdit[] {
    const out: TextEdit[] = [...(edit?.changes?.[target] ?? [])];
    for (const c of edit?.documentChanges ?? []) {
        if ('edits' in c && c.textDocument.uri === target) {
            out.push(...c.edits.filter((e): e is TextEdit => 'newText' in e));
        }
    }
    return out;
}

test('quick-fix: code actions for a finding, applied, saved, the finding is gone', async (t) => {
    if (init.capabilities.codeActionProvider === undefined) {
        t.skip('this drvls has no codeActionProvider yet');
        return;
    }
    const before = ruleFindings(session.latest.get(uri)?.diagnostics ?? []);
    let chosen: { finding: Diagnostic; action: CodeAction } | undefined;
    for (const finding of [...before].sort((a) => (a.code === 'workitem-leak' ? -1 : 1))) {
        const actions = await session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri },
            range: finding.range,
            context: {
                diagnostics: [finding],
                only: [CodeActionKind.QuickFix],
                triggerKind: CodeActionTriggerKind.Invoked,
            },
        });
        const fixes = (actions ?? []).filter(
            (a: Command | CodeAction): a is CodeAction => CodeAction.is(a) && a.kind === CodeActionKind.QuickFix,
        );
        const action = fixes.find((a) => a.isPreferred === true) ?? fixes[0];
        if (action !== undefined) {
            chosen = { finding, action };
            break;
        }
    }
    assert.ok(chosen !== undefined, `no quick-fix offered for any of ${JSON.stringify(codes(before))}`);
    let action = chosen.action;
    if (action.edit === undefined && action.data !== undefined) {
        action = await session.connection.sendRequest(CodeActionResolveRequest.type, action);
    }
    t.diagnostic(`${String(chosen.finding.code)}: "${action.title}"`);
    const edits = editsFor(action.edit, uri);
    assert.ok(edits.length > 0, `the quick-fix "${action.title}" edits the file`);
    const fixed = TextDocument.applyEdits(doc, edits);
    const frees = (text: string): number => text.split('NdisFreeIoWorkItem(').length - 1;
    assert.equal(frees(fixed), frees(doc.getText()) + 1, 'the fix adds one NdisFreeIoWorkItem call');
    const version = doc.version + 1;
    doc = TextDocument.create(uri, 'c', version, fixed);
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text: fixed }],
    });
    fs.writeFileSync(new URL(uri), fixed);
    await session.connection.sendNotification(DidSaveTextDocumentNotification.type, {
        textDocument: { uri },
    });
    const code = String(chosen.finding.code);
    const n = before.filter((f) => f.code === chosen?.finding.code).length;
    const d = await session.diagnostics(
        uri,
        (x) => ruleFindings(x).filter((f) => f.code === code).length === n - 1,
        WAIT_MS,
        `one ${code} finding fewer after "${action.title}"`,
    );
    assert.equal(ruleFindings(d).length, before.length - 1, 'no new findings after the fix');
    assert.equal(session.findings.total, before.length - 1);
});

test('Check whole workspace: the answer (or the lack of the command) is handled', async (t) => {
    const send = (params: { command: string; arguments: unknown[] }): Promise<unknown> =>
        session.connection.sendRequest(ExecuteCommandRequest.type, params);
    const advertised = init.capabilities.executeCommandProvider?.commands;
    const outcome = await lintWorkspace(send, advertised);
    t.diagnostic(`${outcome.kind}: ${outcome.summary}`);
    assert.ok(['done', 'unsupported'].includes(outcome.kind), outcome.summary);
    // sent regardless of what the server advertises: an error response, never a rejection
    const forced = await lintWorkspace(send, undefined);
    assert.ok(['done', 'unsupported'].includes(forced.kind), forced.summary);
    assert.equal(session.child.exitCode, null, 'the server kept running');
});

test('work-done progress, if the server reports any, begins and ends', async (t) => {
    const end = Date.now() + WAIT_MS;
    while (session.progress.current !== undefined && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(session.progress.current, undefined, JSON.stringify(session.progressSeen));
    const kinds = session.progressSeen.map((v) => v.kind);
    t.diagnostic(`progress seen: ${JSON.stringify(session.progressSeen)}`);
    if (kinds.length > 0) {
        assert.equal(kinds[0], 'begin');
        assert.equal(kinds[kinds.length - 1], 'end');
    }
    assert.equal(
        statusView('running', session.findings, session.progress.current).text,
        `$(warning) drvls ${session.findings.total}`,
    );
});

test('shutdown and exit: the server exits with 0', async () => {
    await session.connection.sendRequest(ShutdownRequest.type);
    await session.connection.sendNotification(ExitNotification.type);
    const code = await Promise.race([
        session.exited,
        new Promise<string>((r) => setTimeout(() => r('still running after 10 s'), 10000)),
    ]);
    assert.equal(code, 0, session.stderr.slice(-2000));
});
