// Word lists for synthetic people and employers. Every employer name carries "Contoh" and "(fiktif)"
// so it can never be mistaken for a real company.
import type { Random } from './random.ts';

const MALE_FIRST = [
  'Ahmad',
  'Muhammad',
  'Rizky',
  'Dedi',
  'Agus',
  'Budi',
  'Eko',
  'Fajar',
  'Hendra',
  'Iwan',
  'Joko',
  'Rudi',
  'Asep',
  'Ujang',
  'Deni',
  'Andi',
  'Bayu',
  'Dimas',
  'Fikri',
  'Galih',
  'Hadi',
  'Ilham',
  'Irfan',
  'Yusuf',
  'Wahyu',
  'Taufik',
  'Teguh',
  'Yogi',
  'Ade',
  'Aris',
  'Arif',
  'Dodi',
  'Dwi',
  'Rahmat',
  'Syahrul',
  'Saepul',
  'Jaenal',
  'Mulyadi',
  'Sarip',
  'Udin',
  'Firman',
  'Gilang',
  'Haris',
  'Imam',
  'Jajang',
  'Kurniawan',
  'Lukman',
  'Nanang',
  'Oki',
  'Prasetyo',
  'Rendi',
  'Sandi',
  'Tono',
  'Wawan',
  'Yayan',
  'Zaenal',
  'Aldi',
  'Bagus',
  'Cecep',
  'Dani',
];
const FEMALE_FIRST = [
  'Siti',
  'Nur',
  'Dewi',
  'Rina',
  'Sri',
  'Ayu',
  'Fitri',
  'Lestari',
  'Maya',
  'Nabila',
  'Putri',
  'Rani',
  'Ratna',
  'Wulan',
  'Yuni',
  'Indah',
  'Intan',
  'Aisyah',
  'Eka',
  'Novi',
  'Tika',
  'Yanti',
  'Euis',
  'Neng',
  'Iis',
  'Dian',
  'Fatimah',
  'Hana',
  'Lia',
  'Mega',
  'Nia',
  'Oktavia',
  'Rika',
  'Sari',
  'Tuti',
  'Umi',
  'Vina',
  'Winda',
  'Yulia',
  'Zahra',
];
const MALE_LAST = [
  'Saputra',
  'Hidayat',
  'Setiawan',
  'Pratama',
  'Nugroho',
  'Kurniawan',
  'Wibowo',
  'Santoso',
  'Firmansyah',
  'Ramadhan',
  'Maulana',
  'Sulaiman',
  'Suryadi',
  'Hakim',
  'Hasanudin',
  'Jamaludin',
  'Mulyana',
  'Sopian',
  'Rohman',
  'Fauzi',
  'Gunawan',
  'Permana',
  'Sanjaya',
  'Syahputra',
  'Wijaya',
  'Hermawan',
  'Nurdin',
  'Suherman',
  'Rosadi',
  'Supriyadi',
];
const FEMALE_LAST = [
  'Lestari',
  'Rahmawati',
  'Wulandari',
  'Handayani',
  'Safitri',
  'Anggraini',
  'Permatasari',
  'Puspita',
  'Nurhayati',
  'Susanti',
  'Kurniasih',
  'Maharani',
  'Fitriani',
  'Rosita',
  'Yuliani',
  'Hasanah',
  'Komalasari',
  'Utami',
];
/** Names with letters outside ASCII but inside Windows-1252, for the one export saved as cp1252. */
const ACCENTED_FIRST: Readonly<Record<'L' | 'P', readonly string[]>> = {
  L: ['José', 'André', 'René', 'Andrés', 'Noël'],
  P: ['Renée', 'Inés', 'Zoë', 'Désirée'],
};

export function personName(random: Random, sex: 'L' | 'P'): string {
  const first = random.pick(sex === 'L' ? MALE_FIRST : FEMALE_FIRST);
  if (random.chance(0.22)) return first; // many Indonesians have a single name
  return `${first} ${random.pick(sex === 'L' ? MALE_LAST : FEMALE_LAST)}`;
}

export function accentedName(random: Random, sex: 'L' | 'P'): string {
  return `${random.pick(ACCENTED_FIRST[sex])} ${random.pick(sex === 'L' ? MALE_LAST : FEMALE_LAST)}`;
}

const EMPLOYER_SUFFIX = [
  'Sejahtera',
  'Makmur',
  'Abadi',
  'Nusantara',
  'Mandiri',
  'Perkasa',
  'Utama',
  'Jaya',
  'Sentosa',
  'Lestari',
  'Prima',
  'Gemilang',
  'Bersama',
  'Cemerlang',
  'Indah',
  'Mulia',
  'Raya',
  'Selaras',
  'Barokah',
  'Anugerah',
];

/** A fictitious Indonesian employer name; `small` firms are CVs. */
export function employerName(random: Random, words: readonly string[], small: boolean): string {
  return `${small ? 'CV' : 'PT'} Contoh ${random.pick(words)} ${random.pick(EMPLOYER_SUFFIX)} (fiktif)`;
}

export interface ForeignEmployer {
  name: string;
  country: string;
  sector: string;
  wage: readonly [number, number];
}

/** Employers abroad of migrant workers (pekerja migran), all fictitious. */
export const FOREIGN_EMPLOYERS: readonly ForeignEmployer[] = [
  { name: 'Contoh Kogyo K.K. (fiktif)', country: 'Jepang', sector: 'Industri Barang Logam (Jepang)', wage: [17_000_000, 23_000_000] },
  { name: 'Contoh Zosen K.K. (fiktif)', country: 'Jepang', sector: 'Galangan Kapal (Jepang)', wage: [18_000_000, 24_000_000] },
  {
    name: 'Contoh Heavy Industries Co., Ltd. (fiktif)',
    country: 'Korea Selatan',
    sector: 'Galangan Kapal (Korea Selatan)',
    wage: [24_000_000, 32_000_000],
  },
  { name: 'Contoh Gulf Contracting LLC (fiktif)', country: 'Uni Emirat Arab', sector: 'Konstruksi (UEA)', wage: [9_000_000, 14_000_000] },
  {
    name: 'Contoh Arabia Industrial Services (fiktif)',
    country: 'Arab Saudi',
    sector: 'Jasa Industri Migas (Arab Saudi)',
    wage: [10_000_000, 15_000_000],
  },
  { name: 'Contoh Doha Engineering W.L.L. (fiktif)', country: 'Qatar', sector: 'Konstruksi (Qatar)', wage: [9_500_000, 13_500_000] },
];

/** Where the people from outside Kota Cilegon live (out of scope for this dashboard). */
export const OUTSIDE_RESIDENCES: readonly { city: readonly string[]; kecamatan: readonly string[] }[] = [
  {
    city: ['Kab. Serang', 'Kabupaten Serang', 'KAB. SERANG'],
    kecamatan: ['Kramatwatu', 'Bojonegara', 'Pulo Ampel', 'Anyar', 'Mancak', 'Waringinkurung', 'Ciruas'],
  },
  { city: ['Kota Serang', 'KOTA SERANG'], kecamatan: ['Serang', 'Kasemen', 'Taktakan', 'Cipocok Jaya', 'Walantaka', 'Curug'] },
];

export const EDUCATION_MIX: Readonly<Record<'trade' | 'technical' | 'services' | 'experienced', readonly [string[], number[]]>> = {
  trade: [
    ['SMK', 'SMA', 'SMP', 'D3'],
    [55, 25, 15, 5],
  ],
  technical: [
    ['SMK', 'SMA', 'D3', 'S1'],
    [40, 25, 20, 15],
  ],
  services: [
    ['SMP', 'SMA', 'SMK', 'SD'],
    [25, 40, 30, 5],
  ],
  experienced: [
    ['SMK', 'SMA', 'STM', 'D3', 'S1'],
    [45, 20, 15, 10, 10],
  ],
};
