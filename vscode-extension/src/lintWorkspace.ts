// lintWorkspace.ts - "drvls: Check whole workspace": the server's workspace/executeCommand
// drvls.lintWorkspace, with every error response turned into an outcome the extension can explain
// (an older server answers "method not found" or "unknown command"). No VS Code API here.

import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';

export const LINT_WORKSPACE_COMMAND = 'drvls.lintWorkspace';

export type LintOutcome =
    | { kind: 'done'; summary: string }
    | { kind: 'unsupported'; summary: string }
    | { kind: 'cancelled'; summary: string }
    | { kind: 'failed'; summary: string };

/** Sends workspace/executeCommand with these params and resolves with the server's result. */
export type ExecuteCommand = (params: {
    command: string;
    arguments: unknown[];
}) => Promise<unknown>;

function countOf(result: unknown, key: string): number | undefined {
    if (typeof result === 'object' && result !== null && key in result) {
        const v = (result as Record<string, unknown>)[key];
        return typeof v === 'number' ? v : undefined;
    }
    return undefined;
}

/** A one-line account of the server's result ({files, findings}: the files with findings). */
export function describeLintResult(result: unknown): string {
    const files = countOf(result, 'files');
    const findings = countOf(result, 'findings');
    if (findings === 0) {
        return 'drvls checked the workspace: no findings.';
    }
    if (files !== undefined && findings !== undefined) {
        return `drvls checked the workspace: ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (see the Problems view).`;
    }
    return 'drvls checked the workspace; findings are in the Problems view.';
}

/** Ask the server to check every file of the workspace; never rejects. */
export async function lintWorkspace(
    execute: ExecuteCommand,
    advertised: readonly string[] | undefined,
): Promise<LintOutcome> {
    const unsupported: LintOutcome = {
        kind: 'unsupported',
        summary:
            'This drvls server cannot check the whole workspace yet (no drvls.lintWorkspace command). ' +
            'Run "drvls lint -p <build folder>" in a terminal, or update drvls.',
    };
    if (advertised !== undefined && !advertised.includes(LINT_WORKSPACE_COMMAND)) {
        return unsupported;
    }
    try {
        const result = await execute({ command: LINT_WORKSPACE_COMMAND, arguments: [] });
        return { kind: 'done', summary: describeLintResult(result) };
    } catch (e) {
        if (e instanceof ResponseError) {
            if (
                e.code === ErrorCodes.MethodNotFound ||
                (e.code === ErrorCodes.InvalidParams && /command/i.test(e.message))
            ) {
                return unsupported;
            }
            if (e.code === LSPErrorCodes.RequestCancelled) {
                return { kind: 'cancelled', summary: 'drvls: the workspace check was cancelled.' };
            }
            return {
                kind: 'failed',
                summary: `drvls could not check the workspace: ${e.message} (error ${e.code}).`,
            };
        }
        const msg = e instanceof Error ? e.message : String(e);
        return { kind: 'failed', summary: `drvls could not check the workspace: ${msg}.` };
    }
}
