// units.test.ts - the extension's VS Code-free parts on their own: where the server binary is found
// (and the one message when it is not), the settings payload, the status bar text, and the
// "Check whole workspace" outcomes for each kind of answer.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';

import { lintWorkspace, LINT_WORKSPACE_COMMAND } from '../src/lintWorkspace';
import { classifyServerLine } from '../src/serverLog';
import { bundledServerCandidates, resolveServer, type ResolveInput } from '../src/serverBinary';
import {
    DEFAULT_SETTINGS,
    didChangeConfigurationParams,
    sameServerSettings,
    serverSettings,
} from '../src/settings';
import { FindingCounter, ProgressTracker, statusView } from '../src/status';

const posix = process.platform !== 'win32';

function tempDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'drvls-ext-'));
}

function writeExe(file: string, mode = 0o755): string {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '#!/bin/sh\nexit 0\n');
    fs.chmodSync(file, mode);
    return file;
}

function input(over: Partial<ResolveInput>): ResolveInput {
    return {
        configured: '',
        extensionPath: '/nonexistent-extension',
        env: { PATH: '' },
        platform: process.platform,
        arch: process.arch,
        homedir: os.homedir(),
        ...over,
    };
}

test('drvls.path: an existing executable is used as is', () => {
    const dir = tempDir();
    const exe = writeExe(path.join(dir, 'bin', 'drvls'));
    const r = resolveServer(input({ configured: exe }));
    assert.deepEqual(r, { ok: true, command: exe, origin: 'setting' });
});

test('drvls.path: relative to the workspace folder, ~ and ${userHome} expanded', () => {
    const dir = tempDir();
    const exe = writeExe(path.join(dir, 'build', 'drvls'));
    assert.equal(
        resolveServer(input({ configured: 'build/drvls', workspaceFolder: dir })).ok && exe,
        exe,
    );
    const r = resolveServer(input({ configured: '~/build/drvls', homedir: dir }));
    assert.deepEqual(r, { ok: true, command: exe, origin: 'setting' });
    const r2 = resolveServer(input({ configured: '${userHome}/build/drvls', homedir: dir }));
    assert.deepEqual(r2, { ok: true, command: exe, origin: 'setting' });
});

test('drvls.path: a missing file is one message that names it and the setting', () => {
    const r = resolveServer(input({ configured: '/no/such/dir/drvls' }));
    assert.equal(r.ok, false);
    if (!r.ok) {
        assert.equal(r.reason, 'missing');
        assert.match(r.message, /drvls\.path/);
        assert.match(r.message, /\/no\/such\/dir\/drvls/);
        assert.doesNotMatch(r.message, /\n|at .*\(.*:\d+:\d+\)/, 'no stack trace');
    }
});

test('drvls.path: a file without the execute bit is reported as such', { skip: !posix }, () => {
    const dir = tempDir();
    const file = writeExe(path.join(dir, 'drvls'), 0o644);
    const r = resolveServer(input({ configured: file }));
    assert.equal(r.ok, false);
    if (!r.ok) {
        assert.equal(r.reason, 'not-executable');
        assert.match(r.message, /not executable/);
        assert.match(r.message, /chmod \+x/);
    }
});

test('drvls.path: a folder is not a server', () => {
    const dir = tempDir();
    const r = resolveServer(input({ configured: dir }));
    assert.equal(r.ok, false);
    if (!r.ok) {
        assert.equal(r.reason, 'not-a-file');
    }
});

test('drvls.path: a bare name is looked up on PATH', { skip: !posix }, () => {
    const dir = tempDir();
    const exe = writeExe(path.join(dir, 'drvls-nightly'));
    assert.deepEqual(resolveServer(input({ configured: 'drvls-nightly', env: { PATH: dir } })), {
        ok: true,
        command: exe,
        origin: 'setting',
    });
    const r = resolveServer(input({ configured: 'drvls-nightly', env: { PATH: '/nonexistent' } }));
    assert.equal(r.ok, false);
});

test('default: drvls on PATH first, then the server shipped in the extension', { skip: !posix }, () => {
    const onPath = tempDir();
    const ext = tempDir();
    const pathExe = writeExe(path.join(onPath, 'drvls'));
    const [prefixExe, bareExe] = bundledServerCandidates(ext, process.platform, process.arch);
    assert.ok(prefixExe !== undefined && bareExe !== undefined);
    assert.match(prefixExe, new RegExp(`server[/\\\\]${process.platform}-${process.arch}[/\\\\]bin`));
    writeExe(bareExe);
    assert.deepEqual(resolveServer(input({ extensionPath: ext, env: { PATH: onPath } })), {
        ok: true,
        command: pathExe,
        origin: 'path',
    });
    assert.deepEqual(resolveServer(input({ extensionPath: ext })), {
        ok: true,
        command: bareExe,
        origin: 'bundled',
    });
    writeExe(prefixExe);
    assert.deepEqual(resolveServer(input({ extensionPath: ext })), {
        ok: true,
        command: prefixExe,
        origin: 'bundled',
    });
});

test('default: no server anywhere is one message asking for drvls.path', () => {
    const r = resolveServer(input({}));
    assert.equal(r.ok, false);
    if (!r.ok) {
        assert.equal(r.reason, 'not-found');
        assert.match(r.message, /Set drvls\.path/);
        assert.match(r.message, new RegExp(`${process.platform}-${process.arch}`));
    }
});

test('settings: defaults, valid values, and bad values fall back with a named problem', () => {
    assert.deepEqual(serverSettings(() => undefined), DEFAULT_SETTINGS);
    const values: Record<string, unknown> = {
        checkOn: 'type',
        halt: 'all-paths',
        rules: { 'workitem-leak': 'off', 'ndis-workitem-init-halt': 'warning', x: 3 },
    };
    const problems: string[] = [];
    const s = serverSettings((k) => values[k], problems);
    assert.deepEqual(s, {
        checkOn: 'type',
        halt: 'all-paths',
        rules: { 'workitem-leak': 'off', 'ndis-workitem-init-halt': 'warning' },
    });
    assert.deepEqual(problems.length, 1);
    assert.match(problems[0] ?? '', /drvls\.rules\.x/);
    const bad: string[] = [];
    const d = serverSettings((k) => ({ checkOn: 'often', halt: 7, rules: [] })[k], bad);
    assert.deepEqual(d, DEFAULT_SETTINGS);
    assert.equal(bad.length, 3);
    assert.deepEqual(didChangeConfigurationParams(s), { settings: s });
    assert.ok(
        sameServerSettings(
            { ...DEFAULT_SETTINGS, rules: { a: 'off', b: true } },
            { ...DEFAULT_SETTINGS, rules: { b: true, a: 'off' } },
        ),
    );
    assert.ok(!sameServerSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, checkOn: 'type' }));
});

test('status bar: phases, progress, and the finding count (drvls source only)', () => {
    const f = new FindingCounter();
    const p = new ProgressTracker();
    assert.equal(statusView('running', f, p.current).text, '$(check) drvls');
    assert.ok(f.update('file:///a.c', [{ source: 'drvls' }, { source: 'clang' }, {}]));
    assert.ok(f.update('file:///b.c', [{ source: 'drvls' }, { source: 'drvls' }]));
    assert.equal(f.total, 3);
    assert.equal(f.files, 2);
    assert.equal(statusView('running', f, undefined).text, '$(warning) drvls 3');
    assert.match(statusView('running', f, undefined).tooltip, /3 findings in 2 files/);
    assert.ok(!f.update('file:///a.c', [{ source: 'drvls' }]));
    assert.ok(f.update('file:///b.c', []));
    assert.equal(f.total, 1);
    assert.ok(p.update('t1', { kind: 'begin', title: 'Indexing', percentage: 0 }));
    assert.ok(p.update('t1', { kind: 'report', message: '3/10 files', percentage: 30 }));
    const v = statusView('running', f, p.current);
    assert.equal(v.text, '$(sync~spin) drvls 30%');
    assert.match(v.tooltip, /Indexing: 3\/10 files 30%/);
    assert.ok(p.update('t1', { kind: 'end' }));
    assert.equal(p.current, undefined);
    assert.ok(!p.update('t1', { kind: 'report', percentage: 50 }), 'reports after end are ignored');
    assert.equal(statusView('failed', f, undefined).text, '$(error) drvls');
    assert.equal(statusView('starting', f, undefined).text, '$(sync~spin) drvls');
});

test('Check whole workspace: every kind of answer becomes an outcome, nothing throws', async () => {
    const sent: unknown[] = [];
    const ok = await lintWorkspace((params) => {
        sent.push(params);
        return Promise.resolve({ files: 2, findings: 3 });
    }, [LINT_WORKSPACE_COMMAND]);
    assert.deepEqual(sent, [{ command: LINT_WORKSPACE_COMMAND, arguments: [] }]);
    assert.equal(ok.kind, 'done');
    assert.match(ok.summary, /3 findings in 2 files/);
    const notAdvertised = await lintWorkspace(() => Promise.reject(new Error('not sent')), []);
    assert.equal(notAdvertised.kind, 'unsupported');
    const notFound = await lintWorkspace(
        () => Promise.reject(new ResponseError(ErrorCodes.MethodNotFound, 'no such method')),
        undefined,
    );
    assert.equal(notFound.kind, 'unsupported');
    const cancelled = await lintWorkspace(
        () => Promise.reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled')),
        undefined,
    );
    assert.equal(cancelled.kind, 'cancelled');
    const failed = await lintWorkspace(
        () => Promise.reject(new ResponseError(ErrorCodes.InternalError, 'boom')),
        undefined,
    );
    assert.equal(failed.kind, 'failed');
    assert.match(failed.summary, /boom/);
    const closed = await lintWorkspace(() => Promise.reject(new Error('Connection is closed.')), undefined);
    assert.equal(closed.kind, 'failed');
});

test('server log lines keep their level in the output', () => {
    assert.deepEqual(classifyServerLine('I[2543.312] index: 2 files queued'), {
        level: 'info',
        text: 'index: 2 files queued',
    });
    assert.deepEqual(classifyServerLine('E[1.000] libclang crashed'), { level: 'error', text: 'libclang crashed' });
    assert.deepEqual(classifyServerLine('V[0.001] flags: -x c'), { level: 'debug', text: 'flags: -x c' });
    assert.equal(classifyServerLine('AddressSanitizer: heap-use-after-free').level, 'error');
});
