// Is a byte stream valid UTF-8? Checked chunk by chunk with Node's validator (simdutf): a chunk
// boundary may fall inside a multi-byte character, so the unfinished tail is carried into the next chunk.

import { isUtf8 } from 'node:buffer';

/**
 * Bytes of the character a lead byte starts; 0 for a continuation byte (10xxxxxx). A byte that can
 * start nothing (F5–FF) counts as 1, so it is validated, and rejected, at once.
 */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte < 0xc0) return 0;
  if (byte < 0xe0) return 2;
  if (byte < 0xf0) return 3;
  return byte < 0xf5 ? 4 : 1;
}

/** Where an unfinished character at the end of `bytes` starts, or bytes.length when the end is whole. */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const length = sequenceLength(bytes[bytes.length - back]);
    if (length === 0) continue;
    return length > back ? bytes.length - back : bytes.length;
  }
  // Only continuation bytes: either a whole 4-byte character or invalid, which the validator will say.
  return bytes.length;
}

export interface Utf8Validator {
  /** Adds the next chunk; false once the stream so far cannot be UTF-8. */
  push(chunk: Uint8Array): boolean;
  /** Ends the stream; false when it is not UTF-8 (an unfinished character at the end too). */
  end(): boolean;
}

export function utf8Validator(): Utf8Validator {
  let carry: Uint8Array = new Uint8Array(0);
  let valid = true;
  return {
    push(chunk) {
      if (!valid) return false;
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const whole = unfinishedTail(bytes);
      valid = isUtf8(bytes.subarray(0, whole));
      carry = Uint8Array.from(bytes.subarray(whole)); // a copy: keeps no reference to the chunk
      return valid;
    },
    end() {
      if (valid && carry.length > 0) valid = isUtf8(carry);
      carry = new Uint8Array(0);
      return valid;
    },
  };
}
