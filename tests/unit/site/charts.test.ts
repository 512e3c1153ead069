// Chart specs are pure functions (data, options) → Plot options: these tests read the marks they
// return. Suppressed cells must become hatched marks, never a value of zero or a silent gap.
import { describe, expect, it } from 'vitest';
import type * as Plot from '@observablehq/plot';
import { barsPlot } from '../../../src/site/charts/bars.ts';
import type { GapRow } from '../../../src/site/charts/gap.ts';
import { gapOf, gapPlot, sortByGap } from '../../../src/site/charts/gap.ts';
import { classColor, mapClasses, MAP_COLORS } from '../../../src/site/charts/map.ts';
import { PALETTE } from '../../../src/site/charts/model.ts';
import { trendPlot } from '../../../src/site/charts/trend.ts';
import { formatter } from '../../../src/site/format.ts';
import { renderSvg } from '../../../src/site/render.ts';

const options = { fmt: formatter('en'), minCell: 5, hatch: 'url(#hatch-test)' };
const ok = (value: number) => ({ value, flag: '' as const });
const hidden = { value: null, flag: 'suppressed' as const };

type AnyMark = Plot.Markish & { data?: unknown[]; fill?: string; stroke?: string; strokeDasharray?: string };
const marks = (p: Plot.PlotOptions) => (p.marks ?? []) as AnyMark[];
const hatched = (p: Plot.PlotOptions) => marks(p).filter((m) => m.fill === options.hatch);

describe('gap chart', () => {
  const rows: GapRow[] = [
    { code: '5120', label: 'Cooks', demand: ok(10), completed: ok(60), certified: ok(30) },
    { code: '7212', label: 'Welders', demand: ok(300), completed: ok(35), certified: ok(10) },
    { code: '7411', label: 'Electricians', demand: ok(40), completed: hidden, certified: hidden },
  ];

  it('sorts by demand − certified, largest shortage first, surplus last', () => {
    expect(sortByGap(rows, 5).map((r) => r.code)).toEqual(['7212', '7411', '5120']);
    expect(gapOf(rows[1], 5)).toBe(290);
    // A suppressed count orders as half the threshold; it is never shown as a number.
    expect(gapOf(rows[2], 5)).toBe(37.5);
  });

  it('draws suppressed supply as hatched bars and no dot for it', () => {
    const p = gapPlot(sortByGap(rows, 5), { ...options, showDemand: true });
    const [bars] = hatched(p);
    expect(bars.data).toEqual([
      { code: '7411', key: 'completed' },
      { code: '7411', key: 'certified' },
    ]);
    const certifiedDots = marks(p).find((m) => m.fill === PALETTE.certified)!;
    expect(certifiedDots.data).toEqual([
      { code: '7212', value: 10 },
      { code: '5120', value: 30 },
    ]);
    expect(p.y).toMatchObject({ domain: ['7212', '7411', '5120'] });
  });

  it('leaves demand out when its source is missing', () => {
    const p = gapPlot(rows, { ...options, showDemand: false });
    expect(marks(p).some((m) => m.fill === PALETTE.demand)).toBe(false);
  });
});

describe('trend chart', () => {
  const p = trendPlot(
    {
      periods: ['2025-Q1', '2025-Q2', '2025-Q3'],
      series: [{ key: 'completed', label: 'Completed', color: PALETTE.completed, cells: [ok(12), hidden, ok(0)] }],
      unit: 'count',
    },
    options,
  );

  it('breaks the line at a suppressed point instead of drawing zero', () => {
    const line = marks(p).find((m) => m.stroke === PALETTE.completed && m.fill !== options.hatch)!;
    expect(line.data).toEqual([
      { period: '2025-Q1', series: 'completed', value: 12 },
      { period: '2025-Q2', series: 'completed', value: null },
      { period: '2025-Q3', series: 'completed', value: 0 },
    ]);
  });

  it('marks the suppressed point with a hatched symbol', () => {
    expect(hatched(p).map((m) => m.data)).toEqual([[{ period: '2025-Q2' }]]);
  });

  it('labels quarterly axes with the year at each first quarter', () => {
    expect(p.x).toMatchObject({ type: 'point', ticks: ['2025-Q1'] });
  });
});

describe('bars chart', () => {
  const p = barsPlot(
    {
      unit: 'rate',
      rows: [
        { key: '2025-Q1', label: 'Q1 2025', value: 0.417, state: 'shown', color: PALETTE.neutral, text: '41.7% of 12 completers' },
        { key: '2025-Q2', label: 'Q2 2025', value: null, state: 'suppressed', color: PALETTE.neutral, text: 'suppressed for privacy' },
        {
          key: '2025-Q4',
          label: 'Q4 2025',
          value: null,
          state: 'window_open',
          color: PALETTE.neutral,
          text: 'cannot be computed until 29 Jun 2026',
        },
      ],
    },
    options,
  );

  it('draws shown rates as bars, suppressed ones hatched, open windows as a dashed outline', () => {
    const filled = marks(p).find((m) => (m.data as { key: string }[] | undefined)?.[0]?.key === '2025-Q1' && m.fill === undefined)!;
    expect((filled.data as { value: number }[]).map((r) => r.value)).toEqual([0.417]);
    expect((hatched(p)[0].data as { key: string }[]).map((r) => r.key)).toEqual(['2025-Q2']);
    const outline = marks(p).find((m) => m.strokeDasharray === '4 3')!;
    expect((outline.data as { key: string }[]).map((r) => r.key)).toEqual(['2025-Q4']);
  });

  it("puts rates on 0–100 % and prints every row's text, denominators included", () => {
    expect(p.x).toMatchObject({ domain: [0, 1] });
    const texts = marks(p)
      .flatMap((m) => (m.data as { text?: string }[] | undefined)?.map((r) => r.text) ?? [])
      .filter(Boolean);
    expect(texts).toContain('41.7% of 12 completers');
    expect(texts).toContain('cannot be computed until 29 Jun 2026');
  });

  it('moves long labels above the bars so they are not cut on a phone', () => {
    const long = barsPlot(
      { unit: 'count', rows: [{ key: 'a', label: 'Industri logam dasar', value: 3, state: 'shown', color: PALETTE.demand, text: '3' }] },
      options,
    );
    expect(long.y).toMatchObject({ axis: null });
    expect(long.marginLeft).toBe(12);
  });
});

describe('a suppressed value is drawn at the baseline, never at a value on the axis', () => {
  const svg = (p: Plot.PlotOptions) => renderSvg(p, { id: 't', title: 't', description: 'd' });
  const attrs = (markup: string, cls: string, tag: string) =>
    [...markup.matchAll(new RegExp(`<g[^>]*class="${cls}"[^>]*>([\\s\\S]*?)</g>`, 'g'))]
      .flatMap((g) => [...g[1].matchAll(new RegExp(`<${tag} ([^>]*)/?>`, 'g'))])
      .map((m) => Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], Number(a[2])])));

  it('bars: a 10 px hatched box starting at zero, its "<5" beside it', () => {
    const markup = svg(
      barsPlot(
        {
          unit: 'count',
          rows: [
            { key: 'a', label: 'A', value: 300, state: 'shown', color: PALETTE.demand, text: '300' },
            { key: 'b', label: 'B', value: null, state: 'suppressed', color: PALETTE.demand, text: '<5' },
          ],
        },
        options,
      ),
    );
    const [zero] = attrs(markup, 'baseline', 'line');
    expect(attrs(markup, 'suppressed-mark', 'rect')).toEqual([expect.objectContaining({ x: zero.x1, width: 10 })]);
    expect(markup).toContain('>&lt;5</text>');
    expect(markup).not.toContain('NaN');
  });

  it('trends: the hatched marker sits on the zero line, labelled "<5"', () => {
    const markup = svg(
      trendPlot(
        {
          periods: ['2025-Q1', '2025-Q2'],
          unit: 'count',
          series: [{ key: 'completed', label: 'C', color: PALETTE.completed, cells: [ok(120), hidden] }],
        },
        options,
      ),
    );
    const [zero] = attrs(markup, 'baseline', 'line');
    const [marker] = attrs(markup, 'suppressed-mark', 'circle');
    expect(marker.cy).toBe(zero.y1);
    expect(markup).toContain('>&lt;5</text>');
  });

  it('the gap chart: the hatched box starts at zero whatever the scale', () => {
    const markup = svg(
      gapPlot([{ code: '7212', label: 'Welders', demand: ok(3000), completed: ok(35), certified: hidden }], {
        ...options,
        showDemand: true,
      }),
    );
    const [zero] = attrs(markup, 'baseline', 'line');
    expect(attrs(markup, 'suppressed-mark', 'rect')).toEqual([expect.objectContaining({ x: zero.x1, width: 10 })]);
  });
});

describe('map classes', () => {
  it('splits shown values into four equal classes of the map palette', () => {
    const classes = mapClasses([1, 2, 3, 5]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(classColor(classes, 1)).toBe(MAP_COLORS[0]);
    expect(classColor(classes, 4.5)).toBe(MAP_COLORS[3]);
  });
  it('classes are half-open at one decimal, as the legend prints them: a bound belongs to the class above', () => {
    const classes = mapClasses([1.92, 2.5, 2.98]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1.9, 2.2],
      [2.2, 2.5],
      [2.5, 2.7],
      [2.7, 3],
    ]);
    expect(classColor(classes, 2.2)).toBe(MAP_COLORS[1]);
    expect(classColor(classes, 2.17)).toBe(MAP_COLORS[1]);
    expect(classColor(classes, 2.14)).toBe(MAP_COLORS[0]);
    expect(classColor(classes, 3)).toBe(MAP_COLORS[3]);
  });

  it('has no classes without values, one when all are equal', () => {
    expect(mapClasses([])).toEqual([]);
    expect(mapClasses([2, 2])).toHaveLength(1);
  });
});
