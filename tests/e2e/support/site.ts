// What the e2e test files share: the served site, its pages found in dist/, and Debian's Chromium.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { contentType, resolveStatic } from './static.ts';

export { launchChromium } from './chromium.ts';

export function site() {
  return inject('e2e');
}

export interface BuiltPage {
  /** The URL path, e.g. `/en/occupations/welders/`. */
  path: string;
  file: string;
  embed: boolean;
}

/** Every HTML page in the build (404.html aside), from the file tree: new pages are covered as they come. */
export function builtPages(dist = site().dist): BuiltPage[] {
  let pages = builtPagesOf.get(dist);
  if (!pages) builtPagesOf.set(dist, (pages = findPages(dist)));
  return pages;
}

/** The pages of each build folder, found once: a build does not change while its tests run. */
const builtPagesOf = new Map<string, BuiltPage[]>();

function findPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => {
      const rel = path.relative(dist, e.parentPath).split(path.sep).join('/');
      const urlPath = rel ? `/${rel}/` : '/';
      return { path: urlPath, file: path.join(e.parentPath, e.name), embed: /^\/(en\/)?embed\//.test(urlPath) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A browser context in which the site's own origin (absolute URLs in embed codes, canonical links)
 * is answered from dist/ as the test server would answer it, so nothing leaves this machine.
 */
export async function siteContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const { origin, dist } = site();
  const context = await browser.newContext(options);
  await context.route(`${origin}/**`, async (route) => {
    const target = new URL(route.request().url());
    const resolved = resolveStatic(dist, target.pathname);
    if (resolved.kind === 'file') return route.fulfill({ path: resolved.file, contentType: contentType(resolved.file) });
    if (resolved.kind === 'redirect') return route.fulfill({ status: 301, headers: { Location: new URL(resolved.location, origin).href } });
    return route.fulfill({ status: 404, path: path.join(dist, '404.html'), contentType: 'text/html' });
  });
  return context;
}

/** Console errors, uncaught exceptions and failed requests of a page, as readable lines. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  // ERR_ABORTED: a request cut short by leaving the page (the favicon, after 'load'), not a failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

const require = createRequire(import.meta.url);
/** axe-core as @axe-core/playwright ships it (the same engine and version). */
const AXE_SOURCE = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core on the page as loaded. AxeBuilder.analyze() took 2.4–4.4 s per content page here (it
 * injects axe into every frame and finishes in a new page); axe.run() took 0.3–0.65 s, which makes
 * every content page affordable. axe is put in only where it runs (it adds ~50–100 ms to a load).
 *
 * Rules whose impact axe fixes at minor or moderate are not run: every result of such a rule takes
 * that impact, so none of them could ever fail a test (only serious and critical ones do), and
 * they cost a third to a half of a run here (`hidden-content` and `region` visit every element).
 * Rules without a fixed impact take it from their checks and still run.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => {
    const axe = (
      window as unknown as {
        axe: {
          _audit: { rules: { id: string; impact?: string }[] };
          run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const harmless = axe._audit.rules.filter((r) => r.impact === 'minor' || r.impact === 'moderate');
    return axe.run(document, {
      resultTypes: ['violations'],
      rules: Object.fromEntries(harmless.map((r) => [r.id, { enabled: false }])),
    });
  });
  return result.violations;
}

/** The URL of a built page on the test server. */
export function pageUrl(urlPath: string): string {
  return new URL(urlPath.replace(/^\//, ''), site().url).href;
}

/** Serious and critical violations as readable lines (moderate and minor ones do not fail a test). */
export function seriousViolations(urlPath: string, violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${urlPath}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
}

export interface Visit<T> {
  path: string;
  /** The HTTP status, when it is not 200. */
  status: string[];
  /** Console errors, exceptions and failed requests while it loaded and was looked at. */
  errors: string[];
  /** What `gather` found on the loaded page. */
  found: T;
}

/**
 * Opens each path, in `tabs` reused tabs at once (a new tab costs a renderer process: 0.3–2.7 s
 * here; two tabs load embed pages 1.5× faster than one), and keeps what `gather` finds on each
 * loaded page with what went wrong loading it: several checks can then read one visit per page.
 */
export async function visitAll<T>(
  context: BrowserContext,
  paths: readonly string[],
  gather: (page: Page, path: string) => Promise<T>,
  tabs = 2,
): Promise<Visit<T>[]> {
  const visits: Visit<T>[] = new Array(paths.length);
  let next = 0;
  const tab = async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    while (next < paths.length) {
      const i = next++;
      const p = paths[i];
      errors.length = 0;
      const response = await page.goto(pageUrl(p), { waitUntil: 'load' });
      const status = response?.status() !== 200 ? [`${p}: HTTP ${response?.status()}`] : [];
      const found = await gather(page, p);
      visits[i] = { path: p, status, errors: errors.map((e) => `${p}: ${e}`), found };
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, tab));
  return visits;
}

/** A check's problems on each visited page, in the order visitEach reports them: status, check, errors. */
export function visitProblems<T>(visits: readonly Visit<T>[], check: (found: T, path: string) => string[]): string[] {
  return visits.flatMap((v) => [...v.status, ...check(v.found, v.path), ...v.errors]);
}

/**
 * Opens each path (as visitAll) and collects what goes wrong: HTTP status, console errors,
 * exceptions, failed requests, and what `check` reports for the loaded page.
 */
export async function visitEach(
  context: BrowserContext,
  paths: readonly string[],
  check: (page: Page, path: string) => Promise<string[]>,
  tabs = 2,
): Promise<string[]> {
  return visitProblems(await visitAll(context, paths, check, tabs), (found) => found);
}

/** The slugs of occupations and kecamatan, from their pages in the build. */
export function placeSlugs(): string[] {
  return builtPages()
    .map((p) => /^\/(?:pekerjaan|kecamatan)\/([^/]+)\/$/.exec(p.path)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort((a, b) => b.length - a.length);
}

/**
 * A page's kind: its path with each occupation's or kecamatan's slug and each release date as `*`
 * (`/en/occupations/*\/print/`, `/embed/rilis/*\/*-funnel/`, `/embed/kecamatan-*-map/`), for checks
 * that look at each kind of page rather than at every page. `slugs`: longest first (placeSlugs).
 */
export function pageKind(urlPath: string, slugs: readonly string[] = placeSlugs()): string {
  return urlPath
    .split('/')
    .map((part) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(part)) return '*';
      const slug = slugs.find((s) => part === s || part.startsWith(`${s}-`) || part.endsWith(`-${s}`) || part.includes(`-${s}-`));
      return slug ? `-${part}-`.replace(`-${slug}-`, '-*-').slice(1, -1) : part;
    })
    .join('/');
}

/** The first `each` pages of each kind, in the order given. */
export function firstOfEachKind(paths: readonly string[], each = 1): string[] {
  const slugs = placeSlugs();
  const seen = new Map<string, number>();
  return paths.filter((p) => {
    const kind = pageKind(p, slugs);
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    return n < each;
  });
}

/** A textarea's text in a page parsed with linkedom, which leaves its character references encoded. */
export function textareaText(el: Element): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
  return (el.textContent ?? '').replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => entities[name]);
}

/** Pages pinned to a release: /rilis/<date>/, /embed/rilis/<date>/…, /en/embed/releases/<date>/…. */
export const PINNED = /\/(rilis|releases)\//;
