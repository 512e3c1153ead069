// What surrounds a chart wherever it appears: its source line, permalink, file URLs, embed code,
// citation and standalone SVG. Used by the Figure component, the embed page and the endpoints.
import { embedHeightAt, embedLayout } from '../embed-height.ts';
import { formatter } from '../format.ts';
import { t } from '../i18n/index.ts';
import { editionData, liveRelease } from '../releases.ts';
import { hatchPatternId } from '../render.ts';
import { absoluteUrl, chartExcelPath, chartFilePath, pagePath, withBase } from '../routes.ts';
import { standaloneSvg } from '../standalone.ts';
import type { FigureModel, Table } from './figure.ts';
import { figureTable } from './figure.ts';
import { figurePhoneSvg, figureSvg } from './index.ts';

export interface SiteLocation {
  /** Astro.site, e.g. https://example.org/ */
  site: string;
  /** import.meta.env.BASE_URL, e.g. / or /repo/ */
  base: string;
}

/** The message an embed page posts to its parent with its height; the embed code listens for it. */
export const EMBED_MESSAGE = 'lmc-embed-height';

/** The code a journalist pastes: the iframe, and a listener that sizes it to the height the embed page posts. */
function iframeCode(f: FigureModel, url: string, origin: string, source: string, sample: boolean): string {
  const s = t(f.lang);
  // Without its script (a CMS may strip it) the iframe keeps this height: the page's at 360 px.
  const height = embedHeightAt(
    embedLayout({
      banner: sample ? s.sampleBanner : undefined,
      title: f.title,
      subtitle: f.subtitle,
      legend: f.legend.map((l) => l.label),
      notes: f.notes,
      source,
      tableSummary: s.figure.table,
      backlink: s.figure.viewOnSite,
      language: s.switchTo,
      chartWidth: Number(f.plot.width ?? 400),
      chartHeight: Number(f.plot.height ?? 300),
      wide: f.wide,
      phoneChart: f.phonePlot && { width: Number(f.phonePlot.width), height: Number(f.phonePlot.height) },
    }),
  );
  return (
    `<iframe src="${url}" title="${s.figure.embedTitle(f.title).replace(/"/g, '&quot;')}" width="100%" height="${height}" style="border:0;width:100%;max-width:680px" loading="lazy" data-lmc-embed></iframe>\n` +
    `<script>addEventListener("message",function(e){if(e.origin!=="${origin}"||!e.data||e.data.type!=="${EMBED_MESSAGE}")return;` +
    `document.querySelectorAll("iframe[data-lmc-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})})</script>`
  );
}

/**
 * The release a figure's "pinned" embed shows: its own release, or for a live figure the release the
 * live data is — none when the live data is not kept as a release, or the chart needs vacancy details
 * a release does not keep.
 */
export function pinnedRelease(f: FigureModel): string | undefined {
  if (f.release !== undefined) return f.release;
  return f.demandDetails ? undefined : liveRelease();
}

/**
 * Charts link to pages by site path (a chart is drawn once, for page, embed and download alike): on the
 * page the path gets the base, in the downloaded SVG the whole address, so its links work anywhere.
 */
export function linkedSvg(svg: string, url: (path: string) => string): string {
  return svg.replace(/(<a\b[^>]*?\shref=")(\/[^"]*)"/g, (_, start: string, path: string) => `${start}${url(path)}"`);
}

/** Per table row, the page its name links to (with the base), or undefined. */
export function tableLinks(f: FigureModel, table: Table, base: string): (string | undefined)[] {
  return table.rows.map((row) => (f.rowLinks?.[row[0]] === undefined ? undefined : withBase(f.rowLinks[row[0]], base)));
}

export function presentFigure(f: FigureModel, at: SiteLocation) {
  const s = t(f.lang);
  const fmt = formatter(f.lang);
  const meta = editionData(f.release).meta;
  const asOf = fmt.date(meta.as_of);
  const pageUrl = absoluteUrl(pagePath(f.lang, f.page), at.site, at.base);
  const permalink = `${pageUrl}#${f.id}`;
  const embedUrl = absoluteUrl(pagePath(f.lang, { kind: 'embed', chart: f.id }), at.site, at.base);
  const names = [...f.sources.map((d) => s.figure.datasetSource[d]), s.figure.compiledBy].join('; ');
  const source = s.figure.source(names, asOf) + (meta.sample ? ` ${s.figure.sampleNote}` : '');
  const origin = new URL(at.site).origin;
  const embedCode = iframeCode(f, embedUrl, origin, source, meta.sample);
  const table = figureTable(f, s, fmt, meta.min_cell);
  const pinnedAsOf = pinnedRelease(f);
  const pinnedUrl = pinnedAsOf && absoluteUrl(pagePath(f.lang, { kind: 'embed', chart: f.id, release: pinnedAsOf }), at.site, at.base);
  const pinned =
    pinnedAsOf && pinnedUrl
      ? { release: pinnedAsOf, date: fmt.date(pinnedAsOf), url: pinnedUrl, code: iframeCode(f, pinnedUrl, origin, source, meta.sample) }
      : undefined;
  return {
    s,
    fmt,
    asOf,
    source,
    permalink,
    pageHref: withBase(pagePath(f.lang, f.page), at.base),
    embedUrl,
    embedCode,
    /** The same chart pinned to a release, offered first; undefined when there is none (see `pinnedRelease`). */
    pinned,
    /** Why there is no pinned version, when there is none. */
    pinnedMissing: pinned ? undefined : f.demandDetails ? s.releases.embed.noPinDetails : s.releases.embed.noPinNotKept,
    citation: s.figure.citation(f.title, asOf, permalink),
    csvHref: withBase(chartFilePath(f.lang, f.id, 'csv', f.release), at.base),
    /** The Indonesian charts' numbers for Excel set to Indonesian, too (live and pinned to a release). */
    excelHref: f.lang === 'id' ? withBase(chartExcelPath(f.id, f.release), at.base) : undefined,
    svgHref: withBase(chartFilePath(f.lang, f.id, 'svg', f.release), at.base),
    svg: linkedSvg(figureSvg(f), (path) => withBase(path, at.base)),
    /** The chart's phone layout, shown instead of `svg` on a narrow screen; undefined when it has none. */
    phoneSvg: f.phonePlot && linkedSvg(figurePhoneSvg(f)!, (path) => withBase(path, at.base)),
    table,
    tableLinks: tableLinks(f, table, at.base),
  };
}

export function figureStandaloneSvg(f: FigureModel, at: SiteLocation): string {
  const p = presentFigure(f, at);
  return standaloneSvg({
    title: f.title,
    subtitle: f.subtitle,
    legend: f.legend,
    notes: f.notes,
    source: p.source,
    url: p.permalink,
    chartSvg: linkedSvg(figureSvg(f), (path) => absoluteUrl(path, at.site, at.base)),
    chartWidth: Number(f.plot.width ?? 400),
    chartHeight: Number(f.plot.height ?? 300),
    hatchId: hatchPatternId(f.id),
  });
}
