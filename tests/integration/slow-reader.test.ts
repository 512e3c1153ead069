// A report longer than a pipe holds (64 KiB) must reach a reader that is slow to start (`| less`, `| tee`,
// a busy CI runner). A command that ends with process.exit() right after writing drops what is still
// queued: data:check printed 64,014 of 176,404 bytes through `| (sleep 1; cat)`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('a long report through a pipe that is read late', () => {
  let dir: string;
  let input: string;
  beforeAll(() => {
    dir = tempDir('lm-slow-reader-');
    input = path.join(dir, 'input');
    mkdirSync(path.join(input, 'peserta'), { recursive: true });
    // 300 one-row files whose program code is unknown: each is named in the report, well over 64 KiB.
    const header = 'enrollment_id,person_id,sex,city,kecamatan,program_code,start_date,end_date,status';
    for (let i = 1; i <= 300; i++)
      writeFileSync(
        path.join(input, 'peserta', `peserta_${i}.csv`),
        `${header}\nE${i},0099000000000001,L,Cilegon,Ciwandan,XX-${i},2025-01-06,2025-03-28,completed\n`,
      );
  });

  it('data:check writes its whole report', () => {
    const argv = ['scripts/check-data.ts', input, '--lang', 'en'];
    const direct = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(direct.status).toBe(1);
    expect(direct.stdout.length).toBeGreaterThan(80 * 1024);

    const late = path.join(dir, 'late.txt');
    const quoted = [process.execPath, ...argv].map((a) => `'${a}'`).join(' ');
    const piped = spawnSync('sh', ['-c', `${quoted} 2>/dev/null | (sleep 1; cat > '${late}')`], { cwd: ROOT, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    // Compare the size and the closing line, which is where a cut report loses its verdict.
    const text = readFileSync(late, 'utf8');
    const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);
    expect(text.length).toBe(direct.stdout.length);
    expect(lastLine(text)).toBe(lastLine(direct.stdout));
  }, 120_000);

  it('the data build names ten files in its refusal and counts the rest: its summary stays a screenful', () => {
    const argv = ['scripts/build-data.ts', '--input', input, '--out', path.join(dir, 'out'), '--report', path.join(dir, 'report.csv')];
    const r = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('enrollments: 300 dari 300 baris ditolak (lebih dari 5 %)');
    expect(r.stdout).toContain(
      'peserta/peserta_107.csv: 1 dari 1 ditolak (1× kode program tidak ada di programs.csv) — dan 290 file lain — perbaiki',
    );
    expect(r.stdout).toContain(
      'peserta/peserta_107.csv: 1 of 1 rejected (1× this program code is not in programs.csv) — and 290 more files — fix',
    );
    expect(r.stdout).not.toContain('peserta_108.csv');
    expect(r.stdout.length).toBeLessThan(8 * 1024);
    // Every row is still in the reject report.
    expect(readFileSync(path.join(dir, 'report.csv'), 'utf8').trim().split('\n')).toHaveLength(301);
  }, 120_000);
});
