// Every URL of the site in one place. URLs are built from slugs that never change; each page
// exists in both languages, so the language switch and hreflang map a page to its twin.
//   /                          /en/
//   /pekerjaan/                /en/occupations/
//   /pekerjaan/<slug>/         /en/occupations/<slug>/
//   /pekerjaan/<slug>/cetak/   /en/occupations/<slug>/print/    one occupation's printable A4 brief
//   /kecamatan/                /en/kecamatan/
//   /kecamatan/<slug>/         /en/kecamatan/<slug>/
//   /metodologi/               /en/methodology/
//   /data/                     /en/data/
//   /embed/<chart-id>/         /en/embed/<chart-id>/
//   /data/grafik/<chart-id>.csv|svg   /en/data/charts/<chart-id>.csv|svg
//   /rilis/                    /en/releases/                    every release
//   /rilis/<as-of>/            /en/releases/<as-of>/            one release, its overview charts
//   /embed/rilis/<as-of>/<chart-id>/   /en/embed/releases/<as-of>/<chart-id>/   a chart pinned to a release
//   /data/grafik/rilis/<as-of>/<chart-id>.csv|svg   /en/data/charts/releases/<as-of>/<chart-id>.csv|svg
//   /perubahan/                /en/changes/                     what changed since the previous release
//   /memperbarui-data/         /en/updating-the-data/           how the data team updates the data
// Language-neutral files: /data/facts.csv, /data/facts-excel-id.csv, /data/datapackage.json,
// and a release's /data/rilis/<as-of>/facts.csv and meta.json.
import type { Lang } from './i18n/lang.ts';

export type PageRef =
  | { kind: 'overview' }
  | { kind: 'occupations' }
  | { kind: 'occupation'; slug: string }
  /** One occupation's one-page A4 brief, for meetings where people read paper. */
  | { kind: 'occupationPrint'; slug: string }
  | { kind: 'kecamatanList' }
  | { kind: 'kecamatan'; slug: string }
  | { kind: 'methodology' }
  | { kind: 'data' }
  /** A chart for iframes: the live one, or pinned to the release of that as-of date. */
  | { kind: 'embed'; chart: string; release?: string }
  | { kind: 'releases' }
  | { kind: 'release'; release: string }
  | { kind: 'changes' }
  | { kind: 'updating' };

/** The words of a language's paths. A language is one row of `SEGMENTS` (and its strings in i18n/). */
interface Segments {
  /** Where the language's pages start: Indonesian at the root, English under /en/. */
  root: string;
  occupation: string;
  kecamatan: string;
  methodology: string;
  data: string;
  embed: string;
  charts: string;
  releases: string;
  changes: string;
  updating: string;
  print: string;
}

const SEGMENTS: Record<Lang, Segments> = {
  id: {
    root: '/',
    occupation: 'pekerjaan',
    kecamatan: 'kecamatan',
    methodology: 'metodologi',
    data: 'data',
    embed: 'embed',
    charts: 'data/grafik',
    releases: 'rilis',
    changes: 'perubahan',
    updating: 'memperbarui-data',
    print: 'cetak',
  },
  en: {
    root: '/en/',
    occupation: 'occupations',
    kecamatan: 'kecamatan',
    methodology: 'methodology',
    data: 'data',
    embed: 'embed',
    charts: 'data/charts',
    releases: 'releases',
    changes: 'changes',
    updating: 'updating-the-data',
    print: 'print',
  },
};

/** What the table needs to list a kind's entries; the catch-all routes pass it in (route-paths.ts). */
export interface Catalog {
  /** Slugs, in the reference's order. */
  occupations: readonly string[];
  kecamatan: readonly string[];
  /** Kept releases by as-of date, oldest first. */
  releases: readonly string[];
  /** The ids of every chart of the live data, or of one release. */
  charts(lang: Lang, release?: string): readonly string[];
}

export type PageKind = PageRef['kind'];
export type PageOf<K extends PageKind> = Extract<PageRef, { kind: K }>;

interface Route<K extends PageKind> {
  /** The path after the language's root, ending in a slash ('' for the home page). */
  path(s: Segments, page: PageOf<K>): string;
  /** Every page of this kind in one language. */
  entries(c: Catalog, lang: Lang): PageOf<K>[];
  /** Listed in the sitemap (embeds are not: they are noindex). */
  indexed: boolean;
}

/**
 * The route table: every kind of page, its path in each language (from `SEGMENTS`) and how to list its
 * entries. The catch-all routes under src/pages/ render what it lists, every link is made from it, and
 * the sitemap lists the indexed kinds in this order. A new kind of page is one row here and a case in
 * the catch-all route that renders it.
 */
export const ROUTES: { [K in PageKind]: Route<K> } = {
  overview: { path: () => '', entries: () => [{ kind: 'overview' }], indexed: true },
  occupations: { path: (s) => `${s.occupation}/`, entries: () => [{ kind: 'occupations' }], indexed: true },
  occupation: {
    path: (s, p) => `${s.occupation}/${p.slug}/`,
    entries: (c) => c.occupations.map((slug) => ({ kind: 'occupation', slug })),
    indexed: true,
  },
  kecamatanList: { path: (s) => `${s.kecamatan}/`, entries: () => [{ kind: 'kecamatanList' }], indexed: true },
  kecamatan: {
    path: (s, p) => `${s.kecamatan}/${p.slug}/`,
    entries: (c) => c.kecamatan.map((slug) => ({ kind: 'kecamatan', slug })),
    indexed: true,
  },
  methodology: { path: (s) => `${s.methodology}/`, entries: () => [{ kind: 'methodology' }], indexed: true },
  data: { path: (s) => `${s.data}/`, entries: () => [{ kind: 'data' }], indexed: true },
  releases: { path: (s) => `${s.releases}/`, entries: () => [{ kind: 'releases' }], indexed: true },
  release: {
    path: (s, p) => `${s.releases}/${p.release}/`,
    entries: (c) => c.releases.map((release) => ({ kind: 'release', release })),
    indexed: true,
  },
  changes: { path: (s) => `${s.changes}/`, entries: () => [{ kind: 'changes' }], indexed: true },
  updating: { path: (s) => `${s.updating}/`, entries: () => [{ kind: 'updating' }], indexed: true },
  occupationPrint: {
    path: (s, p) => `${s.occupation}/${p.slug}/${s.print}/`,
    entries: (c) => c.occupations.map((slug) => ({ kind: 'occupationPrint', slug })),
    indexed: true,
  },
  embed: {
    path: (s, p) => `${s.embed}/${p.release ? `${s.releases}/${p.release}/` : ''}${p.chart}/`,
    entries: (c, lang) => [
      ...c.charts(lang).map((chart) => ({ kind: 'embed' as const, chart })),
      ...c.releases.flatMap((release) => c.charts(lang, release).map((chart) => ({ kind: 'embed' as const, chart, release }))),
    ],
    indexed: false,
  },
};

/** Every page of the given kinds in one language, in the table's order. */
export function pagesOf(kinds: readonly PageKind[], catalog: Catalog, lang: Lang): PageRef[] {
  return kinds.flatMap((kind): PageRef[] => ROUTES[kind].entries(catalog, lang));
}

/** The kinds the sitemap lists, in the table's order. */
export const INDEXED_KINDS = (Object.keys(ROUTES) as PageKind[]).filter((kind) => ROUTES[kind].indexed);

/** A page's path without the site's base, with a trailing slash. */
export function pagePath(lang: Lang, page: PageRef): string {
  const route = ROUTES[page.kind] as Route<PageKind>;
  return `${SEGMENTS[lang].root}${route.path(SEGMENTS[lang], page)}`;
}

/** A page's social preview (og:image, 1200×630 PNG), beside the page: `/pekerjaan/<slug>/preview.png`. */
export function previewImagePath(lang: Lang, page: PageRef): string {
  return `${pagePath(lang, page)}preview.png`;
}

/** A chart's own files: its data as CSV and the chart with title and source as standalone SVG (of a release: its numbers). */
export function chartFilePath(lang: Lang, chart: string, ext: 'csv' | 'svg', release?: string): string {
  const s = SEGMENTS[lang];
  return `${s.root}${s.charts}/${release ? `${s.releases}/${release}/` : ''}${chart}.${ext}`;
}

/** A release's files as published, language-neutral: `/data/rilis/<as-of>/facts.csv`. */
export function releaseFilePath(release: string, file: 'facts.csv' | 'meta.json'): string {
  return `/data/${SEGMENTS.id.releases}/${release}/${file}`;
}

export const DATA_FILES = {
  facts: '/data/facts.csv',
  excel: '/data/facts-excel-id.csv',
  datapackage: '/data/datapackage.json',
  /** The data team's documents and templates (documents.ts). */
  documents: '/data/dokumen/',
} as const;

/** The site's own files, language-neutral. */
export const SITE_FILES = {
  favicon: '/favicon.svg',
  sitemap: '/sitemap.xml',
} as const;

/** Prefix a site path with the configured base (`/` or `/repo/`). */
export function withBase(path: string, base: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** Absolute URL for canonical links, sitemaps, citations and embed codes. */
export function absoluteUrl(path: string, site: string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** A chart's numbers for Excel set to Indonesian, beside its CSV: `/data/grafik/[rilis/<release>/]<chart>-excel-id.csv`. */
export function chartExcelPath(chart: string, release?: string): string {
  return chartFilePath('id', chart, 'csv', release).replace(/\.csv$/, '-excel-id.csv');
}
