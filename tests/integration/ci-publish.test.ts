// scripts/ci-publish.sh data, as the workflow runs it: good exports build and are summarised; refused
// exports fail the step with the build's summary and data:check's grouped reasons in the job summary,
// without a private value or any cell value, and leave site-data/ untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A throw-away project root: the script works in its own root, so the test never touches this repository's site-data/. */
function projectCopy(): string {
  const root = tempDir('lm-ci-');
  for (const name of ['src', 'data', 'node_modules', 'package.json']) symlinkSync(path.join(ROOT, name), path.join(root, name));
  mkdirSync(path.join(root, 'scripts'));
  for (const name of ['ci-publish.sh', 'build-data.ts', 'check-data.ts'])
    cpSync(path.join(ROOT, 'scripts', name), path.join(root, 'scripts', name));
  return root;
}

function publishData(root: string, input: string, env: Record<string, string> = {}) {
  const summary = path.join(root, 'job-summary.md');
  const run = spawnSync('bash', [path.join(root, 'scripts/ci-publish.sh'), 'data'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATA_INPUT: input, GITHUB_STEP_SUMMARY: summary, ...env },
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}`, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

describe('scripts/ci-publish.sh data', () => {
  it('builds good exports into site-data/ and puts the summary in the job summary', () => {
    const root = projectCopy();
    const run = publishData(root, path.join(FIXTURES, 'basic'));
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(root, 'site-data/facts.csv'), 'utf8')).toMatch(/^metric,period,occupation,kecamatan,sex,value,flag\n/);
    expect(run.summary).toMatch(/^## Data build · Pembangunan data \(.*basic\)\n\n```text\nLink & Match Cilegon — data: /);
    expect(run.summary).toMatch(/lowongan \/ vacancies {13}1 {12}4 /);
    expect(run.summary).toContain('Diterbitkan / published: site-data — facts.csv');
    expect(run.summary).not.toContain('data:check');
  });

  it('passes each dataset of ACCEPT_DROP to the data build as --accept-drop, which checks the names', () => {
    const root = projectCopy();
    const run = publishData(root, path.join(FIXTURES, 'basic'), { ACCEPT_DROP: 'vacancies, lowongans' });
    expect(run.code).toBe(2);
    expect(run.output).toContain('--accept-drop: bukan nama data / not a dataset: lowongans');
    expect(publishData(root, path.join(FIXTURES, 'basic'), { ACCEPT_DROP: 'vacancies penempatan' }).code).toBe(0);
  });

  it('fails on refused exports, says why in the job summary without any private or cell value, and publishes nothing', () => {
    const root = projectCopy();
    const input = path.join(root, 'exports');
    cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
    writeFileSync(
      path.join(input, 'lowongan_2025.csv'),
      [
        'vacancy_id,posted_date,positions,employer_name',
        'X1,2025-13-45,1,PT Rahasia Satu',
        'X2,2025-13-45,1,PT Rahasia Dua',
        'X3,2025-06-01,1,PT Rahasia Tiga',
      ].join('\n'),
    );
    writeFileSync(
      path.join(input, 'peserta_2026.csv'),
      [
        'enrollment_id,person_id,name,program_code,start_date,end_date,status',
        'E77,0099000000007777,Nama Sangat Rahasia,LAS-SMAW,2026-01-05,31/02/2026,completed',
      ].join('\n'),
    );

    const run = publishData(root, input);
    expect(run.code).toBe(1);
    expect(existsSync(path.join(root, 'site-data'))).toBe(false);
    expect(run.output).toContain('::error title=Data ditolak / data refused::');
    expect(run.summary).toContain('GAGAL / FAILED: enrollments: 2 dari 26 baris ditolak (lebih dari 5 %)');
    expect(run.summary).toContain('### npm run data:check -- ');
    expect(run.summary).toContain('  lowongan_2025.csv, kolom posted_date: 2 baris — tanggal tidak ada di kalender\n      baris: 2, 3\n');
    expect(run.summary).toContain('  peserta_2026.csv, kolom end_date: 1 baris — tanggal tidak ada di kalender\n      baris: 2\n');
    expect(run.summary).toContain('  - vacancies: 2 dari 7 baris ditolak (lebih dari 5 %)');
    for (const secret of [
      '0099000000007777',
      'Nama Sangat Rahasia',
      'Rahasia Satu',
      'Rahasia Tiga',
      'PT Rahasia',
      'SERT-RAHASIA',
      '0099000000000001',
      'Siti Rahasia',
    ]) {
      expect(run.summary, secret).not.toContain(secret);
      expect(run.output, secret).not.toContain(secret);
    }
    for (const value of ['2025-13-45', '31/02/2026', '31/02/2025', 'E77']) expect(run.summary, value).not.toContain(value);
  });

  it('refuses an unknown step', () => {
    const run = spawnSync('bash', [path.join(ROOT, 'scripts/ci-publish.sh'), 'deploy'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: scripts/ci-publish.sh [install|test|data|site|keep]');
  });
});
