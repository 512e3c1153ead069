// Every built file, read without a browser: each internal link, source, alternate, canonical URL,
// embed code, social preview and sitemap entry resolves to a file in the build, and fragments to an
// id on the target page. Exhaustive: every HTML page of dist/, found from the file tree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from './support/png.ts';
import { builtPages, site, textareaText } from './support/site.ts';
import type { BuiltPage } from './support/site.ts';
import { resolveStatic } from './support/static.ts';

interface ParsedPage extends BuiltPage {
  document: Document;
  ids: Set<string>;
  noindex: boolean;
}

const pages = new Map<string, ParsedPage>();
let origin = '';
let dist = '';

function parse(p: BuiltPage): ParsedPage {
  const { document } = parseHTML(readFileSync(p.file, 'utf8'));
  const ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
  const noindex = /noindex/.test(document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
  return { ...p, document: document as unknown as Document, ids, noindex };
}

beforeAll(() => {
  ({ origin, dist } = site());
  for (const p of builtPages()) pages.set(p.path, parse(p));
  pages.set('/404.html', parse({ path: '/404.html', file: path.join(dist, '404.html'), embed: false }));
});

/** Why a reference from `from` does not resolve in the build, or null when it does (or is external). */
function brokenReason(ref: string, from: string): string | null {
  let url: URL;
  try {
    url = new URL(ref, new URL(from, origin));
  } catch {
    return 'not a URL';
  }
  if (url.origin !== origin) return null;
  const resolved = resolveStatic(dist, url.pathname);
  if (resolved.kind === 'missing') return `no file for ${url.pathname}`;
  if (resolved.kind === 'redirect') return `${url.pathname} is a folder: the link needs a trailing slash`;
  if (url.hash && resolved.file.endsWith('.html')) {
    const target = pages.get(url.pathname);
    const id = decodeURIComponent(url.hash.slice(1));
    if (!target) return `${url.pathname} is not a parsed page`;
    if (!target.ids.has(id)) return `no element with id "${id}" on ${url.pathname}`;
  }
  return null;
}

/** Every reference a page makes to a URL: attributes, social meta, and the iframe in embed codes. */
function references(page: ParsedPage): { ref: string; where: string }[] {
  const d = page.document;
  const out: { ref: string; where: string }[] = [];
  const add = (selector: string, attr: string) => {
    for (const el of d.querySelectorAll(selector))
      out.push({ ref: el.getAttribute(attr)!, where: `<${el.tagName.toLowerCase()} ${attr}>` });
  };
  add('a[href]', 'href');
  add('link[href]', 'href');
  add('script[src]', 'src');
  add('img[src]', 'src');
  add('iframe[src]', 'src');
  add('source[src]', 'src');
  add('button[data-png]', 'data-png');
  add('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content');
  for (const code of d.querySelectorAll('textarea')) {
    for (const m of textareaText(code).matchAll(/<iframe src="([^"]+)"/g)) out.push({ ref: m[1], where: 'embed code' });
  }
  return out;
}

describe('internal links', () => {
  it('every page of the build is parsed (and there are pages in both languages)', () => {
    const paths = [...pages.keys()];
    expect(paths).toContain('/');
    expect(paths).toContain('/en/');
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(10);
  });

  it('every href, src, canonical, alternate, og:url/og:image and embed iframe resolves to a file (and anchors to ids)', () => {
    const broken: string[] = [];
    let checked = 0;
    let embedCodes = 0;
    for (const page of pages.values()) {
      for (const { ref, where } of references(page)) {
        checked++;
        if (where === 'embed code') embedCodes++;
        const reason = brokenReason(ref, page.path);
        if (reason) broken.push(`${page.path}: ${where} ${ref}: ${reason}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.size * 5);
    expect(embedCodes).toBeGreaterThan(100);
  });

  it('copy buttons point at an element of their page', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const button of page.document.querySelectorAll('[data-copy]')) {
        if (!page.ids.has(button.getAttribute('data-copy')!)) broken.push(`${page.path}: data-copy="${button.getAttribute('data-copy')}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every indexable page names itself as canonical, with hreflang alternates that name each other', () => {
    const problems: string[] = [];
    for (const page of pages.values()) {
      if (page.noindex || page.path === '/404.html') continue;
      const d = page.document;
      const canonical = d.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical !== new URL(page.path, origin).href) problems.push(`${page.path}: canonical ${canonical}`);
      const alternates = [...d.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (l) => [l.getAttribute('hreflang'), l.getAttribute('href')!] as const,
      );
      const lang = d.documentElement.getAttribute('lang');
      const self = alternates.find(([l]) => l === lang)?.[1];
      if (self !== canonical) problems.push(`${page.path}: its own hreflang ${lang} is ${self}`);
      for (const [hreflang, href] of alternates) {
        const twin = pages.get(new URL(href).pathname);
        const back =
          twin &&
          [...twin.document.querySelectorAll('link[rel="alternate"][hreflang]')]
            .find((l) => l.getAttribute('hreflang') === lang)
            ?.getAttribute('href');
        if (hreflang !== 'x-default' && back !== canonical) problems.push(`${page.path}: ${hreflang} twin ${href} does not link back`);
      }
    }
    expect(problems).toEqual([]);
  });
  it("every language switch points at the page's twin in the other language (its hreflang alternate)", () => {
    const problems: string[] = [];
    let switches = 0;
    for (const page of pages.values()) {
      if (page.path === '/404.html') continue;
      const link = page.document.querySelector('[data-language-switch]');
      if (!link) {
        problems.push(`${page.path}: no language switch`);
        continue;
      }
      switches++;
      const other = link.getAttribute('hreflang');
      const alternate = page.document.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href');
      const target = new URL(link.getAttribute('href')!, new URL(page.path, origin)).href;
      if (!alternate || target !== alternate) problems.push(`${page.path}: switch to ${target}, alternate ${alternate}`);
    }
    expect(problems).toEqual([]);
    expect(switches).toBe(pages.size - 1);
  });
});

describe('sitemap, robots.txt and data package', () => {
  it('the sitemap lists exactly the indexable pages, each with resolving alternates', () => {
    const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const alternates = [...xml.matchAll(/<xhtml:link rel="alternate" hreflang="[^"]+" href="([^"]+)"\/>/g)].map((m) => m[1]);
    const indexable = [...pages.values()].filter((p) => !p.noindex && p.path !== '/404.html').map((p) => new URL(p.path, origin).href);
    expect([...locs].sort()).toEqual([...indexable].sort());
    expect(new Set(locs).size).toBe(locs.length);
    expect(alternates.length).toBe(locs.length * 2);
    expect(alternates.map((a) => brokenReason(a, '/')).filter(Boolean)).toEqual([]);
    expect(xml).not.toMatch(/\/embed\//);
  });

  it('robots.txt names the sitemap', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(new URL('/sitemap.xml', origin).href);
    expect(brokenReason(sitemap!, '/')).toBeNull();
  });

  it('datapackage.json points at files of the build', () => {
    const pkg = JSON.parse(readFileSync(path.join(dist, 'data/datapackage.json'), 'utf8'));
    const refs: string[] = [pkg.homepage, ...pkg.resources.map((r: { path: string }) => r.path)];
    expect(refs.map((r) => brokenReason(r, '/data/')).filter(Boolean)).toEqual([]);
  });
});

describe('social previews', () => {
  it('every indexable page has an og:image that is a 1200×630 PNG, with title, description, URL and card', () => {
    const problems: string[] = [];
    let previews = 0;
    for (const page of pages.values()) {
      if (page.noindex || page.path === '/404.html') continue;
      const meta = (key: string) =>
        page.document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      const image = meta('og:image');
      const resolved = image.startsWith(origin) ? resolveStatic(dist, new URL(image).pathname) : { kind: 'missing' as const };
      if (resolved.kind !== 'file') {
        problems.push(`${page.path}: og:image ${image} is not a file of the site`);
        continue;
      }
      const size = pngSize(readFileSync(resolved.file));
      if (size?.width !== 1200 || size.height !== 630)
        problems.push(`${page.path}: ${image} is ${JSON.stringify(size)}, not a 1200×630 PNG`);
      else previews++;
      if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630') problems.push(`${page.path}: og:image:width/height`);
      if (meta('og:url') !== new URL(page.path, origin).href) problems.push(`${page.path}: og:url ${meta('og:url')}`);
      if (!meta('og:title') || !meta('og:description') || !meta('og:image:alt'))
        problems.push(`${page.path}: og:title/description/image:alt missing`);
      if (meta('twitter:card') !== 'summary_large_image') problems.push(`${page.path}: twitter:card ${meta('twitter:card')}`);
      const lang = page.document.documentElement.getAttribute('lang');
      if (!meta('og:locale').startsWith(`${lang}_`) || !meta('og:locale:alternate'))
        problems.push(`${page.path}: og:locale ${meta('og:locale')}`);
    }
    expect(problems).toEqual([]);
    expect(previews).toBeGreaterThanOrEqual(4);
  });

  it('embed pages and the 404 page name no preview', () => {
    const named = [...pages.values()].filter(
      (p) => (p.embed || p.path === '/404.html') && p.document.querySelector('meta[property="og:image"]'),
    );
    expect(named.map((p) => p.path)).toEqual([]);
  });
});

describe('figures in the HTML', () => {
  it('every figure has its chart as an accessible SVG, its numbers as a table in <details>, and its files', () => {
    const problems: string[] = [];
    let figures = 0;
    for (const page of pages.values()) {
      for (const figure of page.document.querySelectorAll('figure[data-chart]')) {
        figures++;
        const id = figure.getAttribute('data-chart')!;
        const where = `${page.path}#${id}`;
        const svg = figure.querySelector('[data-part="chart"] svg:is([role="img"], [role="graphics-document"])');
        const text = (ids: string | null | undefined) =>
          (ids ?? '')
            .split(/\s+/)
            .map((i) => page.document.getElementById(i)?.textContent ?? '')
            .join(' ')
            .trim();
        if (figure.getAttribute('id') !== id) problems.push(`${where}: id differs from data-chart`);
        if (!svg) problems.push(`${where}: no svg[role=img]`);
        else if (!text(svg.getAttribute('aria-labelledby')) || !text(svg.getAttribute('aria-describedby')))
          problems.push(`${where}: svg without name or description`);
        if (!figure.querySelector('details[data-part="table"] table tbody tr')) problems.push(`${where}: no table with rows in <details>`);
        if (page.embed) {
          if (!figure.querySelector('[data-part="backlink"]')) problems.push(`${where}: embed without link back`);
          continue;
        }
        for (const action of ['permalink', 'svg', 'csv', 'png', 'embed', 'cite']) {
          if (!figure.querySelector(`[data-action="${action}"]`)) problems.push(`${where}: no ${action} action`);
        }
        const textarea = figure.querySelector('[data-action="embed"] textarea');
        const embedSrc = /<iframe src="([^"]+)"/.exec(textarea ? textareaText(textarea) : '')?.[1];
        const embedPath = embedSrc ? new URL(embedSrc).pathname : '';
        if (!pages.get(embedPath)?.document.querySelector(`figure[data-chart="${id}"]`))
          problems.push(`${where}: embed code ${embedSrc} does not show this chart`);
      }
    }
    expect(problems).toEqual([]);
    expect(figures).toBeGreaterThan(100);
  });
});
