// Every live chart's files: its numbers as CSV, the chart as a standalone SVG and, in Indonesian, its
// numbers for Excel set to Indonesian. The URLs come from the route table (src/site/routes.ts).
import type { APIContext } from 'astro';
import { fileResponse } from '../site/endpoints.ts';
import type { FileProps } from '../site/route-paths.ts';
import { chartFileRoutes } from '../site/route-paths.ts';

export const getStaticPaths = () => chartFileRoutes('chartFile');

export function GET({ props, site }: APIContext<FileProps>): Response {
  return fileResponse(props, { site: site?.href ?? 'http://localhost/', base: import.meta.env.BASE_URL });
}
