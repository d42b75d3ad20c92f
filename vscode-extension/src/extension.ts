// extension.ts - the drvls VS Code extension: starts the drvls language server over stdio for C and
// C++ files, forwards drvls.* setting changes to it, and offers the commands and the status bar item.
// Diagnostics keep the server's own source ("drvls" for rule findings, "clang" for compiler
// errors) and the client claims no formatting or completion, so it sits beside the C/C++ and
// clangd extensions.

import * as os from 'node:os';
import * as readline from 'node:readline';
import type { Readable } from 'node:stream';
import * as vscode from 'vscode';
import {
    CloseAction,
    DidChangeConfigurationNotification,
    ErrorAction,
    ExecuteCommandRequest,
    RevealOutputChannelOn,
    State,
    TransportKind,
    type ErrorHandler,
    type LanguageClientOptions,
    type ServerOptions,
} from 'vscode-languageclient/node';

import { DrvlsLanguageClient } from './client';
import { lintWorkspace } from './lintWorkspace';
import { resolveServer, serverLaunch, type Resolved } from './serverBinary';
import { classifyServerLine } from './serverLog';
import {
    didChangeConfigurationParams,
    sameServerSettings,
    serverSettings,
    type ServerSettings,
} from './settings';
import {
    FindingCounter,
    ProgressTracker,
    statusView,
    type ServerPhase,
    type WorkDoneValue,
} from './status';
import { TraceChannel } from './traceChannel';

const OPEN_SETTINGS = 'Open settings';
const SHOW_OUTPUT = 'Show output';
/** Crashes tolerated within RESTART_WINDOW_MS before the server is left stopped. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

function config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('drvls');
}

function firstFolder(): string | undefined {
    const f = vscode.workspace.workspaceFolders?.find((w) => w.uri.scheme === 'file');
    return f?.uri.fsPath;
}

/** Calls `each` with every line of `input`. */
function eachLine(input: Readable, each: (line: string) => void): void {
    readline
        .createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 })
        .on('line', each);
}

function messageOf(data: unknown): string {
    if (data instanceof Error) {
        return data.message;
    }
    return typeof data === 'string' ? data : '';
}

/** One extension instance: the client (when one runs), the status bar item, the outputs. */
class Drvls implements vscode.Disposable {
    private client: DrvlsLanguageClient | undefined;
    private readonly output: vscode.LogOutputChannel;
    private readonly trace: TraceChannel;
    private readonly status: vscode.StatusBarItem;
    private readonly findings = new FindingCounter();
    private readonly progress = new ProgressTracker();
    private phase: ServerPhase = 'stopped';
    private sent: ServerSettings | undefined;
    /** Bumped on every (re)start; failures of older generations are ignored. */
    private generation = 0;
    /** Whether this generation already showed its one failure message. */
    private failureShown = false;
    private everRunning = false;
    private crashes: number[] = [];
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext) {
        this.output = vscode.window.createOutputChannel('drvls', { log: true });
        this.trace = new TraceChannel('drvls trace', () =>
            config().get<string>('trace.server', 'off'),
        );
        this.status = vscode.window.createStatusBarItem(
            'drvls.status',
            vscode.StatusBarAlignment.Right,
            100,
        );
        this.status.name = 'drvls';
        this.status.command = 'workbench.actions.view.problems';
        this.render();
        this.status.show();
        this.disposables.push(
            this.output,
            this.trace,
            this.status,
            vscode.commands.registerCommand('drvls.restartServer', () => this.restart()),
            vscode.commands.registerCommand('drvls.checkWorkspace', () => this.checkWorkspace()),
            vscode.commands.registerCommand('drvls.showOutput', () => this.output.show(true)),
            vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
        );
    }

    private setPhase(phase: ServerPhase): void {
        this.phase = phase;
        if (phase !== 'running') {
            this.progress.clear();
        }
        this.render();
    }

    private render(): void {
        const view = statusView(this.phase, this.findings, this.progress.current);
        this.status.text = view.text;
        this.status.tooltip = view.tooltip;
        this.status.backgroundColor =
            this.phase === 'failed'
                ? new vscode.ThemeColor('statusBarItem.errorBackground')
                : undefined;
    }

    /** Opens the Settings editor on `query`: the remote machine's settings in a remote window,
     * where machine-scoped settings such as drvls.path live. */
    private openSettings(query: string): void {
        if (vscode.env.remoteName !== undefined) {
            void vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query });
        } else {
            void vscode.commands.executeCommand('workbench.action.openSettings', query);
        }
    }

    /** The single message of a failed start or a dead server; later ones only go to the output.
     * With `settingsQuery`, "Open settings" comes first and opens the settings it names. */
    private showFailure(message: string, settingsQuery?: string): void {
        this.output.error(message);
        this.setPhase('failed');
        if (this.failureShown) {
            return;
        }
        this.failureShown = true;
        const items = settingsQuery !== undefined ? [OPEN_SETTINGS, SHOW_OUTPUT] : [SHOW_OUTPUT, OPEN_SETTINGS];
        void vscode.window.showErrorMessage(message, ...items).then((choice) => {
            if (choice === OPEN_SETTINGS) {
                this.openSettings(settingsQuery ?? 'drvls.');
            } else if (choice === SHOW_OUTPUT) {
                this.output.show(true);
            }
        });
    }

    private resolve(): Resolved {
        return resolveServer({
            configured: config().get<string>('path', ''),
            workspaceFolder: firstFolder(),
            extensionPath: this.context.extensionPath,
            env: process.env,
            platform: process.platform,
            arch: process.arch,
            homedir: os.homedir(),
        });
    }

    private currentSettings(): ServerSettings {
        const problems: string[] = [];
        const s = serverSettings((key) => config().get(key), problems);
        for (const p of problems) {
            this.output.warn(p);
        }
        return s;
    }

    async start(): Promise<void> {
        const generation = ++this.generation;
        this.failureShown = false;
        this.everRunning = false;
        this.crashes = [];
        this.findings.clear();
        this.setPhase('starting');

        const resolved = this.resolve();
        if (!resolved.ok) {
            this.showFailure(resolved.message, 'drvls.path');
            return;
        }
        const launch = serverLaunch(
            resolved.command,
            config().get<unknown[]>('arguments', []),
            firstFolder(),
        );
        this.output.info(
            `starting ${launch.command} ${launch.args.join(' ')} (from ${resolved.origin === 'setting' ? 'drvls.path' : resolved.origin === 'path' ? 'PATH' : 'the extension'})`,
        );
        const serverOptions: ServerOptions = {
            command: launch.command,
            args: launch.args,
            transport: TransportKind.stdio,
            options: launch.cwd !== undefined ? { cwd: launch.cwd } : {},
        };
        this.sent = this.currentSettings();
        const clientOptions: LanguageClientOptions = {
            documentSelector: [
                { scheme: 'file', language: 'c' },
                { scheme: 'file', language: 'cpp' },
            ],
            diagnosticCollectionName: 'drvls',
            outputChannel: this.output,
            traceOutputChannel: this.trace,
            revealOutputChannelOn: RevealOutputChannelOn.Never,
            stdioOptions: {
                stdout: (input, channel) => eachLine(input, (line) => channel.info(line)),
                stderr: (input, channel) =>
                    eachLine(input, (line) => {
                        const { level, text } = classifyServerLine(line);
                        channel[level](text);
                    }),
            },
            initializationOptions: this.sent,
            initializationFailedHandler: (error: unknown) => {
                this.showFailure(
                    `drvls could not initialize: ${messageOf(error) || 'the server gave no reason'}. Check drvls.path and drvls.arguments.`,
                    'drvls.',
                );
                return false;
            },
            errorHandler: this.errorHandler(generation),
            middleware: {
                handleDiagnostics: (uri, diagnostics, next) => {
                    if (this.findings.update(uri.toString(), diagnostics)) {
                        this.render();
                    }
                    next(uri, diagnostics);
                },
            },
        };
        const client = new DrvlsLanguageClient(serverOptions, clientOptions, {
            onWorkDone: (token, value: WorkDoneValue) => {
                if (generation === this.generation && this.progress.update(token, value)) {
                    this.render();
                }
            },
            onFailure: (message, data) => {
                if (generation !== this.generation) {
                    return;
                }
                const detail = messageOf(data);
                this.showFailure(
                    `drvls: ${message}${detail !== '' ? ` (${detail})` : ''} The server is ${resolved.command}.`,
                    'drvls.',
                );
            },
        });
        this.client = client;
        client.onDidChangeState((e) => {
            if (generation !== this.generation) {
                return;
            }
            if (e.newState === State.Running) {
                this.everRunning = true;
                this.setPhase('running');
            } else if (e.newState === State.Starting) {
                this.setPhase('starting');
            } else if (this.phase !== 'failed') {
                this.findings.clear();
                this.setPhase('stopped');
            }
        });
        try {
            await client.start();
            const info = client.initializeResult?.serverInfo;
            this.output.info(`server running: ${info?.name ?? 'drvls'} ${info?.version ?? ''}`);
        } catch (e) {
            // the hooks above have already shown the one message; this only keeps the stack out
            // of VS Code's activation error
            this.output.error(`start failed: ${messageOf(e)}`);
            if (generation === this.generation) {
                this.showFailure(`drvls could not start ${resolved.command}: ${messageOf(e)}`, 'drvls.');
            }
        }
    }

    /** Restart after a crash a few times; a server that dies while starting stays stopped. */
    private errorHandler(generation: number): ErrorHandler {
        return {
            error: () => ({ action: ErrorAction.Continue, handled: true }),
            closed: () => {
                if (generation !== this.generation) {
                    return { action: CloseAction.DoNotRestart, handled: true };
                }
                const now = Date.now();
                this.crashes = this.crashes.filter((t) => now - t < RESTART_WINDOW_MS);
                this.crashes.push(now);
                if (!this.everRunning) {
                    this.showFailure(
                        'drvls exited while starting. Check drvls.path and drvls.arguments, or run "drvls: Show output" for its log.',
                        'drvls.',
                    );
                    return { action: CloseAction.DoNotRestart, handled: true };
                }
                if (this.crashes.length > MAX_RESTARTS) {
                    this.showFailure(
                        `drvls stopped ${this.crashes.length} times in 3 minutes and will not be restarted. Run "drvls: Restart server" to try again.`,
                    );
                    return { action: CloseAction.DoNotRestart, handled: true };
                }
                this.output.warn('the server exited; restarting it');
                return { action: CloseAction.Restart, handled: true };
            },
        };
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        this.generation++;
        if (client !== undefined) {
            try {
                if (client.needsStop()) {
                    await client.stop(2000);
                }
            } catch (e) {
                this.output.warn(`stopping the server: ${messageOf(e)}`);
            }
            try {
                await client.dispose(2000);
            } catch {
                // already stopped
            }
        }
        this.findings.clear();
        this.setPhase('stopped');
    }

    async restart(): Promise<void> {
        await this.stop();
        await this.start();
    }

    private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
        if (!e.affectsConfiguration('drvls')) {
            return;
        }
        if (e.affectsConfiguration('drvls.trace.server')) {
            this.trace.refresh();
        }
        if (e.affectsConfiguration('drvls.path') || e.affectsConfiguration('drvls.arguments')) {
            this.output.info('drvls.path or drvls.arguments changed: restarting the server');
            void this.restart();
            return;
        }
        const now = this.currentSettings();
        const client = this.client;
        if (client === undefined || !client.isRunning()) {
            return;
        }
        if (this.sent !== undefined && sameServerSettings(this.sent, now)) {
            return;
        }
        this.sent = now;
        this.output.info(`settings sent to the server: ${JSON.stringify(now)}`);
        client
            .sendNotification(
                DidChangeConfigurationNotification.type,
                didChangeConfigurationParams(now),
            )
            .catch((err: unknown) => this.output.warn(`settings not sent: ${messageOf(err)}`));
    }

    private async checkWorkspace(): Promise<void> {
        const client = this.client;
        if (client === undefined || !client.isRunning()) {
            const choice = await vscode.window.showWarningMessage(
                'drvls is not running.',
                'Restart server',
                SHOW_OUTPUT,
            );
            if (choice === 'Restart server') {
                await this.restart();
            } else if (choice === SHOW_OUTPUT) {
                this.output.show(true);
            }
            return;
        }
        const advertised = client.initializeResult?.capabilities.executeCommandProvider?.commands;
        const outcome = await vscode.window.withProgress(
            {
                location: vscode.ProgressLocation.Notification,
                title: 'drvls: checking the workspace',
                cancellable: true,
            },
            (_progress, token) =>
                lintWorkspace(
                    (params) => client.sendRequest(ExecuteCommandRequest.type, params, token),
                    advertised,
                ),
        );
        this.output.info(outcome.summary);
        switch (outcome.kind) {
            case 'done':
                void vscode.window.showInformationMessage(outcome.summary);
                break;
            case 'unsupported':
            case 'cancelled':
                void vscode.window.showInformationMessage(outcome.summary);
                break;
            case 'failed':
                void vscode.window.showErrorMessage(outcome.summary, SHOW_OUTPUT).then((c) => {
                    if (c === SHOW_OUTPUT) {
                        this.output.show(true);
                    }
                });
                break;
        }
    }

    dispose(): void {
        for (const d of this.disposables) {
            d.dispose();
        }
    }
}

let instance: Drvls | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    instance = new Drvls(context);
    context.subscriptions.push(instance);
    await instance.start();
}

export async function deactivate(): Promise<void> {
    const d = instance;
    instance = undefined;
    if (d !== undefined) {
        await d.stop();
    }
}
