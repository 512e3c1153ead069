// Line endings (§3): LF, CRLF and lone CR, mixed freely. The CSV parser takes one newline sequence, so
// the text is normalised to LF before it is parsed; each LF then ends exactly one line an editor shows.

export interface NewlineNormaliser {
  /** The next chunk of text, with CRLF and CR turned into LF. */
  push(text: string): string;
  /** What is held back at the end of the text. */
  end(): string;
}

/** A chunk that ends in CR may be the first half of a CRLF split across chunks: that CR waits for the next chunk. */
export function newlineNormaliser(): NewlineNormaliser {
  let heldCr = false;
  return {
    push(text) {
      let chunk = heldCr ? '\r' + text : text;
      heldCr = chunk.endsWith('\r');
      if (heldCr) chunk = chunk.slice(0, -1);
      if (!chunk.includes('\r')) return chunk;
      return chunk.replaceAll('\r\n', '\n').replaceAll('\r', '\n');
    },
    end() {
      const rest = heldCr ? '\n' : '';
      heldCr = false;
      return rest;
    },
  };
}
