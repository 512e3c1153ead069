// One chart as a standalone SVG with title, legend and source.
import type { APIContext } from 'astro';
import { chartPaths, chartSvgResponse } from '../../../../site/endpoints.ts';

export const getStaticPaths = () => chartPaths('en');

export function GET({ params, site }: APIContext): Response {
  return chartSvgResponse('en', String(params.chart), { site: site?.href ?? 'http://localhost/', base: import.meta.env.BASE_URL });
}
