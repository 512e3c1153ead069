// The numbers of one chart as CSV.
import type { APIContext } from 'astro';
import { chartCsvResponse, chartPaths } from '../../../site/endpoints.ts';

export const getStaticPaths = () => chartPaths('id');

export function GET({ params }: APIContext): Response {
  return chartCsvResponse('id', String(params.chart));
}
