// Terminal and CI-log injection (issue 7, item 7): file names, header cells and values from the
// exports reach the console, the CI log and the job summary made harmless: no control character, no
// line GitHub Actions would run as a workflow command, and the job summary's text block intact.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const HOSTILE_NAME = 'lowongan_\x1b]0;retitled\x07\x1b[2J\r\u2028\u0085.csv';
const HOSTILE_HEADERS = ['::warning title=Data OK::semua baik', '```', '##[error]gagal', '\x1b[31mmerah'];

/** The basic fixture plus a vacancies file whose name and header cells are hostile (the rows are fine). */
function hostileExports(root = tempDir()): string {
  const input = path.join(root, 'exports');
  cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
  const header = ['vacancy_id', 'posted_date', 'positions', ...HOSTILE_HEADERS].map((c) => `"${c}"`).join(',');
  writeFileSync(path.join(input, HOSTILE_NAME), `${header}\nH1,2025-03-01,2,a,b,c,d\nH2,2025-04-01,1,a,b,c,d\n`);
  return input;
}

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

/** What a terminal or the Actions runner must never get from us. */
function expectHarmless(output: string) {
  expect(output).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/);
  for (const line of output.split('\n')) {
    expect(line).not.toMatch(/^\s*::/);
    expect(line).not.toContain('##[');
  }
}

describe('the data build and data:check print input as harmless text', () => {
  it('npm run data: the file name and header cells shown escaped', () => {
    const dir = tempDir();
    const result = run('build-data.ts', [
      '--input',
      hostileExports(dir),
      '--out',
      path.join(dir, 'out'),
      '--report',
      path.join(dir, 'report.csv'),
    ]);
    expect(result.code).toBe(0);
    expectHarmless(result.output);
    expect(result.output).toContain('lowongan_\\x1b]0;retitled\\x07\\x1b[2J\\r\\u2028\\x85.csv: kolom tidak dikenal');
    expect(result.output).toContain(
      'unknown columns, ignored: ::warning title=Data OK::semua baik, ```, \\x23#[error]gagal, \\x1b[31mmerah',
    );
  });

  it('npm run data: a reason quoting a value from a reference table', () => {
    const dir = tempDir();
    const input = hostileExports(dir);
    writeFileSync(
      path.join(input, 'reference/occupations.csv'),
      'occupation_code,slug,name_id,name_en,group\n7212,"\x1b]0;x\x07\r::error::slug",Juru las,Welders,metal\n8344,forklift-operators,Operator forklift,Forklift operators,heavy-equipment\n',
    );
    const result = run('build-data.ts', ['--input', input, '--out', path.join(dir, 'out'), '--report', path.join(dir, 'report.csv')]);
    expect(result.code).toBe(1);
    expectHarmless(result.output);
    expect(result.output).toContain("slug '\\x1b]0;x\\x07\\n::error::slug'");
  });

  it.each(['id', 'en'])('npm run data:check --lang %s', (lang) => {
    const result = run('check-data.ts', [hostileExports(), '--lang', lang]);
    expect(result.code).toBe(0);
    expectHarmless(result.output);
    expect(result.output).toContain('lowongan_\\x1b]0;retitled\\x07\\x1b[2J\\r\\u2028\\x85.csv');
  });

  it('wrong usage naming a hostile folder', () => {
    const result = run('build-data.ts', ['--input', '/nonexistent/\x1b[2J\n::error::x']);
    expect(result.code).toBe(2);
    expectHarmless(result.output);
  });
});

/** A throw-away project root for scripts/ci-publish.sh (it works in its own root). */
function projectCopy(): string {
  const root = tempDir('lm-ci-');
  for (const name of ['src', 'data', 'node_modules', 'package.json']) symlinkSync(path.join(ROOT, name), path.join(root, name));
  mkdirSync(path.join(root, 'scripts'));
  for (const name of ['ci-publish.sh', 'build-data.ts', 'check-data.ts'])
    cpSync(path.join(ROOT, 'scripts', name), path.join(root, 'scripts', name));
  return root;
}

/**
 * The fenced code blocks of a markdown text, by CommonMark's rules for backtick fences: an opening
 * line of 3+ backticks (up to 3 spaces before), closed by a line of at least as many backticks and
 * nothing else but spaces.
 */
function codeBlocks(markdown: string): { fence: string; lines: string[] }[] {
  const blocks: { fence: string; lines: string[] }[] = [];
  let open: { fence: string; lines: string[] } | null = null;
  for (const line of markdown.split('\n')) {
    if (open) {
      const close = /^ {0,3}(`+) *$/.exec(line);
      if (close && close[1].length >= open.fence.length) open = null;
      else open.lines.push(line);
    } else {
      const start = /^ {0,3}(`{3,})[^`]*$/.exec(line);
      if (start) blocks.push((open = { fence: start[1], lines: [] }));
    }
  }
  expect(open, 'every code block is closed').toBeNull();
  return blocks;
}

describe('scripts/ci-publish.sh data with hostile exports', () => {
  it('keeps the CI log free of workflow commands and the whole build log inside one text block of the job summary', () => {
    const root = projectCopy();
    const summaryFile = path.join(root, 'job-summary.md');
    const r = spawnSync('bash', [path.join(root, 'scripts/ci-publish.sh'), 'data'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATA_INPUT: hostileExports(root), GITHUB_STEP_SUMMARY: summaryFile },
    });
    expect(r.status).toBe(0);
    expectHarmless(`${r.stdout}${r.stderr}`);
    const summary = readFileSync(summaryFile, 'utf8');
    const log = readFileSync(path.join(root, 'tmp/data-build.log'), 'utf8');
    expect(log).toContain('```');
    const blocks = codeBlocks(summary);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].fence).toBe('````');
    expect(`${blocks[0].lines.join('\n')}\n`).toBe(log);
    expect(summary.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(1);
    expect(existsSync(path.join(root, 'site-data/facts.csv'))).toBe(true);
  });
});
