// The embed code, exactly as a figure's "Embed code" box gives it, pasted into a page of another
// site (served by the test server): each iframe takes the height of the chart page inside it, and
// follows it, up or down, when the width changes. The iframes load the site from its own origin (answered from
// dist/ by the browser context), so the code's origin check is the real one.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, ElementHandle, Page } from 'playwright-core';
import { TEST_PREFIX } from './support/static.ts';
import { launchChromium, pageUrl, site, siteContext, watchErrors } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser, { viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

interface Frame {
  height: string;
  attribute: string;
  contentHeight: number;
  scrollHeight: number;
  innerHeight: number;
}

async function frameState(iframe: ElementHandle): Promise<Frame> {
  const frame = await iframe.contentFrame();
  const inner = await frame!.evaluate(() => ({
    contentHeight: document.body.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  return {
    height: await iframe.evaluate((f) => (f as HTMLIFrameElement).style.height),
    attribute: (await iframe.getAttribute('height')) ?? '',
    ...inner,
  };
}

/**
 * Each frame, scrolled into view (Chromium pauses layout observers in cross-origin frames off screen),
 * once its height was set by its message, matches its content and its viewport, and differs from `before`.
 */
async function settled(page: Page, before: Frame[] = []): Promise<Frame[]> {
  const states: Frame[] = [];
  for (const [j, iframe] of (await page.locator('iframe[data-lmc-embed]').elementHandles()).entries()) {
    await iframe.scrollIntoViewIfNeeded();
    const done = (f: Frame) =>
      f.height !== '' &&
      f.height !== before[j]?.height &&
      Math.abs(parseFloat(f.height) - f.contentHeight) <= 1 &&
      Math.abs(parseFloat(f.height) - f.innerHeight) <= 1;
    let state = await frameState(iframe);
    for (let i = 0; i < 100 && !done(state); i++) {
      await page.waitForTimeout(100);
      state = await frameState(iframe);
    }
    states.push(state);
  }
  return states;
}

describe('embed code', () => {
  it('sizes each iframe to its content, and again when the page gets narrow', async () => {
    const source = await context.newPage();
    await source.goto(pageUrl('/'));
    const codes = source.locator('[data-action="embed"] textarea');
    expect(await codes.count()).toBeGreaterThanOrEqual(2);
    const tall = await codes.first().inputValue();
    const short = await codes.last().inputValue();
    await source.close();
    expect(tall).toContain(`<iframe src="${site().origin}/embed/`);

    writeFileSync(
      path.join(site().testPages, 'embed-host.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title></head>
<body style="margin:0 auto;max-width:760px;font-family:serif"><h1>A news article</h1><p>Text before the chart.</p>
${tall}
<p>Text between the charts.</p>
${short}
<p>Text after the chart.</p></body></html>`,
    );

    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL(`${TEST_PREFIX.slice(1)}embed-host.html`, site().url).href);

    const wide = await settled(page);
    expect(wide).toHaveLength(2);
    for (const f of wide) {
      // As tall as the chart page's content: nothing cut off, no blank space, nothing scrolls.
      expect(Math.abs(parseFloat(f.height) - f.contentHeight)).toBeLessThanOrEqual(1);
      // The code's initial height is a guess; the message replaced it, and nothing scrolls inside.
      expect(f.height).not.toBe(`${f.attribute}px`);
      expect(f.scrollHeight).toBeLessThanOrEqual(f.innerHeight + 1);
      expect(f.scrollHeight).toBeGreaterThan(150);
    }

    await page.setViewportSize({ width: 360, height: 740 });
    const narrow = await settled(page, wide);
    for (const [i, f] of narrow.entries()) {
      expect(Math.abs(parseFloat(f.height) - f.contentHeight)).toBeLessThanOrEqual(1);
      expect(f.scrollHeight).toBeLessThanOrEqual(f.innerHeight + 1);
      expect(f.height).not.toBe(wide[i].height);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
