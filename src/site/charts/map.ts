// The 8 kecamatan, shaded in four classes of one value (e.g. training graduates per 1,000 residents),
// each labelled with its name and value. Rings are clockwise as d3 expects: never rewound here.
import * as Plot from '@observablehq/plot';
import type { GeoPermissibleObjects } from 'd3';
import type { KecamatanFeature, KecamatanGeo } from '../facts.ts';
import type { PlotOptions } from '../render.ts';
import type { ChartOptions } from './model.ts';
import { CHART_WIDTH, FONT_SIZE } from './model.ts';

export interface MapArea {
  bps: string;
  name: string;
  value: number | null;
  state: 'shown' | 'suppressed' | 'missing';
  /** Printed under the name: the value, "<5" or "–". */
  text: string;
}

export interface MapClass {
  from: number;
  to: number;
  color: string;
}

/** Light to dark blue. Every area is outlined and labelled; labels are white only on the darkest class (≥ 4.5:1). */
export const MAP_COLORS = ['#DCE9F5', '#9CC3E4', '#4A8CC2', '#1F5A91'] as const;

/** Values are classed as the map prints them, to one decimal: a printed 2,2 is never in a class "below 2,2". */
const printed = (v: number) => Math.round(v * 10) / 10;

/**
 * Four equal-width classes over the shown values (a threshold legend, not a continuous one: no
 * canvas), half-open: each from its lower bound up to but not including its upper one, the last
 * including its upper bound. Bounds are at one decimal, as the legend prints them.
 */
export function mapClasses(values: readonly number[]): MapClass[] {
  if (values.length === 0) return [];
  const lo = printed(Math.min(...values));
  const hi = printed(Math.max(...values));
  if (lo === hi) return [{ from: lo, to: hi, color: MAP_COLORS[2] }];
  const step = (hi - lo) / MAP_COLORS.length;
  const bound = (i: number) => (i === 0 ? lo : i === MAP_COLORS.length ? hi : printed(lo + i * step));
  return MAP_COLORS.map((color, i) => ({ from: bound(i), to: bound(i + 1), color }));
}

export function classColor(classes: readonly MapClass[], value: number): string {
  const v = printed(value);
  return (classes.find((c, i) => v >= c.from && (v < c.to || i === classes.length - 1)) ?? classes[classes.length - 1]).color;
}

/** Label offsets (px) where two centroids nearly touch; kecamatan geography is fixed (docs/data-contract.md §6). */
const LABEL_NUDGE: Record<string, { dx: number; dy: number }> = {
  '3672030': { dx: -16, dy: -6 }, // Cilegon
  '3672040': { dx: 18, dy: 16 }, // Cibeber
};

const nudge = (f: KecamatanFeature) => LABEL_NUDGE[f.properties.kode_kecamatan_bps] ?? { dx: 0, dy: 0 };

/**
 * The outline of the kecamatan a page is about: dark orange, 4 px, on a 7 px white halo so it stands
 * out on every class of blue (5.0:1 against white, and the halo parts it from the darkest blue).
 */
export const MAP_HIGHLIGHT = '#C2410C';
/** Named in the SVG, so tests and styles find the outline; the description and legend say it in words. */
export const MAP_HIGHLIGHT_CLASS = 'map-highlight';

/** Two outlines of the one highlighted area (halo, then accent), drawn over the shading and under the labels. */
export function highlightMarks(geo: KecamatanGeo, bps: string | undefined): Plot.Markish[] {
  const features = geo.features.filter((f) => f.properties.kode_kecamatan_bps === bps);
  if (!features.length) return [];
  return [
    Plot.geo(features, { fill: 'none', stroke: 'white', strokeWidth: 7, ariaHidden: 'true' }),
    Plot.geo(features, { fill: 'none', stroke: MAP_HIGHLIGHT, strokeWidth: 4, ariaHidden: 'true', className: MAP_HIGHLIGHT_CLASS }),
  ];
}

/** `highlight`: the BPS code of the kecamatan the page is about, outlined in `MAP_HIGHLIGHT`. */
export function mapPlot(geo: KecamatanGeo, areas: readonly MapArea[], o: ChartOptions, highlight?: string): PlotOptions {
  const byCode = new Map(areas.map((a) => [a.bps, a]));
  const classes = mapClasses(areas.flatMap((a) => (a.state === 'shown' && a.value !== null ? [a.value] : [])));
  const fill = (f: KecamatanFeature) => {
    const a = byCode.get(f.properties.kode_kecamatan_bps);
    if (!a || a.state === 'missing' || a.value === null) return a?.state === 'suppressed' ? o.hatch : '#F2F2F2';
    return classColor(classes, a.value);
  };
  const dark = (f: KecamatanFeature) => {
    const a = byCode.get(f.properties.kode_kecamatan_bps);
    return a?.state === 'shown' && a.value !== null && MAP_COLORS.indexOf(classColor(classes, a.value) as (typeof MAP_COLORS)[number]) >= 3;
  };
  const label = (f: KecamatanFeature) => {
    const a = byCode.get(f.properties.kode_kecamatan_bps);
    return a ? `${a.name}\n${a.text}` : '';
  };
  const width = o.width ?? CHART_WIDTH;
  return {
    width,
    height: Math.round(width * 1.2),
    margin: 8,
    style: { fontSize: FONT_SIZE },
    projection: { type: 'mercator', domain: geo as unknown as GeoPermissibleObjects },
    marks: [
      Plot.geo(geo.features, { fill, stroke: '#333333', strokeWidth: 1 }),
      ...highlightMarks(geo, highlight),
      ...geo.features.map((feature) =>
        Plot.text(
          [feature],
          Plot.centroid({
            ...nudge(feature),
            text: label,
            fill: (f: KecamatanFeature) => (dark(f) ? 'white' : '#111111'),
            stroke: (f: KecamatanFeature) => (dark(f) ? '#1F5A91' : 'white'),
            strokeWidth: 3,
            paintOrder: 'stroke',
            lineHeight: 1.1,
            fontWeight: 600,
          }),
        ),
      ),
    ],
  };
}
