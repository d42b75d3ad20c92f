// client.ts - the LanguageClient drvls runs: the stock node client, with two hooks. Work-done
// progress values go to the extension's status bar item instead of a second, generic progress item,
// and the notifications the stock client forces on failures go to one handler, so a broken server
// yields one actionable message instead of several with stack traces.

import {
    LanguageClient,
    WorkDoneProgress,
    type Disposable,
    type LanguageClientOptions,
    type NotificationHandler,
    type ProgressType,
    type ServerOptions,
} from 'vscode-languageclient/node';

import type { WorkDoneValue } from './status';

export interface DrvlsClientHooks {
    /** A $/progress value for a work-done token the server created. */
    onWorkDone(token: string | number, value: WorkDoneValue): void;
    /** A failure the stock client would have shown as a forced notification. */
    onFailure(message: string, data: unknown): void;
}

export class DrvlsLanguageClient extends LanguageClient {
    constructor(
        serverOptions: ServerOptions,
        clientOptions: LanguageClientOptions,
        private readonly hooks: DrvlsClientHooks,
    ) {
        super('drvls', 'drvls', serverOptions, clientOptions);
    }

    override onProgress<P>(
        type: ProgressType<P>,
        token: string | number,
        handler: NotificationHandler<P>,
    ): Disposable {
        if (type !== WorkDoneProgress.type) {
            return super.onProgress(type, token, handler);
        }
        // the stock handler would open a window progress item of its own; the status bar item
        // already shows the same progress, so `handler` is not called
        return super.onProgress(type, token, (value: P) => {
            this.hooks.onWorkDone(token, value as WorkDoneValue);
        });
    }

    override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
        if (showNotification === 'force') {
            super.error(message, data, false);
            this.hooks.onFailure(message, data);
            return;
        }
        super.error(message, data, showNotification);
    }
}
