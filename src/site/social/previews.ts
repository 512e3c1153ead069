// A page's social preview (og:image) from what the page is made of: its summary (title, heading,
// description, first chart; page-summary.ts) and the chart's SVG exactly as the page embeds it. A page
// without a chart (methodology, data, lists) shows the overview's main chart in its language.
import { availableParallelism } from 'node:os';
import { siteData } from '../facts.ts';
import type { FigureModel } from '../figures/index.ts';
import { presentFigure, type SiteLocation } from '../figures/present.ts';
import { t, type Lang } from '../i18n/index.ts';
import { pageSummary } from '../page-summary.ts';
import type { PageRef } from '../routes.ts';
import { absoluteUrl, pagePath } from '../routes.ts';
import { socialPreviewSvg, type PreviewParts } from './compose.ts';
import { svgToPngAsync } from './png.ts';

/** Where the site is served from: its origin and base path. */

// Text as a page shows it on one line: the preview wraps it itself.
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function chartOf(f: FigureModel, at: SiteLocation): PreviewParts['chart'] {
  return { title: squash(f.title), svg: presentFigure(f, at).svg };
}

export function previewParts(lang: Lang, page: PageRef, at: SiteLocation): PreviewParts {
  const s = t(lang);
  const summary = pageSummary(lang, page);
  const chart = summary.chart ?? pageSummary(lang, { kind: 'overview' }).chart;
  return {
    siteName: s.siteName,
    heading: squash(summary.heading),
    description: squash(summary.description ?? s.tagline),
    url: absoluteUrl(pagePath(lang, page), at.site, at.base),
    chart: chart ? chartOf(chart, at) : null,
    sampleNote: siteData().meta.sample ? s.figure.sampleNote : undefined,
  };
}

export async function previewPng(lang: Lang, page: PageRef, at: SiteLocation): Promise<Buffer> {
  return svgToPngAsync(socialPreviewSvg(previewParts(lang, page, at)));
}

/**
 * The previews of `pages`, rendered ahead: Astro asks an endpoint for one file at a time, and a PNG
 * renders on libuv's thread pool, so the first request starts them all, as many at once as there are
 * cores, and each request then takes its own. One at a time, the sample's 116 previews took about
 * twice as long on 2 cores.
 */
export function previewsAhead(
  pages: readonly { lang: Lang; page: PageRef }[],
  at: SiteLocation,
): (lang: Lang, page: PageRef) => Promise<Buffer> {
  const key = (lang: Lang, page: PageRef) => `${lang} ${pagePath(lang, page)}`;
  const started = new Map<string, Promise<Buffer>>();
  let next = 0;
  const startNext = (): void => {
    const item = pages[next++];
    if (!item) return;
    const png = previewPng(item.lang, item.page, at);
    started.set(key(item.lang, item.page), png);
    png.then(startNext, startNext);
  };
  for (let i = 0; i < availableParallelism(); i++) startNext();
  return (lang, page) => {
    const png = started.get(key(lang, page));
    started.delete(key(lang, page));
    return png ?? previewPng(lang, page, at);
  };
}
