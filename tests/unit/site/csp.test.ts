// The Content-Security-Policy of a page (src/site/csp/policy.ts): what it hashes, and where it goes.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineCode, withContentSecurityPolicy } from '../../../src/site/csp/policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGE = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>A &amp; B</title>
<script type="application/ld+json">{"name":"A & B"}</script></head><body>
<p style="--swatch:#C44E00">x</p><span style="font-family:&quot;Inter&quot;">y</span><p style="--swatch:#C44E00">z</p>
<svg class="plot"><style>:where(.plot) { content: "&gt;" }</style><g><text>a</text></g></svg><svg/>
<style>b > i { color: red }</style>
<script>(function(){const copied = "Tersalin";})();</script></body></html>`;

describe('inlineCode', () => {
  it('finds executable inline scripts (not JSON-LD), style elements and style attributes, as the browser decodes them', () => {
    expect(inlineCode(PAGE)).toEqual({
      scripts: ['(function(){const copied = "Tersalin";})();'],
      // Inside <svg> a <style> is decoded (&gt; is >); in HTML it is raw text.
      styles: [':where(.plot) { content: ">" }', 'b > i { color: red }'],
      styleAttributes: ['--swatch:#C44E00', 'font-family:"Inter"', '--swatch:#C44E00'],
    });
  });
});

describe('contentSecurityPolicy', () => {
  it('allows exactly those by hash, once each, sorted; no event handlers; images and styles from the site and blob:', () => {
    const policy = contentSecurityPolicy(inlineCode(PAGE));
    const attributes = [hash('--swatch:#C44E00'), hash('font-family:"Inter"')].sort().join(' ');
    const styles = [hash(':where(.plot) { content: ">" }'), hash('b > i { color: red }')].sort().join(' ');
    expect(policy).toBe(
      `default-src 'self'; script-src ${hash('(function(){const copied = "Tersalin";})();')}; script-src-attr 'none'; ` +
        `style-src 'self' ${styles}; style-src-attr 'unsafe-hashes' ${attributes}; img-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'`,
    );
    expect(policy).not.toContain('frame-ancestors');
  });

  it('refuses all scripts and style attributes on a page that has none', () => {
    expect(contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] })).toBe(
      "default-src 'self'; script-src 'none'; script-src-attr 'none'; style-src 'self'; style-src-attr 'none'; img-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });
});

describe('withContentSecurityPolicy', () => {
  it('puts the policy right after <meta charset>, before anything it governs', () => {
    const html = withContentSecurityPolicy(PAGE);
    expect(
      html.startsWith(
        `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'sha256-`,
      ),
    ).toBe(true);
    expect(html.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/, '')).toBe(PAGE);
  });

  it('refuses a page without <meta charset> and a page that already has a policy', () => {
    expect(() => withContentSecurityPolicy('<html><head><title>x</title></head></html>')).toThrow(/no <meta charset/);
    expect(() => withContentSecurityPolicy(withContentSecurityPolicy(PAGE))).toThrow(/already has/);
  });
});
