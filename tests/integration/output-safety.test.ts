// Issue 7, items 1 and 11: the data build only ever replaces what it made, under a lock, with the
// reject report written before an atomic switch of --out; system errors are plain messages. Every
// test works in its own temporary folder (never this checkout) and runs the real command line.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLeftovers, lockOutput } from '../../src/pipeline/output.ts';
import { sampleReleasesRefusal } from '../../src/releases/sample.ts';
import { keepRelease } from '../../src/releases/store.ts';
import { writeSample } from '../../src/sample/write.ts';
import { FIXTURES, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD = path.join(ROOT, 'scripts/build-data.ts');
const CHECK = path.join(ROOT, 'scripts/check-data.ts');
const FAULTS = path.join(import.meta.dirname, 'support/fs-faults.ts');
const MARKER = '.link-and-match-output';
const STACK = /\n\s+at |node:internal|Error:/;

interface Faults {
  fail?: { call: string; path: string; code: string }[];
  kill?: { under: string; at: number };
}

function run(script: string, args: string[], cwd: string, faults?: Faults) {
  const r = spawnSync(process.execPath, [...(faults ? ['--import', FAULTS] : []), script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LM_FS_FAULTS: JSON.stringify(faults ?? {}) },
  });
  return { code: r.status, signal: r.signal, output: `${r.stdout}${r.stderr}` };
}

/** A temporary world: the basic fixture as input, a working directory, and where --out and --report go by default. */
function world() {
  const base = tempDir('lm-out-');
  const input = path.join(base, 'input');
  cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
  const cwd = path.join(base, 'work');
  mkdirSync(cwd);
  writeFileSync(path.join(cwd, 'notes.txt'), 'a document in the working directory\n');
  const out = path.join(base, 'publish', 'site');
  const report = path.join(base, 'reports', 'rejected.csv');
  const build = (args: string[] = [], faults?: Faults, where = cwd) =>
    run(BUILD, ['--input', input, '--out', out, '--report', report, '--as-of', '2025-12-31', ...args], where, faults);
  return { base, input, cwd, out, report, build };
}

/** Every entry under a folder: files with their bytes, links with their target, folders. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const stat = lstatSync(full);
      const key = path.relative(dir, full);
      if (stat.isSymbolicLink()) entries[key] = `link → ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        entries[key] = 'folder';
        walk(full);
      } else entries[key] = readFileSync(full, 'latin1');
    }
  };
  walk(dir);
  return entries;
}

function asOf(out: string): string {
  return JSON.parse(readFileSync(path.join(out, 'meta.json'), 'utf8')).as_of;
}

/** What is beside --out other than itself and the builds behind it: what a run left over. */
function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((name) => name !== 'site' && name !== '.site.builds');
}

/** A process id that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('refused: exit 2, a plain message naming the path, and nothing touched', () => {
  const cases: [string, (w: ReturnType<typeof world>) => { args: string[]; cwd?: string }, RegExp][] = [
    ['an empty --out (an unset variable)', () => ({ args: ['--out', ''] }), /--out kosong.*--out is empty/s],
    ['--out naming the input folder', (w) => ({ args: ['--out', w.input] }), /ini folder input.*this is the input folder/s],
    [
      '--out inside the input folder',
      (w) => ({ args: ['--out', path.join(w.input, 'site')] }),
      /di dalam folder input.*inside the input folder/s,
    ],
    [
      '--out naming a parent of the input',
      (w) => ({ args: ['--out', w.base] }),
      /this is the input folder \(--input\) or a folder above it/,
    ],
    ['--out naming the current directory', () => ({ args: ['--out', '.'] }), /this is the current directory or a folder above it/],
    [
      '--out naming a parent of the current directory',
      (w) => {
        const deeper = path.join(w.cwd, 'deeper');
        mkdirSync(deeper);
        return { args: ['--out', '..'], cwd: deeper };
      },
      /this is the current directory or a folder above it/,
    ],
    [
      '--out naming a repository',
      (w) => {
        const repo = path.join(w.base, 'repo');
        mkdirSync(path.join(repo, '.git'), { recursive: true });
        writeFileSync(path.join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
        writeFileSync(path.join(repo, 'laporan.docx'), 'a document');
        return { args: ['--out', repo] };
      },
      /this folder is a git repository \(it holds \.git\)/,
    ],
    [
      '--out naming a folder of documents',
      (w) => {
        const docs = path.join(w.base, 'docs');
        mkdirSync(docs);
        writeFileSync(path.join(docs, 'notulen.txt'), 'minutes');
        return { args: ['--out', docs] };
      },
      /holds files the build did not make \(e\.g\. notulen\.txt\) and no \.link-and-match-output mark/,
    ],
    [
      '--out naming a folder of published files plus a document',
      (w) => {
        mkdirSync(w.out, { recursive: true });
        writeFileSync(path.join(w.out, 'facts.csv'), 'old\n');
        writeFileSync(path.join(w.out, 'catatan.txt'), 'a note');
        return { args: [] };
      },
      /e\.g\. catatan\.txt/,
    ],
    [
      '--out naming a file',
      (w) => {
        writeFileSync(path.join(w.base, 'site.csv'), 'data');
        return { args: ['--out', path.join(w.base, 'site.csv')] };
      },
      /this is a file, not a folder/,
    ],
    [
      '--out naming a symbolic link the build did not make',
      (w) => {
        mkdirSync(path.join(w.base, 'elsewhere'));
        writeFileSync(path.join(w.base, 'elsewhere', 'data.txt'), 'x');
        symlinkSync(path.join(w.base, 'elsewhere'), path.join(w.base, 'linked'));
        return { args: ['--out', path.join(w.base, 'linked')] };
      },
      /a symbolic link the build did not make/,
    ],
    ['an empty --report', () => ({ args: ['--report', ''] }), /--report kosong.*--report is empty/s],
    [
      '--report naming a folder',
      (w) => {
        mkdirSync(path.join(w.base, 'reports'));
        writeFileSync(path.join(w.base, 'reports', 'old.csv'), 'x');
        return { args: ['--report', path.join(w.base, 'reports')] };
      },
      /not a plain file \(a folder\?\)/,
    ],
    [
      '--report inside the input folder',
      (w) => ({ args: ['--report', path.join(w.input, 'rejected.csv')] }),
      /this file is inside the input folder/,
    ],
    ['--report inside --out', (w) => ({ args: ['--report', path.join(w.out, 'rejected.csv')] }), /must not sit inside the output folder/],
    [
      '--report naming a file that is not a reject report',
      (w) => {
        writeFileSync(path.join(w.base, 'peserta.csv'), 'nik,nama\n3672011234567890,Budi\n');
        return { args: ['--report', path.join(w.base, 'peserta.csv')] };
      },
      /this file exists and is not a reject report \(its first line is not "dataset,file,line,column,value,reason"\)/,
    ],
  ];

  it.each(cases)('%s', (_name, prepare, says) => {
    const w = world();
    const { args, cwd } = prepare(w);
    const before = snapshot(w.base);
    const result = w.build(args, undefined, cwd ?? w.cwd);
    expect(result.code, result.output).toBe(2);
    expect(result.output).toMatch(says);
    expect(result.output).toMatch(/nothing was changed/);
    expect(result.output).not.toMatch(STACK);
    expect(snapshot(w.base)).toEqual(before);
  });
});

describe('what the build made, it replaces', () => {
  it('publishes into an absent folder, then replaces its own publication', () => {
    const w = world();
    expect(w.build(['--as-of', '2025-06-30']).code).toBe(0);
    expect(asOf(w.out)).toBe('2025-06-30');
    expect(readFileSync(path.join(w.out, MARKER), 'utf8')).toMatch(/link-and-match-cilegon data build/);
    const second = w.build();
    expect(second.code, second.output).toBe(0);
    expect(asOf(w.out)).toBe('2025-12-31');
    // Nothing left over: the link, the one build behind it, and no lock.
    expect(readdirSync(path.dirname(w.out)).sort()).toEqual(['.site.builds', 'site']);
    expect(readdirSync(path.join(path.dirname(w.out), '.site.builds'))).toHaveLength(1);
    expect(readdirSync(w.out).sort()).toEqual([MARKER, 'demand.json', 'facts.csv', 'meta.json', 'reference.json']);
  });

  it('publishes into an empty folder', () => {
    const w = world();
    mkdirSync(w.out, { recursive: true });
    expect(w.build().code).toBe(0);
    expect(asOf(w.out)).toBe('2025-12-31');
  });

  it('replaces a folder an earlier version of the build made (the published files only, no mark)', () => {
    const w = world();
    mkdirSync(w.out, { recursive: true });
    for (const name of ['facts.csv', 'meta.json', 'reference.json', 'demand.json']) writeFileSync(path.join(w.out, name), 'earlier\n');
    const result = w.build();
    expect(result.code, result.output).toBe(0);
    expect(asOf(w.out)).toBe('2025-12-31');
    expect(readdirSync(path.dirname(w.out)).sort()).toEqual(['.site.builds', 'site']);
  });

  it('replaces an existing reject report', () => {
    const w = world();
    mkdirSync(path.dirname(w.report));
    writeFileSync(w.report, 'dataset,file,line,column,value,reason\nvacancies,x.csv,2,a,b,c\n');
    expect(w.build().code).toBe(0);
    expect(readFileSync(w.report, 'utf8').split('\n')[0]).toBe('dataset,file,line,column,value,reason');
    expect(readdirSync(path.dirname(w.report))).toEqual(['rejected.csv']);
  });
});

describe('one build at a time', () => {
  it('refuses while another live build holds the lock, and leaves everything as it was', () => {
    const w = world();
    expect(w.build(['--as-of', '2025-06-30']).code).toBe(0);
    // This test's own process stands for the other build.
    writeFileSync(`${w.out}.lock`, `${process.pid}\n`);
    const before = snapshot(w.base);
    const result = w.build();
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `another build (process ${process.pid}) is writing this folder; wait for it to finish and run again. If no build is running, delete ${w.out}.lock`,
    );
    expect(result.output).not.toMatch(STACK);
    expect(snapshot(w.base)).toEqual(before);
  });

  it('takes over a lock whose process has ended', () => {
    const w = world();
    mkdirSync(path.dirname(w.out), { recursive: true });
    writeFileSync(`${w.out}.lock`, `${deadPid()}\n`);
    expect(w.build().code).toBe(0);
    expect(existsSync(`${w.out}.lock`)).toBe(false);
  });

  it('two builds started together: each publishes or refuses, and --out ends complete with nothing left over', async () => {
    const w = world();
    const start = (as: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [BUILD, '--input', w.input, '--out', w.out, '--report', path.join(w.base, `r-${as}.csv`), '--as-of', as],
          { cwd: w.cwd },
        );
        let output = '';
        child.stdout.on('data', (d) => {
          output += d;
        });
        child.stderr.on('data', (d) => {
          output += d;
        });
        child.on('close', (code) => resolve({ code, output }));
      });
    const results = await Promise.all([start('2025-06-30'), start('2025-12-31')]);
    for (const r of results) {
      expect([0, 1]).toContain(r.code);
      if (r.code === 1) expect(r.output).toMatch(/another build \(process \d+\) is writing this folder/);
      expect(r.output).not.toMatch(STACK);
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    expect(['2025-06-30', '2025-12-31']).toContain(asOf(w.out));
    expect(leftovers(path.dirname(w.out))).toEqual([]);
  }, 120_000);
});

describe('leftovers of earlier runs', () => {
  it('are removed at the start when the build made them; anything else stays', () => {
    const w = world();
    expect(w.build(['--as-of', '2025-06-30']).code).toBe(0);
    const dead = deadPid();
    const parent = path.dirname(w.out);
    const leftover = (name: string, files: Record<string, string>) => {
      mkdirSync(path.join(parent, name), { recursive: true });
      for (const [file, content] of Object.entries(files)) writeFileSync(path.join(parent, name, file), content);
    };
    leftover(`site.tmp-${dead}`, { [MARKER]: '{}\n', 'facts.csv': 'partial' });
    leftover(`site.old-${dead}`, { 'facts.csv': 'old', 'meta.json': '{}' });
    leftover(`.site.builds/${dead}-x`, { [MARKER]: '{}\n' });
    symlinkSync('.site.builds/gone', path.join(parent, `site.link-${dead}`));
    leftover(`site.tmp-${dead + 1}`, { 'notulen.txt': "not the build's" });
    const result = w.build();
    expect(result.code, result.output).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(['.site.builds', 'site', `site.tmp-${dead + 1}`]);
    expect(readdirSync(path.join(parent, '.site.builds'))).toHaveLength(1);
    expect(readFileSync(path.join(parent, `site.tmp-${dead + 1}`, 'notulen.txt'), 'utf8')).toBe("not the build's");
  });

  it('an --out missing after a crash in the middle of a swap gets its old folder back, even when the build then refuses', () => {
    const w = world();
    const parent = path.dirname(w.out);
    const old = path.join(parent, `site.old-${deadPid()}`);
    mkdirSync(old, { recursive: true });
    writeFileSync(path.join(old, 'facts.csv'), 'previous publication\n');
    writeFileSync(path.join(old, 'meta.json'), '{"as_of":"2025-06-30"}');
    writeFileSync(path.join(w.input, 'vacancies_extra.csv'), '');
    const result = w.build();
    expect(result.code).toBe(1);
    expect(readFileSync(path.join(w.out, 'facts.csv'), 'utf8')).toBe('previous publication\n');
    expect(existsSync(old)).toBe(false);
  });
});

describe('a crash (SIGKILL) at any step leaves the old or the new publication in --out', () => {
  it('killed before each change of the swap in turn, --out always reads complete', () => {
    const w = world();
    expect(w.build(['--as-of', '2025-06-30']).code).toBe(0);
    const parent = path.dirname(w.out);
    const oldFacts = readFileSync(path.join(w.out, 'facts.csv'), 'utf8');
    const pristine = path.join(w.base, 'pristine');
    cpSync(parent, pristine, { recursive: true, verbatimSymlinks: true });
    const reset = () => {
      rmSync(parent, { recursive: true });
      cpSync(pristine, parent, { recursive: true, verbatimSymlinks: true });
    };
    let killed = 0;
    for (let at = 1; at <= 20; at++) {
      reset();
      const result = w.build([], { kill: { under: parent, at } });
      const seen = asOf(w.out);
      expect(['2025-06-30', '2025-12-31']).toContain(seen);
      if (seen === '2025-06-30') expect(readFileSync(path.join(w.out, 'facts.csv'), 'utf8')).toBe(oldFacts);
      if (result.signal !== 'SIGKILL') {
        expect(result.code).toBe(0);
        break;
      }
      killed++;
      // What the next build does first: take over the dead run's lock and tidy what it left.
      const lock = lockOutput(w.out);
      if (!('release' in lock)) throw new Error(lock.en);
      cleanLeftovers(w.out);
      lock.release();
      expect(leftovers(parent)).toEqual([]);
      expect(readdirSync(path.join(parent, '.site.builds'))).toHaveLength(1);
      expect(['2025-06-30', '2025-12-31']).toContain(asOf(w.out));
    }
    expect(killed).toBeGreaterThanOrEqual(5);
  }, 300_000);
});

describe('system errors: a plain message with the path and a fix, no stack trace', () => {
  // An entry that cannot be read is named with why and what to do (docs/data-rules.md, "Files not read");
  // a dataset's own folder that cannot be opened refuses the build (exit 1).
  it('a symbolic link loop in the input (ELOOP) is named in the build and in data:check', () => {
    const w = world();
    symlinkSync('lingkaran-b.csv', path.join(w.input, 'lingkaran-a.csv'));
    symlinkSync('lingkaran-a.csv', path.join(w.input, 'lingkaran-b.csv'));
    const build = w.build();
    expect(build.code).toBe(0);
    for (const result of [build, run(CHECK, [w.input], w.cwd)]) {
      expect(result.output).toMatch(
        /lingkaran-a\.csv: [^\n]*tautan ke berkas yang tidak ada[^\n]*salin berkas aslinya ke sini, atau hapus tautannya/,
      );
      expect(result.output).not.toMatch(STACK);
    }
    expect(JSON.parse(readFileSync(path.join(w.out, 'meta.json'), 'utf8')).ignored_files).toEqual(['lingkaran-a.csv', 'lingkaran-b.csv']);
  });

  it('an unreadable subfolder (EACCES, simulated: as root a chmod does not stop reading) is named; an unreadable dataset folder refuses the build', () => {
    const w = world();
    mkdirSync(path.join(w.input, 'arsip-terkunci'));
    const faults = { fail: [{ call: 'readdirSync', path: 'arsip-terkunci', code: 'EACCES' }] };
    const build = w.build([], faults);
    expect(build.code).toBe(0);
    for (const result of [build, run(CHECK, [w.input], w.cwd, faults)]) {
      expect(result.output).toMatch(/arsip-terkunci\/: [^\n]*tidak dapat dibuka[^\n]*beri izin baca/);
      expect(result.output).not.toMatch(STACK);
    }
    mkdirSync(path.join(w.input, 'lowongan'));
    const locked = w.build([], { fail: [{ call: 'readdirSync', path: 'lowongan', code: 'EACCES' }] });
    expect(locked.code).toBe(1);
    expect(locked.output).toMatch(/lowongan/);
    expect(locked.output).not.toMatch(STACK);
  });

  it('a full disk while writing the publication (ENOSPC, simulated): the old publication stays, no partial build is left', () => {
    const w = world();
    expect(w.build(['--as-of', '2025-06-30']).code).toBe(0);
    const before = snapshot(path.dirname(w.out));
    const result = w.build([], { fail: [{ call: 'writeFileSync', path: 'facts.csv', code: 'ENOSPC' }] });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/disk penuh.*the disk is full: free some disk space and run again \(ENOSPC writeFile\)/s);
    expect(result.output).toMatch(/nothing was published/);
    expect(result.output).not.toMatch(STACK);
    expect(snapshot(path.dirname(w.out))).toEqual(before);
  });

  it('the reject report is written before the swap: when it cannot be written (ENOSPC, simulated), nothing is published', () => {
    const w = world();
    expect(w.build(['--as-of', '2025-06-30']).code).toBe(0);
    const before = snapshot(path.dirname(w.out));
    const result = w.build([], { fail: [{ call: 'writeFileSync', path: 'rejected.csv', code: 'ENOSPC' }] });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/rejected\.csv\.tmp-\d+: disk penuh.*\(ENOSPC writeFile\)/s);
    expect(result.output).not.toMatch(STACK);
    expect(snapshot(path.dirname(w.out))).toEqual(before);
    expect(readdirSync(path.dirname(w.report))).toEqual(['rejected.csv']);
  });
});

describe('the other commands that write replace only what they made', () => {
  it('npm run sample refuses a folder it did not make (exit 2, untouched), and rewrites its own', () => {
    const base = tempDir('lm-sample-');
    const docs = path.join(base, 'docs');
    mkdirSync(docs);
    writeFileSync(path.join(docs, 'notulen.txt'), 'minutes');
    const before = snapshot(base);
    const result = run(path.join(ROOT, 'scripts/generate-sample.ts'), [docs], base);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/OUT_DIR .*docs: this folder holds files this command did not make; it is never replaced/);
    expect(result.output).not.toMatch(STACK);
    expect(snapshot(base)).toEqual(before);
    for (const folder of ['', '.', base]) expect(() => writeSample(folder, [])).toThrow(/current directory|is empty|never replaced/);

    const own = path.join(base, 'sample');
    mkdirSync(own);
    writeFileSync(path.join(own, 'SAMPLE-DATA.txt'), 'synthetic');
    writeFileSync(path.join(own, 'peserta_lama.csv'), 'from an older run');
    writeSample(own, [{ path: 'SAMPLE-DATA.txt', bytes: new TextEncoder().encode('synthetic') }]);
    expect(readdirSync(own)).toEqual(['SAMPLE-DATA.txt']);
  });

  it('npm run release:sample rewrites a folder of releases only', () => {
    const root = tempDir('lm-releases-');
    expect(sampleReleasesRefusal(root)).toBeNull();
    mkdirSync(path.join(root, 'sample', '2026-08-31'), { recursive: true });
    writeFileSync(path.join(root, 'sample', '2026-08-31', 'facts.csv'), 'x');
    expect(sampleReleasesRefusal(root)).toBeNull();
    writeFileSync(path.join(root, 'sample', 'README.md'), 'notes');
    expect(sampleReleasesRefusal(root)?.en).toMatch(/sample: this folder holds files this command did not make; it is never replaced/);
  });

  it('keeping a release never removes a folder it did not make, and never replaces a release', () => {
    const folder = tempDir('lm-keep-');
    const foreign = path.join(folder, `2026-08-31.tmp-${process.pid}`);
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notes.txt'), 'not a release');
    const meta = `${JSON.stringify({ as_of: '2026-08-31' })}\n`;
    expect(keepRelease(folder, '2026-08-31', { 'facts.csv': 'a\n', 'meta.json': meta })).toBe('added');
    expect(readFileSync(path.join(foreign, 'notes.txt'), 'utf8')).toBe('not a release');
    expect(readdirSync(folder).sort()).toEqual(['2026-08-31', `2026-08-31.tmp-${process.pid}`]);
    expect(keepRelease(folder, '2026-08-31', { 'facts.csv': 'b\n', 'meta.json': meta })).toBe('conflict');
    expect(readFileSync(path.join(folder, '2026-08-31', 'facts.csv'), 'utf8')).toBe('a\n');
  });
});
