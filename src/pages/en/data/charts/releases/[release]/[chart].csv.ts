// The numbers of one chart of a release's page as CSV.
import type { APIContext } from 'astro';
import { chartCsvResponse, releaseChartPaths } from '../../../../../../site/endpoints.ts';

export const getStaticPaths = () => releaseChartPaths('en');

export function GET({ params }: APIContext): Response {
  return chartCsvResponse('en', String(params.chart), String(params.release));
}
