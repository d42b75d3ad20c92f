// traceChannel.ts - the "drvls trace" output, driven by the drvls.trace.server setting.
// vscode-languageclient traces messages only while its trace channel's log level is Trace; this
// channel reports Trace whenever drvls.trace.server is "messages" or "verbose", so the setting works
// without "Developer: Set Log Level".

import * as vscode from 'vscode';

export class TraceChannel implements vscode.LogOutputChannel {
    readonly name: string;
    private readonly out: vscode.OutputChannel;
    private readonly changed = new vscode.EventEmitter<vscode.LogLevel>();
    private level: vscode.LogLevel;
    readonly onDidChangeLogLevel: vscode.Event<vscode.LogLevel> = this.changed.event;

    constructor(name: string, private readonly readSetting: () => string) {
        this.name = name;
        this.out = vscode.window.createOutputChannel(name);
        this.level = this.levelFromSetting();
    }

    private levelFromSetting(): vscode.LogLevel {
        return this.readSetting() === 'off' ? vscode.LogLevel.Off : vscode.LogLevel.Trace;
    }

    /** Re-read drvls.trace.server; call when the setting changes. */
    refresh(): void {
        const level = this.levelFromSetting();
        if (level !== this.level) {
            this.level = level;
            this.changed.fire(level);
        }
    }

    get logLevel(): vscode.LogLevel {
        return this.level;
    }

    private write(tag: string, message: string | Error, args: unknown[]): void {
        if (this.level === vscode.LogLevel.Off) {
            return;
        }
        const text = message instanceof Error ? (message.stack ?? message.message) : message;
        const extra = args.length > 0 ? ' ' + args.map((a) => String(a)).join(' ') : '';
        this.out.appendLine(`[${new Date().toISOString()}] [${tag}] ${text}${extra}`);
    }

    trace(message: string, ...args: unknown[]): void {
        this.write('trace', message, args);
    }
    debug(message: string, ...args: unknown[]): void {
        this.write('debug', message, args);
    }
    info(message: string, ...args: unknown[]): void {
        this.write('info', message, args);
    }
    warn(message: string, ...args: unknown[]): void {
        this.write('warning', message, args);
    }
    error(error: string | Error, ...args: unknown[]): void {
        this.write('error', error, args);
    }
    append(value: string): void {
        this.out.append(value);
    }
    appendLine(value: string): void {
        this.out.appendLine(value);
    }
    replace(value: string): void {
        this.out.replace(value);
    }
    clear(): void {
        this.out.clear();
    }
    show(preserveFocus?: boolean): void;
    show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
    show(a?: boolean | vscode.ViewColumn, b?: boolean): void {
        this.out.show(typeof a === 'boolean' ? a : b);
    }
    hide(): void {
        this.out.hide();
    }
    dispose(): void {
        this.changed.dispose();
        this.out.dispose();
    }
}
