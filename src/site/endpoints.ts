// Shared body of the file endpoints, for both languages, for the live charts and for each release:
// a chart's CSV, standalone SVG and Indonesian Excel CSV, and a release's own facts.csv and meta.json.
import { figureCsvExcelId } from './figures/excel.ts';
import { figureCsv } from './figures/figure.ts';
import { figureById } from './figures/index.ts';
import { figureStandaloneSvg } from './figures/present.ts';
import { siteRelease } from './releases.ts';
import type { FileProps } from './route-paths.ts';

const CSV = { 'Content-Type': 'text/csv; charset=utf-8' };

export function fileResponse({ lang, file, release }: FileProps, at: { site: string; base: string }): Response {
  if ('release' in file) {
    if (release === undefined) throw new Error(`a release's ${file.release} without its release`);
    const type = file.release === 'facts.csv' ? CSV : { 'Content-Type': 'application/json' };
    return new Response(siteRelease(release).files[file.release], { headers: type });
  }
  const figure = figureById(lang, file.chart, release);
  switch (file.format) {
    case 'csv':
      return new Response(figureCsv(figure), { headers: CSV });
    case 'excel':
      return new Response(figureCsvExcelId(figure), { headers: CSV });
    case 'svg':
      return new Response(figureStandaloneSvg(figure, at), { headers: { 'Content-Type': 'image/svg+xml' } });
  }
}
