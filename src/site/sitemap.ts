// Every page of the site in both languages, with hreflang alternates (embed pages are left out: noindex).
import type { SiteData } from './facts.ts';
import { HREFLANG, LANGS } from './i18n/index.ts';
import type { Catalog, PageRef } from './routes.ts';
import { INDEXED_KINDS, absoluteUrl, pagePath, pagesOf } from './routes.ts';

/** The indexed pages of the route table, in its order (charts are not needed: embeds are not indexed). */
export function sitePages(site: SiteData, releases: readonly string[] = []): PageRef[] {
  const catalog: Catalog = {
    occupations: site.reference.occupations.map((o) => o.slug),
    kecamatan: site.reference.kecamatan.map((k) => k.slug),
    releases,
    charts: () => [],
  };
  return pagesOf(INDEXED_KINDS, catalog, 'id');
}

export function sitemapXml(site: SiteData, origin: string, base: string, releases: readonly string[] = []): string {
  const entries = sitePages(site, releases).flatMap((page) =>
    LANGS.map((lang) => {
      const lastmod = page.kind === 'release' ? page.release : site.meta.as_of;
      const alternates = LANGS.map(
        (l) => `    <xhtml:link rel="alternate" hreflang="${HREFLANG[l]}" href="${absoluteUrl(pagePath(l, page), origin, base)}"/>`,
      ).join('\n');
      return `  <url>\n    <loc>${absoluteUrl(pagePath(lang, page), origin, base)}</loc>\n    <lastmod>${lastmod}</lastmod>\n${alternates}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
