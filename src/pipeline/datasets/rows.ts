// The final accepted rows of a dataset in typed compact columns, one slot per id: a later file's row
// overwrites the earlier one in place (§4). Each dataset module names its columns (`fields`); the
// stores are read by those names (`rows.columns.status`), never by a string looked up at run time.

import { FloatColumn, IntColumn } from '../columns.ts';
import { KeyTable } from '../keys.ts';

export class DatasetRows<F extends string> {
  /** Row ids: the number of an id is its slot. Emptied once no file left to merge needs them. */
  ids = new KeyTable();
  /** The file (index among the dataset's files) each slot's row came from. Emptied by `finish`. */
  file = new IntColumn();
  /** A hash of the row's values, to tell an exact repeat from a conflicting one. Emptied by `finish`. */
  fingerprint = new FloatColumn();
  readonly fields: readonly F[];
  readonly columns: Readonly<Record<F, IntColumn>>;
  private readonly ordered: IntColumn[];

  constructor(fields: readonly F[]) {
    this.fields = fields;
    this.ordered = fields.map(() => new IntColumn());
    this.columns = Object.fromEntries(fields.map((f, i) => [f, this.ordered[i]])) as Record<F, IntColumn>;
  }

  private slots = 0;

  get size(): number {
    return this.slots;
  }

  /** Writes `row` (values in `fields` order) into `slot`, or into a new slot at the end when `slot` is −1. */
  put(slot: number, file: number, fingerprint: number, row: Int32Array): number {
    const { ordered } = this;
    if (slot < 0) {
      slot = this.slots++;
      this.file.push(file);
      this.fingerprint.push(fingerprint);
      for (let k = 0; k < ordered.length; k++) ordered[k].push(row[k]);
    } else {
      this.file.data[slot] = file;
      this.fingerprint.data[slot] = fingerprint;
      for (let k = 0; k < ordered.length; k++) ordered[k].set(slot, row[k]);
    }
    return slot;
  }

  /** Whether `rows` rows in all fit without growing. */
  fits(rows: number): boolean {
    return rows <= this.file.data.length;
  }

  /** Makes room for `rows` rows in all. */
  reserve(rows: number): void {
    this.file.reserve(rows);
    this.fingerprint.reserve(rows);
    for (const column of this.ordered) column.reserve(rows);
  }

  /**
   * Once the dataset's last file is merged no row can repeat or supersede another: the columns that
   * told them apart go, and each kept column shrinks to its rows (national input: ~60 MiB less while
   * the later datasets are read). The ids are ingest's to keep, trim or drop: only it knows which later
   * files link to them.
   */
  finish(): void {
    this.file = new IntColumn(1);
    this.fingerprint = new FloatColumn(1);
    for (const column of this.ordered) column.trim();
  }
}

/** Names → codes 0, 1, 2… in the order given: the one place a stored code of an enum is defined. */
export function namedCodes<K extends string>(names: readonly K[]): Readonly<Record<K, number>> {
  return Object.freeze(Object.fromEntries(names.map((name, code) => [name, code])) as Record<K, number>);
}

/** The index of each field in a row laid out in `fields` order. */
export function fieldIndex<F extends string>(fields: readonly F[]): Readonly<Record<F, number>> {
  return namedCodes(fields);
}
