// The Content-Security-Policy every page carries in a <meta> (src/site/csp/): present on every built page
// before anything it governs, naming exactly the page's inline scripts by the hash of their bytes, and
// enforced by Chromium without a single violation on a spread of pages and on an embed framed by a
// news site on another origin; the copy and PNG-download buttons still work under it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pngSize } from './support/png.ts';
import { TEST_PREFIX } from './support/static.ts';
import { launchChromium, pageUrl, site, siteContext, watchErrors } from './support/site.ts';

const SPREAD = [
  '/',
  '/en/',
  '/pekerjaan/',
  '/en/occupations/welders/',
  '/kecamatan/',
  '/en/methodology/',
  '/data/',
  '/en/releases/',
  '/perubahan/',
  '/memperbarui-data/',
  '/embed/training-funnel/',
  '/en/embed/kecamatan-map/',
  '/no-such-page/',
];

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

// Every violation Chromium reports, in every frame, from before the page's own code runs.
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
  );
};
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser, { acceptDownloads: true });
  await context.addInitScript(RECORD_VIOLATIONS);
});
afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy', () => {
  it('every page has one, first after <meta charset>, whose script hashes are exactly those of its inline scripts', () => {
    const files = htmlFiles(site().dist);
    expect(files.length).toBeGreaterThan(700);
    const problems: string[] = [];
    for (const file of files) {
      const where = path.relative(site().dist, file);
      const html = readFileSync(file, 'utf8');
      const { document } = parseHTML(html);
      const metas = document.querySelectorAll('meta[http-equiv="content-security-policy"]');
      if (metas.length !== 1) {
        problems.push(`${where}: ${metas.length} policies`);
        continue;
      }
      if (document.head.firstElementChild?.getAttribute('charset') !== 'utf-8' || document.head.children[1] !== metas[0])
        problems.push(`${where}: the policy is not right after <meta charset>`);
      const policy = directives(metas[0].getAttribute('content') ?? '');
      const scripts = [...document.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      if (scripts.some((s) => s.hasAttribute('src'))) problems.push(`${where}: a script loaded from a file`);
      const expected = [...new Set(scripts.map((s) => sha256(s.textContent ?? '')))].sort();
      if (JSON.stringify(policy.get('script-src')) !== JSON.stringify(expected.length ? expected : ["'none'"]))
        problems.push(`${where}: script-src ${policy.get('script-src')?.join(' ')}, inline scripts ${expected.join(' ')}`);
      if (JSON.stringify(policy.get('script-src-attr')) !== JSON.stringify(["'none'"]))
        problems.push(`${where}: inline event handlers not refused`);
      if (policy.get('default-src')?.join(' ') !== "'self'" || policy.get('object-src')?.join(' ') !== "'none'")
        problems.push(`${where}: default-src/object-src ${policy.get('default-src')} ${policy.get('object-src')}`);
      if (policy.has('frame-ancestors')) problems.push(`${where}: frame-ancestors (ignored in a <meta>)`);
      if (/\son[a-z]+=/i.test(html.replace(/<textarea[\s\S]*?<\/textarea>/g, ''))) problems.push(`${where}: an inline event handler`);
    }
    expect(problems).toEqual([]);
    // One script per full page (the interaction script), one per embed page (its height to the parent).
    const overview = parseHTML(readFileSync(path.join(site().dist, 'index.html'), 'utf8')).document;
    expect(
      directives(overview.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '').get('script-src'),
    ).toHaveLength(1);
  });

  it('Chromium reports no violation on a spread of pages, and the interaction script and the inline styles apply', async () => {
    const problems: string[] = [];
    const page = await context.newPage();
    const errors = watchErrors(page);
    for (const p of SPREAD) {
      errors.length = 0;
      await page.goto(pageUrl(p), { waitUntil: 'load' });
      problems.push(...(await violations(page)).map((v) => `${p}: ${v}`));
      problems.push(...errors.filter((e) => !(p === '/no-such-page/' && e.includes('404'))).map((e) => `${p}: ${e}`));
      // The script ran: it shows the buttons that only work with it.
      const hiddenButtons = await page.locator('button[data-copy][hidden], button[data-png][hidden]').count();
      if (hiddenButtons) problems.push(`${p}: ${hiddenButtons} buttons still hidden (the interaction script did not run)`);
    }
    // A `style` attribute the policy allows by its hash: the legend's swatch colour is in force.
    await page.goto(pageUrl('/'));
    const swatch = page.locator('[style^="--swatch:"]').first();
    const declared = (await swatch.getAttribute('style'))?.replace('--swatch:', '');
    expect(declared).toMatch(/^#[0-9A-F]{6}$/i);
    expect(await swatch.evaluate((el) => getComputedStyle(el).getPropertyValue('--swatch').trim())).toBe(declared);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('an embed framed by a page on another origin loads without a violation and still sizes its frame', async () => {
    const source = await context.newPage();
    await source.goto(pageUrl('/en/'));
    const code = await source.locator('[data-action="embed"] textarea').first().inputValue();
    await source.close();
    expect(code).toContain(`<iframe src="${site().origin}/en/embed/`);
    writeFileSync(
      path.join(site().testPages, 'csp-host.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title></head><body><h1>A news article</h1>\n${code}\n</body></html>`,
    );
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL(`${TEST_PREFIX.slice(1)}csp-host.html`, site().url).href, { waitUntil: 'load' });
    // Sized by the embed page's own script (its height posted to the host) once that has run.
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 15_000 })
      .toMatch(/^\d+px$/);
    const frame = page.frames().find((f) => f.url().startsWith(`${site().origin}/en/embed/`));
    const state = {
      frame:
        frame?.url().replace(/\/[^/]+\/$/, '/…/') ??
        page
          .frames()
          .map((f) => f.url())
          .join(' '),
      figures: await frame?.locator('figure[data-chart]').count(),
      frameViolations: await frame?.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      hostViolations: await violations(page),
      errors,
    };
    await page.close();
    expect(state).toEqual({
      frame: expect.stringMatching(/^https:\/\/link-and-match\.test\/en\/embed\//),
      figures: 1,
      frameViolations: [],
      hostViolations: [],
      errors: [],
    });
  });

  it('the copy and PNG-download buttons work under the policy', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site().url).origin });
    const page = await context.newPage();
    await page.goto(pageUrl('/en/'));
    const figure = page.locator('figure[data-chart]').first();
    await figure.locator('[data-action="cite"] summary').click();
    const copy = figure.locator('[data-action="cite"] button[data-copy]');
    const target = await copy.getAttribute('data-copy');
    await copy.click();
    const expected = await page.locator(`[id="${target}"]`).evaluate((el) => (el as HTMLTextAreaElement).value ?? el.textContent);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(expected.length).toBeGreaterThan(20);

    const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-png]').click()]);
    const bytes = readFileSync((await download.path())!);
    const size = pngSize(bytes);
    expect(size?.width).toBeGreaterThan(600);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
