// Shared bodies of the per-chart file endpoints (CSV and standalone SVG), for both languages.
import { allFigures, figureById } from './figures/index.ts';
import { figureCsv } from './figures/figure.ts';
import { figureStandaloneSvg } from './figures/present.ts';
import type { Lang } from './i18n/index.ts';

export function chartPaths(lang: Lang) {
  return allFigures(lang).map((f) => ({ params: { chart: f.id } }));
}

export function chartCsvResponse(lang: Lang, chart: string): Response {
  return new Response(figureCsv(figureById(lang, chart)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function chartSvgResponse(lang: Lang, chart: string, at: { site: string; base: string }): Response {
  return new Response(figureStandaloneSvg(figureById(lang, chart), at), { headers: { 'Content-Type': 'image/svg+xml' } });
}
