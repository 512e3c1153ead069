// The static paths of the catch-all routes under src/pages/, from the route table (routes.ts): each
// route lists its kinds of pages (or files) in every language, with the URL the links use as its rest
// parameter, so a route cannot build a page under another URL than the one its links point to.
// Everything of one release carries `release` in its props: a release's pages never change once it
// is published, and a caller can filter them out by that alone.
import { siteData } from './facts.ts';
import { allFigures, figuresOn } from './figures/index.ts';
import { LANGS, type Lang } from './i18n/index.ts';
import { releasesToRender } from './releases/cache.ts';
import type { Catalog, PageKind, PageRef } from './routes.ts';
import { chartExcelPath, chartFilePath, pagePath, pagesOf, previewImagePath, releaseFilePath } from './routes.ts';

export function siteCatalog(): Catalog {
  const { reference } = siteData();
  return {
    occupations: reference.occupations.map((o) => o.slug),
    kecamatan: reference.kecamatan.map((k) => k.slug),
    // Only the releases this build renders: a cached release's pages and charts are not even listed
    // (listing them draws every chart of the release).
    releases: releasesToRender().map((r) => r.asOf),
    charts: (lang, release) => allFigures(lang, release).map((f) => f.id),
  };
}

/** A site path as Astro's rest parameter: without its leading and trailing slashes; undefined for the root. */
export function restParam(path: string): string | undefined {
  return path.replace(/^\/+|\/+$/g, '') || undefined;
}

export interface PageProps {
  lang: Lang;
  page: PageRef;
  /** Set on the pages of one release (its page and its pinned embeds). */
  release?: string;
}

function releaseOf(page: PageRef): string | undefined {
  return page.kind === 'release' ? page.release : page.kind === 'embed' ? page.release : undefined;
}

/**
 * Leaves out what belongs to a release whose finished files the release page cache holds
 * (releases/cache.ts): the cache copies them into dist/ after the build.
 */
function withoutCachedReleases<T extends { props: { release?: string } }>(routes: T[]): T[] {
  const rendered = new Set(releasesToRender().map((r) => r.asOf));
  return routes.filter((route) => route.props.release === undefined || rendered.has(route.props.release));
}

/** `getStaticPaths` of a catch-all page route `[...<param>].astro` rendering the given kinds. */
export function pageRoutes(param: string, kinds: readonly PageKind[]) {
  const catalog = siteCatalog();
  return withoutCachedReleases(
    LANGS.flatMap((lang) =>
      pagesOf(kinds, catalog, lang).map((page) => ({
        params: { [param]: restParam(pagePath(lang, page)) },
        props: { lang, page, release: releaseOf(page) } satisfies PageProps,
      })),
    ),
  );
}

/** The social preview of every indexed page (the pages that name one in their head). */
export function previewRoutes(param: string, kinds: readonly PageKind[]) {
  const catalog = siteCatalog();
  return withoutCachedReleases(
    LANGS.flatMap((lang) =>
      pagesOf(kinds, catalog, lang).map((page) => ({
        params: { [param]: restParam(previewImagePath(lang, page)) },
        props: { lang, page, release: releaseOf(page) } satisfies PageProps,
      })),
    ),
  );
}

export type ChartFormat = 'csv' | 'svg' | 'excel';

export interface FileProps {
  lang: Lang;
  /** The chart, or for a release's own files, the file. */
  file: { chart: string; format: ChartFormat } | { release: 'facts.csv' | 'meta.json' };
  release?: string;
}

function chartFiles(lang: Lang, charts: readonly string[], release?: string) {
  const formats: ChartFormat[] = lang === 'id' ? ['csv', 'svg', 'excel'] : ['csv', 'svg'];
  return charts.flatMap((chart) =>
    formats.map((format) => ({
      path: format === 'excel' ? chartExcelPath(chart, release) : chartFilePath(lang, chart, format, release),
      props: { lang, file: { chart, format }, release } satisfies FileProps,
    })),
  );
}

/** `getStaticPaths` of the live charts' files: CSV and standalone SVG in each language, and the Indonesian Excel CSV. */
export function chartFileRoutes(param: string) {
  return LANGS.flatMap((lang) =>
    chartFiles(
      lang,
      allFigures(lang).map((f) => f.id),
    ),
  ).map(({ path, props }) => ({ params: { [param]: restParam(path) }, props }));
}

/** `getStaticPaths` of every release's files: its facts.csv and meta.json as kept, and the files of the charts on its page. */
export function releaseFileRoutes(param: string) {
  const releases = releasesToRender().map((r) => r.asOf);
  const own = releases.flatMap((release) =>
    (['facts.csv', 'meta.json'] as const).map((name) => ({
      path: releaseFilePath(release, name),
      props: { lang: 'id', file: { release: name }, release } satisfies FileProps,
    })),
  );
  const charts = LANGS.flatMap((lang) =>
    releases.flatMap((release) =>
      chartFiles(
        lang,
        figuresOn(lang, { kind: 'release', release }).map((f) => f.id),
        release,
      ),
    ),
  );
  return [...own, ...charts].map(({ path, props }) => ({ params: { [param]: restParam(path) }, props }));
}
