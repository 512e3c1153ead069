// Exact text keys (ids, person ids) without a Map of millions of strings: the bytes of every key in
// one growable arena (key-bytes.ts: a NIK in 9 bytes, other ids in UTF-8, instead of two bytes a
// character), an open-addressing table of entry numbers, and each entry's end in a typed array. A
// 32-bit hash picks where the search starts; the bytes decide, so two keys that collide are still two
// keys. Readers gather a file's keys into a KeyColumn (one arena per batch, cheap to send from a
// worker), and the merge looks them up here.

import { decodeKey, encodeKey, maxKeyBytes } from './key-bytes.ts';

/** The keys of a batch of rows: row r's key is bytes[ends[r - 1] .. ends[r]), empty when it has none. */
export interface KeyColumn {
  bytes: Uint8Array;
  ends: Int32Array;
  hashes: Int32Array;
}

/** FNV-1a over bytes, with a final mix so that the low bits (the table's index) vary. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Gathers the keys of a batch of rows, one a row (`add` or `skip` per row, in row order). */
export class KeyColumnBuilder {
  private bytes = new Uint8Array(1 << 14);
  private used = 0;
  private readonly ends: Int32Array;
  private readonly hashes: Int32Array;
  private rows = 0;

  constructor(capacity: number) {
    this.ends = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
  }

  add(key: string): void {
    const start = this.used;
    const most = start + maxKeyBytes(key);
    if (most > this.bytes.length) {
      const grown = new Uint8Array(Math.max(most, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, start));
      this.bytes = grown;
    }
    const end = encodeKey(key, this.bytes, start);
    this.used = end;
    this.hashes[this.rows] = hashBytes(this.bytes, start, end);
    this.ends[this.rows++] = end;
  }

  skip(): void {
    this.hashes[this.rows] = 0;
    this.ends[this.rows++] = this.used;
  }

  /** The keys gathered, in arrays of their own (so they can be transferred to another thread). */
  finish(): KeyColumn {
    return { bytes: this.bytes.slice(0, this.used), ends: this.ends.slice(0, this.rows), hashes: this.hashes.slice(0, this.rows) };
  }
}

export function keyStart(keys: KeyColumn, row: number): number {
  return row === 0 ? 0 : keys.ends[row - 1];
}

/** Row `row`'s key as a string (for messages: a rejected row's id). */
export function keyText(keys: KeyColumn, row: number): string {
  return decodeKey(keys.bytes, keyStart(keys, row), keys.ends[row]);
}

const EMPTY = -1;

/** A set of distinct keys, numbered 0, 1, 2… in order of first appearance. */
export class KeyTable {
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private mask = (1 << 12) - 1;
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /**
   * Where each entry's bytes end; the next entry's begin there (entries are stored in order). Entries
   * keep no hash: the bytes are compared (a few bytes tell most keys apart), and hashed again when the
   * slots double (national input: 4 bytes less a key, ~18 MiB).
   */
  private ends = new Int32Array(1 << 10);
  size = 0;
  /** Where the last lookup stopped: the key's slot, or the empty slot it would go in. */
  private position = 0;

  /** The number of row `row`'s key in `keys`, or −1 when it is not in the table. */
  find(keys: KeyColumn, row: number): number {
    return this.lookup(keys.bytes, keyStart(keys, row), keys.ends[row], keys.hashes[row]);
  }

  /** The number of row `row`'s key in `keys`, added when it is new. */
  code(keys: KeyColumn, row: number): number {
    const start = keyStart(keys, row);
    const end = keys.ends[row];
    const hash = keys.hashes[row];
    const found = this.lookup(keys.bytes, start, end, hash);
    return found !== EMPTY ? found : this.insert(keys.bytes, start, end);
  }

  /** Adds a key known not to be in the table (after `find` returned −1); returns its number. */
  add(keys: KeyColumn, row: number): number {
    const start = keyStart(keys, row);
    const end = keys.ends[row];
    this.lookup(keys.bytes, start, end, keys.hashes[row]);
    return this.insert(keys.bytes, start, end);
  }

  /** Makes room for `entries` keys of `bytes` bytes in all, so that a table filled to a known size does not double past it. */
  reserve(entries: number, bytes: number): void {
    if (entries > this.ends.length) this.ends = grow(this.ends, entries);
    if (bytes > this.bytes.length) this.bytes = growBytes(this.bytes, this.used, bytes);
  }

  /** Lets go of the room beyond the keys it holds (the slots stay: they double as keys come). */
  trim(): void {
    if (this.size < this.ends.length) this.ends = this.ends.slice(0, Math.max(this.size, 1));
    if (this.used < this.bytes.length) this.bytes = this.bytes.slice(0, Math.max(this.used, 1));
  }

  /** The key's number, or EMPTY; leaves `position` at its slot or the empty slot for it. */
  private lookup(source: Uint8Array, start: number, end: number, hash: number): number {
    const { slots, mask, ends, bytes } = this;
    const length = end - start;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const entry = slots[p];
      if (entry === EMPTY) {
        this.position = p;
        return EMPTY;
      }
      const at = entry === 0 ? 0 : ends[entry - 1];
      if (ends[entry] - at !== length) continue;
      let i = 0;
      while (i < length && bytes[at + i] === source[start + i]) i++;
      if (i === length) {
        this.position = p;
        return entry;
      }
    }
  }

  private insert(source: Uint8Array, start: number, end: number): number {
    const entry = this.size++;
    if (entry === this.ends.length) this.ends = grow(this.ends);
    const length = end - start;
    if (this.used + length > this.bytes.length)
      this.bytes = growBytes(this.bytes, this.used, Math.max(this.used + length, Math.ceil(this.bytes.length * 1.5)));
    const bytes = this.bytes;
    for (let i = 0, at = this.used; i < length; i++) bytes[at + i] = source[start + i];
    this.used += length;
    this.ends[entry] = this.used;
    this.slots[this.position] = entry;
    // At most half full, so a search ends soon.
    if (2 * this.size > this.slots.length) this.rehash();
    return entry;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.size; entry++) {
      let p = hashBytes(this.bytes, entry === 0 ? 0 : this.ends[entry - 1], this.ends[entry]) & mask;
      while (slots[p] !== EMPTY) p = (p + 1) & mask;
      slots[p] = entry;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grow(array: Int32Array<ArrayBuffer>, length = array.length * 2): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

function growBytes(bytes: Uint8Array, used: number, length: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(length);
  grown.set(bytes.subarray(0, used));
  return grown;
}
