import type { APIContext } from 'astro';
import { siteData } from '../site/facts.ts';
import { siteReleases } from '../site/releases.ts';
import { sitemapXml } from '../site/sitemap.ts';

export function GET({ site }: APIContext): Response {
  return new Response(
    sitemapXml(
      siteData(),
      site?.href ?? 'http://localhost/',
      import.meta.env.BASE_URL,
      siteReleases().map((r) => r.asOf),
    ),
    { headers: { 'Content-Type': 'application/xml' } },
  );
}
