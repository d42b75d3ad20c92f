// status.ts - what the status bar item says: the server's state, its indexing progress
// ($/progress work-done reports) and the number of drvls findings (diagnostics whose source is
// "drvls"; clang's own errors are not counted). No VS Code API here; the Node tests drive these
// with the real server's messages.

/** The source the server gives its rule diagnostics (clang's own diagnostics say "clang"). */
export const DRVLS_SOURCE = 'drvls';

/** Counts drvls findings per document, as publishDiagnostics replaces them. */
export class FindingCounter {
    private readonly perUri = new Map<string, number>();

    /** Replace the findings of `uri` with those among `diagnostics`; true when the count changed. */
    update(uri: string, diagnostics: readonly { source?: string }[]): boolean {
        const n = diagnostics.filter((d) => d.source === DRVLS_SOURCE).length;
        const before = this.perUri.get(uri) ?? 0;
        if (n === 0) {
            this.perUri.delete(uri);
        } else {
            this.perUri.set(uri, n);
        }
        return n !== before;
    }

    clear(): void {
        this.perUri.clear();
    }

    get total(): number {
        let n = 0;
        for (const v of this.perUri.values()) {
            n += v;
        }
        return n;
    }

    get files(): number {
        return this.perUri.size;
    }
}

/** The LSP work-done progress values ($/progress with kind begin / report / end). */
export type WorkDoneValue =
    | { kind: 'begin'; title: string; message?: string; percentage?: number; cancellable?: boolean }
    | { kind: 'report'; message?: string; percentage?: number; cancellable?: boolean }
    | { kind: 'end'; message?: string };

export interface ActiveProgress {
    title: string;
    message?: string;
    percentage?: number;
}

/** The server's running work-done progress, by token; the newest one is shown. */
export class ProgressTracker {
    private readonly active = new Map<string, ActiveProgress>();

    /** Apply one $/progress value; true when what should be shown changed. */
    update(token: string | number, value: WorkDoneValue): boolean {
        const key = String(token);
        switch (value.kind) {
            case 'begin':
                this.active.delete(key);
                this.active.set(key, {
                    title: value.title,
                    message: value.message,
                    percentage: value.percentage,
                });
                return true;
            case 'report': {
                const p = this.active.get(key);
                if (p === undefined) {
                    return false;
                }
                if (value.message !== undefined) {
                    p.message = value.message;
                }
                if (value.percentage !== undefined) {
                    p.percentage = value.percentage;
                }
                return true;
            }
            case 'end':
                return this.active.delete(key);
        }
    }

    clear(): void {
        this.active.clear();
    }

    /** The newest running progress, if any. */
    get current(): ActiveProgress | undefined {
        let last: ActiveProgress | undefined;
        for (const p of this.active.values()) {
            last = p;
        }
        return last;
    }
}

export type ServerPhase = 'starting' | 'running' | 'stopped' | 'failed';

export interface StatusView {
    /** With VS Code's $(icon) syntax. */
    text: string;
    tooltip: string;
}

/** The status bar text and tooltip for a state. */
export function statusView(
    phase: ServerPhase,
    findings: FindingCounter,
    progress: ActiveProgress | undefined,
): StatusView {
    const open = 'Click to open the Problems view.';
    switch (phase) {
        case 'starting':
            return { text: '$(sync~spin) drvls', tooltip: 'drvls: starting the server' };
        case 'failed':
            return {
                text: '$(error) drvls',
                tooltip: 'drvls: the server is not running. Run "drvls: Show output" for details.',
            };
        case 'stopped':
            return { text: '$(circle-slash) drvls', tooltip: 'drvls: the server is stopped' };
        case 'running':
            break;
    }
    if (progress !== undefined) {
        const pct = progress.percentage !== undefined ? ` ${Math.round(progress.percentage)}%` : '';
        const detail = progress.message !== undefined ? `: ${progress.message}` : '';
        return {
            text: `$(sync~spin) drvls${pct}`,
            tooltip: `${/^drvls\b/.test(progress.title) ? '' : 'drvls: '}${progress.title}${detail}${pct}. ${open}`,
        };
    }
    const n = findings.total;
    if (n === 0) {
        return { text: '$(check) drvls', tooltip: `drvls: no findings in open files. ${open}` };
    }
    const files = findings.files;
    return {
        text: `$(warning) drvls ${n}`,
        tooltip: `drvls: ${n} finding${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. ${open}`,
    };
}
