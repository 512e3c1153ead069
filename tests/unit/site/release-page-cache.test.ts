// The release page cache (issue 9, target 3): what its key covers, which entries it trusts, how it
// writes (never a half entry under an entry's name) and what it removes (only what it made). The
// build-level behaviour (a warm build renders no cached release, dist/ byte-identical) is in
// tests/integration/release-page-cache.test.ts.
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextHash, releaseKey, releaseOutputDirs, renderingCodeHash } from '../../../src/site/releases/cache-key.ts';
import {
  CACHE_MARKER,
  entryName,
  filesUnder,
  pruneEntries,
  readEntry,
  restoreEntry,
  writeEntry,
} from '../../../src/site/releases/cache-store.ts';
import { keptReleases, releaseCacheDir } from '../../../src/site/releases/integration.ts';

const KEY = 'a'.repeat(64);
const OTHER_KEY = 'b'.repeat(64);

function temp(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `lm-release-cache-${name}-`));
}

/** A dist/ holding one release's files as a build writes them. */
function distWithRelease(asOf: string): { dist: string; files: string[] } {
  const dist = temp('dist');
  const files = [
    `rilis/${asOf}/index.html`,
    `rilis/${asOf}/preview.png`,
    `embed/rilis/${asOf}/welders-funnel/index.html`,
    `data/rilis/${asOf}/facts.csv`,
  ];
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
    writeFileSync(path.join(dist, f), `<p>${f}</p>\n`);
  }
  return { dist, files };
}

function stored(asOf = '2026-08-31', key = KEY) {
  const cache = temp('cache');
  const { dist, files } = distWithRelease(asOf);
  expect(writeEntry(cache, asOf, key, dist, files)).toBe(true);
  return { cache, dist, files, dir: path.join(cache, entryName(asOf, key)) };
}

describe("the key of a release's pages", () => {
  const files = { 'facts.csv': 'metric,period\n', 'meta.json': '{"as_of":"2026-08-31"}\n' };

  it("changes with the release's kept files, the rendering code and the context, and with nothing else", () => {
    const key = releaseKey('2026-08-31', files, 'code-1', 'context-1');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(releaseKey('2026-08-31', { ...files }, 'code-1', 'context-1')).toBe(key);
    expect(releaseKey('2026-08-31', { ...files, 'meta.json': '{"as_of":"2026-08-31"} \n' }, 'code-1', 'context-1')).not.toBe(key);
    expect(releaseKey('2026-08-31', files, 'code-2', 'context-1')).not.toBe(key);
    expect(releaseKey('2026-08-31', files, 'code-1', 'context-2')).not.toBe(key);
    expect(releaseKey('2026-09-30', files, 'code-1', 'context-1')).not.toBe(key);
  });

  it('hashes every file the pages are rendered from (src, public, reference tables, config, lock file) and nothing outside them', () => {
    const root = temp('root');
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('src/components/Figure.astro', '<figure/>');
    write('src/site/format.ts', 'export {}');
    write('public/favicon.svg', '<svg/>');
    write('data/reference/occupations.csv', 'slug\nwelders\n');
    write('package-lock.json', '{}');
    write('tests/unit/x.test.ts', 'test');
    const before = renderingCodeHash(root);
    expect(renderingCodeHash(root)).toBe(before);
    write('tests/unit/x.test.ts', 'another test');
    write('data/releases/sample/2026-08-31/facts.csv', 'x');
    expect(renderingCodeHash(root), 'tests and releases are not rendering code').toBe(before);
    for (const [file, text] of [
      ['src/site/format.ts', 'export { }'],
      ['public/favicon.svg', '<svg />'],
      ['data/reference/occupations.csv', 'slug\nwelder\n'],
      ['package-lock.json', '{ }'],
      ['astro.config.mjs', ''],
    ]) {
      const was = existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined;
      write(file, text);
      expect(renderingCodeHash(root), file).not.toBe(before);
      if (was === undefined) rmSync(path.join(root, file));
      else write(file, was);
      expect(renderingCodeHash(root), `${file} restored`).toBe(before);
    }
    // A file moved keeps its bytes but not its place.
    write('src/site/format2.ts', 'export {}');
    rmSync(path.join(root, 'src/site/format.ts'));
    expect(renderingCodeHash(root)).not.toBe(before);
  });

  it('covers what the pages show from outside the release: the kept releases, the live one, the live site data, the site address and settings', () => {
    const siteDataDir = temp('site-data');
    writeFileSync(path.join(siteDataDir, 'meta.json'), '{"as_of":"2026-09-30"}\n');
    const o = {
      site: 'https://example.test/',
      base: '/',
      releases: ['2026-08-31', '2026-09-30'],
      live: '2026-09-30',
      siteDataDir,
      env: {},
    };
    const base = contextHash(o);
    expect(contextHash({ ...o })).toBe(base);
    expect(contextHash({ ...o, releases: [...o.releases, '2026-10-31'] }), 'a newer release').not.toBe(base);
    expect(contextHash({ ...o, live: undefined })).not.toBe(base);
    expect(contextHash({ ...o, site: 'https://other.test/' })).not.toBe(base);
    expect(contextHash({ ...o, base: '/repo/' })).not.toBe(base);
    expect(contextHash({ ...o, env: { GITHUB_REPOSITORY: 'owner/repo' } })).not.toBe(base);
    appendFileSync(path.join(siteDataDir, 'meta.json'), ' ');
    expect(contextHash(o), 'the live meta.json').not.toBe(base);
  });

  it("finds a release's files in dist/ from the route table: page, pinned embeds and chart files in both languages, and its published files", () => {
    expect(releaseOutputDirs('2026-08-31')).toEqual([
      'data/grafik/rilis/2026-08-31',
      'data/rilis/2026-08-31',
      'embed/rilis/2026-08-31',
      'en/data/charts/releases/2026-08-31',
      'en/embed/releases/2026-08-31',
      'en/releases/2026-08-31',
      'rilis/2026-08-31',
    ]);
  });
});

describe('entries', () => {
  it('are trusted with the key they were written under, and restored byte for byte', () => {
    const { cache, dist, files } = stored();
    const entry = readEntry(cache, '2026-08-31', KEY);
    expect(entry?.files.map((f) => f.path)).toEqual([...files].sort());
    expect(readEntry(cache, '2026-08-31', OTHER_KEY)).toBeUndefined();
    expect(readEntry(cache, '2026-09-30', KEY)).toBeUndefined();
    const out = temp('out');
    expect(restoreEntry(cache, entry!, out)).toEqual({ linked: 4, copied: 0 });
    expect(filesUnder(out, '.')).toEqual([...files].sort());
    for (const f of files) expect(readFileSync(path.join(out, f))).toEqual(readFileSync(path.join(dist, f)));
  });

  it('are put into dist/ as hard links, not copies: one file on disk, whatever the number of builds', () => {
    const { cache, files, dir } = stored();
    const out = temp('out');
    restoreEntry(cache, readEntry(cache, '2026-08-31', KEY)!, out);
    for (const f of files) expect(statSync(path.join(out, f)).ino, f).toBe(statSync(path.join(dir, 'files', f)).ino);
  });

  it('are not published again after a restored page was changed in place in dist/ (the link shares its bytes with the cache)', () => {
    const { cache, files } = stored();
    const out = temp('out');
    restoreEntry(cache, readEntry(cache, '2026-08-31', KEY)!, out);
    const page = path.join(out, files[0]);
    writeFileSync(page, readFileSync(page, 'utf8').replace('<p>', '<b>'));
    expect(readEntry(cache, '2026-08-31', KEY)).toBeUndefined();
  });

  it("are still trusted when only the files' times changed (a restore from the workflow's cache may round them): their hashes decide", () => {
    const { cache, files, dir } = stored();
    for (const f of files) utimesSync(path.join(dir, 'files', f), 1_700_000_000, 1_700_000_000);
    expect(readEntry(cache, '2026-08-31', KEY)?.files.length).toBe(4);
  });

  it('are not trusted when a file was changed (same size), cut short, removed, or entry.json is missing or garbled', () => {
    const damage: [string, (dir: string) => void][] = [
      [
        'a byte changed',
        (dir) => writeFileSync(path.join(dir, 'files/rilis/2026-08-31/index.html'), '<p>rilis/2026-08-31/index.htmX</p>\n'),
      ],
      ['a file cut short', (dir) => writeFileSync(path.join(dir, 'files/data/rilis/2026-08-31/facts.csv'), '<p>data')],
      ['a file removed', (dir) => rmSync(path.join(dir, 'files/rilis/2026-08-31/preview.png'))],
      ['entry.json missing (an interrupted write)', (dir) => rmSync(path.join(dir, 'entry.json'))],
      ['entry.json garbled', (dir) => writeFileSync(path.join(dir, 'entry.json'), '{"format":1,"asOf":')],
      ['the marker missing', (dir) => rmSync(path.join(dir, CACHE_MARKER))],
      [
        'a path leaving the entry',
        (dir) => {
          const entry = JSON.parse(readFileSync(path.join(dir, 'entry.json'), 'utf8'));
          entry.files[0].path = '../../outside';
          writeFileSync(path.join(dir, 'entry.json'), JSON.stringify(entry));
        },
      ],
    ];
    for (const [what, harm] of damage) {
      const { cache, dir } = stored();
      expect(readEntry(cache, '2026-08-31', KEY), `${what}: intact before`).toBeDefined();
      harm(dir);
      expect(readEntry(cache, '2026-08-31', KEY), what).toBeUndefined();
    }
  });

  it('are written whole or not at all: a write that fails halfway leaves no entry and no temporary folder', () => {
    const cache = temp('cache');
    const { dist, files } = distWithRelease('2026-08-31');
    expect(() => writeEntry(cache, '2026-08-31', KEY, dist, [...files, 'rilis/2026-08-31/missing.html'])).toThrow(/ENOENT/);
    expect(readdirSync(cache)).toEqual([]);
    expect(readEntry(cache, '2026-08-31', KEY)).toBeUndefined();
  });

  it('replace a damaged entry of the same key, but never a folder of that name the cache did not make', () => {
    const { cache, dist, files, dir } = stored();
    writeFileSync(path.join(dir, 'files/rilis/2026-08-31/index.html'), 'damaged');
    expect(writeEntry(cache, '2026-08-31', KEY, dist, files)).toBe(true);
    expect(readEntry(cache, '2026-08-31', KEY)).toBeDefined();

    const foreign = path.join(cache, entryName('2026-09-30', KEY));
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notes.txt'), 'mine');
    const other = distWithRelease('2026-09-30');
    expect(writeEntry(cache, '2026-09-30', KEY, other.dist, other.files)).toBe(false);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    expect(readdirSync(cache).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('keep a file this build rendered with the same bytes, and link the rest', () => {
    const { cache, files } = stored();
    const out = temp('out');
    mkdirSync(path.dirname(path.join(out, files[0])), { recursive: true });
    copyFileSync(
      path.join(
        cache,
        readdirSync(cache).find((n) => n.startsWith('2026-08-31-'))!,
        'files',
        files[0],
      ),
      path.join(out, files[0]),
    );
    expect(restoreEntry(cache, readEntry(cache, '2026-08-31', KEY)!, out)).toEqual({ linked: files.length - 1, copied: 0 });
    expect(restoreEntry(cache, readEntry(cache, '2026-08-31', KEY)!, out)).toEqual({ linked: 0, copied: 0 });
  });

  it('refuse to overwrite a file this build rendered with other bytes (the key missed an input)', () => {
    const { cache } = stored();
    const out = temp('out');
    mkdirSync(path.join(out, 'rilis/2026-08-31'), { recursive: true });
    writeFileSync(path.join(out, 'rilis/2026-08-31/index.html'), '<p>rendered differently</p>\n');
    expect(() => restoreEntry(cache, readEntry(cache, '2026-08-31', KEY)!, out)).toThrow(
      /rilis\/2026-08-31\/index\.html was rendered in this build and differs/,
    );
  });
});

describe('pruning', () => {
  it("removes entries of this build's releases under other keys and old temporary folders the cache made, and nothing else", () => {
    const { cache } = stored('2026-08-31', KEY);
    const { dist, files } = distWithRelease('2026-08-31');
    writeEntry(cache, '2026-08-31', OTHER_KEY, dist, files);
    // A release this build does not show (e.g. of real exports, while this build is of the sample).
    const other = distWithRelease('2025-01-31');
    writeEntry(cache, '2025-01-31', OTHER_KEY, other.dist, other.files);
    mkdirSync(path.join(cache, 'someone-elses'));
    writeFileSync(path.join(cache, 'README.txt'), 'not ours');
    for (const [name, hoursAgo] of [
      ['.tmp-2026-08-31-old', 2],
      ['.tmp-2026-08-31-new', 0],
    ] as const) {
      mkdirSync(path.join(cache, name));
      writeFileSync(path.join(cache, name, CACHE_MARKER), '');
      const when = new Date(Date.now() - hoursAgo * 3_600_000);
      utimesSync(path.join(cache, name), when, when);
    }
    const removed = pruneEntries(cache, new Set([entryName('2026-08-31', KEY)]), new Set(['2026-08-31', '2026-09-30']));
    expect(removed.sort()).toEqual(['.tmp-2026-08-31-old', entryName('2026-08-31', OTHER_KEY)]);
    expect(readdirSync(cache).sort()).toEqual([
      '.tmp-2026-08-31-new',
      entryName('2025-01-31', OTHER_KEY),
      entryName('2026-08-31', KEY),
      'README.txt',
      'someone-elses',
    ]);
  });
});

describe('the releases a build keys', () => {
  it("are the kept releases of the live data's kind, as their bytes, and the live one only when its facts.csv is the live one", () => {
    const root = temp('releases');
    const keep = (folder: string, asOf: string, facts: string) => {
      mkdirSync(path.join(root, folder, asOf), { recursive: true });
      writeFileSync(path.join(root, folder, asOf, 'facts.csv'), facts);
      writeFileSync(path.join(root, folder, asOf, 'meta.json'), `{"as_of":"${asOf}"}\n`);
    };
    keep('sample', '2026-08-31', 'older\n');
    keep('sample', '2026-09-30', 'newer\n');
    keep('.', '2026-09-30', 'real\n');
    const live = temp('site-data');
    writeFileSync(path.join(live, 'meta.json'), '{"as_of":"2026-09-30","sample":true}\n');
    writeFileSync(path.join(live, 'facts.csv'), 'newer\n');
    const kept = keptReleases(root, live);
    expect(kept.releases.map((r) => r.asOf)).toEqual(['2026-08-31', '2026-09-30']);
    expect(kept.releases[1].files).toEqual({ 'facts.csv': 'newer\n', 'meta.json': '{"as_of":"2026-09-30"}\n' });
    expect(kept.live).toBe('2026-09-30');
    writeFileSync(path.join(live, 'facts.csv'), 'newer, rebuilt\n');
    expect(keptReleases(root, live).live).toBeUndefined();
    writeFileSync(path.join(live, 'meta.json'), '{"as_of":"2026-09-30","sample":false}\n');
    expect(keptReleases(root, live).releases.map((r) => r.files['facts.csv'])).toEqual(['real\n']);
  });

  it("stop the build with the release reader's own words when a kept release is broken", () => {
    const root = temp('releases');
    mkdirSync(path.join(root, 'sample/2026-08-31'), { recursive: true });
    writeFileSync(path.join(root, 'sample/2026-08-31/facts.csv'), 'x\n');
    const live = temp('site-data');
    writeFileSync(path.join(live, 'meta.json'), '{"as_of":"2026-09-30","sample":true}\n');
    expect(() => keptReleases(root, live)).toThrow(/meta\.json is missing/);
  });
});

describe('the cache folder', () => {
  it('is .cache/release-pages/ under the project, or RELEASE_PAGE_CACHE (relative to the project), or off', () => {
    expect(releaseCacheDir('/repo', {})).toBe('/repo/.cache/release-pages');
    expect(releaseCacheDir('/repo', { RELEASE_PAGE_CACHE: 'tmp/pages' })).toBe('/repo/tmp/pages');
    expect(releaseCacheDir('/repo', { RELEASE_PAGE_CACHE: '/var/cache/pages' })).toBe('/var/cache/pages');
    expect(releaseCacheDir('/repo', { RELEASE_PAGE_CACHE: 'off' })).toBeUndefined();
  });

  it('is ignored by git', () => {
    expect(readFileSync(path.resolve(import.meta.dirname, '../../../.gitignore'), 'utf8').split('\n')).toContain('.cache/');
  });
});
