// After the build: a social preview PNG for every page whose head names one (og:image on this site),
// composed from what the built page shows (its heading, description, URL and first chart). A page
// without a chart (methodology, data, lists) shows the overview's main chart in its language.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HREFLANG, LANGS, t } from '../i18n/index.ts';
import { pagePath } from '../routes.ts';
import { socialPreviewSvg } from './compose.ts';
import type { PageSource } from './page.ts';
import { pageSource } from './page.ts';
import { svgToPngAsync } from './png.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Runs `task` over `items`, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function socialPreviews(): AstroIntegration {
  let siteRoot = '';
  return {
    name: 'lmc-social-previews',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteRoot = new URL(config.base, config.site ?? 'http://localhost/').href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        // Only pages that name a preview (embeds and the 404 do not) are worth parsing.
        const pages = htmlFiles(out).map((file) => readFileSync(file, 'utf8')).filter((html) => html.includes('property="og:image"')).map(pageSource);
        const byUrl = new Map(pages.map((p) => [p.url, p]));
        const wanted = pages.filter((p): p is PageSource & { image: string } => p.image !== null && p.image.startsWith(siteRoot));
        await eachLimited(wanted, availableParallelism(), async (p) => {
          const lang = LANGS.find((l) => HREFLANG[l] === p.lang);
          if (!lang) throw new Error(`social preview: ${p.url} has no known language ("${p.lang}")`);
          const overview = byUrl.get(new URL(pagePath(lang, { kind: 'overview' }).slice(1), siteRoot).href);
          const s = t(lang);
          const svg = socialPreviewSvg({
            siteName: s.siteName, heading: p.heading, description: p.description, url: p.url,
            chart: p.chart ?? overview?.chart ?? null,
            sampleNote: p.sample ? s.figure.sampleNote : undefined,
          });
          writeFileSync(path.join(out, decodeURIComponent(p.image.slice(siteRoot.length))), await svgToPngAsync(svg));
        });
        logger.info(`${wanted.length} social previews in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
