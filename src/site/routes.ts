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

interface Segments { occupation: string; kecamatan: string; methodology: string; data: string; embed: string; charts: string; releases: string; changes: string; updating: string; print: string }

const SEGMENTS: Record<Lang, Segments> = {
  id: {
    occupation: 'pekerjaan', kecamatan: 'kecamatan', methodology: 'metodologi', data: 'data', embed: 'embed', charts: 'data/grafik',
    releases: 'rilis', changes: 'perubahan', updating: 'memperbarui-data', print: 'cetak',
  },
  en: {
    occupation: 'occupations', kecamatan: 'kecamatan', methodology: 'methodology', data: 'data', embed: 'embed', charts: 'data/charts',
    releases: 'releases', changes: 'changes', updating: 'updating-the-data', print: 'print',
  },
};

function prefix(lang: Lang): string {
  return lang === 'id' ? '/' : '/en/';
}

/** A page's path without the site's base, with a trailing slash. */
export function pagePath(lang: Lang, page: PageRef): string {
  const s = SEGMENTS[lang];
  switch (page.kind) {
    case 'overview': return prefix(lang);
    case 'occupations': return `${prefix(lang)}${s.occupation}/`;
    case 'kecamatanList': return `${prefix(lang)}${s.kecamatan}/`;
    case 'occupation': return `${prefix(lang)}${s.occupation}/${page.slug}/`;
    case 'occupationPrint': return `${prefix(lang)}${s.occupation}/${page.slug}/${s.print}/`;
    case 'kecamatan': return `${prefix(lang)}${s.kecamatan}/${page.slug}/`;
    case 'methodology': return `${prefix(lang)}${s.methodology}/`;
    case 'data': return `${prefix(lang)}${s.data}/`;
    case 'embed': return `${prefix(lang)}${s.embed}/${page.release ? `${s.releases}/${page.release}/` : ''}${page.chart}/`;
    case 'releases': return `${prefix(lang)}${s.releases}/`;
    case 'release': return `${prefix(lang)}${s.releases}/${page.release}/`;
    case 'changes': return `${prefix(lang)}${s.changes}/`;
    case 'updating': return `${prefix(lang)}${s.updating}/`;
  }
}

/** A page's social preview (og:image, 1200×630 PNG), beside the page: `/pekerjaan/<slug>/preview.png`. */
export function previewImagePath(lang: Lang, page: PageRef): string {
  return `${pagePath(lang, page)}preview.png`;
}

/** A chart's own files: its data as CSV and the chart with title and source as standalone SVG (of a release: its numbers). */
export function chartFilePath(lang: Lang, chart: string, ext: 'csv' | 'svg', release?: string): string {
  const s = SEGMENTS[lang];
  return `${prefix(lang)}${s.charts}/${release ? `${s.releases}/${release}/` : ''}${chart}.${ext}`;
}

/** A release's files as published, language-neutral: `/data/rilis/<as-of>/facts.csv`. */
export function releaseFilePath(release: string, file: 'facts.csv' | 'meta.json'): string {
  return `/data/${SEGMENTS.id.releases}/${release}/${file}`;
}

export const DATA_FILES = {
  facts: '/data/facts.csv',
  excel: '/data/facts-excel-id.csv',
  datapackage: '/data/datapackage.json',
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
