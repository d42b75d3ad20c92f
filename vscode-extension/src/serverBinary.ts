// serverBinary.ts - finding the drvls executable: the drvls.path setting, else `drvls` on PATH, else
// the server shipped inside the extension (server/<platform>-<arch>/). Also how it is launched. No
// VS Code API here: the Node tests launch the server through these same functions.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ResolveInput {
    /** drvls.path as set ('' when unset). */
    configured: string;
    /** The first workspace folder, for relative drvls.path values. */
    workspaceFolder?: string;
    /** Where the extension is installed. */
    extensionPath: string;
    env: NodeJS.ProcessEnv;
    platform: NodeJS.Platform;
    arch: string;
    homedir: string;
}

export type ServerOrigin = 'setting' | 'path' | 'bundled';

export type Resolved =
    | { ok: true; command: string; origin: ServerOrigin }
    | {
          ok: false;
          reason: 'missing' | 'not-a-file' | 'not-executable' | 'not-found';
          /** The path that was rejected, when there was one. */
          path?: string;
          /** One sentence for the user, saying what to do. */
          message: string;
      };

function exeName(platform: NodeJS.Platform): string {
    return platform === 'win32' ? 'drvls.exe' : 'drvls';
}

/** Candidates for the shipped server, most specific first: an install prefix, then a bare binary. */
export function bundledServerCandidates(
    extensionPath: string,
    platform: NodeJS.Platform,
    arch: string,
): string[] {
    const dir = path.join(extensionPath, 'server', `${platform}-${arch}`);
    return [path.join(dir, 'bin', exeName(platform)), path.join(dir, exeName(platform))];
}

type FileState = 'ok' | 'missing' | 'not-a-file' | 'not-executable';

function fileState(file: string, platform: NodeJS.Platform): FileState {
    let st: fs.Stats;
    try {
        st = fs.statSync(file);
    } catch {
        return 'missing';
    }
    if (!st.isFile()) {
        return 'not-a-file';
    }
    if (platform !== 'win32') {
        try {
            fs.accessSync(file, fs.constants.X_OK);
        } catch {
            return 'not-executable';
        }
    }
    return 'ok';
}

/** `name` looked up on PATH (with PATHEXT on Windows); undefined when no executable matches. */
export function findOnPath(
    name: string,
    env: NodeJS.ProcessEnv,
    platform: NodeJS.Platform,
): string | undefined {
    const pathVar = env.PATH ?? env.Path ?? '';
    const sep = platform === 'win32' ? ';' : ':';
    const exts =
        platform === 'win32' && path.extname(name) === ''
            ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter((e) => e !== '')
            : [''];
    for (const dir of pathVar.split(sep)) {
        if (dir === '') {
            continue;
        }
        for (const ext of exts) {
            const candidate = path.join(dir, name + ext);
            if (fileState(candidate, platform) === 'ok') {
                return candidate;
            }
        }
    }
    return undefined;
}

/** drvls.path with `~` and `${workspaceFolder}` / `${userHome}` expanded. */
export function expandConfiguredPath(input: ResolveInput): string {
    let p = input.configured.trim();
    if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
        p = input.homedir + p.slice(1);
    }
    p = p.replace(/\$\{userHome\}/g, input.homedir);
    if (input.workspaceFolder !== undefined) {
        p = p.replace(/\$\{workspaceFolder\}/g, input.workspaceFolder);
    }
    return p;
}

const FIX_HINT = 'Set drvls.path to the drvls executable (build it with scripts/bootstrap.sh).';

/** Where the server is, or why there is none. Never throws. */
export function resolveServer(input: ResolveInput): Resolved {
    const configured = expandConfiguredPath(input);
    if (configured !== '') {
        const bare = !configured.includes('/') && !configured.includes('\\');
        let file: string | undefined;
        if (bare) {
            file = findOnPath(configured, input.env, input.platform);
            if (file === undefined) {
                return {
                    ok: false,
                    reason: 'not-found',
                    path: configured,
                    message: `drvls.path is "${configured}", which is not an executable on PATH. ${FIX_HINT}`,
                };
            }
        } else {
            file = path.isAbsolute(configured)
                ? configured
                : path.resolve(input.workspaceFolder ?? process.cwd(), configured);
        }
        const state = fileState(file, input.platform);
        switch (state) {
            case 'ok':
                return { ok: true, command: file, origin: 'setting' };
            case 'missing':
                return {
                    ok: false,
                    reason: 'missing',
                    path: file,
                    message: `The drvls server set in drvls.path does not exist: ${file}. ${FIX_HINT}`,
                };
            case 'not-a-file':
                return {
                    ok: false,
                    reason: 'not-a-file',
                    path: file,
                    message: `drvls.path must name the drvls executable, not a folder: ${file}.`,
                };
            case 'not-executable':
                return {
                    ok: false,
                    reason: 'not-executable',
                    path: file,
                    message: `The drvls server set in drvls.path is not executable: ${file}. Run "chmod +x" on it, or ${FIX_HINT.charAt(0).toLowerCase()}${FIX_HINT.slice(1)}`,
                };
        }
    }
    const onPath = findOnPath('drvls', input.env, input.platform);
    if (onPath !== undefined) {
        return { ok: true, command: onPath, origin: 'path' };
    }
    const candidates = bundledServerCandidates(input.extensionPath, input.platform, input.arch);
    for (const candidate of candidates) {
        const state = fileState(candidate, input.platform);
        if (state === 'ok') {
            return { ok: true, command: candidate, origin: 'bundled' };
        }
        if (state === 'not-executable') {
            return {
                ok: false,
                reason: 'not-executable',
                path: candidate,
                message: `The drvls server shipped with the extension is not executable: ${candidate}. ${FIX_HINT}`,
            };
        }
    }
    return {
        ok: false,
        reason: 'not-found',
        message: `No drvls server found: "drvls" is not on PATH and this extension ships no server for ${input.platform}-${input.arch}. ${FIX_HINT}`,
    };
}

export interface Launch {
    command: string;
    args: string[];
    cwd?: string;
}

/** How the extension starts the server: the executable, drvls.arguments, stdio transport. */
export function serverLaunch(command: string, args: readonly unknown[], cwd?: string): Launch {
    return {
        command,
        args: args.filter((a): a is string => typeof a === 'string'),
        ...(cwd !== undefined ? { cwd } : {}),
    };
}
