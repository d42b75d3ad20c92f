// run-tests.mjs - runs the bundled tests (out/test/*.test.js) with node's built-in test runner;
// arguments are passed on (e.g. a file name to run only that test file).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'out', 'test'))
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o.replace(/\.(ts|js)$/, ''))))
    .map((f) => join(root, 'out', 'test', f));
if (files.length === 0) {
    console.error('run-tests: no test files matched');
    process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
