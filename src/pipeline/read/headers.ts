// Header cells → contract columns (§3, §4): one normalisation, canonical names and aliases, the first
// of two columns naming one field wins, unknown columns are kept for the summary.

import { COLUMNS, type ColumnSpec, type DatasetName } from '../contract.ts';
import { message, type Message } from '../messages.ts';

/** `Jenis Kelamin`, `JENIS_KELAMIN` and `jenis-kelamin` are all `jenis_kelamin`; `No.` is `no`. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** What a column mapping needs to know of a column: the contract's ColumnSpec, or a reference table column. */
export interface NamedColumn {
  name: string;
  aliases?: readonly string[];
  required: boolean;
}

export interface DuplicateColumn {
  /** The canonical column both source columns map to. */
  column: string;
  /** The header cell that is read (the first). */
  used: string;
  /** The header cell that is ignored. */
  ignored: string;
}

export interface ColumnMapping<C extends NamedColumn> {
  /** For each column of the contract, in contract order: the index of its source column, or -1. */
  columns: number[];
  duplicates: DuplicateColumn[];
  /** Header cells that name no column, as written (empty header cells are not listed: they name nothing). */
  unknown: string[];
  /** Required columns that no header cell names. */
  missing: C[];
}

/** Maps header cells to columns; names and aliases are compared after normalisation. */
export function mapHeader<C extends NamedColumn>(columns: readonly C[], headerCells: readonly string[]): ColumnMapping<C> {
  const byName = new Map<string, number>();
  columns.forEach((column, index) => {
    for (const name of [column.name, ...(column.aliases ?? [])]) {
      const key = normaliseHeader(name);
      if (!byName.has(key)) byName.set(key, index);
    }
  });

  const sources = columns.map(() => -1);
  const duplicates: DuplicateColumn[] = [];
  const unknown: string[] = [];
  headerCells.forEach((cell, source) => {
    const key = normaliseHeader(cell);
    const column = byName.get(key);
    if (column === undefined) {
      if (cell.trim() !== '') unknown.push(cell);
    } else if (sources[column] >= 0) {
      duplicates.push({ column: columns[column].name, used: headerCells[sources[column]], ignored: cell });
    } else {
      sources[column] = source;
    }
  });

  const missing = columns.filter((column, index) => column.required && sources[index] < 0);
  return { columns: sources, duplicates, unknown, missing };
}

/** Maps a data file's header to the columns of its dataset (COLUMNS order). */
export function mapColumns(dataset: DatasetName, headerCells: readonly string[]): ColumnMapping<ColumnSpec> {
  return mapHeader(COLUMNS[dataset], headerCells);
}

/** The names a column is accepted under: its canonical name, then its aliases, each once. */
export function acceptedNames(column: Pick<NamedColumn, 'name' | 'aliases'>): string[] {
  return [...new Set([column.name, ...(column.aliases ?? [])])];
}

/** A required column is missing: fatal for the file; the message names the column and its accepted names. */
export function missingColumnMessage(column: Pick<NamedColumn, 'name' | 'aliases'>): Message {
  const names = acceptedNames(column).join(', ');
  return message(
    `kolom wajib '${column.name}' tidak ada; nama yang diterima: ${names}`,
    `required column '${column.name}' is missing; accepted names: ${names}`,
  );
}
