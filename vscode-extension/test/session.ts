// session.ts - a client session with the real drvls binary for the Node tests: the server is found
// and launched by the extension's own serverBinary.ts and spoken to with vscode-languageserver-
// protocol's Node connection (vscode-jsonrpc's stream reader and writer), the library
// vscode-languageclient runs on inside VS Code. Nothing of the server is mocked.

import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter,
    type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
    ConfigurationRequest,
    LogMessageNotification,
    PublishDiagnosticsNotification,
    RegistrationRequest,
    ShowMessageNotification,
    UnregistrationRequest,
    WorkDoneProgress,
    WorkDoneProgressCreateRequest,
    type ClientCapabilities,
    type Diagnostic,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';

import { resolveServer, serverLaunch } from '../src/serverBinary';
import { FindingCounter, ProgressTracker, type WorkDoneValue } from '../src/status';

/** Roughly what vscode-languageclient 11 announces for the features drvls can use. */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
    general: { positionEncodings: ['utf-16'] },
    window: { workDoneProgress: true, showMessage: {}, showDocument: { support: true } },
    workspace: {
        applyEdit: true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
        didChangeConfiguration: { dynamicRegistration: true },
        configuration: true,
        workspaceFolders: true,
        executeCommand: { dynamicRegistration: true },
    },
    textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true, willSave: true },
        publishDiagnostics: {
            relatedInformation: true,
            versionSupport: false,
            tagSupport: { valueSet: [1, 2] },
            codeDescriptionSupport: true,
            dataSupport: true,
        },
        codeAction: {
            dynamicRegistration: true,
            isPreferredSupport: true,
            disabledSupport: true,
            dataSupport: true,
            resolveSupport: { properties: ['edit'] },
            codeActionLiteralSupport: {
                codeActionKind: {
                    valueSet: [
                        '',
                        'quickfix',
                        'refactor',
                        'refactor.extract',
                        'refactor.inline',
                        'refactor.rewrite',
                        'source',
                        'source.organizeImports',
                    ],
                },
            },
            honorsChangeAnnotations: true,
        },
    },
};

export interface Waiter {
    done: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
    fail: (e: Error) => void;
}

export class Session {
    readonly connection: ProtocolConnection;
    readonly child: ChildProcess;
    readonly findings = new FindingCounter();
    readonly progress = new ProgressTracker();
    readonly progressSeen: WorkDoneValue[] = [];
    readonly messages: string[] = [];
    readonly latest = new Map<string, PublishDiagnosticsParams>();
    stderr = '';
    /** How the server ended, once it has. */
    exitStatus: string | undefined;
    private waiters: Waiter[] = [];
    readonly exited: Promise<number | null>;

    /** Launch the server the way the extension does, with drvls.path = `configuredPath`. */
    constructor(configuredPath: string, args: string[], cwd: string) {
        const resolved = resolveServer({
            configured: configuredPath,
            workspaceFolder: cwd,
            extensionPath: cwd,
            env: process.env,
            platform: process.platform,
            arch: process.arch,
            homedir: os.homedir(),
        });
        if (!resolved.ok) {
            throw new Error(resolved.message);
        }
        const launch = serverLaunch(resolved.command, args, cwd);
        this.child = spawn(launch.command, launch.args, {
            cwd: launch.cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.exited = new Promise((resolve) =>
            this.child.on('exit', (code, signal) => {
                this.exitStatus = signal !== null ? `killed by ${signal}` : `exit code ${String(code)}`;
                for (const w of this.waiters) {
                    w.fail(new Error(`the server exited (${this.exitStatus}) while waiting; stderr:\n${this.stderr.slice(-3000)}`));
                }
                this.waiters = [];
                resolve(code);
            }),
        );
        this.child.stderr?.on('data', (d: Buffer) => {
            this.stderr += d.toString();
        });
        if (this.child.stdout === null || this.child.stdin === null) {
            throw new Error('the server has no stdio pipes');
        }
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.child.stdout),
            new StreamMessageWriter(this.child.stdin),
        );
        this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
            this.latest.set(p.uri, p);
            this.findings.update(p.uri, p.diagnostics);
            this.waiters = this.waiters.filter((w) => {
                if (w.done(p)) {
                    w.resolve(p);
                    return false;
                }
                return true;
            });
        });
        this.connection.onRequest(WorkDoneProgressCreateRequest.type, (p) => {
            this.connection.onProgress(WorkDoneProgress.type, p.token, (v) => {
                this.progressSeen.push(v);
                this.progress.update(p.token, v);
            });
        });
        this.connection.onNotification(LogMessageNotification.type, (p) => {
            this.messages.push(`log ${p.type}: ${p.message}`);
        });
        this.connection.onNotification(ShowMessageNotification.type, (p) => {
            this.messages.push(`show ${p.type}: ${p.message}`);
        });
        this.connection.onRequest(RegistrationRequest.type, () => undefined);
        this.connection.onRequest(UnregistrationRequest.type, () => undefined);
        this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => null));
        this.connection.listen();
    }

    /** Resolves with the first publishDiagnostics for `uri` that satisfies `cond` (the current one
     * counts), rejects after `ms` with what was last seen. */
    diagnostics(
        uri: string,
        cond: (d: Diagnostic[]) => boolean,
        ms: number,
        what: string,
    ): Promise<Diagnostic[]> {
        const now = this.latest.get(uri);
        if (now !== undefined && cond(now.diagnostics)) {
            return Promise.resolve(now.diagnostics);
        }
        if (this.exitStatus !== undefined) {
            return Promise.reject(new Error(`the server has exited (${this.exitStatus}); stderr:\n${this.stderr.slice(-3000)}`));
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                const last = this.latest.get(uri);
                reject(
                    new Error(
                        `timed out after ${ms} ms waiting for ${what}; last diagnostics: ${JSON.stringify(last?.diagnostics ?? null)}\nserver stderr:\n${this.stderr.slice(-3000)}`,
                    ),
                );
            }, ms);
            this.waiters.push({
                done: (p) => p.uri === uri && cond(p.diagnostics),
                resolve: (p) => {
                    clearTimeout(timer);
                    resolve(p.diagnostics);
                },
                fail: (e) => {
                    clearTimeout(timer);
                    reject(e);
                },
            });
        });
    }

    /** Kill the server if it is still running (after a failed test). */
    kill(): void {
        if (this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill('SIGKILL');
        }
        this.connection.dispose();
    }
}

/** Diagnostics of the drvls rules (not clang's). */
export function ruleFindings(d: readonly Diagnostic[]): Diagnostic[] {
    return d.filter((x) => x.source === 'drvls');
}
