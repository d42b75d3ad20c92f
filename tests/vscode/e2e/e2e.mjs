// e2e.mjs - drvls in a real VS Code: code-server on loopback with a fresh profile and the packaged
// .vsix installed, rendered by Debian's Chromium and driven by playwright-core the way a person
// would: the extension activates on the driver folder (*.inf), adapter.c opens from Quick Open,
// the drvls squiggle and its Problems entry appear, the status bar counts the findings (a click
// opens the Problems view), Ctrl+. offers the quick-fix, Enter applies it, Ctrl+S saves; then the
// file on disk must hold the fix and the problem must be gone. Also "drvls: Check whole workspace"
// from the Command Palette, and a missing server (drvls.path) giving one message with "Open settings".
// Screenshots of each step go to --shots. Run by run.sh with Node 24 (code-server needs it).

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
    options: {
        node: { type: 'string' },
        'code-server': { type: 'string' },
        playwright: { type: 'string' },
        vsix: { type: 'string' },
        drvls: { type: 'string' },
        folder: { type: 'string' },
        profile: { type: 'string' },
        shots: { type: 'string' },
        chromium: { type: 'string', default: '/usr/bin/chromium' },
    },
});
for (const k of ['node', 'code-server', 'playwright', 'vsix', 'drvls', 'folder', 'profile', 'shots']) {
    if (!opt[k]) {
        console.error(`e2e.mjs: --${k} is required`);
        process.exit(2);
    }
}
const { chromium } = createRequire(import.meta.url)(opt.playwright);

const FILE = path.join(opt.folder, 'adapter.c');
const ORIGINAL = fs.readFileSync(FILE, 'utf8');
const WAIT = 120_000;
const dataDir = path.join(opt.profile, 'data');
const extDir = path.join(opt.profile, 'extensions');
const serverLog = path.join(opt.profile, 'code-server.log');
const started = Date.now();
let codeServer;
let browser;
let page;

function step(msg) {
    console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}`);
}

function fail(msg) {
    throw new Error(msg);
}

function count(text, needle) {
    return text.split(needle).length - 1;
}

function writeUserSettings(extra) {
    const settings = {
        'security.workspace.trust.enabled': false,
        'drvls.path': opt.drvls,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'editor.minimap.enabled': false,
        'editor.stickyScroll.enabled': false,
        'files.autoSave': 'off',
        ...extra,
    };
    fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

async function waitHttp(url, ms) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
        if (codeServer.exitCode !== null) {
            fail(`code-server exited with ${codeServer.exitCode}; see ${serverLog}`);
        }
        try {
            const r = await fetch(url);
            if (r.ok) {
                return;
            }
        } catch {
            // not listening yet
        }
        await sleep(250);
    }
    fail(`code-server did not answer ${url} within ${ms} ms`);
}

async function shot(name) {
    const file = path.join(opt.shots, name);
    await page.screenshot({ path: file });
    step(`screenshot ${file}`);
}

/** Polls fn until it returns a truthy value; fails with what() after ms. */
async function until(ms, fn, what) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
        last = await fn();
        if (last) {
            return last;
        }
        await sleep(250);
    }
    fail(`timed out after ${ms} ms: ${typeof what === 'function' ? await what() : what}`);
}

const statusItem = () => page.locator('.statusbar-item').filter({ hasText: /drvls/ }).first();
const statusText = async () => ((await statusItem().textContent()) ?? '').trim();
const problemRows = () => page.locator('.markers-panel .monaco-list-row');

/** The Problems view's rows as text; read in one go, as the list re-renders while findings change. */
async function problems() {
    return (await problemRows().allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

async function notifications() {
    return (await page.locator('.notification-toast').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
}

async function command(name) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${name}`);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first()
        .waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
}

async function run() {
    fs.mkdirSync(opt.shots, { recursive: true });
    writeUserSettings({});

    step(`installing ${path.basename(opt.vsix)} into a fresh profile`);
    const install = spawnSync(opt.node, [opt['code-server'], '--user-data-dir', dataDir,
        '--extensions-dir', extDir, '--install-extension', opt.vsix], { encoding: 'utf8' });
    const installOut = `${install.stdout}${install.stderr}`;
    if (install.status !== 0 || !/successfully installed/i.test(installOut)) {
        fail(`--install-extension failed (${install.status}):\n${installOut}`);
    }
    step(installOut.trim().split('\n').pop());

    const port = await freePort();
    const logFd = fs.openSync(serverLog, 'w');
    codeServer = spawn(opt.node, [opt['code-server'], '--auth', 'none', '--bind-addr',
        `127.0.0.1:${port}`, '--user-data-dir', dataDir, '--extensions-dir', extDir,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', opt.folder],
    { stdio: ['ignore', logFd, logFd], detached: true });
    step(`code-server pid ${codeServer.pid} on 127.0.0.1:${port}`);
    await waitHttp(`http://127.0.0.1:${port}/healthz`, 60_000);

    browser = await chromium.launch({
        executablePath: opt.chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(opt.folder)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    step('workbench up');

    // 1. activation by the driver tree (*.inf), before any C file is open
    await statusItem().waitFor({ state: 'visible', timeout: WAIT });
    await until(WAIT, async () => /drvls/.test(await statusText()) && !/error/i.test(
        (await statusItem().getAttribute('aria-label')) ?? ''), async () => `status item: ${await statusText()}`);
    step(`activated by the .inf; status bar item ${await statusItem().getAttribute('id')}: "${await statusText()}"`);

    // 2. open adapter.c with Quick Open
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    const quick = page.locator('.quick-input-widget input');
    await quick.waitFor({ state: 'visible', timeout: 10_000 });
    await quick.fill('adapter.c');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'adapter.c' }).first()
        .waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab').filter({ hasText: 'adapter.c' }).first()
        .waitFor({ state: 'visible', timeout: 20_000 });
    step('adapter.c open');

    // 3. the squiggle and the finding count
    await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first()
        .waitFor({ state: 'attached', timeout: WAIT });
    await until(WAIT, async () => / 3\b/.test(await statusText()), async () => `status bar says "${await statusText()}", expected 3 findings`);
    step(`squiggle shown; status bar: "${await statusText()}"`);

    // 4. the status bar item opens the Problems view
    await statusItem().click();
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 20_000 });
    const before = await until(WAIT, async () => {
        const p = await problems();
        return p.filter((x) => / drvls [\w-]+ \[Ln \d+/.test(x)).length === 3 ? p : null;
    }, async () => `Problems view: ${JSON.stringify(await problems())}`);
    step(`Problems view:\n    ${before.join('\n    ')}`);
    const leakRow = problemRows().filter({ hasText: /FilterItem/ }).first();
    if (!before.some((x) => /workitem-leak/.test(x))) {
        fail('no workitem-leak entry in the Problems view');
    }

    // 5. go to the finding from its Problems entry, show the hover, screenshot
    await leakRow.click({ position: { x: 120, y: 10 } });
    await leakRow.press('Enter');
    await until(20_000, async () => (await page.locator('.monaco-editor.focused').count()) > 0,
        'the editor did not take the focus from the Problems entry');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await sleep(1500);
    await shot('vscode-squiggle-before.png');
    await page.keyboard.press('Escape');

    // 6. Ctrl+. and the quick-fix
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
    await menu.waitFor({ state: 'visible', timeout: 20_000 }).catch(() => {});
    const rows = menu.locator('.monaco-list-row.action');
    const nRows = await rows.count();
    const titles = [];
    for (let i = 0; i < nRows; i++) {
        titles.push((await rows.nth(i).innerText()).trim());
    }
    step(`Ctrl+. offers: ${JSON.stringify(titles)}`);
    if (nRows === 0) {
        const msg = (await page.locator('.monaco-editor .message, .context-view').allInnerTexts()).join(' ');
        await shot('vscode-no-quickfix.png');
        fail(`Ctrl+. offered no code action (${msg.trim() || 'no menu'}); does this drvls offer quick-fixes?`);
    }
    await shot('vscode-quickfix-menu.png');
    const want = titles.findIndex((t) => /free|release|NdisFreeIoWorkItem/i.test(t));
    if (want < 0) {
        fail(`no quick-fix title mentions freeing the work item: ${JSON.stringify(titles)}`);
    }
    for (let i = 0; i < 10; i++) {
        const focused = ((await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '')) ?? '').trim();
        if (focused === titles[want]) {
            break;
        }
        await page.keyboard.press('ArrowDown');
    }
    const chosen = titles[want];
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10_000 });
    step(`applied "${chosen}"`);

    // 7. save; the file on disk has the fix; the problem is gone
    await page.keyboard.press('Control+S');
    const after = await until(20_000, () => {
        const t = fs.readFileSync(FILE, 'utf8');
        return t !== ORIGINAL ? t : null;
    }, 'adapter.c did not change on disk after Ctrl+S');
    const added = after.split('\n').filter((l) => !ORIGINAL.split('\n').includes(l));
    step(`adapter.c saved; new lines:\n    ${added.join('\n    ')}`);
    if (count(after, 'NdisFreeIoWorkItem(') !== count(ORIGINAL, 'NdisFreeIoWorkItem(') + 1 ||
        !added.some((l) => /NdisFreeIoWorkItem\s*\(\s*FilterItem\s*\)/.test(l))) {
        fail('the saved file does not free FilterItem with one more NdisFreeIoWorkItem call');
    }
    const remaining = await until(WAIT, async () => {
        const p = await problems();
        const d = p.filter((x) => / drvls [\w-]+ \[Ln \d+/.test(x));
        return d.length === 2 && !d.some((x) => /workitem-leak/.test(x)) ? p : null;
    }, async () => `Problems view after the fix: ${JSON.stringify(await problems())}`);
    await until(WAIT, async () => / 2\b/.test(await statusText()), async () => `status bar says "${await statusText()}", expected 2`);
    step(`after the fix, Problems view:\n    ${remaining.join('\n    ')}\n  status bar: "${await statusText()}"`);
    await page.locator('.monaco-editor.focused').first().click({ position: { x: 400, y: 200 } }).catch(() => {});
    await shot('vscode-fix-after.png');

    // 8. "drvls: Check whole workspace" answers with a message, whatever the server supports
    await command('drvls: Check whole workspace');
    const lint = await until(WAIT, async () => (await notifications()).find((n) => /drvls (checked|cannot|could not)/.test(n)),
        async () => `notifications: ${JSON.stringify(await notifications())}`);
    step(`Check whole workspace: ${lint}`);
    if (/could not/.test(lint)) {
        fail(`Check whole workspace failed: ${lint}`);
    }
    await page.keyboard.press('Escape');
    for (const b of await page.locator('.notification-toast .codicon-notifications-clear, .notification-toast .codicon-close').all()) {
        await b.click().catch(() => {});
    }

    // 9. a missing server, set in the Settings editor (the remote machine's settings: drvls.path
    // is machine-scoped, and code-server is a remote window): one message with "Open settings"
    await command('Preferences: Open Remote Settings');
    const settingsEditor = page.locator('.settings-editor');
    await settingsEditor.waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.type('drvls.path');
    const pathInput = settingsEditor.locator('.settings-editor-tree .monaco-list-row')
        .filter({ hasText: 'Drvls: Path' }).locator('input:visible').first();
    await pathInput.waitFor({ state: 'visible', timeout: 20_000 });
    await pathInput.fill('/nonexistent/drvls');
    await pathInput.press('Tab');
    step('drvls.path set to /nonexistent/drvls in the Settings editor');
    const missing = await until(WAIT, async () => (await notifications()).find((n) => /does not exist/.test(n)),
        async () => `notifications: ${JSON.stringify(await notifications())}`);
    await page.keyboard.press('Control+W');
    await sleep(3000);
    const all = (await notifications()).filter((n) => /drvls/i.test(n));
    step(`missing server: ${JSON.stringify(all)}`);
    if (all.length !== 1 || !/Open settings/.test(missing) || /\bat .*:\d+:\d+/.test(missing)) {
        fail(`expected one drvls message with "Open settings" and no stack trace, got ${JSON.stringify(all)}`);
    }
    if ((await statusItem().locator('.codicon-error').count()) === 0) {
        fail(`the status bar does not show the failure: "${await statusText()}"`);
    }
    await shot('vscode-missing-server.png');
    await page.locator('.notification-toast .monaco-button').filter({ hasText: 'Open settings' }).first().click();
    await settingsEditor.waitFor({ state: 'visible', timeout: 20_000 });
    await until(20_000, async () => (await settingsEditor.locator('.setting-item').filter({ hasText: /Path/ }).count()) > 0,
        'the Settings editor does not show drvls.path');
    step('"Open settings" opened the Settings editor');
}

let code = 0;
try {
    await run();
    step('PASS: VS Code end to end');
} catch (e) {
    code = 1;
    console.error(`FAIL: ${e instanceof Error ? e.message : String(e)}`);
    if (page) {
        await page.screenshot({ path: path.join(opt.shots, 'failure.png') }).catch(() => {});
        console.error(`failure screenshot: ${path.join(opt.shots, 'failure.png')}`);
    }
    try {
        const logText = fs.readFileSync(serverLog, 'utf8').split('\n').slice(-30).join('\n');
        console.error(`--- code-server log (tail)\n${logText}`);
    } catch {
        // no log
    }
    const exthost = fs.existsSync(path.join(dataDir, 'logs'))
        ? spawnSync('sh', ['-c', `find "${path.join(dataDir, 'logs')}" -name '*drvls*' -o -name 'exthost.log' | head -5 | xargs -r tail -n 20`], { encoding: 'utf8' }).stdout
        : '';
    if (exthost) {
        console.error(`--- extension host / drvls output (tail)\n${exthost}`);
    }
} finally {
    await browser?.close().catch(() => {});
    if (codeServer?.pid !== undefined && codeServer.exitCode === null) {
        try {
            process.kill(-codeServer.pid, 'SIGTERM');
        } catch {
            // already gone
        }
        await sleep(500);
        try {
            process.kill(-codeServer.pid, 'SIGKILL');
        } catch {
            // already gone
        }
    }
}
process.exit(code);
