// Growable typed columns: the compact form rows are kept in after validation (integer day numbers,
// coded dimensions), so millions of rows fit in memory and go straight into arquero.

/**
 * The last guard before a typed array would wrap a number silently (2,147,483,648 becomes
 * −2,147,483,648): the contract's bounds keep every stored value far inside, so this only fires on a bug.
 */
function int32(value: number): number {
  if ((value | 0) !== value) throw new RangeError(`${value} does not fit a 32-bit column: a bound is missing in the contract`);
  return value;
}

export class IntColumn {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = int32(value);
    return this.length++;
  }

  /** Overwrites a filled slot. */
  set(slot: number, value: number): void {
    this.data[slot] = int32(value);
  }

  /** The filled part, without copying. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /** Makes room for `rows` values in all (one copy), so that a column filled to a known size does not double past it. */
  reserve(rows: number): void {
    if (rows <= this.data.length) return;
    const grown = new Int32Array(rows);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  /** Lets go of the room beyond the filled part (up to half of it after doubling); a later push grows again. */
  trim(): void {
    if (this.length < this.data.length) this.data = this.data.slice(0, Math.max(this.length, 1));
  }
}

export class FloatColumn {
  data: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  reserve(rows: number): void {
    if (rows <= this.data.length) return;
    const grown = new Float64Array(rows);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/**
 * A 53-bit hash (cyrb53) of a row's parsed values, to tell an exact repeat of an id from a conflicting
 * one. Each value goes in as a tag, then its length and characters or its number, so no two different
 * rows give the same sequence; nothing is allocated (it runs once a row).
 */
export function fingerprint(values: readonly (string | number | null)[]): number {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (value === null) {
      mix(0);
    } else if (typeof value === 'number') {
      mix(1);
      mix(value >>> 0);
      mix(Math.floor(value / 4294967296));
    } else {
      mix(2);
      mix(value.length);
      for (let i = 0; i < value.length; i++) mix(value.charCodeAt(i));
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

let h1 = 0;
let h2 = 0;

function mix(c: number): void {
  h1 = Math.imul(h1 ^ c, 2654435761);
  h2 = Math.imul(h2 ^ c, 1597334677);
}
