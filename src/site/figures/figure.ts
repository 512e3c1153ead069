// A figure: one chart with everything the one Figure component shows around it (title, subtitle,
// legend, notes, description, the numbers as a table) and what its download endpoints write
// (CSV of the numbers, standalone SVG). Built once per language and shared by page, embed and files.
import type { DatasetName } from '../../pipeline/contract.ts';
import { csvLine } from '../../pipeline/csv-writer.ts';
import type { Cell } from '../facts.ts';
import type { Formatter } from '../format.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import type { LegendItem } from '../charts/model.ts';
import type { PlotOptions } from '../render.ts';
import type { PageRef } from '../routes.ts';
import type { Interval } from '../wilson.ts';
import { SMALL_N } from '../wilson.ts';
import type { Breakdown, BreakdownTable } from './breakdown.ts';
import { breakdownNotes } from './breakdown.ts';

/** One number of a figure, in long form: the table pivots these, the CSV lists them. */
export interface Datum {
  /** Row of the table: a period key (formatted for people) or a category label. */
  row: string;
  rowIsPeriod: boolean;
  /** Column of the table: the series label. */
  column: string;
  cell: Cell | undefined;
  kind: 'count' | 'rate' | 'per1000';
  /** For rates: the denominator (cohort or all positions), shown beside every rate. */
  denominator?: Cell;
  /** A count of distinct people whose parts can overlap (breakdown.ts, OVERLAPPING). */
  overlaps?: boolean;
  /** Text for the table when the cell has no value (e.g. "cannot be computed until 28 Jun 2026"). */
  note?: string;
  /**
   * For placement rates: the 95 % interval, or null when the rate is not shown. Present (even null)
   * on a column, it adds "lower / upper bound" columns to the table and CSV, and "small n" below 30.
   */
  interval?: Interval | null;
}

function hasInterval(d: Datum): boolean {
  return d.interval !== undefined;
}

export interface FigureModel {
  /** Stable id: the anchor on its page, the embed URL, the file names. Never changes. */
  id: string;
  lang: Lang;
  page: PageRef;
  /** The as-of date of the release this figure is drawn from; none for the live site. */
  release?: string;
  /** Drawn from demand.json's vacancy details, which releases do not keep: no release can redraw it. */
  demandDetails?: boolean;
  title: string;
  subtitle: string;
  description: string;
  plot: PlotOptions;
  /**
   * The same chart laid out for a phone (the gap chart: names above the rows), drawn instead of `plot` on a
   * narrow screen (site.css, .chart-phone) so nothing scrolls sideways. Pages only: downloads keep `plot`.
   */
  phonePlot?: PlotOptions;
  /** The datasets the figure is drawn from: its source line names them. */
  sources: DatasetName[];
  legend: LegendItem[];
  /** Sentences under the chart: missing sources, what suppressed or open marks mean. */
  notes: string[];
  rowHeader: string;
  data: Datum[];
  /** Periods of the table that are provisional (see provisional.ts): labelled so in the table, named in a note. */
  provisional?: string[];
  /** Site paths (without the base) that a table row's name links to, by row label: an occupation's page. */
  rowLinks?: Record<string, string>;
  /** Drawn across the page (both columns of the figure grid) on a wide screen; on a phone its `phonePlot` is shown. */
  wide?: boolean;
  /** Set when the rows are the parts of a whole: the table then ends with its rest and total rows (see breakdown.ts). */
  breakdown?: Breakdown;
}

/** The id under which a figure's phone layout is rendered: its SVG's title, description and hatch ids differ from the wide one's. */
export function phoneChartId(id: string): string {
  return `${id}-phone`;
}

export type RowRole = 'part' | 'rest' | 'total';

export interface Table {
  header: string[];
  rows: string[][];
  /** Per row: a part, a part without a name of its own (Lainnya, Tidak diketahui), or the total. */
  roles: RowRole[];
  /** Under a breakdown's table: that its rows add up to the total, and what its hidden parts add up to. */
  notes: string[];
  /** Per column after the first, for a breakdown: its rows add up to the total exactly, or (people in two parts) to at least it. */
  sums: ('exact' | 'overlap' | 'none')[];
}

/** A cell as a table shows it, with the denominator beside every rate. */
export function datumText(d: Datum, s: Strings, fmt: Formatter, minCell: number): string {
  const c = d.cell;
  if (!c) return d.note ?? s.labels.notPublished;
  if (c.flag === 'window_open') return d.note ?? '…';
  if (c.flag === 'suppressed') return d.kind === 'count' ? `<${fmt.count(minCell)}` : (d.note ?? s.labels.rateHidden);
  if (c.value === null) return '–';
  if (d.kind === 'count') return fmt.count(c.value);
  if (d.kind === 'per1000') return fmt.fixed(c.value, 2);
  const n = d.denominator;
  const small = hasInterval(d) && n?.value !== null && n?.value !== undefined && n.value < SMALL_N ? `, ${s.outcomes.smallN}` : '';
  return n
    ? `${fmt.percent(c.value)} (n = ${n.flag === 'suppressed' ? `<${fmt.count(minCell)}` : fmt.count(n.value ?? 0)}${small})`
    : fmt.percent(c.value);
}

/** Rows × series, in the order the data came in. */
export function figureTable(f: BreakdownTable & { provisional?: string[] }, s: Strings, fmt: Formatter, minCell: number): Table {
  const columns = [...new Set(f.data.map((d) => d.column))];
  const rowKeys = [...new Set(f.data.map((d) => d.row))];
  const byKey = new Map(f.data.map((d) => [`${d.row}\u0000${d.column}`, d]));
  // A rate column with intervals is followed by its lower and upper bound.
  const bounded = new Set(f.data.filter(hasInterval).map((d) => d.column));
  const boundHeader = (col: string, bound: string) => (bounded.size > 1 ? `${col}: ${bound}` : bound);
  const boundText = (d: Datum | undefined, end: keyof Interval) => (d?.interval ? fmt.percent(d.interval[end]) : '–');
  return {
    header: [
      f.rowHeader,
      ...columns.flatMap((col) =>
        bounded.has(col) ? [col, boundHeader(col, s.outcomes.lower), boundHeader(col, s.outcomes.upper)] : [col],
      ),
    ],
    rows: rowKeys.map((row) => {
      const any = f.data.find((d) => d.row === row)!;
      return [
        any.rowIsPeriod ? (f.provisional?.includes(row) ? s.provisional.period(fmt.period(row)) : fmt.period(row)) : row,
        ...columns.flatMap((col) => {
          const d = byKey.get(`${row}\u0000${col}`);
          const text = d ? datumText(d, s, fmt, minCell) : '';
          return bounded.has(col) ? [text, boundText(d, 'lower'), boundText(d, 'upper')] : [text];
        }),
      ];
    }),
    roles: rowKeys.map((row) => (row === f.breakdown?.total ? 'total' : f.breakdown?.rest.includes(row) ? 'rest' : 'part')),
    notes: breakdownNotes(f, s, fmt, minCell),
    sums: columns.map((col) => {
      if (!f.breakdown) return 'none';
      const cells = f.data.filter((d) => d.column === col);
      if (!cells.every((d) => d.kind === 'count')) return 'none';
      return cells.some((d) => d.overlaps) ? 'overlap' : 'exact';
    }),
  };
}

/**
 * The chart's numbers as tidy CSV (UTF-8, comma, dot decimals), the same cells facts.csv publishes,
 * with facts.csv's conventions (English column names, period keys, flags):
 * `period|category,series,value,flag,denominator,denominator_flag,note`. Labels are in the page's language.
 * Labels come from reference tables (occupation names): the CSV writer defuses formula-like text.
 */
export function figureCsv(f: FigureModel): string {
  // Charts of rates with intervals add `lower,upper` (4 decimals); other charts' files stay as they were.
  const bounds = f.data.some(hasInterval);
  const header = [
    f.data[0]?.rowIsPeriod === false ? 'category' : 'period',
    'series',
    'value',
    'flag',
    'denominator',
    'denominator_flag',
    'note',
    ...(bounds ? ['lower', 'upper'] : []),
  ];
  const lines = f.data.map((d) =>
    csvLine([
      d.row,
      d.column,
      d.cell?.value === null || d.cell === undefined ? '' : d.cell.value,
      d.cell?.flag ?? 'not_published',
      d.denominator?.value === null || d.denominator === undefined ? '' : d.denominator.value,
      d.denominator?.flag ?? '',
      d.note ?? '',
      ...(bounds ? [d.interval?.lower.toFixed(4) ?? '', d.interval?.upper.toFixed(4) ?? ''] : []),
    ]),
  );
  return `${[csvLine(header), ...lines].join('\n')}\n`;
}
