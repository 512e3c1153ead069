// The text description every chart carries (SVG <desc>, and the figure's caption for screen
// readers): what kind of chart, what it shows, the latest and highest values, and how many
// values are suppressed or not yet computable.
import type { BarRow } from './bars.ts';
import type { GapRow } from './gap.ts';
import type { MapArea } from './map.ts';
import { isSuppressed, shown } from './model.ts';
import type { TextContext } from './titles.ts';
import { cellText } from './titles.ts';
import type { TrendData } from './trend.ts';

function sentence(parts: readonly string[]): string {
  return parts.length ? `${parts.join('; ')}.` : '';
}

function join(parts: readonly string[]): string {
  return parts.filter(Boolean).join(' ');
}

function valueText(c: TextContext, unit: TrendData['unit'], value: number): string {
  return unit === 'count' ? c.fmt.count(value) : c.fmt.fixed(value, 1);
}

export function describeTrend(c: TextContext, d: TrendData): string {
  if (d.periods.length === 0 || d.series.length === 0) return c.s.describe.noData;
  const first = c.fmt.period(d.periods[0]);
  const last = c.fmt.period(d.periods[d.periods.length - 1]);
  const perSeries = d.series.map((series) => {
    let latest = -1;
    let peak = -1;
    series.cells.forEach((cell, i) => {
      if (!shown(cell)) return;
      latest = i;
      if (peak < 0 || cell.value > series.cells[peak]!.value!) peak = i;
    });
    if (latest < 0) return `${series.label}: ${cellText(c, series.cells[series.cells.length - 1])}`;
    const text = c.s.describe.latest(series.label, valueText(c, d.unit, series.cells[latest]!.value!), c.fmt.period(d.periods[latest]));
    return peak !== latest
      ? `${text}, ${c.s.describe.peak(valueText(c, d.unit, series.cells[peak]!.value!), c.fmt.period(d.periods[peak]))}`
      : text;
  });
  const hidden = d.series.reduce((n, s) => n + s.cells.filter(isSuppressed).length, 0);
  return join([
    c.s.describe.lineChart(d.series.map((s) => s.label).join(', '), first, last),
    sentence(perSeries),
    hidden ? c.s.describe.suppressedCount(hidden, c.fmt.count(hidden), c.fmt.count(c.minCell)) : '',
  ]);
}

export function describeBars(c: TextContext, rows: readonly BarRow[]): string {
  if (rows.length === 0) return c.s.describe.noData;
  const hidden = rows.filter((r) => r.state === 'suppressed').length;
  const open = rows.filter((r) => r.state === 'window_open').length;
  return join([
    c.s.describe.barChart,
    sentence(rows.map((r) => `${r.label}: ${r.text}`)),
    hidden ? c.s.describe.suppressedCount(hidden, c.fmt.count(hidden), c.fmt.count(c.minCell)) : '',
    open ? c.s.describe.windowOpenCount(open, c.fmt.count(open)) : '',
  ]);
}

export function describeGap(c: TextContext, rows: readonly GapRow[]): string {
  if (rows.length === 0) return c.s.describe.noData;
  const hidden = rows.reduce((n, r) => n + [r.completed, r.certified].filter(isSuppressed).length, 0);
  return join([
    c.s.describe.gapChart,
    sentence(rows.map((r) => c.s.describe.gapRow(r.label, cellText(c, r.demand), cellText(c, r.completed), cellText(c, r.certified)))),
    hidden ? c.s.describe.suppressedCount(hidden, c.fmt.count(hidden), c.fmt.count(c.minCell)) : '',
  ]);
}

export function describeMap(c: TextContext, areas: readonly MapArea[]): string {
  const hidden = areas.filter((a) => a.state === 'suppressed').length;
  return join([
    c.s.describe.mapChart,
    sentence(areas.map((a) => `${a.name}: ${a.text}`)),
    hidden ? c.s.describe.suppressedCount(hidden, c.fmt.count(hidden), c.fmt.count(c.minCell)) : '',
  ]);
}
