// The one CSV writer: every CSV the project writes (facts.csv and its Excel copy, the chart
// downloads, the reject report) goes through `csvLine`. Two jobs: quoting (RFC 4180), and making a
// cell inert for spreadsheets ("CSV injection"): Excel and LibreOffice run a cell that starts with
// `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`), and a leading tab or
// carriage return can hide such a start. Such a text cell gets the usual `'` prefix, which the
// spreadsheet shows as text and does not run.
//
// Numbers stay numbers. A cell given as a `number` is written as it is. A text cell that is only a
// decimal number (`-5`, `+3`, `-1,5`) or a lone sign (`-`, a common "no value") is left as written
// too: a spreadsheet reads it as a number or as text, never as a formula, and the reject report must
// show such a value exactly as the export had it. Everything else that starts with a trigger is
// prefixed.

export type CsvCell = string | number;

export interface CsvOptions {
  /** `,` (default) or `;` (Excel set to Indonesian). */
  delimiter?: ',' | ';';
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_OR_SIGN = /^[+-]?(?:\d+(?:[.,]\d+)*)?$/;

/** A text cell as a spreadsheet will not run it: `'` before a formula-like start. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER_OR_SIGN.test(text) ? `'${text}` : text;
}

/** One field: defused when it is text, quoted when it holds the delimiter, a quote or a line end. */
export function csvField(cell: CsvCell, options: CsvOptions = {}): string {
  if (typeof cell === 'number') return String(cell);
  const text = defuseFormula(cell);
  const delimiter = options.delimiter ?? ',';
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without its line end. */
export function csvLine(cells: readonly CsvCell[], options: CsvOptions = {}): string {
  return cells.map((c) => csvField(c, options)).join(options.delimiter ?? ',');
}
