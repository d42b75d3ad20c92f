// build.mjs - bundles the extension with esbuild into dist/extension.js (`vscode` stays external,
// everything else, vscode-languageclient included, goes into the one file). With --tests it also
// bundles test/*.test.ts into out/test/ for `node --test`; --production minifies and drops source maps.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');

await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
});

if (args.has('--tests')) {
    const tests = readdirSync(join(root, 'test'))
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => join('test', f));
    await esbuild.build({
        absWorkingDir: root,
        entryPoints: tests,
        outdir: 'out/test',
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node18',
        external: ['vscode'],
        sourcemap: 'inline',
        logLevel: 'warning',
    });
}
