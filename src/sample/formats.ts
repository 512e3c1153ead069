// How different source systems write the same value: dates, kecamatan, city, sex, money, NIKs.
// Every form here is one the data contract (§3, §6) accepts.
import { type Day, excelSerial } from './calendar.ts';
import { dayParts, dayToIso } from '../pipeline/values/dates.ts';
import type { Sex } from './people.ts';
import type { Random } from './random.ts';
import type { KecamatanWithPopulation } from './reference.ts';

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_ID_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

export type DateStyle =
  | 'iso' // 2025-01-05
  | 'iso-time' // 2025-01-05 08:30:00
  | 'dmy' // 05/01/2025
  | 'dmy-loose' // 5/1/2025
  | 'dmy-dash' // 5-1-2025
  | 'long-id' // 5 Januari 2025 (sometimes 05 Jan 2025)
  | 'excel'; // 45662

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDate(random: Random, day: Day, style: DateStyle): string {
  const { year, month, day: dom } = dayParts(day);
  switch (style) {
    case 'iso':
      return dayToIso(day);
    case 'iso-time':
      return `${dayToIso(day)} ${pad(random.int(7, 16))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}`;
    case 'dmy':
      return `${pad(dom)}/${pad(month)}/${year}`;
    case 'dmy-loose':
      return `${dom}/${month}/${year}`;
    case 'dmy-dash':
      return `${dom}-${month}-${year}`;
    case 'long-id': {
      const roll = random.next();
      if (roll < 0.75) return `${dom} ${MONTHS_ID[month - 1]} ${year}`;
      if (roll < 0.92) return `${pad(dom)} ${MONTHS_ID_SHORT[month - 1]} ${year}`;
      return `${dom} ${MONTHS_ID[month - 1].toUpperCase()} ${year}`;
    }
    case 'excel':
      return random.chance(0.15) ? `${excelSerial(day)}.${random.int(1, 9)}` : String(excelSerial(day));
  }
}

/** A day that does not exist, written the way `style` writes dates (the 31st of a 30-day month, 30 February…). */
export function impossibleDate(random: Random, year: number, style: DateStyle): string {
  const [dom, month] = random.pick([
    [31, 2],
    [30, 2],
    [31, 4],
    [31, 6],
    [31, 9],
    [31, 11],
  ] as const);
  switch (style) {
    case 'iso':
    case 'iso-time':
      return `${year}-${pad(month)}-${dom}`;
    case 'dmy':
      return `${dom}/${pad(month)}/${year}`;
    case 'dmy-loose':
      return `${dom}/${month}/${year}`;
    case 'dmy-dash':
      return `${dom}-${month}-${year}`;
    case 'long-id':
      return `${dom} ${MONTHS_ID[month - 1]} ${year}`;
    case 'excel':
      throw new Error('an Excel serial is always a real day');
  }
}

export type KecamatanStyle = 'name' | 'mixed' | 'codes';

/** Kecamatan as sources write it: BPS or Kemendagri codes, names with "Kec." or in capitals, other spellings. */
export function formatKecamatan(random: Random, bps: string, kecamatan: readonly KecamatanWithPopulation[], style: KecamatanStyle): string {
  if (bps === '') return '';
  const k = kecamatan.find((item) => item.bps === bps);
  if (!k) return bps; // a name outside Kota Cilegon, written as is
  const name = k.also.length > 0 && random.chance(0.4) ? k.also[0] : k.name;
  if (style === 'codes') {
    const roll = random.next();
    return roll < 0.45 ? k.bps : roll < 0.7 ? k.kemendagri : name.toUpperCase();
  }
  if (style === 'name') return random.chance(0.9) ? k.name : name;
  const roll = random.next();
  if (roll < 0.45) return name;
  if (roll < 0.65) return name.toUpperCase();
  if (roll < 0.85) return `Kec. ${name}`;
  return `Kecamatan ${name}`;
}

/** An in-scope city as sources write it (often left empty). */
export function formatCilegon(random: Random, forms: readonly string[], weights: readonly number[]): string {
  return random.weighted(forms, weights);
}

export function formatSex(random: Random, sex: Sex | '', style: 'id-long' | 'letter' | 'en'): string {
  if (sex === '') return '';
  if (style === 'letter') return sex;
  if (style === 'en') return random.chance(0.7) ? (sex === 'L' ? 'male' : 'female') : sex === 'L' ? 'M' : 'F';
  const word = sex === 'L' ? 'Laki-laki' : 'Perempuan';
  return random.chance(0.1) ? word.toUpperCase() : word;
}

function thousands(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Rupiah as sources write it: `Rp 5.128.084`, `Rp 4.950.000,-`, `5.128.084,00`, `5128084`. */
export function formatRupiah(random: Random, amount: number, style: 'rp' | 'plain' | 'dotted'): string {
  if (style === 'plain') return String(amount);
  if (style === 'dotted') return random.chance(0.5) ? thousands(amount) : `Rp ${thousands(amount)},00`;
  return random.chance(0.8) ? `Rp ${thousands(amount)}` : `Rp ${thousands(amount)},-`;
}

/** Excel users type a leading apostrophe so a 16-digit NIK is not turned into 1.2E+15. */
export function formatNik(random: Random, nik: string, excelMarker: boolean): string {
  return excelMarker && random.chance(0.8) ? `'${nik}` : nik;
}
