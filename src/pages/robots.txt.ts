import type { APIContext } from 'astro';
import { SITE_FILES, absoluteUrl } from '../site/routes.ts';

export function GET({ site }: APIContext): Response {
  const sitemap = absoluteUrl(SITE_FILES.sitemap, site?.href ?? 'http://localhost/', import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain' } });
}
