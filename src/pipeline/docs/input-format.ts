// The data team's guide to the input files (docs/input-format.md), derived from the contract in
// code: dataset stems, columns, aliases, types, enums, kecamatan, scope, thresholds and reference
// tables come from contract.ts, and every example is run through the real parsers, so the guide
// cannot promise what the build does not do. Only the connecting prose is written here, in
// Indonesian and English side by side so the two stay in step.

import {
  CITY_IN_SCOPE,
  COLUMNS,
  CONTRACT_VERSION,
  DATASETS,
  DATASET_STEMS,
  KECAMATAN_LIST,
  MAX_REJECTED_SHARE_DENOMINATOR,
  REFERENCE_COLUMNS,
  REFERENCE_MAX_ROWS,
  VALIDITY_YEARS,
  type ColumnSpec,
  type DatasetName,
  type ReferenceName,
  type ValueType,
} from '../contract.ts';
import type { Lang, Message } from '../messages.ts';
import { isCityInScope } from '../values/city.ts';
import { parseOccupationCode } from '../values/codes.ts';
import { EARLIEST_DATE, EXCEL_SERIAL_MAX, EXCEL_SERIAL_MIN, LATEST_DATE, MONTH_NAMES, dayToIso, parseDate } from '../values/dates.ts';
import { matchKecamatan } from '../values/kecamatan.ts';
import { atMost, parseInteger, parsePositions } from '../values/numbers.ts';
import { PATTERN_MAX_LENGTH, TITLE_MATCH_LENGTH } from '../titles.ts';
import type { ValueResult } from '../values/result.ts';

/** Picks the sentence of one language; both are written together so they cannot drift apart. */
type Say = (id: string, en: string) => string;

function sayIn(lang: Lang): Say {
  return (id, en) => (lang === 'id' ? id : en);
}

function code(text: string): string {
  return '`' + text + '`';
}

function codes(texts: readonly string[]): string {
  return texts.map(code).join(', ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line), ''];
}

const PERCENT_REJECTED_ALLOWED = 100 / MAX_REJECTED_SHARE_DENOMINATOR;

const DATASET_TITLES: Record<DatasetName, Message> = {
  enrollments: { id: 'peserta pelatihan', en: 'training enrollments' },
  certifications: { id: 'sertifikasi (uji kompetensi BNSP/LSP)', en: 'certifications (BNSP/LSP competency assessments)' },
  placements: { id: 'penempatan kerja', en: 'job placements' },
  vacancies: { id: 'lowongan kerja', en: 'job vacancies' },
};

const DATASET_ROWS: Record<DatasetName, Message> = {
  enrollments: { id: 'satu baris per orang per angkatan pelatihan', en: 'one row per person per training batch' },
  certifications: { id: 'satu baris per uji kompetensi', en: 'one row per competency assessment' },
  placements: {
    id: 'satu baris per orang yang mulai bekerja atau berwirausaha setelah pelatihan',
    en: 'one row per job start or business start after training',
  },
  vacancies: {
    id: 'satu baris per lowongan (Karirhub / Kios Pasar Kerja, wajib lapor lowongan, survei industri)',
    en: 'one row per job posting (Karirhub / Kios Pasar Kerja, mandatory vacancy reports, industry surveys)',
  },
};

const TYPE_WORDS: Record<ValueType, Message> = {
  text: { id: 'teks', en: 'text' },
  private_text: { id: 'teks', en: 'text' },
  date: { id: 'tanggal', en: 'date' },
  integer: { id: 'bilangan bulat', en: 'whole number' },
  positions: { id: 'bilangan bulat ≥ 1', en: 'whole number ≥ 1' },
  occupation_code: { id: 'kode KBJI 4 angka', en: '4-digit KBJI code' },
  program_code: { id: 'kode program dari `programs.csv`', en: 'program code from `programs.csv`' },
  scheme_code: { id: 'kode skema dari `schemes.csv`', en: 'scheme code from `schemes.csv`' },
  kecamatan: { id: 'kecamatan (kode atau nama)', en: 'kecamatan (code or name)' },
  enum: { id: 'salah satu pilihan', en: 'one of a list' },
};

function pickMessage(lang: Lang, m: Message): string {
  return lang === 'id' ? m.id : m.en;
}

/** How an example cell is read, in words: the value, or "refused: reason". */
function outcome<T>(lang: Lang, result: ValueResult<T>, show: (value: T) => string): string {
  return result.ok ? show(result.value) : `${lang === 'id' ? 'ditolak' : 'refused'}: ${pickMessage(lang, result.reason)}`;
}

function exampleTable<T>(
  lang: Lang,
  say: Say,
  examples: readonly string[],
  parse: (raw: string) => ValueResult<T>,
  show: (value: T) => string,
): string[] {
  return table(
    [say('ditulis', 'written'), say('dibaca sebagai', 'read as')],
    examples.map((raw) => [code(raw), outcome(lang, parse(raw), show)]),
  );
}

function sentence(text: string): string {
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function title(lang: Lang, dataset: DatasetName): string {
  return `${code(dataset)} — ${pickMessage(lang, DATASET_TITLES[dataset])}`;
}

function introduction(say: Say): string[] {
  return [
    say(
      'Panduan ini untuk petugas yang mengekspor data untuk dasbor Link & Match Cilegon: Disnaker Kota Cilegon, ' +
        'BBPVP Serang, BLK dan LSP. Isinya: di mana file diletakkan, bagaimana file dan kolom diberi nama, ' +
        'bagaimana tanggal dan angka ditulis, dan kapan sebuah baris ditolak.',
      'This guide is for the people who export data for the Link & Match Cilegon dashboard: Disnaker Kota Cilegon, ' +
        'BBPVP Serang, BLK and LSP. It says where files go, how files and columns are named, how dates and numbers ' +
        'are written, and when a row is rejected.',
    ),
    '',
  ];
}

function filesSection(lang: Lang, say: Say): string[] {
  return [
    say('### 1. Letak dan nama file', '### 1. Where files go and how they are named'),
    '',
    say(
      'Semua file adalah CSV (`.csv`) di satu folder masukan (`INPUT`). Sebuah dataset dikenali dari nama file ' +
        '(Inggris atau Indonesia), atau dari nama sub-folder tepat di bawah `INPUT`; folder di dalam folder dataset ' +
        '(misalnya `lowongan/2025/`) ikut dibaca. Huruf besar/kecil pada nama file dan folder tidak berpengaruh.',
      'Every file is a CSV (`.csv`) in one input folder (`INPUT`). A dataset is recognised by the file name ' +
        "(English or Indonesian), or by the name of a sub-folder right below `INPUT`; folders inside a dataset's " +
        'folder (such as `lowongan/2025/`) are read too. Upper and lower case in file and folder names do not matter.',
    ),
    '',
    ...table(
      [
        say('dataset', 'dataset'),
        say('nama file', 'file names'),
        say('atau file `.csv` apa pun di folder', 'or any `.csv` file in the folder'),
      ],
      DATASETS.map((dataset) => [
        title(lang, dataset),
        DATASET_STEMS[dataset].map((stem) => code(`${stem}*.csv`)).join(', '),
        DATASET_STEMS[dataset].map((stem) => code(`${stem}/`)).join(', '),
      ]),
    ),
    say('Contoh:', 'For example:'),
    '',
    '```',
    'INPUT/',
    '  peserta_2025-01.csv',
    '  peserta_2025-02.csv',
    '  sertifikasi/lsp-las-2025.csv',
    '  penempatan/2025.csv',
    '  lowongan/karirhub-2025-09.csv',
    '  reference/programs.csv',
    '```',
    '',
    say(
      '- Satu dataset boleh terdiri dari beberapa file (per bulan, per lembaga). File-file itu dibaca berurutan menurut ' +
        'jalurnya (urutan byte: angka sebelum huruf besar, huruf besar sebelum huruf kecil). Beri nama yang ' +
        'urutannya sama dengan urutan waktu, misalnya `2025-01`, `2025-02`, … `2025-12` (bukan `Jan`, `Feb`, atau `1`, `2`, … `10`).',
      '- A dataset may be split over several files (per month, per provider). They are read in order of their path ' +
        '(byte order: digits before capitals, capitals before lower case). Give names that sort in time order, such as ' +
        '`2025-01`, `2025-02`, … `2025-12` (not `Jan`, `Feb`, nor `1`, `2`, … `10`).',
    ),
    say(
      '- Ekspor dianggap kumulatif: jika id yang sama muncul lagi di file yang dibaca kemudian, baris yang baru ' +
        'menggantikan yang lama (misalnya status peserta diperbarui). Lihat bagian 8.',
      '- Exports are taken as cumulative: when an id appears again in a file read later, the later row replaces the ' +
        'earlier one (for example, an updated status). See section 8.',
    ),
    say(
      '- Setiap file lain di bawah `INPUT` (file `.csv` yang tidak cocok dengan dataset mana pun, `.xlsx`, `.tsv`, nama ' +
        'yang berawalan atau berakhiran spasi, tautan ke file yang tidak ada) tidak dibaca, dan disebut namanya beserta ' +
        'alasan dan cara memperbaikinya di ringkasan, di `meta.json` dan oleh `npm run data:check`. Hanya file ' +
        'tersembunyi (`.git/`) dan catatan folder itu sendiri (`README*`, `SAMPLE-DATA.txt`) yang dilewati tanpa disebut.',
      '- Every other file under `INPUT` (a `.csv` matching no dataset, an `.xlsx`, a `.tsv`, a name starting or ending ' +
        'with a space, a link to a file that does not exist) is not read, and is named with why and how to fix it in the ' +
        "summary, in `meta.json` and by `npm run data:check`. Only hidden entries (`.git/`) and the folder's own notes " +
        '(`README*`, `SAMPLE-DATA.txt`) are passed over without a word.',
    ),
    say(
      '- Dataset yang tidak punya file, atau yang file-filenya tidak berisi satu pun baris data (hanya judul kolom), ' +
        'dianggap tidak ada: halaman menyebut bahwa sumbernya tidak ada, bukan menampilkan nol. Bila baris yang diterima ' +
        'sebuah dataset turun lebih dari separuh dibanding rilis sebelumnya, data build menolaknya kecuali dijalankan ' +
        'dengan `--accept-drop DATASET`: periksa dulu apakah ada file yang hilang atau terpotong.',
      '- A dataset with no file, or whose files hold no data row (only the header), is missing: the pages say that its ' +
        "source is missing rather than show zeros. When a dataset's accepted rows fall by more than half against the " +
        'previous release, the data build refuses them unless run with `--accept-drop DATASET`: first check for files ' +
        'that went missing or were cut short.',
    ),
    say(
      '- **Nama file diterbitkan.** Nama setiap file dan jumlah barisnya tercantum di `meta.json` dan di halaman ' +
        'metodologi situs. Jangan memakai nama orang, NIK, nomor telepon, atau nama kelompok kecil (negara tujuan, jenis ' +
        'kelamin, desa) dalam nama file: `pmi_taiwan_perempuan_grogol_2025.csv` menerbitkan jumlah kelompok kecil itu. ' +
        'Data build menolak file yang namanya memuat 16 angka berturut-turut (seperti NIK) atau sesuatu yang tampak ' +
        'seperti nomor HP (`08…`, `62…`, `+62…`), dan `npm run data:check` memperingatkan file peserta, sertifikasi ' +
        'atau penempatan yang barisnya diterima kurang dari ambang sel kecil. Nama yang baik: `peserta_2025-09.csv`.',
      "- **File names are published.** Every file's name and row counts appear in `meta.json` and on the site's " +
        'methodology page. Keep names of people, NIKs, phone numbers and names of small groups (destination country, ' +
        "sex, village) out of file names: `pmi_taiwan_perempuan_grogol_2025.csv` publishes that small group's count. " +
        'The data build refuses a file whose name holds 16 digits in a row (like a NIK) or something that looks like a ' +
        'mobile number (`08…`, `62…`, `+62…`), and `npm run data:check` warns about an enrollments, certifications or ' +
        'placements file with fewer accepted rows than the small-cell threshold. A good name: `peserta_2025-09.csv`.',
    ),
    say(
      '- Folder `reference/` berisi tabel referensi (bagian 10), bukan data.',
      '- The `reference/` folder holds reference tables (section 10), not data.',
    ),
    '',
  ];
}

function fileFormatSection(say: Say): string[] {
  return [
    say('### 2. Format file', '### 2. File format'),
    '',
    say(
      'Dari Excel, pilih **Simpan sebagai → CSV UTF-8 (dipisahkan koma)**. Ekspor dari sistem web biasanya sudah benar. ' +
        'Yang dapat dibaca tanpa pengaturan apa pun:',
      'From Excel, choose **Save as → CSV UTF-8 (Comma delimited)**. Exports from web systems are usually fine as they ' +
        'are. All of the following are read without any setting:',
    ),
    '',
    say(
      '- **Encoding**: UTF-8 dengan atau tanpa BOM; UTF-16 (LE/BE) dengan BOM; file lain yang bukan UTF-8 yang sah ' +
        'dibaca sebagai Windows-1252. File yang diawali BOM UTF-8 tetapi isinya bukan UTF-8 yang sah ditolak seluruhnya.',
      '- **Encoding**: UTF-8 with or without BOM; UTF-16 (LE/BE) with BOM; any other file that is not valid UTF-8 is ' +
        'read as Windows-1252. A file that starts with a UTF-8 BOM but is not valid UTF-8 is refused as a whole.',
    ),
    say(
      '- **Pemisah kolom**: koma, titik koma, atau tab — yang paling sering muncul (di luar tanda kutip) di baris judul; ' +
        'jika seri, koma, lalu titik koma. Isi yang diapit tanda kutip `"` boleh memuat pemisah, tanda kutip ganda ' +
        '(`""`) dan ganti baris.',
      '- **Delimiter**: comma, semicolon or tab — whichever occurs most often (outside quotes) in the header line; a tie ' +
        'goes to comma, then semicolon. A value in double quotes `"` may hold delimiters, doubled quotes (`""`) and ' +
        'line breaks.',
    ),
    say(
      '- **Akhir baris**: LF, CRLF atau CR, boleh campur. Nomor baris di laporan sama dengan nomor baris di editor ' +
        'teks; baris judul adalah baris 1.',
      '- **Line endings**: LF, CRLF or CR, mixed freely. Line numbers in the report are those a text editor shows; the ' +
        'header is line 1.',
    ),
    say(
      '- Baris kosong, dan baris yang semua selnya kosong, dilewati dan tidak dihitung. Baris yang mengulang baris ' +
        'judul di tengah data (file yang ditempel jadi satu) juga dilewati.',
      '- Blank lines, and rows whose every cell is empty, are skipped and not counted. A line that repeats the header ' +
        'inside the data (files pasted together) is skipped too.',
    ),
    say(
      '- File yang bukan ekspor CSV (kosong, biner, buku kerja Excel `.xlsx` atau zip yang diganti namanya menjadi ' +
        '`.csv`, atau tanpa baris judul yang dikenali) ditolak seluruhnya, dengan penjelasan apa isinya.',
      '- A file that cannot be a CSV export (empty, binary, an Excel workbook `.xlsx` or a zip renamed `.csv`, or with ' +
        'no recognisable header) is refused as a whole, with a note on what it looks like.',
    ),
    '',
  ];
}

function headersSection(say: Say): string[] {
  return [
    say('### 3. Judul kolom', '### 3. Column headers'),
    '',
    say(
      'Baris pertama adalah judul kolom. Judul disamakan dulu sebelum dicocokkan: huruf kecil, spasi di awal/akhir ' +
        'dibuang, setiap deretan karakter selain a–z dan 0–9 menjadi satu `_`, dan `_` di awal/akhir dibuang. Jadi ' +
        '`Jenis Kelamin`, `JENIS_KELAMIN` dan `jenis-kelamin` semuanya `jenis_kelamin`; `Tgl. Lahir` adalah `tgl_lahir`; ' +
        '`No.` adalah `no`.',
      'The first line holds the column headers. Headers are normalised before they are matched: lower case, trimmed, ' +
        'every run of characters other than a–z and 0–9 turned into one `_`, and `_` removed at both ends. So ' +
        '`Jenis Kelamin`, `JENIS_KELAMIN` and `jenis-kelamin` are all `jenis_kelamin`; `Tgl. Lahir` is `tgl_lahir`; ' +
        '`No.` is `no`.',
    ),
    '',
    say(
      '- Setiap kolom punya nama baku dan nama lain yang diterima (bagian 5). Urutan kolom bebas.',
      '- Each column has a canonical name and accepted other names (section 5). Column order is free.',
    ),
    say(
      '- Jika dua kolom cocok ke kolom yang sama, yang pertama dipakai dan ringkasan memberi peringatan.',
      '- When two columns map to the same field, the first one is used and the summary warns.',
    ),
    say('- Kolom yang tidak dikenal diabaikan (disebut di ringkasan).', '- Unknown columns are ignored (named in the summary).'),
    say(
      '- Jika kolom **wajib** tidak ada, seluruh file ditolak, dengan nama kolom dan nama-nama yang diterima.',
      '- When a **required** column is missing, the whole file is refused, naming the column and its accepted names.',
    ),
    '',
  ];
}

const DATE_EXAMPLES = [
  '2025-09-25',
  '2025-9-5',
  '25/09/2025',
  '5-9-2025',
  '25.09.2025',
  '25 September 2025',
  '5 Agt. 2025',
  '05 Peb 2024',
  '1 sept 2025',
  '45925',
  '45925,75',
  '2025-09-25 14:30',
  '2025-09-25T14:30:00+07:00',
  '25/09/2025 08.00',
  '25/09/2025 8:00 PM',
  '31/02/2025',
  '29/02/2023',
  '09/25/2025',
  '25/09/25',
  '25 Septembre 2025',
  '1939-12-31',
  '2025/09/25',
  '25-Sep-2025',
];
const INTEGER_EXAMPLES = [
  '12',
  '1.200',
  '12.000',
  '1,200',
  '1 200',
  'Rp 5.128.084',
  'Rp 5.128.084,00',
  'Rp 4.950.000,-',
  '12,0',
  '100.00',
  '1,200.00',
  '12,5',
  '1.2',
  '1.20.000',
  '-5',
  'abc',
  '10 orang',
  '1e3',
];
const POSITIONS_EXAMPLES = ['1', '12', '10.000', '0', '10 orang', '10.001'];
const POSITIONS_BOUND = COLUMNS.vacancies.find((c) => c.name === 'positions')!.max!;
const OCCUPATION_CODE_EXAMPLES = ['7212', '0110', '7212.0', '72121', '721', '-', '72a2'];

function valuesSection(lang: Lang, say: Say): string[] {
  const months = MONTH_NAMES.map((names, index) => [String(index + 1), codes(names)]);
  const earliest = dayToIso(EARLIEST_DATE);
  const latest = dayToIso(LATEST_DATE);
  return [
    say('### 4. Isi sel', '### 4. Cell values'),
    '',
    say(
      "Tanda teks Excel `'` di awal sel dibuang, lalu spasi di awal dan akhir (termasuk spasi tak terputus). Sel " +
        'kosong berarti tidak ada nilai. Biarkan sel kosong bila nilainya tidak diketahui: jangan menulis `-`, `0` ' +
        'atau `n/a`, karena itu bukan nilai yang sah.',
      "A leading Excel text marker `'` is removed, then spaces at both ends (the no-break space too). An empty cell " +
        'means no value. Leave a cell empty when the value is unknown: do not write `-`, `0` or `n/a`, which are not ' +
        'valid values.',
    ),
    '',
    say('#### Tanggal', '#### Dates'),
    '',
    say(
      `Bentuk yang diterima: ${code('YYYY-M-D')}; hari lebih dulu ${code('D/M/YYYY')}, ${code('D-M-YYYY')}, ` +
        `${code('D.M.YYYY')}; ${code('D BULAN YYYY')} dengan nama bulan Indonesia atau Inggris (lengkap atau singkatan, ` +
        `huruf besar/kecil bebas, boleh diakhiri titik); atau nomor seri tanggal Excel ${EXCEL_SERIAL_MIN}–${EXCEL_SERIAL_MAX} ` +
        '(pecahannya diabaikan). Semua bentuk boleh diikuti jam (setelah spasi atau `T`); jam dan zona waktunya ' +
        `diabaikan, tanggal diambil apa adanya. Tahun harus 4 angka. Tanggal harus ada di kalender dan berada ` +
        `antara ${earliest} dan ${latest}.`,
      `Accepted forms: ${code('YYYY-M-D')}; day first ${code('D/M/YYYY')}, ${code('D-M-YYYY')}, ${code('D.M.YYYY')}; ` +
        `${code('D MONTH YYYY')} with an Indonesian or English month name (full or short, any case, optionally ending ` +
        `in a dot); or an Excel serial day number ${EXCEL_SERIAL_MIN}–${EXCEL_SERIAL_MAX} (a fraction is ignored). Any ` +
        'of them may be followed by a time (after a space or `T`); the time and its time zone are ignored, the date is ' +
        `taken as written. Years have four digits. A date must exist in the calendar and lie between ${earliest} and ` +
        `${latest}.`,
    ),
    '',
    ...exampleTable(lang, say, DATE_EXAMPLES, parseDate, dayToIso),
    say('Nama bulan yang diterima:', 'Accepted month names:'),
    '',
    ...table([say('bulan', 'month'), say('ditulis', 'written')], months),
    say('#### Bilangan bulat', '#### Whole numbers'),
    '',
    say(
      'Boleh diawali `Rp`, boleh memuat spasi, dan boleh memakai `.` atau `,` sebagai pemisah ribuan (selalu kelompok ' +
        '3 angka, satu jenis pemisah). Bagian desimal yang hanya nol, atau tanda `-`, dibuang. Selain itu tidak diterima. ' +
        'Perhatikan: `12.000` adalah dua belas ribu.',
      'An optional `Rp`, spaces, and `.` or `,` as thousands separators (always groups of 3 digits, one kind of ' +
        'separator). A decimal part of only zeros, or a dash, is dropped. Anything else is not accepted. Note: `12.000` ' +
        'is twelve thousand.',
    ),
    '',
    ...exampleTable(lang, say, INTEGER_EXAMPLES, parseInteger, String),
    say(
      `Jumlah kebutuhan lowongan (${code('positions')}) harus bilangan bulat 1–${POSITIONS_BOUND.value.toLocaleString('id-ID')}; sel kosong dihitung 1:`,
      `The number of positions of a vacancy (${code('positions')}) must be a whole number 1–${POSITIONS_BOUND.value.toLocaleString('en-GB')}; an empty cell counts as 1:`,
    ),
    '',
    ...exampleTable(lang, say, POSITIONS_EXAMPLES, atMost(parsePositions, POSITIONS_BOUND), String),
    say('#### Kode', '#### Codes'),
    '',
    say(
      'Kode jabatan KBJI 2014 (`occupation_code`) tepat 4 angka; angka 0 di depan tetap dipakai. Simpan kolom kode ' +
        'sebagai **Teks** di Excel agar `0110` tidak menjadi `110`.',
      'A KBJI 2014 occupation code (`occupation_code`) has exactly 4 digits; leading zeros count. Store code columns as ' +
        '**Text** in Excel so that `0110` does not become `110`.',
    ),
    '',
    ...exampleTable(lang, say, OCCUPATION_CODE_EXAMPLES, parseOccupationCode, code),
    say(
      'Kode program dan kode skema dicocokkan dengan `programs.csv` dan `schemes.csv` tanpa membedakan huruf besar/kecil ' +
        '(`LAS-01` = `las-01`); selain itu harus sama persis (`LAS-01` ≠ `LAS 01`).',
      'Program and scheme codes are matched against `programs.csv` and `schemes.csv` ignoring upper/lower case ' +
        '(`LAS-01` = `las-01`); otherwise they must be identical (`LAS-01` ≠ `LAS 01`).',
    ),
    '',
    say('#### Pilihan', '#### Choices'),
    '',
    say(
      'Kolom pilihan (jenis kelamin, status, hasil uji, jenis penempatan) dicocokkan tanpa membedakan huruf besar/kecil, ' +
        'dengan spasi berturut-turut dianggap satu, terhadap nilai baku dan tulisan lain yang tercantum di bagian 5 ' +
        '(`LAKI  LAKI` = `laki laki`). Tulisan yang tidak tercantum tidak diterima.',
      'Choice columns (sex, status, result, placement type) are matched ignoring upper/lower case, with runs of spaces ' +
        'taken as one, against the canonical value and the other spellings listed in section 5 (`LAKI  LAKI` = ' +
        '`laki laki`). Spellings that are not listed are not accepted.',
    ),
    '',
    say('#### Id', '#### Ids'),
    '',
    say(
      'Id (`enrollment_id`, `person_id`, …) adalah teks dan dibandingkan persis (huruf besar/kecil berbeda), setelah ' +
        'spasi di awal/akhir dibuang. Simpan NIK sebagai **Teks** di Excel: sebagai angka, Excel mengubah NIK 16 digit.',
      'Ids (`enrollment_id`, `person_id`, …) are text and compared exactly (case matters), after trimming. Store NIKs as ' +
        '**Text** in Excel: as a number, Excel alters a 16-digit NIK.',
    ),
    '',
  ];
}

function enumCell(lang: Lang, values: Readonly<Record<string, readonly string[]>>): string {
  const also = lang === 'id' ? 'juga' : 'also';
  return Object.entries(values)
    .map(([canonical, aliases]) => `${code(canonical)} (${also} ${codes(aliases)})`)
    .join('<br>');
}

function typeCell(lang: Lang, column: ColumnSpec): string {
  const words = pickMessage(lang, TYPE_WORDS[column.type]);
  return column.values === undefined ? words : `${words}:<br>${enumCell(lang, column.values)}`;
}

function notesCell(lang: Lang, say: Say, column: ColumnSpec): string {
  const notes: string[] = [];
  if (column.private === true) notes.push(say('**rahasia**', '**private**'));
  if (column.note !== undefined) notes.push(pickMessage(lang, column.note));
  return notes.join(' — ');
}

function requiredCell(say: Say, column: ColumnSpec): string {
  if (column.key === true) return say('**ya**, unik (id baris)', '**yes**, unique (row id)');
  return column.required ? say('**ya**', '**yes**') : say('tidak', 'no');
}

function datasetTable(lang: Lang, say: Say, dataset: DatasetName): string[] {
  const columns = COLUMNS[dataset];
  const required = columns.filter((c) => c.required).map((c) => c.name);
  return [
    `#### ${title(lang, dataset)}`,
    '',
    `${sentence(pickMessage(lang, DATASET_ROWS[dataset]))}`,
    say(`Judul minimal: ${code(required.join(','))}`, `Minimal header: ${code(required.join(','))}`),
    '',
    ...table(
      [
        say('kolom', 'column'),
        say('nama lain yang diterima', 'accepted other names'),
        say('wajib', 'required'),
        say('isi', 'type'),
        say('keterangan', 'notes'),
      ],
      columns.map((column) => [
        code(column.name),
        codes(column.aliases.filter((alias) => alias !== column.name)),
        requiredCell(say, column),
        typeCell(lang, column),
        notesCell(lang, say, column),
      ]),
    ),
  ];
}

function datasetsSection(lang: Lang, say: Say): string[] {
  return [
    say('### 5. Dataset dan kolomnya', '### 5. Datasets and their columns'),
    '',
    say(
      'Untuk setiap dataset: nama kolom baku, nama lain yang diterima (sudah dalam bentuk yang disamakan, bagian 3), ' +
        'apakah wajib, jenis isinya dan catatan. Kolom **rahasia** dibaca hanya untuk menghitung dan mencocokkan, ' +
        'dan tidak pernah muncul di file, halaman atau tautan yang dipublikasikan.',
      'For each dataset: the canonical column name, the accepted other names (in normalised form, section 3), whether ' +
        'it is required, its type and notes. **Private** columns are read only to count and match, and never appear in ' +
        'a published file, page or link.',
    ),
    '',
    ...DATASETS.flatMap((dataset) => datasetTable(lang, say, dataset)),
  ];
}

function rejectionSection(say: Say): string[] {
  return [
    say('### 6. Baris ditolak, peringatan, dan file ditolak', '### 6. Rejected rows, warnings and refused files'),
    '',
    say(
      'Setiap baris diperiksa dengan urutan: isi sel, lalu cakupan wilayah (bagian 9), lalu aturan baris (kecamatan, ' +
        'tanggal selesai, id ganda, tautan). Baris dengan isi yang salah ditolak walaupun kotanya di luar Cilegon.',
      'Each row is checked in this order: cell values, then scope (section 9), then the row rules (kecamatan, end date, ' +
        'repeated ids, links). A row with a bad value is rejected even when its city is outside Cilegon.',
    ),
    '',
    say(
      '**Baris ditolak** (tidak masuk ke angka mana pun, dan tercatat di laporan penolakan) bila:',
      '**A row is rejected** (it changes no published number, and is listed in the reject report) when:',
    ),
    '',
    say('- kolom wajib kosong, atau isinya tidak sah;', '- a required value is empty or invalid;'),
    say(
      '- `program_code` (peserta) tidak ada di `programs.csv`, atau `scheme_code` (sertifikasi) tidak ada di `schemes.csv`;',
      '- `program_code` (enrollments) is not in `programs.csv`, or `scheme_code` (certifications) is not in `schemes.csv`;',
    ),
    say(
      `- \`positions\` (lowongan) diisi tetapi bukan bilangan bulat 1–${POSITIONS_BOUND.value.toLocaleString('id-ID')} (misalnya \`0\`, \`abc\`, \`10 orang\`, \`20.000\`);`,
      `- \`positions\` (vacancies) is given but is not a whole number 1–${POSITIONS_BOUND.value.toLocaleString('en-GB')} (such as \`0\`, \`abc\`, \`10 orang\`, \`20,000\`);`,
    ),
    say(
      '- `end_date` peserta yang statusnya bukan `ongoing` kosong, tidak sah, atau lebih awal dari `start_date`;',
      '- the `end_date` of an enrollment whose status is not `ongoing` is empty, invalid, or before its `start_date`;',
    ),
    say(
      '- baris berada dalam cakupan, `kecamatan` diisi, tetapi bukan kecamatan di Kota Cilegon;',
      '- the row is in scope and its `kecamatan` is given but is not a kecamatan of Kota Cilegon;',
    ),
    say(
      '- id yang sama muncul dua kali dalam satu file dengan isi yang berbeda ("id ganda yang bertentangan");',
      '- the same id appears twice in one file with different contents ("conflicting duplicate id");',
    ),
    say(
      '- `enrollment_id` (sertifikasi, penempatan) diisi tetapi tidak ada di data peserta yang diterima;',
      '- `enrollment_id` (certifications, placements) is given but is not among the accepted enrollments;',
    ),
    say(
      '- jumlah kolom baris berbeda dari baris judul (biasanya pemisah di dalam nilai yang tidak diapit tanda kutip); ' +
        'kolom kosong tambahan di akhir baris dibiarkan.',
      '- the row has a different number of fields than the header (usually a delimiter inside a value that is not ' +
        'quoted); extra empty fields at the end of a row are allowed.',
    ),
    '',
    say(
      'Laporan penolakan memuat satu baris per baris yang ditolak: dataset, file, nomor baris, kolom, nilai asli, ' +
        'dan alasannya (masalah pertama, menurut urutan kolom). Laporan ini memuat data mentah, jadi bersifat rahasia ' +
        'dan tidak pernah dipublikasikan.',
      'The reject report has one line per rejected row: dataset, file, line number, column, raw value and the reason ' +
        '(its first problem, in column order). It holds raw data, so it is private and never published.',
    ),
    '',
    say(
      '**Peringatan** (baris tetap diterima): nilai kolom tidak wajib yang tidak sah dianggap kosong dan dihitung ' +
        'sebagai peringatan — misalnya `sex` = `X`, `birth_date` = `31/02/1990`, `monthly_wage` = `abc`, ' +
        '`occupation_code` = `72121`. Juga:',
      '**Warnings** (the row is still accepted): an invalid optional value is treated as empty and counted as a ' +
        'warning — for example `sex` = `X`, `birth_date` = `31/02/1990`, `monthly_wage` = `abc`, `occupation_code` = ' +
        '`72121`. Also:',
    ),
    '',
    say(
      '- `end_date` peserta berstatus `ongoing` yang tidak sah atau lebih awal dari `start_date` dianggap kosong;',
      '- the `end_date` of an `ongoing` enrollment that is invalid or before its `start_date` is treated as empty;',
    ),
    say(
      '- `valid_until` (sertifikasi) yang kosong, tidak sah, atau lebih awal dari `assessment_date` diganti dengan ' +
        '`assessment_date` ditambah masa berlaku skema (`validity_years` di `schemes.csv`) dalam tahun kalender ' +
        '(29 Februari menjadi 28 Februari).',
      '- a `valid_until` (certifications) that is empty, invalid, or before its `assessment_date` becomes the ' +
        "`assessment_date` plus the scheme's validity (`validity_years` in `schemes.csv`) in calendar years " +
        '(29 February becomes 28 February).',
    ),
    '',
    say(
      '**File ditolak seluruhnya**: file yang bukan ekspor CSV, file tanpa kolom wajib, file berawalan BOM UTF-8 yang ' +
        'isinya bukan UTF-8, file dengan tanda kutip `"` yang dibuka tetapi tidak pernah ditutup, dan kesalahan apa pun ' +
        'di tabel referensi. Sebelum mengirim, periksa file dengan `npm run data:check -- FOLDER` (tanpa menerbitkan apa pun).',
      '**Whole files are refused**: a file that is not a CSV export, a file without a required column, a file starting ' +
        'with a UTF-8 BOM that is not valid UTF-8, a file with a quote `"` that opens and never closes, and any error ' +
        'in a reference table. Before sending files, check them with `npm run data:check -- FOLDER` (publishes nothing).',
    ),
    '',
  ];
}

function fivePercentSection(say: Say): string[] {
  const rowsRead = 1000;
  const allowed = Math.floor(rowsRead / MAX_REJECTED_SHARE_DENOMINATOR);
  return [
    say(`### 7. Aturan ${PERCENT_REJECTED_ALLOWED} %`, `### 7. The ${PERCENT_REJECTED_ALLOWED} % rule`),
    '',
    say(
      `Jika lebih dari ${PERCENT_REJECTED_ALLOWED} % baris sebuah dataset ditolak (semua filenya bersama-sama; dalam ` +
        `bilangan bulat: ${MAX_REJECTED_SHARE_DENOMINATOR} × ditolak > baris dibaca), data tidak dipublikasikan sama ` +
        'sekali dan dasbor yang sudah terbit tidak berubah. Perbaiki file sesuai laporan penolakan, lalu jalankan lagi. ' +
        `Contoh: dari ${rowsRead} baris dibaca, ${allowed} baris ditolak masih boleh; ${allowed + 1} tidak. Hal yang sama ` +
        'berlaku bila tidak ada satu pun tanggal kejadian: ekspor kosong tidak pernah menggantikan dasbor.',
      `When more than ${PERCENT_REJECTED_ALLOWED} % of a dataset's rows are rejected (all its files together; in ` +
        `integers: ${MAX_REJECTED_SHARE_DENOMINATOR} × rejected > rows read), nothing is published and the published ` +
        'dashboard stays as it is. Fix the files from the reject report and run again. For example: of ' +
        `${rowsRead} rows read, ${allowed} rejected rows are still fine; ${allowed + 1} are not. The same holds when ` +
        'there is no event date at all: an empty export never replaces the dashboard.',
    ),
    '',
    say(
      'Baris dibaca = diterima + ditolak + duplikat + digantikan + di luar cakupan. Baris judul, baris kosong dan ' +
        'judul yang berulang tidak dihitung.',
      'Rows read = accepted + rejected + duplicate + superseded + out of scope. The header, blank lines and repeated ' +
        'header lines are not counted.',
    ),
    '',
  ];
}

function repeatsSection(say: Say): string[] {
  const keys = DATASETS.map((dataset) => `${code(COLUMNS[dataset].find((c) => c.key === true)!.name)} (${dataset})`);
  return [
    say('### 8. Id ganda, pembaruan dan pertentangan', '### 8. Repeated ids: duplicates, updates and conflicts'),
    '',
    say(`Id baris: ${keys.join(', ')}.`, `Row ids: ${keys.join(', ')}.`),
    '',
    say(
      '- **Dalam satu file**: baris dengan id yang sama dengan baris yang sudah diterima sebelumnya dihitung ' +
        '`duplicate` dan dibuang bila semua kolomnya sama setelah dibaca (kolom rahasia juga; `5/3/2024` sama dengan ' +
        '`2024-03-05`). Bila ada yang berbeda, baris itu ditolak ("id ganda yang bertentangan").',
      '- **Within one file**: a row with the id of an earlier accepted row is counted `duplicate` and dropped when all ' +
        'its fields are equal after parsing (private ones too; `5/3/2024` equals `2024-03-05`). When anything differs, ' +
        'the row is rejected ("conflicting duplicate id").',
    ),
    say(
      '- **Antar file** dataset yang sama, menurut urutan jalur: bila id muncul lagi di file berikutnya, baris yang ' +
        'diterima di file itu menggantikan baris sebelumnya, yang dihitung `superseded`. Hanya baris yang diterima ' +
        'yang menggantikan: baris baru yang ditolak membiarkan baris lama tetap berlaku.',
      '- **Across files** of a dataset, in path order: when an id appears again in a later file, the later accepted row ' +
        'replaces the earlier one, which is counted `superseded`. Only an accepted row replaces: a later rejected row ' +
        'leaves the earlier one in place.',
    ),
    say(
      '- **Tautan**: `enrollment_id` di sertifikasi dan penempatan, bila diisi, dicari di data peserta akhir. Bila ' +
        'peserta itu di luar cakupan, baris ini juga di luar cakupan; bila tidak ditemukan (atau hanya ada di baris ' +
        'yang ditolak), baris ini ditolak.',
      '- **Links**: `enrollment_id` in certifications and placements, when given, is looked up in the final ' +
        'enrollments. When that enrollment is out of scope, so is this row; when it is not found (or only in rejected ' +
        'rows), this row is rejected.',
    ),
    '',
  ];
}

const CITY_EXAMPLES = ['Cilegon', 'KOTA  CILEGON', '3672', '36.72', 'Kota Serang', 'Kabupaten Serang', 'Cilegon Barat'];
const KECAMATAN_EXAMPLES = ['Kec. Pulo Merak', 'KECAMATAN GEROGOL', 'pulo-merak', '36.72.03', '3672020', 'Serang', '36.72.99'];

function scopeSection(say: Say): string[] {
  const inScope = say('dalam cakupan', 'in scope');
  const outOfScope = say('di luar cakupan', 'out of scope');
  const notCilegon = say('bukan kecamatan Kota Cilegon', 'not a kecamatan of Kota Cilegon');
  return [
    say('### 9. Cakupan wilayah dan kecamatan', '### 9. Scope (city) and kecamatan'),
    '',
    say(
      `Kolom \`city\` (untuk lowongan: lokasi kerja) kosong, atau — tanpa membedakan huruf besar/kecil, spasi ` +
        `berturut-turut dianggap satu — tepat ${codes(CITY_IN_SCOPE)}: baris **dalam cakupan**. Nilai lain: baris ` +
        'dihitung `out_of_scope` dan tidak dipakai untuk angka apa pun (tidak ditolak).',
      `A \`city\` (for vacancies: the work location) that is empty, or — ignoring case, runs of spaces taken as one — ` +
        `exactly ${codes(CITY_IN_SCOPE)}: the row is **in scope**. Any other value: the row is counted \`out_of_scope\` ` +
        'and used for nothing (it is not rejected).',
    ),
    '',
    ...table(
      [say('ditulis', 'written'), say('hasil', 'result')],
      CITY_EXAMPLES.map((raw) => [code(raw), isCityInScope(raw) ? inScope : outOfScope]),
    ),
    say(
      'Kecamatan dicocokkan dengan kode BPS atau kode Kemendagri (persis seperti di tabel), atau dengan nama: huruf ' +
        'kecil, tanpa spasi, `.` dan `-`, dengan atau tanpa awalan `kecamatan`, `kec.` atau `kec`. Dipublikasikan ' +
        'menurut kode BPS. Kecamatan kosong dipublikasikan sebagai `unknown`.',
      'A kecamatan is matched on its BPS code or Kemendagri code (exactly as in the table), or on its name: lower case, ' +
        'without spaces, `.` and `-`, with or without a leading `kecamatan`, `kec.` or `kec`. It is published by BPS ' +
        'code. An empty kecamatan is published as `unknown`.',
    ),
    '',
    ...table(
      [say('kode BPS', 'BPS code'), say('kode Kemendagri', 'Kemendagri code'), say('nama', 'name'), say('juga ditulis', 'also written')],
      KECAMATAN_LIST.map((k) => [code(k.bps), code(k.kemendagri), k.name, codes(k.also)]),
    ),
    ...table(
      [say('ditulis', 'written'), say('dibaca sebagai', 'read as')],
      KECAMATAN_EXAMPLES.map((raw) => {
        const bps = matchKecamatan(raw);
        return [code(raw), bps === null ? notCilegon : code(bps)];
      }),
    ),
    say(
      `Baris dalam cakupan yang kecamatannya diisi tetapi ${notCilegon} ditolak.`,
      `A row in scope whose kecamatan is given but ${notCilegon} is rejected.`,
    ),
    '',
  ];
}

const REFERENCE_NOTES: Record<ReferenceName, Message> = {
  occupations: {
    id: 'daftar jabatan yang dipublikasikan (KBJI 2014, 4 angka); kode lain dipublikasikan sebagai `other`',
    en: 'the occupations that are published (KBJI 2014, 4 digits); any other code is published as `other`',
  },
  programs: {
    id: 'program pelatihan dan jabatan tujuannya',
    en: 'training programs and the occupation they train for',
  },
  schemes: {
    id: `skema sertifikasi, jabatannya, dan masa berlakunya dalam tahun (bilangan bulat ${VALIDITY_YEARS.min}–${VALIDITY_YEARS.max})`,
    en: `certification schemes, their occupation, and their validity in years (a whole number ${VALIDITY_YEARS.min}–${VALIDITY_YEARS.max})`,
  },
  job_titles: {
    id:
      'pola (regular expression) pada judul lowongan → kode jabatan, untuk lowongan tanpa kode KBJI; baris pertama ' +
      'yang polanya cocok dan pola `exclude`-nya (bila diisi) tidak cocok dipakai (huruf besar/kecil tidak dibedakan). ' +
      `Pola dijalankan dengan RE2: tanpa lookahead/lookbehind dan rujukan balik; paling banyak ${PATTERN_MAX_LENGTH} karakter. ` +
      `Hanya ${TITLE_MATCH_LENGTH} karakter pertama judul yang dicocokkan`,
    en:
      'a pattern (regular expression) on the vacancy job title → occupation code, for vacancies without a KBJI code; ' +
      'the first row whose pattern matches and whose `exclude` pattern (when given) does not is used (ignoring case). ' +
      `Patterns run in RE2: no lookahead/lookbehind, no backreferences; at most ${PATTERN_MAX_LENGTH} characters. ` +
      `Only a title's first ${TITLE_MATCH_LENGTH} characters are matched`,
  },
};

function referenceSection(lang: Lang, say: Say): string[] {
  const names = Object.keys(REFERENCE_COLUMNS) as ReferenceName[];
  return [
    say('### 10. Tabel referensi', '### 10. Reference tables'),
    '',
    say(
      'Proyek membawa tabel referensi di `data/reference/`. File `INPUT/reference/NAMA.csv` **menggantikan seluruh** ' +
        'tabel bawaan dengan nama yang sama (tidak digabung: sertakan semua baris yang diperlukan). Tabel referensi ' +
        'adalah CSV UTF-8 biasa dengan pemisah koma; judul kolom disamakan seperti bagian 3. Kesalahan apa pun di ' +
        'tabel referensi menghentikan proses, karena kamus yang salah diam-diam memindahkan angka. Daftar kecamatan ' +
        'tetap dan tidak dapat diganti.',
      'The project carries reference tables in `data/reference/`. A file `INPUT/reference/NAME.csv` **replaces the ' +
        'whole** bundled table of the same name (nothing is merged: include every row you need). Reference tables are ' +
        'plain UTF-8 CSV, comma-separated; headers are normalised as in section 3. Any error in a reference table stops ' +
        'the build, because a wrong crosswalk silently moves numbers. The kecamatan list is fixed and cannot be replaced.',
    ),
    '',
    ...table(
      [
        say('file', 'file'),
        say('kolom wajib', 'required columns'),
        say('kolom tidak wajib', 'optional columns'),
        say('baris paling banyak', 'at most rows'),
        say('isi', 'contents'),
      ],
      names.map((name) => [
        code(`${name}.csv`),
        codes(REFERENCE_COLUMNS[name].filter((c) => c.required).map((c) => c.name)),
        codes(REFERENCE_COLUMNS[name].filter((c) => !c.required).map((c) => c.name)),
        REFERENCE_MAX_ROWS[name].toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'),
        pickMessage(lang, REFERENCE_NOTES[name]),
      ]),
    ),
  ];
}

function languageSection(lang: Lang): string[] {
  const say = sayIn(lang);
  return [
    lang === 'id' ? '## Bahasa Indonesia' : '## English',
    '',
    ...introduction(say),
    ...filesSection(lang, say),
    ...fileFormatSection(say),
    ...headersSection(say),
    ...valuesSection(lang, say),
    ...datasetsSection(lang, say),
    ...rejectionSection(say),
    ...fivePercentSection(say),
    ...repeatsSection(say),
    ...scopeSection(say),
    ...referenceSection(lang, say),
  ];
}

/** The whole of docs/input-format.md. Pure: the same contract always gives the same bytes. */
export function renderInputFormat(): string {
  const lines = [
    '<!-- Generated from src/pipeline/contract.ts by `node scripts/generate-docs.ts`. Do not edit by hand. -->',
    '',
    '# Format data masukan · Input data format',
    '',
    `Kontrak data versi ${CONTRACT_VERSION} · Data contract version ${CONTRACT_VERSION}`,
    '',
    '- [Bahasa Indonesia](#bahasa-indonesia)',
    '- [English](#english)',
    '',
    ...languageSection('id'),
    ...languageSection('en'),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
