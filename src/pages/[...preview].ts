// The social preview (og:image, 1200×630 PNG) of every page that names one: beside the page, as
// `<page>/preview.png`, drawn from the page's summary and first chart (src/site/social/previews.ts).
import type { APIContext } from 'astro';
import type { PageProps } from '../site/route-paths.ts';
import { previewRoutes } from '../site/route-paths.ts';
import { INDEXED_KINDS } from '../site/routes.ts';
import { previewsAhead } from '../site/social/previews.ts';

export const getStaticPaths = () => previewRoutes('preview', INDEXED_KINDS);

let preview: ReturnType<typeof previewsAhead> | undefined;

export async function GET({ props, site }: APIContext<PageProps>): Promise<Response> {
  preview ??= previewsAhead(
    getStaticPaths().map((p) => p.props),
    { site: site?.href ?? 'http://localhost/', base: import.meta.env.BASE_URL },
  );
  const png = await preview(props.lang, props.page);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
