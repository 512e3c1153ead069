// The data contract (docs/data-contract.md, version 1 with amendment 1.1; `§n` in comments are its sections) in code: datasets, columns, aliases,
// value types, enums, file discovery and kecamatan. Everything else — the reader, the validator,
// the docs for the data team (docs/input-format.md) and the error messages — is derived from here.

export const CONTRACT_VERSION = 1;

export type DatasetName = 'enrollments' | 'certifications' | 'placements' | 'vacancies';

/** Datasets in the order they are read: links from certifications and placements need final enrollments. */
export const DATASETS: readonly DatasetName[] = ['enrollments', 'certifications', 'placements', 'vacancies'];

/** File-name stems (English, Indonesian): `stem*.csv` in the input folder, or any `.csv` in a sub-folder `stem/`. */
export const DATASET_STEMS: Record<DatasetName, readonly string[]> = {
  enrollments: ['enrollments', 'peserta'],
  certifications: ['certifications', 'sertifikasi'],
  placements: ['placements', 'penempatan'],
  vacancies: ['vacancies', 'lowongan'],
};

export type ValueType =
  | 'text'
  | 'private_text' // read for keys and repeats only; never published
  | 'date'
  | 'integer'
  | 'positions' // integer ≥ 1; empty = 1; anything else rejects the row
  | 'occupation_code'
  | 'program_code'
  | 'scheme_code'
  | 'kecamatan'
  | 'enum';

export interface ColumnSpec {
  /** Canonical name. */
  name: string;
  /** Accepted names, already normalised as headers are (§3). */
  aliases: readonly string[];
  type: ValueType;
  required: boolean;
  /** Must be unique within the dataset (the row key). */
  key?: boolean;
  /** Personal or confidential: never reaches a published file. */
  private?: boolean;
  /** For `enum`: canonical value → accepted spellings (compared case-insensitively, inner white space collapsed). */
  values?: Readonly<Record<string, readonly string[]>>;
  /** One line for the data team's documentation (Indonesian / English). */
  note?: { id: string; en: string };
  /**
   * For `integer` and `positions`: the largest plausible value, with its unit for the message. More is a
   * typing error as a rule (an extra zero, two numbers in one cell); it also keeps every number the build
   * stores within a 32-bit column (docs/data-rules.md, "Bounds").
   */
  max?: { value: number; unit: { id: string; en: string } };
}

export const SEX_VALUES = {
  L: ['l', 'laki-laki', 'laki laki', 'pria', 'male', 'm'],
  P: ['p', 'perempuan', 'wanita', 'female', 'f'],
} as const;

export const ENROLLMENT_STATUS_VALUES = {
  completed: ['lulus', 'selesai'],
  failed: ['tidak lulus', 'tidak_lulus'],
  dropped: ['mengundurkan diri', 'mengundurkan_diri', 'drop out', 'dropout', 'do', 'withdrawn'],
  ongoing: ['berjalan', 'sedang berjalan', 'aktif'],
} as const;

export const RESULT_VALUES = {
  competent: ['kompeten', 'k'],
  not_yet: ['belum kompeten', 'belum_kompeten', 'bk', 'not yet competent'],
} as const;

export const PLACEMENT_TYPE_VALUES = {
  employed: ['kerja', 'bekerja', 'dalam negeri', 'akl', 'akad'],
  migrant: ['migran', 'pekerja migran', 'luar negeri', 'akan', 'pmi'],
  self_employed: ['wirausaha', 'mandiri', 'usaha mandiri', 'tkm', 'self employed'],
} as const;

const PERSON_ID: ColumnSpec = {
  name: 'person_id',
  aliases: ['nik', 'id_orang', 'no_ktp'],
  type: 'private_text',
  required: true,
  private: true,
  note: {
    id: 'NIK atau id orang; hanya untuk menghitung orang yang berbeda, tidak pernah dipublikasikan',
    en: 'NIK or person id; only used to count distinct people, never published',
  },
};
const CITY: ColumnSpec = {
  name: 'city',
  aliases: ['kabupaten_kota', 'kab_kota', 'kota', 'kota_kabupaten'],
  type: 'text',
  required: false,
  note: {
    id: 'kosong, Cilegon, Kota Cilegon, 3672 atau 36.72 = dalam cakupan; kota lain = di luar cakupan',
    en: 'empty, Cilegon, Kota Cilegon, 3672 or 36.72 = in scope; any other city = out of scope',
  },
};
const KECAMATAN: ColumnSpec = {
  name: 'kecamatan',
  aliases: ['kecamatan', 'district', 'kec'],
  type: 'kecamatan',
  required: false,
  note: {
    id: 'kode BPS, kode Kemendagri atau nama kecamatan di Kota Cilegon',
    en: 'BPS code, Kemendagri code or name of a kecamatan of Kota Cilegon',
  },
};
const SEX: ColumnSpec = {
  name: 'sex',
  aliases: ['jenis_kelamin', 'jk', 'gender', 'kelamin'],
  type: 'enum',
  required: false,
  values: SEX_VALUES,
};
const ENROLLMENT_LINK: ColumnSpec = {
  name: 'enrollment_id',
  aliases: ['id_peserta', 'id_pendaftaran'],
  type: 'text',
  required: false,
  note: { id: 'jika diisi, harus ada di data peserta', en: 'when given, must exist in the enrollments' },
};
const EMPLOYER_NAME: ColumnSpec = {
  name: 'employer_name',
  aliases: ['nama_perusahaan', 'perusahaan'],
  type: 'private_text',
  required: false,
  private: true,
};
const EMPLOYER_SECTOR: ColumnSpec = {
  name: 'employer_sector',
  aliases: ['kbli', 'sektor', 'sektor_usaha'],
  type: 'text',
  required: false,
};
const OCCUPATION_CODE: ColumnSpec = {
  name: 'occupation_code',
  aliases: ['kbji', 'kode_kbji', 'kode_jabatan'],
  type: 'occupation_code',
  required: false,
  note: { id: 'kode KBJI 2014, 4 angka', en: 'KBJI 2014 code, 4 digits' },
};

export const COLUMNS: Record<DatasetName, readonly ColumnSpec[]> = {
  enrollments: [
    {
      name: 'enrollment_id',
      aliases: ['id_peserta', 'id_pendaftaran', 'no_registrasi', 'no_pendaftaran'],
      type: 'text',
      required: true,
      key: true,
    },
    PERSON_ID,
    { name: 'name', aliases: ['nama', 'nama_peserta', 'nama_lengkap'], type: 'private_text', required: false, private: true },
    SEX,
    { name: 'birth_date', aliases: ['tanggal_lahir', 'tgl_lahir'], type: 'date', required: false, private: true },
    CITY,
    KECAMATAN,
    { name: 'education', aliases: ['pendidikan', 'pendidikan_terakhir'], type: 'text', required: false },
    {
      name: 'program_code',
      aliases: ['kode_program', 'program', 'kode_kejuruan'],
      type: 'program_code',
      required: true,
      note: { id: 'kode program di programs.csv', en: 'a program code in programs.csv' },
    },
    { name: 'provider', aliases: ['lembaga', 'penyelenggara', 'lembaga_pelatihan'], type: 'text', required: false },
    { name: 'training_type', aliases: ['jenis_pelatihan', 'tipe_pelatihan'], type: 'text', required: false },
    { name: 'start_date', aliases: ['tanggal_mulai', 'tgl_mulai'], type: 'date', required: true },
    {
      name: 'end_date',
      aliases: ['tanggal_selesai', 'tgl_selesai'],
      type: 'date',
      required: false,
      note: {
        id: 'wajib kecuali status berjalan; tidak boleh sebelum tanggal mulai',
        en: 'required unless the status is ongoing; not before the start date',
      },
    },
    {
      name: 'status',
      aliases: ['status_akhir', 'keterangan', 'status_peserta'],
      type: 'enum',
      required: true,
      values: ENROLLMENT_STATUS_VALUES,
    },
  ],
  certifications: [
    { name: 'certification_id', aliases: ['id_sertifikasi', 'id_uji', 'no_uji'], type: 'text', required: true, key: true },
    PERSON_ID,
    ENROLLMENT_LINK,
    {
      name: 'scheme_code',
      aliases: ['kode_skema', 'skema'],
      type: 'scheme_code',
      required: true,
      note: { id: 'kode skema di schemes.csv', en: 'a scheme code in schemes.csv' },
    },
    { name: 'assessment_date', aliases: ['tanggal_uji', 'tgl_uji', 'tanggal_asesmen'], type: 'date', required: true },
    { name: 'result', aliases: ['hasil', 'rekomendasi', 'hasil_uji'], type: 'enum', required: true, values: RESULT_VALUES },
    { name: 'certificate_number', aliases: ['nomor_sertifikat', 'no_sertifikat'], type: 'private_text', required: false, private: true },
    {
      name: 'valid_until',
      aliases: ['masa_berlaku', 'berlaku_sampai', 'berlaku_hingga'],
      type: 'date',
      required: false,
      note: { id: 'kosong = tanggal uji + masa berlaku skema (tahun)', en: "empty = assessment date + the scheme's validity in years" },
    },
    CITY,
    KECAMATAN,
    SEX,
  ],
  placements: [
    { name: 'placement_id', aliases: ['id_penempatan'], type: 'text', required: true, key: true },
    PERSON_ID,
    ENROLLMENT_LINK,
    { name: 'placement_date', aliases: ['tanggal_penempatan', 'tgl_penempatan', 'tanggal_mulai_kerja'], type: 'date', required: true },
    {
      name: 'placement_type',
      aliases: ['jenis_penempatan'],
      type: 'enum',
      required: true,
      values: PLACEMENT_TYPE_VALUES,
      note: {
        id: 'jalur penempatan: employed = bekerja di Indonesia (AKL/AKAD), migrant = pekerja migran ke luar negeri (AKAN/PMI, jalur CPMI), self_employed = wirausaha (TKM); dihitung sebagai placed_employed, placed_migrant, placed_self_employed',
        en: 'placement route: employed = a job in Indonesia (AKL/AKAD), migrant = a migrant worker abroad (AKAN/PMI, the CPMI route), self_employed = own business (TKM); counted as placed_employed, placed_migrant, placed_self_employed',
      },
    },
    OCCUPATION_CODE,
    EMPLOYER_NAME,
    EMPLOYER_SECTOR,
    {
      name: 'monthly_wage',
      aliases: ['upah', 'gaji', 'upah_bulanan'],
      type: 'integer',
      required: false,
      max: { value: 1_000_000_000, unit: { id: 'rupiah per bulan', en: 'rupiah a month' } },
      note: {
        id: 'lebih dari Rp 1.000.000.000: peringatan, dianggap kosong',
        en: 'more than Rp 1,000,000,000: a warning, read as missing',
      },
    },
    CITY,
    KECAMATAN,
    SEX,
  ],
  vacancies: [
    { name: 'vacancy_id', aliases: ['id_lowongan', 'kode_lowongan'], type: 'text', required: true, key: true },
    { name: 'posted_date', aliases: ['tanggal_posting', 'tanggal_tayang', 'tgl_posting', 'tanggal_dibuka'], type: 'date', required: true },
    { name: 'closing_date', aliases: ['tanggal_tutup', 'batas_lamaran', 'tanggal_berakhir'], type: 'date', required: false },
    EMPLOYER_NAME,
    EMPLOYER_SECTOR,
    OCCUPATION_CODE,
    {
      name: 'job_title',
      aliases: ['jabatan', 'posisi', 'nama_jabatan', 'judul_lowongan'],
      type: 'text',
      required: false,
      note: {
        id: 'dipakai untuk menentukan jabatan bila kode KBJI kosong',
        en: 'used to classify the occupation when the KBJI code is empty',
      },
    },
    {
      name: 'positions',
      aliases: ['jumlah_kebutuhan', 'jumlah_lowongan', 'kebutuhan', 'jumlah'],
      type: 'positions',
      required: false,
      max: { value: 10_000, unit: { id: 'posisi dalam satu lowongan', en: 'positions in one vacancy' } },
      note: {
        id: 'bilangan bulat 1–10.000; kosong = 1; nilai lain (0, abc, 10 orang, 20000) menolak baris',
        en: 'whole number 1–10,000; empty = 1; anything else (0, abc, 10 orang, 20000) rejects the row',
      },
    },
    { ...CITY, note: { id: 'lokasi kerja; ' + CITY.note!.id, en: 'work location; ' + CITY.note!.en } },
    { ...KECAMATAN, note: { id: 'lokasi kerja; ' + KECAMATAN.note!.id, en: 'work location; ' + KECAMATAN.note!.en } },
    { name: 'required_scheme', aliases: ['skema_dipersyaratkan', 'sertifikasi_dibutuhkan'], type: 'scheme_code', required: false },
    { name: 'min_education', aliases: ['pendidikan_minimal'], type: 'text', required: false },
    { name: 'source', aliases: ['sumber'], type: 'text', required: false },
  ],
};

/** Reference tables: `data/reference/NAME.csv`, replaced whole by `INPUT/reference/NAME.csv`. */
export type ReferenceName = 'occupations' | 'programs' | 'schemes' | 'job_titles';

export const REFERENCE_COLUMNS: Record<ReferenceName, readonly { name: string; required: boolean }[]> = {
  occupations: [
    { name: 'occupation_code', required: true },
    { name: 'slug', required: true },
    { name: 'name_id', required: true },
    { name: 'name_en', required: true },
    { name: 'group', required: false },
    { name: 'short_id', required: false },
    { name: 'short_en', required: false },
  ],
  programs: [
    { name: 'program_code', required: true },
    { name: 'name_id', required: true },
    { name: 'name_en', required: true },
    { name: 'occupation_code', required: true },
    { name: 'vocation', required: false },
    { name: 'hours', required: false },
  ],
  schemes: [
    { name: 'scheme_code', required: true },
    { name: 'name_id', required: true },
    { name: 'name_en', required: true },
    { name: 'occupation_code', required: true },
    { name: 'validity_years', required: true },
  ],
  job_titles: [
    { name: 'pattern', required: true },
    { name: 'occupation_code', required: true },
    { name: 'exclude', required: false },
  ],
};

/**
 * The most rows a reference table may hold: what the site can show (a page per occupation, its
 * programs and schemes listed on it) and a bound on the work per vacancy title (every pattern is tried).
 */
export const REFERENCE_MAX_ROWS: Record<ReferenceName, number> = {
  occupations: 200,
  programs: 2000,
  schemes: 2000,
  job_titles: 2000,
};

/** City values that are in scope (compared case-insensitively, white space collapsed); empty is in scope too. */
export const CITY_IN_SCOPE = ['cilegon', 'kota cilegon', '3672', '36.72'] as const;

export interface Kecamatan {
  bps: string;
  kemendagri: string;
  name: string;
  slug: string;
  /** Other spellings of the name. */
  also: readonly string[];
}

/** The 8 kecamatan of Kota Cilegon (§6), in BPS code order; published by BPS code. */
export const KECAMATAN_LIST: readonly Kecamatan[] = [
  { bps: '3672010', kemendagri: '36.72.04', name: 'Ciwandan', slug: 'ciwandan', also: [] },
  { bps: '3672011', kemendagri: '36.72.08', name: 'Citangkil', slug: 'citangkil', also: [] },
  { bps: '3672020', kemendagri: '36.72.03', name: 'Pulomerak', slug: 'pulomerak', also: ['Pulo Merak'] },
  { bps: '3672021', kemendagri: '36.72.07', name: 'Purwakarta', slug: 'purwakarta', also: [] },
  { bps: '3672022', kemendagri: '36.72.06', name: 'Grogol', slug: 'grogol', also: ['Gerogol'] },
  { bps: '3672030', kemendagri: '36.72.02', name: 'Cilegon', slug: 'cilegon', also: [] },
  { bps: '3672031', kemendagri: '36.72.05', name: 'Jombang', slug: 'jombang', also: [] },
  { bps: '3672040', kemendagri: '36.72.01', name: 'Cibeber', slug: 'cibeber', also: [] },
];

export type PlacementType = keyof typeof PLACEMENT_TYPE_VALUES;
/** Placement types in the order placements store them (datasets/placements.ts). */
export const PLACEMENT_TYPES = Object.keys(PLACEMENT_TYPE_VALUES) as PlacementType[];

/**
 * What a metric counts (§7): `count` rows, `distinct` people (not additive over periods: one person may
 * be certified in two quarters), a `stock` on the last day of the period, or a `rate` of a cohort.
 */
export type MetricKind = 'count' | 'distinct' | 'stock' | 'rate';

/** Methodology-page columns: name, numerator, denominator, period or window, exclusions. */
export type MetricDescription = readonly [name: string, numerator: string, denominator: string, window: string, exclusions: string];

export interface MetricSpec {
  name: string;
  /** The datasets it is counted from: when one is missing, the pages say so instead of showing zeros. */
  sources: readonly DatasetName[];
  kind: MetricKind;
  /** Counts people: published by sex too, and only through suppression (§8). */
  private: boolean;
  /** A private count: primary suppression and complementary groups (a) (§8). */
  suppressedCount: boolean;
  /** Its quarters add up to its year (and months to their quarter): complementary group (b) (§8). */
  periodAdditive: boolean;
  /** The placement route it counts: a part of `placed` in complementary group (c) (§8, amendment 1.1). */
  route?: PlacementType;
  /** Rates: days after end_date within which a placement counts (§7). */
  horizonDays?: number;
  /** How facts.csv writes the value: a whole number, or a decimal with 3 places. */
  format: 'integer' | 'decimal3';
  /** Indonesian first, English second, as everywhere on the site. */
  description: { id: MetricDescription; en: MetricDescription };
}

const ROUTE_EXCLUSIONS = {
  id: 'penempatan jalur lain; penempatan di luar cakupan',
  en: 'placements on another route; placements out of scope',
};

function route<N extends string>(name: N, type: PlacementType, id: [string, string], en: [string, string]): MetricSpec & { name: N } {
  return {
    name,
    sources: ['placements'],
    kind: 'count',
    private: true,
    suppressedCount: true,
    periodAdditive: true,
    route: type,
    format: 'integer',
    description: {
      id: [id[0], `penempatan dengan tanggal dalam periode dan jenis penempatan ${id[1]}`, '—', 'tanggal penempatan', ROUTE_EXCLUSIONS.id],
      en: [en[0], `placements dated in the period whose placement type is ${en[1]}`, '—', 'placement date', ROUTE_EXCLUSIONS.en],
    },
  };
}

function placementRate<D extends number>(days: D): MetricSpec & { name: `placement_rate_${D}d` } {
  return {
    name: `placement_rate_${days}d` as const,
    sources: ['enrollments', 'placements'],
    kind: 'rate',
    private: true,
    suppressedCount: false,
    periodAdditive: false,
    horizonDays: days,
    format: 'decimal3',
    description: {
      id: [
        `Tingkat penempatan ${days} hari`,
        `lulusan kelompok itu dengan sedikitnya satu penempatan dari tanggal mulai pelatihan sampai ${days} hari setelah selesai`,
        'lulusan dengan tanggal selesai dalam periode (kelompok)',
        `sampai ${days} hari setelah selesai; hanya bila hari terakhir periode + ${days} hari ≤ tanggal data`,
        `kelompok yang masa pantau ${days} harinya belum selesai: “belum bisa dihitung”`,
      ],
      en: [
        `${days}-day placement rate`,
        `completers of the cohort with at least one placement from their training start to ${days} days after completion`,
        'completers with an end date in the period (the cohort)',
        `up to ${days} days after completion; only when the period's last day + ${days} days ≤ the as-of date`,
        'cohorts whose window is still open: “cannot be computed until …”',
      ],
    },
  };
}

/**
 * The published metrics (§7): the one table that the metrics, suppression, facts.csv, the docs and the
 * pages read. A metric added here with a route or a rate horizon is computed, suppressed, published and
 * documented without other edits.
 */
export const METRIC_TABLE = [
  {
    name: 'demand_positions',
    sources: ['vacancies'],
    kind: 'count',
    private: false,
    suppressedCount: false,
    periodAdditive: false,
    format: 'integer',
    description: {
      id: [
        'Posisi yang dibutuhkan',
        'jumlah kolom “jumlah kebutuhan” lowongan yang dibuka dalam periode',
        '—',
        'tanggal posting dalam periode',
        'lowongan di luar Kota Cilegon; baris ditolak',
      ],
      en: [
        'Positions sought',
        'sum of “positions” of vacancies posted in the period',
        '—',
        'posted date in the period',
        'vacancies outside Kota Cilegon; rejected rows',
      ],
    },
  },
  {
    name: 'demand_vacancies',
    sources: ['vacancies'],
    kind: 'count',
    private: false,
    suppressedCount: false,
    periodAdditive: false,
    format: 'integer',
    description: {
      id: ['Lowongan', 'jumlah lowongan yang dibuka dalam periode', '—', 'tanggal posting dalam periode', 'sama seperti di atas'],
      en: ['Vacancies', 'number of vacancies posted in the period', '—', 'posted date in the period', 'as above'],
    },
  },
  {
    name: 'enrolled',
    sources: ['enrollments'],
    kind: 'count',
    private: true,
    suppressedCount: true,
    periodAdditive: true,
    format: 'integer',
    description: {
      id: [
        'Mulai pelatihan',
        'pendaftaran dengan tanggal mulai dalam periode',
        '—',
        'tanggal mulai',
        'peserta dari luar Kota Cilegon; baris ditolak',
      ],
      en: [
        'Started training',
        'enrolments with a start date in the period',
        '—',
        'start date',
        'trainees from outside Kota Cilegon; rejected rows',
      ],
    },
  },
  {
    name: 'completed',
    sources: ['enrollments'],
    kind: 'count',
    private: true,
    suppressedCount: true,
    periodAdditive: true,
    format: 'integer',
    description: {
      id: [
        'Lulus pelatihan',
        'pendaftaran berstatus lulus dengan tanggal selesai dalam periode',
        '—',
        'tanggal selesai',
        'tidak lulus, mengundurkan diri, masih berjalan',
      ],
      en: [
        'Completed training',
        'enrolments with status completed and an end date in the period',
        '—',
        'end date',
        'failed, withdrawn, still ongoing',
      ],
    },
  },
  {
    name: 'certified',
    sources: ['certifications'],
    kind: 'distinct',
    private: true,
    suppressedCount: true,
    periodAdditive: true,
    format: 'integer',
    description: {
      id: ['Bersertifikat', 'orang berbeda dengan hasil uji “kompeten” dalam periode', '—', 'tanggal uji', 'hasil “belum kompeten”'],
      en: [
        'Certified',
        'distinct people with a “competent” assessment in the period',
        '—',
        'assessment date',
        '“not yet competent” results',
      ],
    },
  },
  {
    name: 'certified_pool',
    sources: ['certifications'],
    kind: 'stock',
    private: true,
    suppressedCount: true,
    periodAdditive: false,
    format: 'integer',
    description: {
      id: [
        'Pemegang sertifikat aktif',
        'orang berbeda yang pada hari terakhir periode memegang sertifikat kompeten yang masih berlaku',
        '—',
        'hari terakhir periode (atau tanggal data, jika lebih awal)',
        'sertifikat kedaluwarsa',
      ],
      en: [
        'Active certificate holders',
        'distinct people holding a valid competent certificate on the last day of the period',
        '—',
        'last day of the period (or the as-of date, if earlier)',
        'expired certificates',
      ],
    },
  },
  {
    name: 'placed',
    sources: ['placements'],
    kind: 'count',
    private: true,
    suppressedCount: true,
    periodAdditive: true,
    format: 'integer',
    description: {
      id: [
        'Ditempatkan kerja',
        'penempatan (kerja, pekerja migran, wirausaha) dengan tanggal dalam periode',
        '—',
        'tanggal penempatan',
        'penempatan di luar cakupan',
      ],
      en: [
        'Placed in work',
        'placements (employed, migrant worker, self-employed) dated in the period',
        '—',
        'placement date',
        'placements out of scope',
      ],
    },
  },
  route(
    'placed_employed',
    'employed',
    ['Bekerja di dalam negeri (AKL/AKAD)', '`employed` (kerja di Indonesia)'],
    ['Employed in Indonesia (AKL/AKAD)', '`employed` (a job in Indonesia)'],
  ),
  route(
    'placed_migrant',
    'migrant',
    ['Pekerja migran (AKAN/PMI)', '`migrant` (bekerja di luar negeri, jalur CPMI)'],
    ['Migrant worker (AKAN/PMI)', '`migrant` (work abroad, the CPMI route)'],
  ),
  route(
    'placed_self_employed',
    'self_employed',
    ['Wirausaha (TKM)', '`self_employed` (usaha sendiri)'],
    ['Self-employed (TKM)', '`self_employed` (own business)'],
  ),
  placementRate(30),
  placementRate(90),
  placementRate(180),
  placementRate(365),
] as const satisfies readonly MetricSpec[];

export type MetricName = (typeof METRIC_TABLE)[number]['name'];

/** What the rest of the build derives from a metric table (a function, so a test can derive it from a longer table). */
export function metricsFrom(table: readonly MetricSpec[]) {
  const byName = new Map(table.map((m) => [m.name, m]));
  const metricSpec = (metric: MetricName): MetricSpec => {
    const spec = byName.get(metric);
    if (!spec) throw new Error(`unknown metric ${metric}`);
    return spec;
  };
  return {
    /** Every metric name, in the table's order. */
    METRICS: table.map((m) => m.name as MetricName) as readonly MetricName[],
    /** Metrics that count people and are published only through suppression (§7, §8). */
    PRIVATE_METRICS: new Set(table.filter((m) => m.private).map((m) => m.name as MetricName)) as ReadonlySet<MetricName>,
    /** The table's row of a metric. */
    metricSpec,
  };
}

export const { METRICS, PRIVATE_METRICS, metricSpec } = metricsFrom(METRIC_TABLE);

/** §8 (amendment 1.1): the placement rates of a cell are decided in this order of horizons. */
export const RATE_HORIZON_ORDER: readonly number[] = [180, 90, 30, 365];

export const DEFAULT_MIN_CELL = 5;
/** A dataset is refused when 20 × rejected > rows_read (more than 5 % rejected). */
export const MAX_REJECTED_SHARE_DENOMINATOR = 20;
export const PLACEMENT_WINDOW_DAYS = 180;
export const RATE_MIN_DENOMINATOR = 10;

/** `validity_years` in schemes.csv: a certificate valid longer than this is a typing error (docs/data-rules.md, "Bounds"). */
export const VALIDITY_YEARS = { min: 1, max: 50 } as const;

/**
 * `--as-of` at most this many days after the latest event: a later date is a typing error (2099 for
 * 2026) and would build a period for every month in between (9999-12-31 ran out of memory).
 */
export const MAX_AS_OF_DAYS_AFTER_LATEST_EVENT = 366;
