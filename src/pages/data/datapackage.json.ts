// Frictionless Data Package describing facts.csv and its Excel copy (paths relative to this file).
import type { APIContext } from 'astro';
import { dataPackage } from '../../site/downloads.ts';
import { siteData } from '../../site/facts.ts';
import { absoluteUrl, pagePath } from '../../site/routes.ts';

export function GET({ site }: APIContext): Response {
  const home = absoluteUrl(pagePath('id', { kind: 'data' }), site?.href ?? 'http://localhost/', import.meta.env.BASE_URL);
  const body = dataPackage(siteData().meta, { home, facts: 'facts.csv', excel: 'facts-excel-id.csv' });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
