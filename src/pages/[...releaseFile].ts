// Every kept release's files: its facts.csv and meta.json byte for byte as published, and the files
// of the charts on its page. Every entry carries its `release` in its props.
import type { APIContext } from 'astro';
import { fileResponse } from '../site/endpoints.ts';
import type { FileProps } from '../site/route-paths.ts';
import { releaseFileRoutes } from '../site/route-paths.ts';

export const getStaticPaths = () => releaseFileRoutes('releaseFile');

export function GET({ props, site }: APIContext<FileProps>): Response {
  return fileResponse(props, { site: site?.href ?? 'http://localhost/', base: import.meta.env.BASE_URL });
}
