// What every figure builder needs for one language: the data, its strings and formatter, the
// privacy threshold, names for codes, and the periods the charts cover.
import type { DatasetName, MetricName } from '../../pipeline/contract.ts';
import { DATASETS } from '../../pipeline/contract.ts';
import type { Cell, Dims, SiteData } from '../facts.ts';
import { METRIC_SOURCES, cell, headlinePeriods, missingSources } from '../facts.ts';
import type { Formatter } from '../format.ts';
import { formatter } from '../format.ts';
import type { Lang, Strings } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import type { ChartOptions, LegendItem } from '../charts/model.ts';
import type { TextContext } from '../charts/titles.ts';
import { hatchPatternId } from '../render.ts';
import { everydayName } from '../occupation-names.ts';

export interface BuildContext extends TextContext {
  site: SiteData;
  lang: Lang;
  s: Strings;
  fmt: Formatter;
  minCell: number;
  /** Latest complete year and quarter (meta.latest_complete). */
  year: string;
  quarter: string;
  /** Complete quarters and years, oldest first: an incomplete period would look like a fall. */
  quarters: string[];
  years: string[];
}

export function buildContext(site: SiteData, lang: Lang): BuildContext {
  const { meta } = site;
  const { year, quarter } = headlinePeriods(meta);
  return {
    site,
    lang,
    s: t(lang),
    fmt: formatter(lang),
    minCell: meta.min_cell,
    year,
    quarter,
    quarters: meta.periods.quarters.filter((q) => q <= quarter),
    years: meta.periods.years.filter((y) => y <= year),
  };
}

export function get(ctx: BuildContext, metric: MetricName, period: string, dims: Dims = {}): Cell | undefined {
  return cell(ctx.site, metric, period, dims);
}

export function missing(ctx: BuildContext, metric: MetricName): DatasetName[] {
  return missingSources(ctx.site.meta, metric);
}

export function chartOptions(ctx: BuildContext, id: string): ChartOptions {
  return { fmt: ctx.fmt, minCell: ctx.minCell, hatch: `url(#${hatchPatternId(id)})` };
}

export function occupationName(ctx: BuildContext, code: string): string {
  if (code === 'other') return ctx.s.labels.other;
  const o = ctx.site.reference.occupations.find((x) => x.code === code);
  return o ? everydayName(o, ctx.lang) : code;
}

export function hatchLegend(ctx: BuildContext): LegendItem {
  return { label: ctx.s.figure.legendSuppressed(ctx.fmt.count(ctx.minCell)), color: '#555555', swatch: 'hatch' };
}

/** The datasets behind some metrics, each once, in the contract's order. */
export function sourcesOf(metrics: readonly MetricName[]): DatasetName[] {
  const used = new Set(metrics.flatMap((m) => METRIC_SOURCES[m]));
  return DATASETS.filter((d) => used.has(d));
}

/** "Vacancy data is not in this release …" for each missing source a figure depends on. */
export function missingNotes(ctx: BuildContext, datasets: readonly DatasetName[]): string[] {
  const unique = [...new Set(datasets)];
  return unique.length ? [ctx.s.figure.missingSource(unique.map((d) => ctx.s.labels.dataset[d]).join(', '))] : [];
}

/** "triwulan I 2023 – triwulan III 2026" for a chart's subtitle; empty when there are no periods. */
export function span(ctx: BuildContext, periods: readonly string[]): [string, string] {
  return periods.length ? [ctx.fmt.period(periods[0]), ctx.fmt.period(periods[periods.length - 1])] : ['–', '–'];
}

/**
 * A count divided by population, per 1,000, to 3 decimals; flags carry over (suppressed stays suppressed).
 * Without a population (reference.json publishes null when the table has none) there is no rate.
 */
export function per1000(c: Cell | undefined, population: number | null): Cell | undefined {
  if (!c || population === null) return undefined;
  if (c.value === null) return c;
  return { value: Math.round((c.value / population) * 1_000_000) / 1000, flag: c.flag };
}
