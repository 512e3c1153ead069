// The one headline comparison of a page: demand against supply as flows over the same periods —
// positions posted against people certified (or completing training) in the last full year, the
// current year to date, and the latest four complete quarters. Never a flow against a stock (the
// certified pool is a stock: it has its own chart and is compared with nothing). A ratio is computed
// only from published sums: a suppressed quarter makes its window's sum unknown, not smaller.
import type { MetricName } from '../../pipeline/contract.ts';
import { parsePeriod, periodEndIso, periodYear } from '../../pipeline/periods.ts';
import type { Cell, Dims } from '../facts.ts';
import type { Formatter } from '../format.ts';
import { isSuppressed, shown } from '../charts/model.ts';
import type { FlowSummary, WindowKind } from '../charts/titles.ts';
import type { BuildContext } from './context.ts';
import { get } from './context.ts';

export type { WindowKind } from '../charts/titles.ts';

export interface FlowWindow extends FlowSummary {
  /** The period keys summed: one year, or four quarters. */
  periods: string[];
}

/** The sum of some counts: unknown when one is not published, hidden when one is suppressed. */
export function sumCells(cells: readonly (Cell | undefined)[]): Cell | undefined {
  if (!cells.length || cells.some((c) => c === undefined)) return undefined;
  if (cells.some(isSuppressed)) return { value: null, flag: 'suppressed' };
  if (!cells.every(shown)) return undefined;
  return { value: cells.reduce((n, c) => n + c!.value!, 0), flag: '' };
}

/** "triwulan III" / "Q3": a quarter without its year, for "2026 s.d. triwulan III". */
function quarterOnly(fmt: Formatter, quarter: string): string {
  return fmt.period(quarter).replace(` ${periodYear(quarter)}`, '');
}

export interface WindowPeriods {
  /** The last full year (meta.latest_complete.year). */
  year: string;
  /** Complete quarters, oldest first. */
  quarters: readonly string[];
  /** Published years, oldest first: a later one than `year` is the year to date. */
  years: readonly string[];
  /** The as-of date: the year to date runs to it. */
  asOf: string;
}

/** Which periods each window covers: the year, the year to date (when there is one), the latest four quarters. */
export function windowPeriods(p: WindowPeriods): { kind: WindowKind; periods: string[]; until?: string }[] {
  const windows: { kind: WindowKind; periods: string[]; until?: string }[] = [{ kind: 'year', periods: [p.year] }];
  const current = p.years.at(-1);
  if (current && current > p.year) {
    const done = p.quarters.filter((q) => q.startsWith(`${current}-`)).at(-1);
    // To the end of its last complete quarter when the as-of date is that day; else to the as-of date.
    windows.push({ kind: 'ytd', periods: [current], until: done && p.asOf === periodEndIso(done) ? done : p.asOf });
  }
  const last4 = p.quarters.slice(-4);
  // Four quarters that are exactly the last full year say nothing new.
  if (last4.length === 4 && !last4.every((q) => q.startsWith(`${p.year}-`))) windows.push({ kind: 'last4', periods: last4 });
  return windows;
}

/** The flows of one breakdown (an occupation, or all) for each window. */
export function flowWindows(ctx: BuildContext, dims: Dims, supply: MetricName): FlowWindow[] {
  const s = ctx.s.flows;
  return windowPeriods({ year: ctx.year, quarters: ctx.quarters, years: ctx.site.meta.periods.years, asOf: ctx.site.meta.as_of }).map(
    (w) => {
      const label =
        w.kind === 'year'
          ? ctx.fmt.period(w.periods[0])
          : w.kind === 'ytd'
            ? s.ytd(
                w.periods[0],
                parsePeriod(w.until!)?.granularity === 'quarter'
                  ? quarterOnly(ctx.fmt, w.until!)
                  : ctx.fmt.date(w.until!).replace(` ${w.periods[0]}`, ''),
              )
            : s.last4(ctx.fmt.period(w.periods[0]), ctx.fmt.period(w.periods[3]));
      return {
        kind: w.kind,
        label,
        periods: w.periods,
        demand: sumCells(w.periods.map((p) => get(ctx, 'demand_positions', p, dims))),
        supply: sumCells(w.periods.map((p) => get(ctx, supply, p, dims))),
      };
    },
  );
}
