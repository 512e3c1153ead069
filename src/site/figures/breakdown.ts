// A breakdown of a whole (occupations, kecamatan, employer sectors) is read as shares of that whole,
// so its table always carries the parts no one can name (Lainnya, Tidak diketahui) and a Jumlah row,
// and its parts add up to the Jumlah: a suppressed part is shown as "<5" and the hidden parts'
// combined size is stated under the table (it is the total less the published parts, so it gives
// nothing away). `breakdownProblems` runs on every figure of every build: no page can drop the total.
// One exception, said under the table: a count of distinct people (certified) counts a person
// certified in two occupations in both rows but once in the total, so its rows may add up to more.
import type { MetricName } from '../../pipeline/contract.ts';
import type { Cell } from '../facts.ts';
import type { Formatter } from '../format.ts';
import type { Strings } from '../i18n/index.ts';
import { isSuppressed, shown } from '../charts/model.ts';
import type { Datum } from './figure.ts';

export interface Breakdown {
  /** Rows of the parts without a name of their own (occupation `other`, kecamatan `unknown`); none for sectors. */
  rest: string[];
  /** The row holding the whole: the last row of the table. */
  total: string;
}

export interface BreakdownTable {
  rowHeader: string;
  data: Datum[];
  breakdown?: Breakdown;
}

/** Metrics counting distinct people within each cell: a person can be in two parts and once in the total. */
export const OVERLAPPING: readonly MetricName[] = ['certified', 'certified_pool'];

/** One count column of a breakdown: its total, what the published parts add up to, and the hidden parts. */
export interface ColumnSum {
  column: string;
  total: number;
  shownSum: number;
  hidden: number;
  /** Its parts can overlap (see OVERLAPPING): they add up to the total or more. */
  overlaps: boolean;
}

function rowsOf(t: BreakdownTable): string[] {
  return [...new Set(t.data.map((d) => d.row))];
}

/** Sums of the count columns whose total is published (a hidden or missing total cannot be checked). */
export function columnSums(t: BreakdownTable): ColumnSum[] {
  const b = t.breakdown;
  if (!b) return [];
  const columns = [...new Set(t.data.filter((d) => d.kind === 'count').map((d) => d.column))];
  return columns.flatMap((column) => {
    const total = t.data.find((d) => d.row === b.total && d.column === column)?.cell;
    if (!shown(total)) return [];
    const parts = t.data.filter((d) => d.column === column && d.row !== b.total).map((d) => d.cell);
    return [
      {
        column,
        total: total.value,
        shownSum: parts.reduce((n, c) => n + (shown(c) ? c.value : 0), 0),
        hidden: parts.filter((c: Cell | undefined) => isSuppressed(c)).length,
        overlaps: t.data.some((d) => d.column === column && d.overlaps),
      },
    ];
  });
}

/** What breaks the rule, in words; empty when the table has its rest rows, its total last, and adds up. */
export function breakdownProblems(id: string, t: BreakdownTable): string[] {
  const b = t.breakdown;
  if (!b) return [];
  const rows = rowsOf(t);
  const problems: string[] = [];
  for (const rest of b.rest) if (!rows.includes(rest)) problems.push(`${id}: no "${rest}" row`);
  if (rows.at(-1) !== b.total) problems.push(`${id}: the "${b.total}" row is not the last row`);
  for (const c of columnSums(t)) {
    const hiddenSum = c.total - c.shownSum;
    // Every hidden part is a count of at least one; with none hidden the parts add up exactly.
    // Overlapping parts add up to at least the total: the published ones alone may pass it.
    const adds = c.overlaps ? c.hidden > 0 || c.shownSum >= c.total : c.hidden === 0 ? hiddenSum === 0 : hiddenSum >= c.hidden;
    if (!adds) problems.push(`${id}: "${c.column}" parts add up to ${c.shownSum} with ${c.hidden} hidden, the total is ${c.total}`);
  }
  return problems;
}

/** The sentences under a breakdown's table: the rows add up to the total, and what the hidden parts add up to. */
export function breakdownNotes(t: BreakdownTable, s: Strings, fmt: Formatter, minCell: number): string[] {
  const b = t.breakdown;
  if (!b) return [];
  const sums = columnSums(t);
  const hidden = sums
    .filter((c) => c.hidden > 0 && !c.overlaps)
    .map((c) => s.breakdown.hidden(c.column, fmt.count(c.hidden), fmt.count(c.total - c.shownSum), fmt.count(minCell)));
  const overlap = sums
    .filter((c) => c.overlaps && (c.shownSum > c.total || c.hidden > 0))
    .map((c) => s.breakdown.overlap(c.column, fmt.count(c.shownSum), fmt.count(c.total), c.hidden > 0 ? fmt.count(c.hidden) : ''));
  return [s.breakdown.sums(b.total), ...hidden, ...overlap];
}

/** A share of the whole, to 3 decimals like the published rates. */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0;
}
