// serverLog.ts - the server's stderr log in the "drvls" output at the right level. drvls writes
// "E[secs.ms] text" (error), "I[...]" (info) and "V[...]" (verbose); anything else on stderr (a crash
// report, a sanitizer) is shown as an error. No VS Code API here.

export type LogLevelName = 'error' | 'info' | 'debug';

const TAGGED = /^([EIV])\[\d+\.\d+\] (.*)$/;

/** The level and the text (without drvls's own tag and timestamp) of one stderr line. */
export function classifyServerLine(line: string): { level: LogLevelName; text: string } {
    const m = TAGGED.exec(line);
    if (m === null) {
        return { level: 'error', text: line };
    }
    const text = m[2] ?? '';
    switch (m[1]) {
        case 'E':
            return { level: 'error', text };
        case 'V':
            return { level: 'debug', text };
        default:
            return { level: 'info', text };
    }
}
