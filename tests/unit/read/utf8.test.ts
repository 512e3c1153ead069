import { describe, expect, it } from 'vitest';
import { utf8Validator } from '../../../src/pipeline/read/utf8.ts';

/** Validates `bytes` fed in pieces of `size`. */
function validInPieces(bytes: Uint8Array, size: number): boolean {
  const validator = utf8Validator();
  let valid = true;
  for (let i = 0; i < bytes.length; i += size) valid = validator.push(bytes.subarray(i, i + size)) && valid;
  return validator.end() && valid;
}

describe('utf8Validator', () => {
  const text = Buffer.from('Cilégon — 日本 🎉 ok', 'utf8');

  it('accepts valid UTF-8 whichever byte a chunk boundary falls on', () => {
    for (let size = 1; size <= text.length; size++) expect(validInPieces(text, size), `pieces of ${size}`).toBe(true);
  });

  it('rejects invalid bytes wherever they are', () => {
    const invalid = Buffer.concat([text, Buffer.from([0xe9, 0x41]), text]); // Windows-1252 é
    for (let size = 1; size <= invalid.length; size++) expect(validInPieces(invalid, size), `pieces of ${size}`).toBe(false);
  });

  it('rejects a character cut off at the end of the stream', () => {
    expect(validInPieces(Buffer.from([0x41, 0xe6, 0x97]), 2)).toBe(false);
    expect(validInPieces(Buffer.from([0x41, 0xf0, 0x9f, 0x8e]), 8)).toBe(false);
  });

  it('rejects overlong forms, surrogates and stray continuation bytes', () => {
    expect(validInPieces(Buffer.from([0xc0, 0x80]), 1)).toBe(false);
    expect(validInPieces(Buffer.from([0xed, 0xa0, 0x80]), 1)).toBe(false);
    expect(validInPieces(Buffer.from([0x41, 0x80, 0x80, 0x80, 0x80]), 2)).toBe(false);
  });

  it('stays false once invalid', () => {
    const validator = utf8Validator();
    expect(validator.push(Buffer.from([0xff]))).toBe(false);
    expect(validator.push(Buffer.from('ok'))).toBe(false);
    expect(validator.end()).toBe(false);
  });
});
