// The parameters of the synthetic Cilegon: how often each programme runs, who takes it, how many pass,
// get certified and find work, and how much each occupation is in demand. Program and scheme codes
// refer to data/reference/; a test checks that they exist there.

export type Provider = 'BBPVP' | 'BLK';

export type SectorKey =
  | 'steel'
  | 'chemical'
  | 'fabrication'
  | 'maintenance'
  | 'construction'
  | 'port'
  | 'energy'
  | 'food'
  | 'hotel'
  | 'security'
  | 'garment'
  | 'trade'
  | 'ict'
  | 'outsourcing';

export interface ProgramPlan {
  code: string;
  provider: Provider;
  /** Batches starting in 2023, 2024, 2025 and January–September 2026. */
  batches: readonly [number, number, number, number];
  femaleShare: number;
  /** The certification its completers take, if any. */
  scheme: string | null;
  /** Share of completers assessed, and of those assessed found competent. */
  assessedShare: number;
  competentShare: number;
  /** Share of completers placed within 180 days of the end of training. */
  placedShare: number;
  selfEmployedShare: number;
  migrantShare: number;
  sectors: readonly SectorKey[];
  educationMix: 'trade' | 'technical' | 'services';
}

function plan(
  code: string,
  provider: Provider,
  batches: [number, number, number, number],
  femaleShare: number,
  scheme: string | null,
  assessedShare: number,
  competentShare: number,
  placedShare: number,
  selfEmployedShare: number,
  migrantShare: number,
  sectors: SectorKey[],
  educationMix: ProgramPlan['educationMix'] = 'trade',
): ProgramPlan {
  return {
    code,
    provider,
    batches,
    femaleShare,
    scheme,
    assessedShare,
    competentShare,
    placedShare,
    selfEmployedShare,
    migrantShare,
    sectors,
    educationMix,
  };
}

/** BLK batches are the standard 16-person package; BBPVP runs 16–20 and takes people from outside Cilegon too. */
export const BLK_SEATS = 16;
export const BBPVP_SEATS: readonly [number, number] = [16, 20];
export const BBPVP_OUTSIDE_SHARE = 0.15;

export const PROGRAM_PLANS: readonly ProgramPlan[] = [
  plan('BBPVP-LAS-SMAW3G', 'BBPVP', [6, 6, 7, 5], 0.03, 'BNSP-LAS-SMAW3G', 0.9, 0.85, 0.7, 0.03, 0.12, [
    'construction',
    'maintenance',
    'fabrication',
    'steel',
  ]),
  plan('BBPVP-LAS-SMAW6G', 'BBPVP', [5, 5, 7, 5], 0.02, 'BNSP-LAS-SMAW6G', 0.92, 0.76, 0.74, 0.02, 0.18, [
    'construction',
    'maintenance',
    'chemical',
  ]),
  plan('BBPVP-LAS-GTAW6G', 'BBPVP', [2, 2, 3, 2], 0.03, 'BNSP-LAS-GTAW6G', 0.92, 0.74, 0.74, 0.02, 0.15, [
    'construction',
    'maintenance',
    'chemical',
  ]),
  plan('BBPVP-LAS-FCAW', 'BBPVP', [2, 2, 2, 2], 0.05, 'BNSP-LAS-FCAW3G', 0.88, 0.85, 0.66, 0.03, 0.08, [
    'fabrication',
    'construction',
    'steel',
  ]),
  plan('BBPVP-LAS-BAWAH-AIR', 'BBPVP', [1, 1, 1, 1], 0, null, 0, 0, 0.6, 0.05, 0.1, ['port', 'maintenance']),
  plan('BBPVP-FABRIKASI-LOGAM', 'BBPVP', [3, 3, 4, 3], 0.04, 'BNSP-FITTER-STRUKTUR', 0.85, 0.86, 0.62, 0.05, 0.04, [
    'fabrication',
    'construction',
    'steel',
  ]),
  plan('BBPVP-PIPE-FITTER', 'BBPVP', [3, 3, 5, 3], 0.03, 'BNSP-PIPE-FITTER', 0.85, 0.84, 0.66, 0.03, 0.08, [
    'construction',
    'maintenance',
    'chemical',
  ]),
  plan(
    'BBPVP-OTOMASI-LISTRIK',
    'BBPVP',
    [3, 3, 4, 3],
    0.1,
    'BNSP-LISTRIK-IOLI',
    0.85,
    0.85,
    0.55,
    0.05,
    0,
    ['chemical', 'steel', 'maintenance', 'energy'],
    'technical',
  ),
  plan('BBPVP-MEKANIK-INDUSTRI', 'BBPVP', [3, 3, 4, 3], 0.05, 'BNSP-MEKANIK-INDUSTRI', 0.85, 0.86, 0.55, 0.05, 0, [
    'maintenance',
    'steel',
    'chemical',
    'port',
  ]),
  plan('BBPVP-RIGGER', 'BBPVP', [2, 2, 3, 2], 0.02, 'KEMNAKER-RIGGER', 0.9, 0.88, 0.62, 0.02, 0.03, [
    'construction',
    'port',
    'maintenance',
  ]),
  plan('BBPVP-OPERATOR-CRANE', 'BBPVP', [2, 2, 3, 2], 0.03, 'KEMNAKER-SIO-CRANE', 0.9, 0.86, 0.64, 0.02, 0, [
    'port',
    'construction',
    'steel',
  ]),
  plan('BBPVP-MENJAHIT', 'BBPVP', [2, 2, 2, 2], 0.92, 'BNSP-PENJAHIT', 0.5, 0.88, 0.22, 0.75, 0, ['garment'], 'services'),
  plan('BLK-LAS-SMAW4G', 'BLK', [4, 5, 6, 5], 0.04, 'BNSP-LAS-SMAW4G', 0.88, 0.82, 0.66, 0.04, 0.08, [
    'construction',
    'maintenance',
    'fabrication',
    'steel',
  ]),
  plan('BLK-FORKLIFT', 'BLK', [4, 3, 4, 3], 0.08, 'KEMNAKER-SIO-FORKLIFT', 0.9, 0.9, 0.62, 0.01, 0, ['port', 'steel', 'chemical', 'trade']),
  plan('BLK-EXCAVATOR', 'BLK', [3, 3, 3, 2], 0.05, 'KEMNAKER-SIO-EXCAVATOR', 0.9, 0.88, 0.64, 0.03, 0, ['construction', 'port']),
  plan('BLK-SCAFFOLDING', 'BLK', [3, 3, 3, 2], 0.02, 'BNSP-SCAFFOLDING', 0.85, 0.88, 0.6, 0.02, 0, ['construction', 'maintenance']),
  plan('BLK-TKBT', 'BLK', [3, 2, 3, 2], 0.05, 'KEMNAKER-TKBT1', 0.9, 0.9, 0.55, 0.02, 0, ['construction', 'maintenance']),
  plan(
    'BLK-K3-UMUM',
    'BLK',
    [3, 3, 3, 2],
    0.35,
    'BNSP-PETUGAS-K3',
    0.85,
    0.86,
    0.45,
    0.02,
    0,
    ['construction', 'chemical', 'steel', 'maintenance', 'outsourcing'],
    'technical',
  ),
  plan('BLK-AC', 'BLK', [3, 2, 2, 2], 0.05, 'BNSP-AC', 0.8, 0.86, 0.5, 0.35, 0, ['trade', 'hotel', 'maintenance']),
  plan('BLK-SEPEDA-MOTOR', 'BLK', [2, 2, 2, 2], 0.05, 'BNSP-SEPEDA-MOTOR', 0.75, 0.86, 0.45, 0.4, 0, ['trade']),
  plan('BLK-MOBIL', 'BLK', [2, 2, 2, 1], 0.04, 'BNSP-OTOMOTIF-MOBIL', 0.75, 0.85, 0.45, 0.3, 0, ['trade']),
  plan(
    'BLK-OTOMASI-LISTRIK',
    'BLK',
    [2, 2, 2, 2],
    0.1,
    'BNSP-LISTRIK-IOLI',
    0.85,
    0.84,
    0.52,
    0.05,
    0,
    ['chemical', 'steel', 'maintenance', 'energy'],
    'technical',
  ),
  plan('BLK-LISTRIK-BANGUNAN', 'BLK', [3, 2, 2, 2], 0.06, 'BNSP-LISTRIK-ILBS', 0.85, 0.86, 0.5, 0.25, 0, [
    'construction',
    'energy',
    'maintenance',
  ]),
  plan(
    'BLK-CAD',
    'BLK',
    [2, 2, 2, 1],
    0.35,
    'BNSP-CAD',
    0.8,
    0.85,
    0.38,
    0.1,
    0,
    ['construction', 'fabrication', 'maintenance'],
    'technical',
  ),
  plan('BLK-JARINGAN', 'BLK', [2, 2, 2, 1], 0.3, 'BNSP-JARINGAN', 0.8, 0.86, 0.4, 0.15, 0, ['ict', 'port', 'trade'], 'technical'),
  plan('BLK-MENJAHIT', 'BLK', [4, 4, 4, 3], 0.93, 'BNSP-PENJAHIT', 0.55, 0.88, 0.25, 0.75, 0, ['garment'], 'services'),
  plan('BLK-TATA-BOGA', 'BLK', [3, 3, 3, 2], 0.75, 'BNSP-JURU-MASAK', 0.6, 0.88, 0.35, 0.65, 0, ['food', 'hotel'], 'services'),
  plan('BLK-SATPAM', 'BLK', [2, 2, 2, 2], 0.15, null, 0, 0, 0.6, 0, 0, ['security', 'outsourcing'], 'services'),
];

/** Experienced workers certified without training (RPL / direct assessment): assessments a month. */
export const DIRECT_ASSESSMENTS: readonly { scheme: string; perMonth: number }[] = [
  { scheme: 'BNSP-LAS-SMAW3G', perMonth: 1.6 },
  { scheme: 'BNSP-LAS-SMAW6G', perMonth: 1.4 },
  { scheme: 'KEMNAKER-AK3U', perMonth: 1.5 },
  { scheme: 'BNSP-PETUGAS-K3', perMonth: 1 },
  { scheme: 'KEMNAKER-RIGGER', perMonth: 0.8 },
  { scheme: 'KEMNAKER-SIO-FORKLIFT', perMonth: 1.3 },
  { scheme: 'KEMNAKER-SIO-CRANE', perMonth: 0.5 },
  { scheme: 'KEMNAKER-SIO-EXCAVATOR', perMonth: 0.6 },
  { scheme: 'KEMNAKER-TKBT1', perMonth: 1 },
  { scheme: 'BNSP-PIPE-FITTER', perMonth: 0.5 },
];

export interface DemandPlan {
  /** A KBJI code, or `other` for the jobs no training programme here leads to. */
  occupation: string;
  /** Positions a year in 2023. */
  base: number;
  construction: boolean;
  operations: boolean;
  turnaround: boolean;
  titles: readonly string[];
  schemes: readonly string[];
  schemeShare: number;
  /** Largest usual number of positions in one posting. */
  maxPositions: number;
  sectors: Partial<Record<SectorKey, number>>;
  education: readonly string[];
}

function demand(
  occupation: string,
  base: number,
  flags: { construction?: boolean; operations?: boolean; turnaround?: boolean },
  titles: string[],
  schemes: string[],
  schemeShare: number,
  maxPositions: number,
  sectors: Partial<Record<SectorKey, number>>,
  education: string[],
): DemandPlan {
  return {
    occupation,
    base,
    construction: flags.construction ?? false,
    operations: flags.operations ?? false,
    turnaround: flags.turnaround ?? false,
    titles,
    schemes,
    schemeShare,
    maxPositions,
    sectors,
    education,
  };
}

const TRADE_EDU = ['SMK', 'SMK', 'SMA/SMK', 'SMK Teknik', 'SMP'];
const TECH_EDU = ['SMK', 'D3', 'D3 Teknik', 'S1', 'SMA/SMK'];

export const DEMAND_PLANS: readonly DemandPlan[] = [
  demand(
    '7212',
    760,
    { construction: true, turnaround: true },
    [
      'Welder',
      'Welder 6G',
      'Welder SMAW 6G',
      'Welder SMAW 3G',
      'Welder GTAW/SMAW',
      'Juru Las',
      'Juru Las SMAW',
      'Tukang Las',
      'Welder Pipa',
      'Welder Struktur',
      'Pipe Welder 6G',
      'Welder FCAW',
      'Welder Argon (TIG)',
      'Welding Operator',
      'Pengelas',
    ],
    ['BNSP-LAS-SMAW6G', 'BNSP-LAS-SMAW3G', 'BNSP-LAS-SMAW4G', 'BNSP-LAS-GTAW6G', 'BNSP-LAS-FCAW3G'],
    0.78,
    12,
    { maintenance: 0.3, construction: 0.3, fabrication: 0.2, steel: 0.12, chemical: 0.05, port: 0.03 },
    TRADE_EDU,
  ),
  demand(
    '7126',
    260,
    { construction: true, turnaround: true },
    ['Pipe Fitter', 'Fitter Pipa', 'Pipefitter', 'Plumber', 'Tukang Pipa'],
    ['BNSP-PIPE-FITTER'],
    0.45,
    10,
    { construction: 0.35, maintenance: 0.3, chemical: 0.25, energy: 0.1 },
    TRADE_EDU,
  ),
  demand(
    '7214',
    170,
    { construction: true, turnaround: true },
    ['Fitter', 'Fitter Struktur', 'Fabricator', 'Steel Erector', 'Fabrikator Baja'],
    ['BNSP-FITTER-STRUKTUR'],
    0.35,
    10,
    { fabrication: 0.4, construction: 0.35, steel: 0.15, maintenance: 0.1 },
    TRADE_EDU,
  ),
  demand(
    '7215',
    110,
    { construction: true, turnaround: true },
    ['Rigger', 'Rigger Level 1', 'Rigger / Signalman', 'Juru Ikat Beban'],
    ['KEMNAKER-RIGGER'],
    0.7,
    6,
    { construction: 0.4, port: 0.3, maintenance: 0.2, steel: 0.1 },
    TRADE_EDU,
  ),
  demand(
    '7119',
    210,
    { construction: true, turnaround: true },
    ['Scaffolder', 'Scaffolding', 'Scaffolder Level 1', 'Tenaga Kerja Bangunan Tinggi', 'Rope Access Technician'],
    ['BNSP-SCAFFOLDING', 'KEMNAKER-TKBT1'],
    0.55,
    15,
    { construction: 0.5, maintenance: 0.4, chemical: 0.1 },
    TRADE_EDU,
  ),
  demand(
    '7411',
    120,
    { construction: true },
    ['Electrician', 'Teknisi Listrik', 'Tukang Listrik', 'Instalatir Listrik', 'Wireman'],
    ['BNSP-LISTRIK-ILBS'],
    0.35,
    6,
    { construction: 0.4, energy: 0.2, maintenance: 0.2, hotel: 0.1, trade: 0.1 },
    TRADE_EDU,
  ),
  demand(
    '7412',
    150,
    { operations: true },
    ['Instrument Technician', 'Teknisi Instrumentasi', 'Electrical Technician', 'Teknisi PLC / Otomasi', 'Mekanik Listrik'],
    ['BNSP-LISTRIK-IOLI'],
    0.3,
    5,
    { chemical: 0.3, steel: 0.3, energy: 0.2, maintenance: 0.2 },
    TECH_EDU,
  ),
  demand(
    '7233',
    170,
    { operations: true, turnaround: true },
    [
      'Mekanik',
      'Mechanic',
      'Mekanik Industri',
      'Maintenance Mekanik',
      'Mechanical Fitter',
      'Mekanik Alat Berat',
      'Heavy Equipment Mechanic',
      'Teknisi Mesin',
    ],
    ['BNSP-MEKANIK-INDUSTRI'],
    0.2,
    6,
    { maintenance: 0.35, steel: 0.25, chemical: 0.2, port: 0.1, construction: 0.1 },
    TRADE_EDU,
  ),
  demand(
    '7231',
    60,
    {},
    ['Mekanik Motor', 'Mekanik Mobil', 'Montir', 'Teknisi Otomotif', 'Mekanik Sepeda Motor'],
    ['BNSP-SEPEDA-MOTOR', 'BNSP-OTOMOTIF-MOBIL'],
    0.15,
    3,
    { trade: 0.8, port: 0.1, outsourcing: 0.1 },
    TRADE_EDU,
  ),
  demand(
    '7127',
    45,
    {},
    ['Teknisi AC', 'Teknisi HVAC', 'Mekanik AC', 'Teknisi Refrigerasi'],
    ['BNSP-AC'],
    0.25,
    3,
    { trade: 0.4, hotel: 0.3, maintenance: 0.3 },
    TRADE_EDU,
  ),
  demand(
    '8342',
    65,
    { construction: true },
    ['Operator Excavator', 'Operator Excavator PC200', 'Operator Alat Berat', 'Operator Backhoe', 'Operator Bulldozer'],
    ['KEMNAKER-SIO-EXCAVATOR'],
    0.7,
    5,
    { construction: 0.7, port: 0.3 },
    TRADE_EDU,
  ),
  demand(
    '8343',
    60,
    { construction: true, turnaround: true },
    ['Operator Crane', 'Operator Mobile Crane', 'Operator Overhead Crane', 'Crane Operator 50 Ton'],
    ['KEMNAKER-SIO-CRANE'],
    0.75,
    4,
    { port: 0.4, construction: 0.3, steel: 0.3 },
    TRADE_EDU,
  ),
  demand(
    '8344',
    110,
    { operations: true },
    ['Operator Forklift', 'Forklift Driver', 'Operator Forklift (SIO)', 'Operator Reach Truck'],
    ['KEMNAKER-SIO-FORKLIFT'],
    0.7,
    6,
    { port: 0.45, steel: 0.2, chemical: 0.2, trade: 0.15 },
    TRADE_EDU,
  ),
  demand(
    '3257',
    130,
    { construction: true, operations: true },
    ['Safety Officer', 'HSE Officer', 'Safety Officer (HSE)', 'Petugas K3', 'Safetyman', 'HSE Inspector', 'Staff K3'],
    ['BNSP-PETUGAS-K3'],
    0.8,
    4,
    { construction: 0.35, chemical: 0.25, steel: 0.15, maintenance: 0.15, outsourcing: 0.1 },
    TECH_EDU,
  ),
  demand(
    '2263',
    25,
    { operations: true },
    ['Ahli K3 Umum', 'HSE Engineer', 'Safety Engineer', 'HSE Manager'],
    ['KEMNAKER-AK3U'],
    0.9,
    1,
    { chemical: 0.4, steel: 0.3, construction: 0.3 },
    ['S1', 'S1 Teknik', 'D3/S1'],
  ),
  demand(
    '3513',
    35,
    {},
    ['IT Support', 'Staff IT', 'Teknisi Jaringan', 'Network Technician', 'Helpdesk IT'],
    ['BNSP-JARINGAN'],
    0.1,
    2,
    { ict: 0.5, port: 0.2, trade: 0.15, hotel: 0.15 },
    TECH_EDU,
  ),
  demand(
    '3118',
    25,
    { construction: true },
    ['Drafter', 'Drafter AutoCAD', 'Juru Gambar', 'CAD Operator'],
    ['BNSP-CAD'],
    0.1,
    2,
    { construction: 0.5, fabrication: 0.3, maintenance: 0.2 },
    TECH_EDU,
  ),
  demand(
    '5120',
    12,
    {},
    ['Juru Masak', 'Cook', 'Koki', 'Cook (Catering)', 'Kitchen Staff'],
    ['BNSP-JURU-MASAK'],
    0.1,
    3,
    { food: 0.6, hotel: 0.4 },
    ['SMA/SMK', 'SMK Tata Boga', 'SMP'],
  ),
  demand('7533', 10, {}, ['Penjahit', 'Operator Jahit', 'Tailor', 'Sewing Operator'], ['BNSP-PENJAHIT'], 0.05, 3, { garment: 1 }, [
    'SMP',
    'SMA/SMK',
  ]),
  demand(
    '5414',
    140,
    { operations: true },
    ['Satpam', 'Security', 'Security Guard', 'Petugas Keamanan'],
    [],
    0,
    6,
    { security: 0.7, outsourcing: 0.3 },
    ['SMA/SMK', 'SMA'],
  ),
  demand(
    'other',
    900,
    { operations: true },
    [
      'Admin Gudang',
      'Driver',
      'Operator Produksi',
      'Helper',
      'Helper Welder',
      'Staff Administrasi',
      'Staff Accounting',
      'Sales',
      'Cleaning Service',
      'Operator Mesin Produksi',
      'Quality Control',
      'Welding Inspector',
      'Electrical Engineer',
      'Mechanical Engineer',
      'Supervisor Konstruksi',
      'Kasir',
      'Staff HRD',
      'Checker',
      'Crew Store',
    ],
    [],
    0,
    8,
    { outsourcing: 0.2, port: 0.15, steel: 0.1, chemical: 0.1, trade: 0.15, food: 0.1, hotel: 0.1, construction: 0.1 },
    ['SMA/SMK', 'SMK', 'D3', 'S1'],
  ),
];

/** Growth of all demand relative to 2023. */
export const DEMAND_GROWTH: Readonly<Record<number, number>> = { 2023: 1, 2024: 1.05, 2025: 1.08, 2026: 1.06 };

export interface SectorInfo {
  kbli: string;
  name: string;
  employers: number;
  words: readonly string[];
}

/** KBLI 2020 two-digit divisions. */
export const SECTORS: Readonly<Record<SectorKey, SectorInfo>> = {
  steel: { kbli: '24', name: 'Industri Logam Dasar', employers: 25, words: ['Baja', 'Logam', 'Besi Baja', 'Metalindo'] },
  chemical: {
    kbli: '20',
    name: 'Industri Bahan Kimia dan Barang dari Bahan Kimia',
    employers: 30,
    words: ['Kimia', 'Petrokimia', 'Polimer', 'Resin', 'Kimia Industri'],
  },
  fabrication: {
    kbli: '25',
    name: 'Industri Barang Logam, Bukan Mesin dan Peralatannya',
    employers: 30,
    words: ['Fabrikasi', 'Konstruksi Baja', 'Logam Presisi'],
  },
  maintenance: {
    kbli: '33',
    name: 'Reparasi dan Pemasangan Mesin dan Peralatan',
    employers: 40,
    words: ['Teknik', 'Rekayasa', 'Servis Industri', 'Mekanika'],
  },
  construction: {
    kbli: '42',
    name: 'Konstruksi Bangunan Sipil',
    employers: 45,
    words: ['Konstruksi', 'Bangun', 'Karya Konstruksi', 'Rekayasa Sipil'],
  },
  port: {
    kbli: '52',
    name: 'Pergudangan dan Aktivitas Penunjang Angkutan',
    employers: 30,
    words: ['Samudra', 'Dermaga', 'Logistik', 'Pelabuhan', 'Bahari'],
  },
  energy: {
    kbli: '35',
    name: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin',
    employers: 8,
    words: ['Energi', 'Daya', 'Listrik'],
  },
  food: { kbli: '56', name: 'Penyediaan Makanan dan Minuman', employers: 25, words: ['Boga', 'Rasa', 'Katering', 'Dapur'] },
  hotel: { kbli: '55', name: 'Penyediaan Akomodasi', employers: 12, words: ['Graha', 'Wisma', 'Hotel'] },
  security: { kbli: '80', name: 'Aktivitas Keamanan dan Penyelidikan', employers: 12, words: ['Satria', 'Garda', 'Jaga'] },
  garment: { kbli: '14', name: 'Industri Pakaian Jadi', employers: 6, words: ['Busana', 'Konveksi', 'Tekstil'] },
  trade: {
    kbli: '45',
    name: 'Perdagangan, Reparasi dan Perawatan Mobil dan Sepeda Motor',
    employers: 20,
    words: ['Motor', 'Otomotif', 'Bengkel'],
  },
  ict: {
    kbli: '62',
    name: 'Aktivitas Pemrograman, Konsultasi Komputer dan Kegiatan YBDI',
    employers: 8,
    words: ['Data', 'Digital', 'Net'],
  },
  outsourcing: { kbli: '78', name: 'Aktivitas Ketenagakerjaan', employers: 15, words: ['Karya', 'Tenaga', 'Sumber Daya'] },
};

/** Cilegon's minimum wage (UMK) by year, rupiah a month; approximate, 2026 assumed. */
export const UMK: Readonly<Record<number, number>> = { 2023: 4657222, 2024: 4815813, 2025: 5128084, 2026: 5440000 };

/** Where the industrial employers sit: the coast (Ciwandan, Citangkil, Grogol, Pulomerak) more than the centre. */
export const EMPLOYER_KECAMATAN_WEIGHTS: Readonly<Record<string, number>> = {
  '3672010': 25,
  '3672011': 20,
  '3672022': 15,
  '3672020': 15,
  '3672030': 8,
  '3672031': 7,
  '3672021': 5,
  '3672040': 5,
};
