// Every content page of the build (found in dist/) loads in Chromium with status 200, no console
// error, no uncaught exception, no failed request, and no serious or critical axe-core violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { builtPages, launchChromium, pageUrl, runAxe, seriousViolations, siteContext, visitEach, watchErrors } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('content pages', () => {
  it('each loads without errors and without serious or critical accessibility violations', async () => {
    const paths = builtPages()
      .filter((p) => !p.embed)
      .map((p) => p.path);
    expect(paths.length).toBeGreaterThan(20);
    const problems = await visitEach(context, paths, async (page, path) => seriousViolations(path, await runAxe(page)));
    expect(problems).toEqual([]);
  });

  it("a missing page answers 404 with the site's 404 page, which has no accessibility violations either", async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(pageUrl('/pekerjaan/no-such-occupation/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    expect(seriousViolations('404', await runAxe(page))).toEqual([]);
    // The one expected error: the browser reports the 404 of the page itself.
    expect(errors.filter((e) => !e.includes('/pekerjaan/no-such-occupation/'))).toEqual([]);
    await page.close();
  });
});
