// The tables of the list pages /pekerjaan/ and /kecamatan/: every occupation or kecamatan with its
// demand and supply in the latest complete year, then the part without a name of its own (Lainnya,
// Tidak diketahui) and the Jumlah, with each row's share of all demand: a breakdown like any figure's.
import type { MetricName } from '../pipeline/contract.ts';
import type { Breakdown } from './figures/breakdown.ts';
import { OVERLAPPING, shareOf } from './figures/breakdown.ts';
import type { Datum } from './figures/figure.ts';
import type { Dims, SiteData } from './facts.ts';
import { cell, headlinePeriods, missingSources } from './facts.ts';
import type { Lang } from './i18n/index.ts';
import { t } from './i18n/index.ts';
import { everydayName } from './occupation-names.ts';
import type { PageRef } from './routes.ts';
import { shown } from './charts/model.ts';

export type ListKind = 'occupations' | 'kecamatanList';

export interface ListTable {
  year: string;
  rowHeader: string;
  data: Datum[];
  breakdown: Breakdown;
  /** Per row, in order: the page it links to (none for the rest and total rows). */
  pages: (PageRef | undefined)[];
}

const METRICS = ['demand_positions', 'completed', 'certified'] as const satisfies readonly MetricName[];

export function listTable(site: SiteData, lang: Lang, kind: ListKind): ListTable {
  const s = t(lang);
  const year = headlinePeriods(site.meta).year;
  const items: { name: string; page?: PageRef; dims: Dims }[] =
    kind === 'occupations'
      ? [
          ...site.reference.occupations.map((o) => ({
            name: everydayName(o, lang),
            page: { kind: 'occupation' as const, slug: o.slug },
            dims: { occupation: o.code },
          })),
          { name: s.labels.other, dims: { occupation: 'other' } },
        ]
      : [
          ...site.reference.kecamatan.map((k) => ({
            name: k.name,
            page: { kind: 'kecamatan' as const, slug: k.slug },
            dims: { kecamatan: k.bps },
          })),
          { name: s.labels.unknown, dims: { kecamatan: 'unknown' } },
        ];
  const rows = [...items, { name: s.breakdown.total, page: undefined, dims: {} }];
  const labels = { demand_positions: s.labels.series.demand, completed: s.labels.series.completed, certified: s.labels.series.certified };
  const totalDemand = cell(site, 'demand_positions', year);
  const demandPresent = missingSources(site.meta, 'demand_positions').length === 0;
  const data = rows.flatMap((r): Datum[] => {
    const counts = METRICS.map((m): Datum => {
      const gone = missingSources(site.meta, m).length > 0;
      return {
        row: r.name,
        rowIsPeriod: false,
        column: labels[m],
        cell: gone ? undefined : cell(site, m, year, r.dims),
        kind: 'count',
        note: gone ? '–' : undefined,
        overlaps: OVERLAPPING.includes(m) || undefined,
      };
    });
    const demand = counts[0].cell;
    const share: Datum[] =
      demandPresent && shown(totalDemand)
        ? [
            {
              // The Jumlah row is every share's denominator: not repeated on each row.
              row: r.name,
              rowIsPeriod: false,
              column: s.breakdown.share,
              kind: 'rate',
              cell: shown(demand) ? { value: shareOf(demand.value, totalDemand.value), flag: '' } : demand,
            },
          ]
        : [];
    return [counts[0], ...share, counts[1], counts[2]];
  });
  return {
    year,
    rowHeader: kind === 'occupations' ? s.labels.occupation : s.labels.kecamatan,
    data,
    breakdown: { rest: [items.at(-1)!.name], total: s.breakdown.total },
    pages: rows.map((r) => r.page),
  };
}
