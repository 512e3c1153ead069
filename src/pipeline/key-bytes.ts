// How a key (an id, a person id) is kept as bytes in the key tables (keys.ts): a key of decimal
// digits — every NIK — as a marker byte and two digits a byte (a 16-digit NIK in 9 bytes), any other
// key in UTF-8. UTF-8 never holds the byte 0xFF, so no key of one kind has the bytes of a key of the
// other, and each kind is exact: two keys are equal exactly when their bytes are.

/** Starts a key of digits; never a byte of UTF-8. */
const DIGITS = 0xff;
/** The low half of the last byte of a key with an odd number of digits. */
const NO_DIGIT = 0xf;

function isDigits(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** At most how many bytes `encodeKey` writes for `key` (UTF-8: at most 3 bytes a UTF-16 code unit). */
export function maxKeyBytes(key: string): number {
  return 3 * key.length + 1;
}

/** Writes `key`'s bytes into `out` from `at` (room for `maxKeyBytes(key)` bytes); returns where they end. */
export function encodeKey(key: string, out: Uint8Array, at: number): number {
  const n = key.length;
  if (isDigits(key)) {
    out[at++] = DIGITS;
    let i = 0;
    for (; i + 1 < n; i += 2) out[at++] = ((key.charCodeAt(i) - 48) << 4) | (key.charCodeAt(i + 1) - 48);
    if (i < n) out[at++] = ((key.charCodeAt(i) - 48) << 4) | NO_DIGIT;
    return at;
  }
  for (let i = 0; i < n; i++) {
    let c = key.charCodeAt(i);
    if (c < 0x80) {
      out[at++] = c;
      continue;
    }
    if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    const next = i + 1 < n ? key.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
      out[at++] = 0xf0 | (c >> 18);
      out[at++] = 0x80 | ((c >> 12) & 0x3f);
      out[at++] = 0x80 | ((c >> 6) & 0x3f);
      out[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    // A lone surrogate goes in as its own three bytes (as WTF-8 does), so it stays distinct too.
    out[at++] = 0xe0 | (c >> 12);
    out[at++] = 0x80 | ((c >> 6) & 0x3f);
    out[at++] = 0x80 | (c & 0x3f);
  }
  return at;
}

const utf8 = new TextDecoder();

/** The key whose bytes are `bytes[start .. end)`. */
export function decodeKey(bytes: Uint8Array, start: number, end: number): string {
  if (end === start || bytes[start] !== DIGITS) return utf8.decode(bytes.subarray(start, end));
  let text = '';
  for (let i = start + 1; i < end; i++) {
    text += String.fromCharCode(48 + (bytes[i] >> 4));
    if ((bytes[i] & 0xf) !== NO_DIGIT) text += String.fromCharCode(48 + (bytes[i] & 0xf));
  }
  return text;
}
