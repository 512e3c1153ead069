// The printable brief of every occupation, in both languages: Chromium prints it on exactly one A4
// page, with its QR code (an SVG made at build time), the sample banner when built from the sample,
// and a link to it from the occupation page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtPages, launchChromium, pageUrl, siteContext } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

const briefs = () =>
  builtPages()
    .map((p) => p.path)
    .filter((p) => /^\/(pekerjaan\/[^/]+\/cetak|en\/occupations\/[^/]+\/print)\/$/.test(p));
const occupations = () =>
  builtPages()
    .map((p) => p.path)
    .filter((p) => /^\/(pekerjaan|en\/occupations)\/[^/]+\/$/.test(p));

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * How many A4 pages the loaded page prints on, when not one. Asking Chromium for page 2 alone is
 * refused when there is none, in 40–60 ms here, where the whole PDF took 460–700 ms a brief: only a
 * brief that does not fit is printed whole, to say on how many pages.
 */
async function pagesBeyondOne(page: Page): Promise<number | null> {
  try {
    await page.pdf({ format: 'A4', pageRanges: '2' });
  } catch (error) {
    if (/Page range exceeds page count/.test(String(error))) return null;
    throw error;
  }
  return pdfPages(await page.pdf({ format: 'A4' }));
}

describe('print briefs', () => {
  it('exist for every occupation in both languages, each linked from its occupation page', async () => {
    expect(briefs().length).toBe(occupations().length);
    expect(briefs().length).toBeGreaterThanOrEqual(2 * 20);
    const page = await context.newPage();
    await page.goto(pageUrl('/pekerjaan/welders/'));
    await expect(page.locator('a[data-print-brief]').getAttribute('href')).resolves.toBe('/pekerjaan/welders/cetak/');
    await expect(page.locator('a[data-print-brief]').textContent()).resolves.toBe('Cetak ringkasan');
    await page.goto(pageUrl('/en/occupations/welders/'));
    await expect(page.locator('a[data-print-brief]').textContent()).resolves.toBe('Print brief');
    await page.close();
  });

  it('each prints on exactly one A4 page, with its QR code and the sample banner', async () => {
    const problems: string[] = [];
    const page = await context.newPage();
    for (const path of briefs()) {
      await page.goto(pageUrl(path), { waitUntil: 'load' });
      const pages = await pagesBeyondOne(page);
      if (pages !== null) problems.push(`${path}: ${pages} pages`);
      if ((await page.locator('.brief-qr svg[role="img"] path').count()) !== 1) problems.push(`${path}: no QR code`);
      if ((await page.locator('[data-sample]').count()) !== 1) problems.push(`${path}: no sample banner`);
      if ((await page.locator('figure[data-chart] svg[role="img"]').count()) < 2) problems.push(`${path}: charts missing`);
    }
    await page.close();
    expect(problems).toEqual([]);
    // 40 whole PDFs took 267 s on a shared 2-core machine (load 25): more than the e2e default of 300 s leaves room for.
  }, 900_000);
});

describe('the one-page check', () => {
  it('finds the second page of a page that does not fit on one', async () => {
    const page = await context.newPage();
    await page.goto(pageUrl('/perubahan/'), { waitUntil: 'load' });
    await expect(pagesBeyondOne(page)).resolves.toBeGreaterThan(1);
    await page.goto(pageUrl('/pekerjaan/welders/cetak/'), { waitUntil: 'load' });
    await expect(pagesBeyondOne(page)).resolves.toBeNull();
    await page.close();
  });
});
