// The national-scale input of issue 9: four clean exports, one file per dataset, in the shape and
// with the column names of our exports (docs/input-format.md), generated from a fixed seed so that
// every run reads the same bytes. About 5.6 million rows: people who enroll more than once, NIKs
// that come back in certifications and placements (most linked by enrollment_id), Cilegon's eight
// kecamatan written as the exports write them, every program and scheme code of data/reference,
// varied job titles and employer sectors. Kept under tmp/ and written again only when PARAMETERS
// change.

import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PARAMETERS = {
  /** Bump when the rows written change for the same counts. */
  version: 1,
  seed: 20_261_202,
  enrollments: 2_000_000,
  certifications: 1_000_000,
  placements: 600_000,
  vacancies: 2_000_000,
  /** People enrolled: fewer than enrollments, so that some enroll twice or more. */
  persons: 1_500_000,
};

export type Parameters = typeof PARAMETERS;

export const FILES = {
  enrollments: 'peserta.csv',
  certifications: 'sertifikasi.csv',
  placements: 'penempatan.csv',
  vacancies: 'lowongan.csv',
} as const;

/** mulberry32: small, fast and the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Written as the exports write them: names, upper case, "Kec." and BPS or Kemendagri codes.
const KECAMATAN = [
  ['Ciwandan', 'CIWANDAN', 'Kec. Ciwandan', '3672010'],
  ['Citangkil', 'CITANGKIL', 'Kecamatan Citangkil', '36.72.08'],
  ['Pulomerak', 'Pulo Merak', 'PULOMERAK', '3672020'],
  ['Purwakarta', 'PURWAKARTA', 'Kec. Purwakarta', '36.72.07'],
  ['Grogol', 'GROGOL', 'Kecamatan Grogol', '3672022'],
  ['Cilegon', 'CILEGON', 'Kec. Cilegon', '36.72.02'],
  ['Jombang', 'JOMBANG', 'Kecamatan Jombang', '3672031'],
  ['Cibeber', 'CIBEBER', 'Kec. Cibeber', '36.72.01'],
];
const TITLES = [
  'Welder SMAW',
  'Welder 6G',
  'Welder Pipa',
  'Juru Las',
  'Fitter Pipa',
  'Pipe Fitter',
  'Operator Forklift',
  'Forklift Driver',
  'Operator Crane',
  'Operator Mobile Crane',
  'Rigger',
  'Rigger Level 1',
  'Signalman',
  'Scaffolder',
  'Tukang Perancah',
  'Electrician',
  'Teknisi Listrik',
  'Tukang Listrik',
  'Teknisi AC',
  'Mekanik Alat Berat',
  'Mekanik Excavator',
  'Mekanik Mobil',
  'Operator Excavator',
  'Operator Bulldozer',
  'Drafter CAD',
  'Safety Officer',
  'Petugas K3',
  'HSE Officer',
  'Ahli K3 Umum',
  'Cook',
  'Juru Masak',
  'Satpam',
  'Security',
  'Penjahit',
  'Operator Jahit',
  'Network Technician',
  'Teknisi Jaringan',
  'Helper',
  'Admin Gudang',
  'Checker',
  'Staff Produksi',
  'Operator Produksi',
  'Welding Inspector',
  'QC Inspector',
  'Sopir',
];
const TITLE_SUFFIXES = [
  '',
  '',
  '',
  ' Senior',
  ' Junior',
  ' (Kontrak)',
  ' Shift Malam',
  ' - Proyek Petrokimia',
  ' Berpengalaman',
  ' Wanita/Pria',
];
const PLACEMENT_TYPES = ['bekerja', 'Dalam Negeri', 'employed', 'migrant', 'Pekerja Migran', 'wirausaha', 'self_employed'];
const STATUSES = ['completed', 'completed', 'completed', 'Lulus', 'Lulus', 'failed', 'dropped', 'Mengundurkan Diri', 'ongoing'];

/** First column of a reference table. */
function codes(file: string): string[] {
  return readFileSync(path.join('data/reference', file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]);
}

/** Employer sectors as the exports write them: a KBLI division alone, "KBLI 24", "42 - Name", or the name alone. */
function sectors(): string[] {
  const text = readFileSync('data/reference/kbli_divisions.csv', 'utf8').trim().split('\n').slice(1);
  const out: string[] = [];
  for (const line of text) {
    const [code, rest] = [line.slice(0, 2), line.slice(3)];
    const name = rest.startsWith('"') ? rest.slice(1, rest.indexOf('"', 1)) : rest.split(',')[0];
    out.push(code, `KBLI ${code}`, `"${code} - ${name}"`, `"${name}"`);
  }
  return out;
}

/** A 16-digit NIK for person p, the same for p in every file: 3672, then p scrambled bijectively. */
function nik(p: number): string {
  return `3672${String((BigInt(p) * 982_451_653n + 7_919n) % 1_000_000_000_000n).padStart(12, '0')}`;
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 0, 1);
/** Days from 2023-01-01 to 2026-09-30. */
const SPAN = 1369;
const iso = (day: number) => new Date(FIRST + day * DAY).toISOString().slice(0, 10);
const dmy = (day: number) => {
  const d = new Date(FIRST + day * DAY);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

async function write(file: string, header: string, n: number, row: (i: number) => string): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const put = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  await put(`${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < n; i++) {
    chunk.push(row(i));
    if (chunk.length === 10_000) {
      await put(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) await put(`${chunk.join('\n')}\n`);
  await new Promise<void>((r) => out.end(() => r()));
  return bytes;
}

async function generate(dir: string, p: Parameters): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const rand = random(p.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const programs = codes('programs.csv');
  const schemes = codes('schemes.csv');
  const occupations = codes('occupations.csv');
  const sectorTexts = sectors();

  // What certifications and placements inherit from an enrollment: its person, kecamatan and start day.
  const personOf = new Int32Array(p.enrollments);
  const startOf = new Int16Array(p.enrollments);
  const kecamatanOf = new Int8Array(p.enrollments);
  await write(
    path.join(dir, FILES.enrollments),
    'enrollment_id,person_id,sex,kecamatan,program_code,start_date,end_date,status',
    p.enrollments,
    (i) => {
      // The first `persons` enrollments are one person each; the rest are second enrollments of earlier people.
      const person = i < p.persons ? i : Math.floor(rand() * p.persons);
      const start = Math.floor(rand() * (SPAN - 30));
      const k = Math.floor(rand() * 8);
      personOf[i] = person;
      startOf[i] = start;
      kecamatanOf[i] = k;
      const status = pick(STATUSES);
      const end = status === 'ongoing' ? '' : iso(Math.min(SPAN - 1, start + 20 + Math.floor(rand() * 90)));
      return `BLK-${i + 1},${nik(person)},${person % 3 ? 'L' : 'P'},${KECAMATAN[k][person % 4]},${pick(programs)},${iso(start)},${end},${status}`;
    },
  );
  await write(
    path.join(dir, FILES.certifications),
    'id_uji,nik,id_pendaftaran,kode_skema,tanggal_uji,hasil,kecamatan',
    p.certifications,
    (i) => {
      // Most assessments follow an enrollment (linked); some people come straight to the LSP.
      const linked = rand() < 0.8;
      const e = Math.floor(rand() * p.enrollments);
      const person = linked ? personOf[e] : p.persons + Math.floor(rand() * (p.persons / 4));
      const day = linked ? Math.min(SPAN - 1, startOf[e] + 30 + Math.floor(rand() * 60)) : Math.floor(rand() * SPAN);
      const kecamatan = linked ? '' : KECAMATAN[person % 8][0];
      return `UJK-${i + 1},${nik(person)},${linked ? `BLK-${e + 1}` : ''},${pick(schemes)},${dmy(day)},${rand() < 0.85 ? 'Kompeten' : 'Belum Kompeten'},${kecamatan}`;
    },
  );
  await write(
    path.join(dir, FILES.placements),
    'placement_id,person_id,enrollment_id,placement_date,placement_type,occupation_code,kecamatan,sex',
    p.placements,
    (i) => {
      const linked = rand() < 0.7;
      const e = Math.floor(rand() * p.enrollments);
      const person = linked ? personOf[e] : p.persons + Math.floor(rand() * (p.persons / 4));
      const day = linked ? Math.min(SPAN - 1, startOf[e] + 60 + Math.floor(rand() * 200)) : Math.floor(rand() * SPAN);
      const occupation = rand() < 0.4 ? pick(occupations) : '';
      const place = linked ? ',' : `${KECAMATAN[kecamatanOf[e]][0]},${person % 3 ? 'L' : 'P'}`;
      return `PNP-${i + 1},${nik(person)},${linked ? `BLK-${e + 1}` : ''},${iso(day)},${pick(PLACEMENT_TYPES)},${occupation},${place}`;
    },
  );
  await write(
    path.join(dir, FILES.vacancies),
    'vacancy_id,posted_date,employer_sector,occupation_code,job_title,positions,kecamatan',
    p.vacancies,
    (i) => {
      const occupation = rand() < 0.3 ? pick(occupations) : '';
      const title = `${pick(TITLES)}${pick(TITLE_SUFFIXES)}`;
      const positions = rand() < 0.6 ? 1 : 1 + Math.floor(rand() * 30);
      const kecamatan = rand() < 0.2 ? '' : KECAMATAN[Math.floor(rand() * 8)][Math.floor(rand() * 4)];
      return `LW-${i + 1},${iso(Math.floor(rand() * SPAN))},${pick(sectorTexts)},${occupation},${title},${positions},${kecamatan}`;
    },
  );
}

/**
 * The input folder for `parameters` under `root`, generated unless the one there was generated with the
 * same parameters. Says which on `log`. Only a folder this generator made (its parameters.json) is replaced.
 */
export async function nationalInput(root: string, log: (line: string) => void, parameters: Parameters = PARAMETERS): Promise<string> {
  const dir = path.join(root, 'input');
  const stamp = path.join(root, 'parameters.json');
  const wanted = JSON.stringify(parameters);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && Object.values(FILES).every((f) => existsSync(path.join(dir, f)))) {
    log(`national input: cached in ${dir} (same generator parameters)`);
    return dir;
  }
  const changed = existsSync(stamp);
  if (existsSync(root) && !changed)
    throw new Error(`${root} exists but was not made by this benchmark (no parameters.json): move it away first`);
  rmSync(root, { recursive: true, force: true });
  const started = performance.now();
  log(changed ? `national input: generator parameters changed, generating again into ${dir}` : `national input: generating into ${dir}`);
  const staging = `${root}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await generate(path.join(staging, 'input'), parameters);
  writeFileSync(path.join(staging, 'parameters.json'), wanted);
  renameSync(staging, root);
  log(`national input: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}
