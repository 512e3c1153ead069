// The language switch lands on the same page in the other language, and back: overview, an
// occupation, a kecamatan, the lists, methodology, data, and an embed page (found in dist/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtPages, launchChromium, pageUrl, siteContext } from './support/site.ts';

/** The route table, as a reader sees it: Indonesian path → English path. */
const TWINS: [RegExp, string][] = [
  [/^\/$/, '/en/'],
  [/^\/pekerjaan\/([^/]+\/)?$/, '/en/occupations/$1'],
  [/^\/kecamatan\/([^/]+\/)?$/, '/en/kecamatan/$1'],
  [/^\/metodologi\/$/, '/en/methodology/'],
  [/^\/data\/$/, '/en/data/'],
  [/^\/embed\/([^/]+\/)$/, '/en/embed/$1'],
];

function englishTwin(idPath: string): string {
  const [pattern, replacement] = TWINS.find(([p]) => p.test(idPath))!;
  return idPath.replace(pattern, replacement);
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await siteContext(browser)).newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('language switch', () => {
  const paths = builtPages().map((p) => p.path);
  const first = (pattern: RegExp) => paths.find((p) => pattern.test(p))!;
  const starts = [
    '/',
    '/pekerjaan/',
    first(/^\/pekerjaan\/[^/]+\/$/),
    '/kecamatan/',
    first(/^\/kecamatan\/[^/]+\/$/),
    '/metodologi/',
    '/data/',
    first(/^\/embed\/[^/]+\/$/),
  ];

  it.each(starts)('from %s to English and back', async (idPath) => {
    await page.goto(pageUrl(idPath));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
    await page.locator('[data-language-switch]').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(englishTwin(idPath));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.locator('[data-language-switch]').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(idPath);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
  });
});
