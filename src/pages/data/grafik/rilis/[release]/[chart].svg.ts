// One chart of a release's page as a standalone SVG with title, legend and source.
import type { APIContext } from 'astro';
import { chartSvgResponse, releaseChartPaths } from '../../../../../site/endpoints.ts';

export const getStaticPaths = () => releaseChartPaths('id');

export function GET({ params, site }: APIContext): Response {
  return chartSvgResponse('id', String(params.chart), { site: site?.href ?? 'http://localhost/', base: import.meta.env.BASE_URL }, String(params.release));
}
