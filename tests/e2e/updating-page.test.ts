// The updating page tells the data team that file names are published, which files are not read, and
// how a refused drop is accepted — in both languages, in the HTML itself (JavaScript off).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/site/i18n/index.ts';
import { site } from './support/site.ts';

/** Text of the built page as a reader sees it: tags dropped, entities undone, white space collapsed. */
function pageText(urlPath: string): string {
  const html = readFileSync(path.join(site().dist, urlPath, 'index.html'), 'utf8');
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe.each([
  ['id', '/memperbarui-data/'],
  ['en', '/en/updating-the-data/'],
] as const)('the updating page (%s)', (lang, urlPath) => {
  it('says file names are published, which files are not read, and how to accept a drop', () => {
    const text = pageText(urlPath);
    const u = t(lang).updating;
    for (const line of [u.namesPublished, u.notRead, u.drop]) expect(text).toContain(line);
    expect(text).toContain(lang === 'id' ? 'Nama file ikut diterbitkan' : 'File names are published');
    expect(text).toContain('accept_drop');
  });
});
