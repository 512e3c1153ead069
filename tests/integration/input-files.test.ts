// Nothing under --input vanishes unseen (issue 7, items 4, 6 and 12): every entry is read or named with
// why, a dataset whose files hold no data row is missing (not zero), a drop by more than half against
// the previous release is refused unless the run accepts it, a file name that looks private is refused,
// small files are warned about, and the 5 % refusal names each file with its reasons.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingSources } from '../../src/site/facts.ts';
import { FIXTURES, build, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASIC = path.join(FIXTURES, 'basic');
const VACANCIES = readFileSync(path.join(BASIC, 'vacancies.csv'), 'utf8');
const VACANCY_HEADER = VACANCIES.split('\n')[0];
const XLSX = Buffer.concat([
  Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'),
  Buffer.from('[Content_Types].xml'),
  Buffer.alloc(200, 1),
]);

function run(script: 'build-data' | 'check-data', ...args: string[]) {
  const done = spawnSync(process.execPath, [path.join(ROOT, `scripts/${script}.ts`), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: done.status, out: `${done.stdout}${done.stderr}` };
}

/** A copy of the basic fixture with files added or replaced. */
function folder(files: Record<string, string | Buffer>): string {
  const input = path.join(tempDir(), 'exports');
  cpSync(BASIC, input, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(input, name)), { recursive: true });
    writeFileSync(path.join(input, name), content);
  }
  return input;
}

/** Two more vacancies (20 + 12 positions, in 2025) in a folder one level below lowongan/. */
const NESTED = `${VACANCY_HEADER}\nN01,2025-02-10,PT Rahasia Lowongan,7212,Welder 3G,20,Cilegon,Ciwandan,SMAW-3G\nN02,2025-05-05,PT Rahasia Lowongan,,Juru Las SMAW,12,Cilegon,Ciwandan,\n`;

describe('every entry under --input is read or named', () => {
  it("reads a dataset folder's sub-folders, and names a trailing-space name, a .tsv, an .xlsx and a dangling link in the summary, meta.json and data:check", async () => {
    const input = folder({
      'lowongan/2025/tambahan.csv': NESTED,
      'lowongan_2025.csv ': VACANCIES,
      'vacancies.tsv': VACANCIES.replaceAll(',', '\t'),
      'status update.xlsx': XLSX,
      'README.md': '# Ekspor\n',
      '.gitattributes': '* text\n',
    });
    symlinkSync(path.join(input, 'tidak-ada.csv'), path.join(input, 'lowongan_link.csv'));
    const base = await build(BASIC, { asOf: '2025-12-31' });
    const built = await build(input, { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(0);

    const vacancies = built.meta.datasets.vacancies;
    expect(vacancies.files.map((f: { name: string; accepted: number }) => [f.name, f.accepted])).toEqual([
      ['lowongan/2025/tambahan.csv', 2],
      ['vacancies.csv', 4],
    ]);
    const positions = (b: typeof built) => b.facts.get('demand_positions,2025,*,*,*');
    expect([positions(base), positions(built)]).toEqual(['36,', '68,']);

    expect(built.meta.ignored_files).toEqual(['lowongan_2025.csv ', 'lowongan_link.csv', 'status update.xlsx', 'vacancies.tsv']);
    expect(built.meta.ignored_reasons).toEqual({
      'lowongan_2025.csv ': 'name_spaces',
      'lowongan_link.csv': 'broken_link',
      'status update.xlsx': 'spreadsheet',
      'vacancies.tsv': 'not_csv',
    });
    expect(base.meta.ignored_files).toEqual([]);
    expect(base.meta).not.toHaveProperty('ignored_reasons');

    const summary = built.result.summary.join('\n');
    expect(summary).toContain(
      'Tidak dibaca / not read (4):\n' +
        '- "lowongan_2025.csv ": nama berawalan atau berakhiran spasi / the name starts or ends with a space — ganti namanya',
    );
    expect(summary).toContain('- lowongan_link.csv: tautan ke berkas yang tidak ada / a link to a file that does not exist');
    expect(summary).toContain(
      '- status update.xlsx: bukan .csv (berkas spreadsheet) / not a .csv (a spreadsheet file) — simpan sebagai CSV UTF-8',
    );
    expect(summary).toContain('- vacancies.tsv: bukan .csv / not a .csv — bila isinya tabel teks');
    expect(summary).not.toMatch(/README|gitattributes/);

    const check = run('check-data', input, '--lang', 'en');
    expect(check.code).toBe(0);
    expect(check.out).toContain(
      '  lowongan/2025/tambahan.csv: vacancies (lowongan) — UTF-8, delimiter comma\n      2 rows read, 2 accepted, 0 rejected\n',
    );
    expect(check.out).toContain('  "lowongan_2025.csv ": not read: the name starts or ends with a space. Fix: rename it without the space');
    expect(check.out).toContain(
      '  lowongan_link.csv: not read: a link to a file that does not exist. Fix: copy the file itself here, or remove the link.',
    );
    expect(check.out).toContain('  status update.xlsx: not read: not a .csv (a spreadsheet file). Fix: save it as CSV UTF-8');
    expect(check.out).toContain('  vacancies.tsv: not read: not a .csv. Fix: if it holds a text table');
    expect(check.out).toContain('Note: 4 files or folders are not read (see "Files" above); nothing in them is counted.');
  });
});

describe('a dataset whose files hold no data row', () => {
  it('is missing in meta.json and on the pages, not zero demand', async () => {
    const input = folder({ 'vacancies.csv': `${VACANCY_HEADER}\n` });
    const built = await build(input, { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(0);
    expect(built.meta.datasets.vacancies).toMatchObject({
      present: false,
      rows_read: 0,
      accepted: 0,
      files: [{ name: 'vacancies.csv', rows_read: 0 }],
    });
    expect(built.meta.datasets.enrollments.present).toBe(true);
    expect(missingSources(built.meta, 'demand_positions')).toEqual(['vacancies']);
    expect(built.result.summary).toContain(
      '- lowongan / vacancies: file tanpa satu pun baris data; halaman menyebut sumbernya tidak ada / files without a single data row; the pages say the source is missing',
    );
    expect(run('check-data', input, '--lang', 'en').out).toContain(
      '(the vacancies (lowongan) files hold no data row: the pages say the source is missing)',
    );
  });
});

describe('a drop by more than half against the previous release', () => {
  const previous = path.join(tempDir(), 'previous');
  const publishPrevious = () =>
    run('build-data', '--input', BASIC, '--out', previous, '--report', path.join(tempDir(), 'r.csv'), '--as-of', '2025-11-30');

  it('is refused, naming the dataset, both counts and the flag; --accept-drop publishes it', () => {
    expect(publishPrevious().code).toBe(0);
    const input = folder({ 'vacancies.csv': `${VACANCY_HEADER}\n` });
    const out = path.join(tempDir(), 'out');
    const args = [
      '--input',
      input,
      '--out',
      out,
      '--report',
      path.join(tempDir(), 'r.csv'),
      '--previous',
      path.join(previous, 'facts.csv'),
    ];
    const refused = run('build-data', ...args);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      'GAGAL / FAILED: vacancies: baris diterima turun dari 4 (rilis 2025-11-30) menjadi 0 — lebih dari separuh.',
    );
    expect(refused.out).toContain('if the drop is real, run again with --accept-drop vacancies');

    const accepted = run('build-data', ...args, '--accept-drop', 'lowongan');
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('Penurunan diterima / drop accepted (--accept-drop vacancies): vacancies 4 → 0');
    expect(JSON.parse(readFileSync(path.join(out, 'meta.json'), 'utf8')).datasets.vacancies.present).toBe(false);

    expect(run('build-data', ...args, '--accept-drop', 'lowongans').code).toBe(2);
  });

  it('lets a fall by half or less through', () => {
    expect(publishPrevious().code).toBe(0);
    const [header, ...rows] = VACANCIES.trim().split('\n');
    const input = folder({ 'vacancies.csv': [header, ...rows.slice(0, 2)].join('\n') });
    const built = run(
      'build-data',
      '--input',
      input,
      '--out',
      path.join(tempDir(), 'out'),
      '--report',
      path.join(tempDir(), 'r.csv'),
      '--previous',
      path.join(previous, 'facts.csv'),
    );
    expect(built.code).toBe(0);
  });
});

describe('file names are published', () => {
  it('refuses a file whose name looks like it holds a NIK or a phone number, without printing the digits', () => {
    const nik = folder({ 'peserta_3672011234567890.csv': readFileSync(path.join(BASIC, 'enrollments_update.csv')) });
    const built = run('build-data', '--input', nik, '--out', path.join(tempDir(), 'out'), '--report', path.join(tempDir(), 'r.csv'));
    expect(built.code).toBe(1);
    expect(built.out).toContain(
      'GAGAL / FAILED — peserta_################.csv: nama berkas memuat 16 angka berturut-turut, yang tampak seperti NIK.',
    );
    expect(built.out).not.toContain('3672011234567890');

    const phone = folder({ 'penempatan/pmi_taiwan_0812-3456-7890.csv': 'placement_id,person_id,placement_date\n' });
    const checked = run('check-data', phone, '--lang', 'en');
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(
      '  penempatan/pmi_taiwan_####-####-####.csv: REFUSED: the file name holds something that looks like a phone number',
    );
    expect(checked.out).toContain('Result: REFUSED');
    expect(checked.out).not.toMatch(/0812|3456|7890/);
  });

  it('data:check says file names are published, and warns about a file of people with fewer accepted rows than min-cell', () => {
    const checked = run('check-data', BASIC, '--lang', 'en');
    expect(checked.code).toBe(0);
    expect(checked.out).toContain(
      'File names are published\n  Every file name and its row counts are published (meta.json, the methodology page)',
    );
    expect(checked.out).toContain('  WARNING: enrollments_update.csv: only 2 accepted rows, fewer than the small-cell threshold (5);');
    // Vacancies are not about people: its 4-row file is not warned about.
    expect(checked.out).not.toContain('WARNING: vacancies.csv');
    expect(run('check-data', BASIC, '--lang', 'en', '--min-cell', '2').out).not.toContain('WARNING:');
  });
});

describe('the 5 % refusal', () => {
  it('names each file of the dataset with its own rejected and read counts and its most common reasons', () => {
    const bad = (prefix: string, dates: number, zeros: number, good: number) =>
      [
        'vacancy_id,posted_date,positions',
        ...Array.from({ length: dates }, (_, i) => `${prefix}D${i},2025-13-45,1`),
        ...Array.from({ length: zeros }, (_, i) => `${prefix}Z${i},2025-06-01,0`),
        ...Array.from({ length: good }, (_, i) => `${prefix}G${i},2025-06-01,2`),
      ].join('\n');
    const input = folder({ 'lowongan/a.csv': bad('A', 3, 1, 16), 'lowongan/b.csv': bad('B', 0, 2, 18) });
    const built = run('build-data', '--input', input, '--out', path.join(tempDir(), 'out'), '--report', path.join(tempDir(), 'r.csv'));
    expect(built.code).toBe(1);
    expect(built.out).toContain(
      'vacancies: 6 of 44 rows rejected (more than 5 %) — ' +
        'lowongan/a.csv: 4 of 20 rejected (3× this date does not exist in the calendar; 1× the number of positions must be at least 1) — ' +
        'lowongan/b.csv: 2 of 20 rejected (2× the number of positions must be at least 1) — fix the rows in the report and run again',
    );
  });
});
