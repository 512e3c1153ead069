// A release's facts.csv, byte for byte as it was published and kept in data/releases/.
import type { APIContext } from 'astro';
import { siteRelease, siteReleases } from '../../../../site/releases.ts';

export const getStaticPaths = () => siteReleases().map((r) => ({ params: { release: r.asOf } }));

export function GET({ params }: APIContext): Response {
  return new Response(siteRelease(String(params.release)).files['facts.csv'], { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
