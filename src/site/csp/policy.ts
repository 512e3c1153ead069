// The Content-Security-Policy of a built page, in the page itself (a <meta http-equiv>: static hosts
// cannot all set headers). It is computed from the page's finished HTML, so it names exactly the inline
// code the page carries: each inline script and style element by the SHA-256 of its text, and each
// distinct `style` attribute by its hash ('unsafe-hashes'). Everything else comes from the site itself.
//
// Why not Astro's own `security.csp`: it hashes the scripts and styles Astro bundles, not `is:inline`
// scripts (our two) nor the <style> elements Observable Plot puts inside the SVGs we render with
// set:html, and it writes the <meta> when the head is rendered, before the body's figures exist.
// What Chromium enforces, seen on this site: `style` attributes (Plot's `font-size:13px` on legends,
// our `--swatch` colours) need style-src-attr; SVG presentation attributes (fill, stroke, font-size=)
// are not styles and need nothing; the PNG download draws the chart from a blob: URL (img-src blob:).
// `frame-ancestors` is ignored in a <meta>, and embed pages must stay frameable anyway: not set.
import { createHash } from 'node:crypto';

export interface InlineCode {
  /** Text of each executable inline <script>, as the browser hashes it. */
  scripts: string[];
  /** Text of each inline <style> element. */
  styles: string[];
  /** Value of each `style` attribute. */
  styleAttributes: string[];
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Attribute values and SVG text come to the browser entity-decoded; the hash is of what it decodes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    const decoded = ENTITIES[name.toLowerCase()];
    if (decoded === undefined) throw new Error(`csp: unknown character reference ${whole}: add it to ENTITIES`);
    return decoded;
  });
}

// Types a browser runs as script; a JSON-LD block (application/ld+json) is data and needs no hash.
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'module', 'application/javascript']);

function attribute(attributes: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : null;
}

/**
 * The inline code of an HTML page as Astro and our renderer write it (quoted attributes, no `>`
 * unescaped inside a value). In HTML, <script> and <style> hold raw text; inside <svg> a <style> is a
 * foreign element whose text is entity-decoded.
 */
export function inlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [] };
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let svgDepth = 0;
  let m: RegExpExecArray | null;
  while ((m = token.exec(html))) {
    const [, closing, rawName, attributes = ''] = m;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      if (name === 'svg') svgDepth = Math.max(0, svgDepth - 1);
      continue;
    }
    const style = attribute(attributes, 'style');
    if (style !== null) found.styleAttributes.push(style);
    if (name === 'svg' && !attributes.trimEnd().endsWith('/')) svgDepth += 1;
    if (name !== 'script' && name !== 'style') continue;
    const end = html.indexOf(`</${name}`, token.lastIndex);
    if (end < 0) throw new Error(`csp: <${name}> without </${name}>`);
    const text = html.slice(token.lastIndex, end);
    token.lastIndex = end;
    if (name === 'style') found.styles.push(svgDepth > 0 ? decodeEntities(text) : text);
    else if (SCRIPT_TYPES.has((attribute(attributes, 'type') ?? '').trim().toLowerCase()) && attribute(attributes, 'src') === null)
      found.scripts.push(text);
  }
  return found;
}

const distinctHashes = (texts: string[]) => [...new Set(texts)].map(sha256Source).sort();

/** The policy of a page with this inline code. Deterministic: the same page gives the same bytes. */
export function contentSecurityPolicy(code: InlineCode): string {
  const scripts = distinctHashes(code.scripts);
  const styles = distinctHashes(code.styles);
  const styleAttributes = distinctHashes(code.styleAttributes);
  return [
    "default-src 'self'",
    `script-src ${scripts.length ? scripts.join(' ') : "'none'"}`,
    // No inline event handlers (onclick=…), whatever script-src allows.
    "script-src-attr 'none'",
    `style-src 'self' ${styles.join(' ')}`.trimEnd(),
    `style-src-attr ${styleAttributes.length ? `'unsafe-hashes' ${styleAttributes.join(' ')}` : "'none'"}`,
    "img-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element after <meta charset>, before anything it governs. */
export function withContentSecurityPolicy(html: string): string {
  if (/<meta\s+http-equiv="content-security-policy"/i.test(html)) throw new Error('csp: the page already has a Content-Security-Policy');
  const charset = /<meta\s+charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('csp: the page has no <meta charset="utf-8"> to put the policy after');
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(inlineCode(html)).replaceAll('"', '&quot;')}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
