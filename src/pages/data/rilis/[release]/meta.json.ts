// A release's meta.json, byte for byte as it was published and kept in data/releases/.
import type { APIContext } from 'astro';
import { siteRelease } from '../../../../site/releases.ts';
import { releasesToRender } from '../../../../site/releases/cache.ts';

export const getStaticPaths = () => releasesToRender().map((r) => ({ params: { release: r.asOf } }));

export function GET({ params }: APIContext): Response {
  return new Response(siteRelease(String(params.release)).files['meta.json'], { headers: { 'Content-Type': 'application/json' } });
}
