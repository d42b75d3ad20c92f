// settings.ts - the drvls.* settings the server reads (checkOn, rules, halt), in the shape it takes
// them: as initializationOptions and as workspace/didChangeConfiguration's `settings`. No VS Code API
// here, so the Node tests send exactly what the extension sends.

export type CheckOn = 'save' | 'type';
export type Halt = 'at-least-once' | 'all-paths';
export type RuleSetting = 'off' | 'error' | 'warning' | 'info' | 'hint' | boolean;

/** What the server accepts under these keys (see docs/configuration.md). */
export interface ServerSettings {
    checkOn: CheckOn;
    rules: Record<string, RuleSetting>;
    halt: Halt;
}

/** The keys of ServerSettings, as `drvls.<key>` settings. */
export const SERVER_SETTING_KEYS: readonly (keyof ServerSettings)[] = ['checkOn', 'rules', 'halt'];

export const DEFAULT_SETTINGS: Readonly<ServerSettings> = Object.freeze({
    checkOn: 'save',
    rules: {},
    halt: 'at-least-once',
});

/** Reads one `drvls.<key>` setting; undefined when it is not set. */
export type SettingReader = (key: string) => unknown;

const CHECK_ON: readonly string[] = ['save', 'type'];
const HALT: readonly string[] = ['at-least-once', 'all-paths'];
const RULE_VALUES: readonly unknown[] = ['off', 'error', 'warning', 'info', 'hint', true, false];

function isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The server settings from `read`. A value of the wrong type falls back to the default and adds a
 * line to `problems` naming the setting; so does each unusable rule entry (the others are kept).
 */
export function serverSettings(read: SettingReader, problems: string[] = []): ServerSettings {
    const out: ServerSettings = { ...DEFAULT_SETTINGS, rules: {} };
    const checkOn = read('checkOn');
    if (typeof checkOn === 'string' && CHECK_ON.includes(checkOn)) {
        out.checkOn = checkOn as CheckOn;
    } else if (checkOn !== undefined) {
        problems.push(`drvls.checkOn must be "save" or "type"; using "${out.checkOn}"`);
    }
    const halt = read('halt');
    if (typeof halt === 'string' && HALT.includes(halt)) {
        out.halt = halt as Halt;
    } else if (halt !== undefined) {
        problems.push(`drvls.halt must be "at-least-once" or "all-paths"; using "${out.halt}"`);
    }
    const rules = read('rules');
    if (isRecord(rules)) {
        for (const [id, value] of Object.entries(rules)) {
            if (RULE_VALUES.includes(value)) {
                out.rules[id] = value as RuleSetting;
            } else {
                problems.push(
                    `drvls.rules.${id} must be "off", "error", "warning", "info", "hint" or a boolean`,
                );
            }
        }
    } else if (rules !== undefined) {
        problems.push('drvls.rules must be an object of rule ids');
    }
    return out;
}

/** The params of workspace/didChangeConfiguration for these settings. */
export function didChangeConfigurationParams(s: ServerSettings): { settings: ServerSettings } {
    return { settings: s };
}

/** True when the server would see no difference between a and b. */
export function sameServerSettings(a: ServerSettings, b: ServerSettings): boolean {
    return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(s: ServerSettings): unknown {
    const rules = Object.keys(s.rules)
        .sort()
        .map((k) => [k, s.rules[k]]);
    return [s.checkOn, s.halt, rules];
}
