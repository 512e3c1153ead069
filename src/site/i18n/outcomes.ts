// Words of the pages on where trainees end up (routes), how long it takes (waiting time), for whom
// (women and men), how sure a rate is (95 % interval) and the printable brief, in both languages.
// Kept apart from id.ts / en.ts so these pages can grow without touching every other string;
// `t(lang).outcomes` reaches them. The English object has the Indonesian one's type.

const id = {
  routes: {
    employed: 'Bekerja di dalam negeri (AKL/AKAD)',
    migrant: 'Pekerja migran ke luar negeri (AKAN/PMI)',
    self_employed: 'Wirausaha (TKM)',
    placed: 'Ditempatkan (jumlah)',
    route: 'Jalur',
  },
  horizon: (days: string) => `${days} hari`,
  daysAfter: 'hari setelah lulus',
  cohortYear: 'Tahun lulus',
  cohortSize: 'Jumlah lulusan',
  lower: 'batas bawah',
  upper: 'batas atas',
  interval: (rate: string, lower: string, upper: string) => `${rate} (95\u00a0%: ${lower}–${upper})`,
  smallN: 'n kecil',
  smallNNote: (min: string) =>
    `n kecil: kelompok di bawah ${min} lulusan; angkanya bisa berubah banyak dari tahun ke tahun, lihat rentang 95 %.`,
  intervalNote: 'Garis tipis: rentang ketidakpastian 95 % (interval skor Wilson).',
  windowOpenLegend: 'Garis putus-putus: masa pantau belum selesai, belum bisa dihitung',
  women: 'Perempuan',
  men: 'Laki-laki',
  sexUnknown: 'Jenis kelamin tidak diketahui',
  all: 'Semua',
  shareWomen: 'Persentase perempuan',
  womenOf: (share: string, n: string, total: string) => `${share} (${n} dari ${total})`,
  womenHidden: (min: string) => `perempuan <${min}, disembunyikan`,
  stages: {
    enrolled: 'Mulai pelatihan',
    completed: 'Lulus pelatihan',
    certified: 'Bersertifikat',
    placed: 'Ditempatkan kerja',
    placed_employed: 'Bekerja di dalam negeri',
    placed_migrant: 'Pekerja migran',
    placed_self_employed: 'Wirausaha',
  },
  titles: {
    route: {
      employed: (share: string, who: string, year: string) =>
        `${share} lulusan${who ? ` ${who}` : ''} yang ditempatkan pada ${year} bekerja di dalam negeri`,
      migrant: (share: string, who: string, year: string) =>
        `${share} lulusan${who ? ` ${who}` : ''} yang ditempatkan pada ${year} bekerja ke luar negeri sebagai pekerja migran`,
      self_employed: (share: string, who: string, year: string) =>
        `${share} lulusan${who ? ` ${who}` : ''} yang ditempatkan pada ${year} berwirausaha`,
    },
    routesNone: (who: string) => `Ke mana lulusan${who ? ` ${who}` : ''} bekerja? Belum ada angka yang dapat ditampilkan`,
    waiting: (who: string, year: string, first: string, firstDays: string, last: string, lastDays: string) =>
      `Dari lulusan${who ? ` ${who}` : ''} tahun ${year}, ${first} bekerja dalam ${firstDays} hari dan ${last} dalam ${lastDays} hari`,
    waitingOne: (who: string, year: string, rate: string, days: string) =>
      `Dari lulusan${who ? ` ${who}` : ''} tahun ${year}, ${rate} bekerja dalam ${days} hari`,
    waitingNone: (who: string) => `Berapa lama lulusan${who ? ` ${who}` : ''} mendapat kerja? Belum ada angka yang dapat ditampilkan`,
    women: (year: string, enrolled: string, placed: string) =>
      `Perempuan: ${enrolled} peserta yang mulai pelatihan dan ${placed} yang ditempatkan kerja, ${year}`,
    womenOne: (year: string, stage: string, share: string) => `Perempuan: ${share} dari ${stage.toLowerCase()}, ${year}`,
    womenNone: (year: string) => `Persentase perempuan per tahap belum dapat ditampilkan untuk ${year}`,
  },
  subtitles: {
    routes: (first: string, last: string) =>
      `Per tahun, ${first} – ${last}. Penempatan menurut jalur; batang bertumpuk, jumlahnya = semua penempatan.`,
    waiting:
      'Per tahun lulus. Persen lulusan yang bekerja dalam 30, 90, 180 dan 365 hari setelah lulus; penyebut = jumlah lulusan tahun itu.',
    women: (period: string) =>
      `${period}. Persen perempuan pada tiap tahap; penyebut = semua orang pada tahap itu, termasuk yang jenis kelaminnya tidak diketahui.`,
  },
  describe: {
    routes: 'Diagram batang bertumpuk per tahun: penempatan menurut jalur.',
    routesYear: (year: string, parts: string) => `${year}: ${parts}`,
    waiting: 'Grafik tangga per tahun lulus: persen lulusan yang sudah bekerja setelah 30, 90, 180 dan 365 hari.',
    waitingYear: (year: string, parts: string) => `${year}: ${parts}`,
    openCount: (n: string) => `${n} nilai belum bisa dihitung karena masa pantaunya belum selesai (garis putus-putus).`,
  },
  headings: {
    routes: 'Ke mana lulusan bekerja?',
    waiting: 'Berapa lama lulusan mendapat kerja?',
    women: 'Perempuan dan laki-laki',
  },
  routesNote:
    'Bekerja di dalam negeri: antarkerja lokal dan antardaerah (AKL/AKAD). Pekerja migran: antarkerja antarnegara (AKAN), calon pekerja migran Indonesia. Wirausaha: tenaga kerja mandiri (TKM).',
  womenNote: (min: string) =>
    `Sel yang disembunyikan (<${min}) disebut di tabel; “tidak diketahui” adalah kelompok sendiri dan tetap dihitung dalam penyebut.`,
  print: {
    link: 'Cetak ringkasan',
    title: (name: string) => `Ringkasan: ${name}`,
    description: (name: string) => `Ringkasan satu halaman A4 untuk rapat: ${name}.`,
    keyFigures: 'Angka utama',
    demand: 'posisi dibutuhkan',
    certified: 'orang bersertifikat',
    completed: 'orang lulus pelatihan',
    placed: 'orang ditempatkan',
    gap: 'selisih permintaan dan pasokan bersertifikat',
    placementRate: (period: string) => `bekerja dalam 180 hari (lulusan ${period})`,
    placementNone: 'tingkat penempatan belum dapat ditampilkan',
    paragraphHeading: 'Singkatnya',
    paragraph: (name: string, year: string, demand: string, certified: string, rate: string) =>
      `Pada ${year}, industri di Kota Cilegon membuka lowongan untuk ${demand} posisi ${name}, sementara ${certified} orang bersertifikat. ${rate}`,
    paragraphRate: (period: string, rate: string, n: string, small: string) =>
      `Dari ${n} lulusan ${period}${small ? ` (${small})` : ''}, ${rate} bekerja dalam 180 hari.`,
    paragraphRateNone: 'Tingkat penempatan 180 hari belum dapat ditampilkan.',
    source: 'Sumber dan kutipan',
    qr: (url: string) => `Kode QR ke halaman ini: ${url}`,
    back: 'Kembali ke halaman jabatan',
    printHint: 'Cetak dengan Ctrl+P (A4, tegak).',
  },
  methodology: {
    heading: 'Seberapa pasti sebuah persentase?',
    paragraphs: [
      'Tingkat penempatan dihitung dari satu kelompok lulusan. Kelompok kecil memberi angka yang goyah: 2 dari 3 lulusan adalah 66,7 %, tetapi satu orang saja mengubahnya menjadi 33,3 % atau 100 %. Karena itu setiap tingkat penempatan disertai rentang 95 %.',
      'Rentang ini adalah interval skor Wilson: rentang nilai yang masih cocok dengan angka yang teramati. Untuk 55 dari 100 lulusan rentangnya 45,2–64,4 %; untuk 8 dari 10 lulusan 49,0–94,3 %. Semakin besar kelompok, semakin sempit rentangnya. Rentang ini hanya menggambarkan ketidakpastian karena ukuran kelompok, bukan kesalahan pencatatan.',
      'Pembilangnya dihitung dari tingkat yang diterbitkan (3 desimal) dan jumlah lulusan: untuk kelompok sampai 1.000 lulusan hasilnya tepat; di atas itu dua pembilang bisa memberi tingkat yang sama, dan rentangnya mencakup keduanya (lebih lebar kurang dari 0,1 poin persen).',
      'Kelompok di bawah 30 lulusan diberi catatan “n kecil”. Tingkat yang disembunyikan atau yang masa pantaunya belum selesai tidak punya rentang.',
      'Masa tunggu: tingkat 30, 90, 180 dan 365 hari dihitung dengan cara yang sama, hanya masa pantaunya yang berbeda. Satu kelompok diikuti sampai masa pantaunya selesai; sebelum itu angkanya “belum bisa dihitung”, bukan rendah.',
    ],
  },
};

export type OutcomeStrings = typeof id;

const en: OutcomeStrings = {
  routes: {
    employed: 'Employed in Indonesia (AKL/AKAD)',
    migrant: 'Migrant worker abroad (AKAN/PMI)',
    self_employed: 'Self-employed (TKM)',
    placed: 'Placed (total)',
    route: 'Route',
  },
  horizon: (days: string) => `${days} days`,
  daysAfter: 'days after completion',
  cohortYear: 'Year of completion',
  cohortSize: 'Completers',
  lower: 'lower bound',
  upper: 'upper bound',
  interval: (rate: string, lower: string, upper: string) => `${rate} (95\u00a0%: ${lower}–${upper})`,
  smallN: 'small n',
  smallNNote: (min: string) =>
    `Small n: a cohort of fewer than ${min} completers; its rate can move a lot from year to year, see the 95 % range.`,
  intervalNote: 'Thin line: the 95 % uncertainty range (Wilson score interval).',
  windowOpenLegend: 'Dashed outline: window still open, cannot be computed yet',
  women: 'Women',
  men: 'Men',
  sexUnknown: 'Sex not known',
  all: 'All',
  shareWomen: 'Share of women',
  womenOf: (share: string, n: string, total: string) => `${share} (${n} of ${total})`,
  womenHidden: (min: string) => `women <${min}, suppressed`,
  stages: {
    enrolled: 'Started training',
    completed: 'Completed training',
    certified: 'Certified',
    placed: 'Placed in work',
    placed_employed: 'Employed in Indonesia',
    placed_migrant: 'Migrant workers',
    placed_self_employed: 'Self-employed',
  },
  titles: {
    route: {
      employed: (share: string, who: string, year: string) => `${share} of ${who || 'trainees'} placed in ${year} took a job in Indonesia`,
      migrant: (share: string, who: string, year: string) =>
        `${share} of ${who || 'trainees'} placed in ${year} went abroad as migrant workers`,
      self_employed: (share: string, who: string, year: string) =>
        `${share} of ${who || 'trainees'} placed in ${year} became self-employed`,
    },
    routesNone: (who: string) => `Where do ${who || 'trainees'} go? No figure can be shown yet`,
    waiting: (who: string, year: string, first: string, firstDays: string, last: string, lastDays: string) =>
      `Of ${year} completers${who ? ` (${who})` : ''}, ${first} were working within ${firstDays} days and ${last} within ${lastDays} days`,
    waitingOne: (who: string, year: string, rate: string, days: string) =>
      `Of ${year} completers${who ? ` (${who})` : ''}, ${rate} were working within ${days} days`,
    waitingNone: (who: string) => `How long do ${who || 'trainees'} take to find work? No figure can be shown yet`,
    women: (year: string, enrolled: string, placed: string) =>
      `Women: ${enrolled} of those starting training and ${placed} of those placed in work, ${year}`,
    womenOne: (year: string, stage: string, share: string) => `Women: ${share} of “${stage.toLowerCase()}”, ${year}`,
    womenNone: (year: string) => `The share of women at each stage cannot be shown for ${year}`,
  },
  subtitles: {
    routes: (first: string, last: string) => `By year, ${first} – ${last}. Placements by route; stacked bars add up to all placements.`,
    waiting:
      "By year of completion. Share of completers working within 30, 90, 180 and 365 days of completing; denominator = that year's completers.",
    women: (period: string) =>
      `${period}. Share of women at each stage; denominator = everyone at that stage, including those whose sex is not known.`,
  },
  describe: {
    routes: 'Stacked bar chart by year: placements by route.',
    routesYear: (year: string, parts: string) => `${year}: ${parts}`,
    waiting: 'Step chart by year of completion: share of completers working after 30, 90, 180 and 365 days.',
    waitingYear: (year: string, parts: string) => `${year}: ${parts}`,
    openCount: (n: string) => `${n} values cannot be computed yet because their window is still open (dashed outline).`,
  },
  headings: {
    routes: 'Where do trainees go?',
    waiting: 'How long does it take to find work?',
    women: 'Women and men',
  },
  routesNote:
    'Employed in Indonesia: local and inter-regional job placement (AKL/AKAD). Migrant worker: international placement (AKAN), prospective Indonesian migrant workers. Self-employed: independent workers (TKM).',
  womenNote: (min: string) =>
    `Suppressed cells (<${min}) are named in the table; “not known” is its own group and stays in the denominator.`,
  print: {
    link: 'Print brief',
    title: (name: string) => `Brief: ${name}`,
    description: (name: string) => `A one-page A4 brief for meetings: ${name}.`,
    keyFigures: 'Key figures',
    demand: 'positions posted',
    certified: 'people certified',
    completed: 'people completed training',
    placed: 'people placed',
    gap: 'demand minus certified supply',
    placementRate: (period: string) => `working within 180 days (${period} completers)`,
    placementNone: 'the placement rate cannot be shown yet',
    paragraphHeading: 'In short',
    paragraph: (name: string, year: string, demand: string, certified: string, rate: string) =>
      `In ${year}, industry in Kota Cilegon posted ${demand} positions for ${name}, while ${certified} people were certified. ${rate}`,
    paragraphRate: (period: string, rate: string, n: string, small: string) =>
      `Of ${n} completers in ${period}${small ? ` (${small})` : ''}, ${rate} were working within 180 days.`,
    paragraphRateNone: 'The 180-day placement rate cannot be shown yet.',
    source: 'Source and citation',
    qr: (url: string) => `QR code to this page: ${url}`,
    back: 'Back to the occupation page',
    printHint: 'Print with Ctrl+P (A4, portrait).',
  },
  methodology: {
    heading: 'How sure is a rate?',
    paragraphs: [
      'A placement rate is computed from one cohort of completers. Small cohorts give shaky numbers: 2 of 3 completers is 66.7 %, but one person more or less makes it 33.3 % or 100 %. So every placement rate comes with a 95 % range.',
      "The range is the Wilson score interval: the values still consistent with what was observed. For 55 of 100 completers it is 45.2–64.4 %; for 8 of 10 it is 49.0–94.3 %. The larger the cohort, the narrower the range. It only describes the uncertainty due to the cohort's size, not recording errors.",
      'The numerator is recovered from the published rate (3 decimals) and the number of completers: exact for cohorts of up to 1,000; above that two numerators can give the same rate and the range covers both (wider by less than 0.1 percentage point).',
      'Cohorts of fewer than 30 completers carry a “small n” note. Rates that are suppressed or whose window is still open have no range.',
      'Waiting time: the 30-, 90-, 180- and 365-day rates are computed the same way, only the window differs. A cohort is followed until its window closes; before that its rate “cannot be computed yet”, which does not mean it is low.',
    ],
  },
};

export const outcomes = { id, en };
