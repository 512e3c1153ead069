// Text from the input (file names, header cells, values, reasons quoting them) printed on a terminal
// or in a CI log. A file name or a cell can hold anything: escape sequences that clear the screen or
// retitle the terminal, a carriage return that overwrites the line before it, a line separator that
// starts a new line, or a line `::warning title=Data OK::…` that GitHub Actions runs as a workflow
// command. Every line the commands print goes through `forTerminal` (scripts/build-data.ts,
// check-data.ts, release.ts, src/pipeline/cli.ts), so none of that reaches the terminal or the log.

/**
 * C0 and C1 control characters (ESC, BEL, CR, LF, tab, DEL, U+0085 NEL, U+009B CSI), the Unicode
 * line and paragraph separators, and the bidirectional controls that make text read in another
 * order than it is written ("Trojan Source").
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * GitHub Actions runs a line that starts with `::` (after spaces) as a workflow command, and one that
 * holds `##[` anywhere as an old-style one (Azure Pipelines: `##vso[`). Their first character is
 * shown as an escape, as a control character would be.
 */
const WORKFLOW_COMMAND = /^(\s*):(?=:)|#(?=#(?:vso)?\[)/gi;

/**
 * The text with every control character made visible (`\x1b`, `\r`, `\u2028`) and no workflow
 * command left in it: one line, safe to print. Printable text is unchanged, and applying it twice
 * changes nothing more, so a line may pass through it although its parts already did.
 */
export function forTerminal(text: string): string {
  return text
    .replace(UNPRINTABLE, visible)
    .replace(WORKFLOW_COMMAND, (match, space: string | undefined) => (space === undefined ? visible(match) : `${space}${visible(':')}`));
}
