// The numbers of one chart of a release's page for Excel set to Indonesian (BOM, semicolons, decimal commas, Indonesian headers).
import type { APIContext } from 'astro';
import { releaseChartPaths } from '../../../../../site/endpoints.ts';
import { figureCsvExcelId } from '../../../../../site/figures/excel.ts';
import { figureById } from '../../../../../site/figures/index.ts';

export const getStaticPaths = () => releaseChartPaths('id');

export function GET({ params }: APIContext): Response {
  return new Response(figureCsvExcelId(figureById('id', String(params.chart), String(params.release))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
