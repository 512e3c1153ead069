// Shared bodies of the per-chart file endpoints (CSV and standalone SVG), for both languages, for the
// live charts and for the charts on each release's page.
import { allFigures, figureById, figuresOn } from './figures/index.ts';
import { figureCsv } from './figures/figure.ts';
import { figureStandaloneSvg } from './figures/present.ts';
import type { Lang } from './i18n/index.ts';
import { releasesToRender } from './releases/cache.ts';

export function chartPaths(lang: Lang) {
  return allFigures(lang).map((f) => ({ params: { chart: f.id } }));
}

/** The charts of every release page this build renders (releases/cache.ts): `{ release, chart }`. */
export function releaseChartPaths(lang: Lang) {
  return releasesToRender().flatMap((r) => figuresOn(lang, { kind: 'release', release: r.asOf }).map((f) => ({ params: { release: r.asOf, chart: f.id } })));
}

export function chartCsvResponse(lang: Lang, chart: string, release?: string): Response {
  return new Response(figureCsv(figureById(lang, chart, release)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function chartSvgResponse(lang: Lang, chart: string, at: { site: string; base: string }, release?: string): Response {
  return new Response(figureStandaloneSvg(figureById(lang, chart, release), at), { headers: { 'Content-Type': 'image/svg+xml' } });
}
