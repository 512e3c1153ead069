import { describe, expect, it } from 'vitest';
import { newlineNormaliser } from '../../../src/pipeline/read/newlines.ts';

function normaliseInPieces(text: string, size: number): string {
  const n = newlineNormaliser();
  let out = '';
  for (let i = 0; i < text.length; i += size) out += n.push(text.slice(i, i + size));
  return out + n.end();
}

describe('newlineNormaliser', () => {
  const mixed = 'a\r\nb\rc\nd\r\r\ne\n\rf\r';

  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseInPieces(mixed, mixed.length)).toBe('a\nb\nc\nd\n\ne\n\nf\n');
  });

  it('does the same wherever chunks are cut, a CRLF split in two included', () => {
    for (let size = 1; size <= mixed.length; size++) {
      expect(normaliseInPieces(mixed, size), `pieces of ${size}`).toBe('a\nb\nc\nd\n\ne\n\nf\n');
    }
  });

  it('leaves text without CR as it is', () => {
    expect(normaliseInPieces('a\nb\n', 3)).toBe('a\nb\n');
  });
});
