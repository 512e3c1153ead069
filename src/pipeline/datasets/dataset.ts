// What a dataset module declares, so that ingest can be one loop for every dataset: its compact row
// (the fields stored per accepted row, as 32-bit integers), its row rules and encoding (run where the
// file is read, possibly in a worker), and what a row takes from the enrollment it links to (run in
// the merge, where the final enrollments are known).

import type { DatasetName } from '../contract.ts';
import type { Dimensions } from '../dimensions.ts';
import type { Scheme } from '../reference.ts';
import type { ColumnWarning, RowProblem, Value } from '../validate.ts';
import type { DatasetRows } from './rows.ts';

/** The reference tables as row rules use them: codes turned into the stored dimension codes. */
export interface RowCodebook {
  dimensions: Dimensions;
  /** An occupation code's index (occupations.csv order), or `other`. */
  occupationOf(code: string): number;
  programOccupation(programCode: string): number;
  scheme(schemeCode: string): Scheme;
  /** The occupation a job title is classified as, or `other`. */
  titleOccupation(title: string, warn: (w: ColumnWarning) => void): number;
  /** The sector of an employer_sector text, coded within the file being read (ingest recodes it). */
  sectorCode(text: string, warn: (w: ColumnWarning) => void): number;
}

/** One row that passed the value checks and the scope, as its row rules see it. */
export interface RowInput {
  /** Parsed values in COLUMNS[dataset] order; a rule may change them (the fingerprint is taken after). */
  values: Value[];
  /** The raw fields of the record, and where each contract column is among them (−1: absent). */
  fields: string[];
  sourceColumns: number[];
  /** The kecamatan's index, or `unknown`. */
  kecamatan: number;
  warn(w: ColumnWarning): void;
}

export interface DatasetModule<F extends string> {
  name: DatasetName;
  /** The compact row. */
  fields: readonly F[];
  /** Whether rows carry a person_id (coded in the merge into the `person` field). */
  person: boolean;
  /** Whether rows may link to an enrollment (enrollment_id). */
  link: boolean;
  /** Row rules and encoding: writes the compact row into `out`, or returns why the row is rejected. */
  encode(row: RowInput, encoding: RowCodebook, out: Int32Array): RowProblem | null;
  /** Fills in what the row takes from its linked enrollment (`linked` is its slot, or −1). */
  inherit?(out: Int32Array, linked: number, enrollments: DatasetRows<string>, dimensions: Dimensions): void;
}
