// Pages for the data team (issue 8, item 12) and the explanations of issue 8, items 5 and 8, in the
// built site: /perubahan/ is grouped by release and measure, collapsed, newest release first, and
// short; /memperbarui-data/ links its documents and templates to copies that exist; the satpam page
// says its licence lies outside the data; a kecamatan page outlines its kecamatan on the map.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { MAP_HIGHLIGHT, MAP_HIGHLIGHT_CLASS } from '../../src/site/charts/map.ts';
import { DOCUMENTS } from '../../src/site/documents.ts';
import { launchChromium, pageUrl, site, siteContext } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('/perubahan/', () => {
  it('groups revisions by release and measure, collapsed, newest release first, under 5.000 px at 1280', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pageUrl('/perubahan/'));
    const releases = await page
      .locator('details[data-part="release"]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-release'), (e as HTMLDetailsElement).open]));
    expect(releases.length).toBeGreaterThan(0);
    expect(releases[0]).toEqual(['2026-09-30', true]);
    expect(releases.slice(1).every(([, open]) => open === false)).toBe(true);
    const dates = releases.map(([d]) => d!);
    expect(dates).toEqual([...dates].sort().reverse());
    const groups = await page
      .locator('details[data-part="release"]')
      .first()
      .locator('details[data-part="metric-group"]')
      .evaluateAll((els) =>
        els.map((e) => ({
          open: (e as HTMLDetailsElement).open,
          summary: e.querySelector('summary')!.textContent!.trim(),
          rows: e.querySelectorAll('tr[data-key]').length,
          revised: e.querySelectorAll('[data-part="revised"] tr[data-key]').length,
          stillOpen: e.querySelectorAll('[data-part="still-open"] tr[data-key]').length,
        })),
      );
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.every((g) => !g.open)).toBe(true);
    // Each summary states its group's counts.
    for (const g of groups)
      expect(g.summary).toMatch(
        new RegExp(`: ${g.revised.toLocaleString('id-ID')} revisi .*, ${g.stillOpen.toLocaleString('id-ID')} perubahan`),
      );
    const total = groups.reduce((n, g) => n + g.rows, 0);
    expect(await page.locator('details[data-part="release"]').first().locator('h2').textContent()).toContain(
      `${total.toLocaleString('id-ID')} angka berubah`,
    );
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(5000);
    // Opening a group (no script involved) shows its rows.
    await page.locator('details[data-part="metric-group"] > summary').first().click();
    expect(await page.locator('details[data-part="metric-group"]').first().locator('tr[data-key]').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('/memperbarui-data/', () => {
  it('links every document and template to the copy published with the site (documents byte for byte, templates as their header line)', async () => {
    for (const urlPath of ['/memperbarui-data/', '/en/updating-the-data/']) {
      const html = readFileSync(path.join(site().dist, urlPath, 'index.html'), 'utf8');
      const linked = new Set([...html.matchAll(/<a href="([^"]+)" data-document="([^"]+)"/g)].map((m) => `${m[2]} ${m[1]}`));
      for (const d of DOCUMENTS) expect([...linked], `${urlPath} ${d.file}`).toContain(`${d.file} /data/dokumen/${d.name}`);
    }
    for (const d of DOCUMENTS) {
      const published = readFileSync(path.join(site().dist, 'data/dokumen', d.name), 'utf8');
      const source = readFileSync(d.file, 'utf8');
      // A template's example rows (made-up NIKs, names, employers) are not published: only its columns.
      expect(published, d.file).toBe(d.file.endsWith('.csv') ? `${source.split('\n')[0]}\n` : source);
    }
  });

  it('says where to ask', () => {
    const html = readFileSync(path.join(site().dist, 'memperbarui-data', 'index.html'), 'utf8');
    expect(html).toMatch(/id="ask"[\s\S]*(data-part="issues"|Alamat repositori hanya diketahui)/);
  });
});

describe('explanations', () => {
  it('the security-guard page says their licence comes from Polri, outside the data, and lists no scheme', () => {
    const html = readFileSync(path.join(site().dist, 'pekerjaan/security-guards/index.html'), 'utf8');
    expect(html).toContain('data-part="licence-outside"');
    expect(html).toContain('Gada Pratama');
    expect(html).toContain('Perpol 4/2020');
    expect(html).toContain('data-part="no-schemes"');
    const welders = readFileSync(path.join(site().dist, 'en/occupations/welders/index.html'), 'utf8');
    expect(welders).toContain('data-scheme="BNSP-LAS-SMAW3G"');
    expect(welders).toContain('recognition of prior learning (RPL)');
  });

  it('a kecamatan page outlines its kecamatan on the map and names it in the legend', () => {
    const html = readFileSync(path.join(site().dist, 'kecamatan/cibeber/index.html'), 'utf8');
    const figure = html.slice(html.indexOf('data-chart="kecamatan-cibeber-map"'));
    expect(figure).toContain(`class="${MAP_HIGHLIGHT_CLASS}"`);
    expect(figure).toContain('Kecamatan Cibeber (garis tepi oranye tebal)');
    // The downloadable SVG draws the legend's key for the outline too.
    const svg = readFileSync(path.join(site().dist, 'data/grafik/kecamatan-cibeber-map.svg'), 'utf8');
    expect(svg).toContain(`stroke="${MAP_HIGHLIGHT}" stroke-width="3"`);
    expect(svg).toContain('Kecamatan Cibeber (garis tepi oranye tebal)');
  });
});
