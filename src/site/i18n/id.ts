// Every word the site shows in Bahasa Indonesia (the default language). en.ts has the same keys:
// its type is this object's type, so a key missing in either file is a type error.
import { outcomes } from './outcomes.ts';

export const id = {
  siteName: 'Link & Match Cilegon',
  tagline: 'Kebutuhan industri akan tenaga kerja terampil dan pasokan dari pelatihan vokasi di Kota Cilegon',
  skipToContent: 'Langsung ke isi',
  nav: { overview: 'Ringkasan', occupations: 'Jabatan', kecamatan: 'Kecamatan', methodology: 'Metodologi', data: 'Data' },
  switchTo: 'English',
  switchLabel: 'Baca halaman ini dalam bahasa Inggris',
  sampleBanner:
    'Data contoh: situs ini dibangun dari data sintetis bawaan, bukan dari data Disnaker yang sebenarnya. Angka-angkanya tidak menggambarkan Kota Cilegon.',
  asOf: (date: string) => `Data per ${date}`,
  footer: {
    licence: 'Kode: lisensi MIT. Data: CC BY 4.0 (boleh dipakai ulang dengan menyebut sumber).',
    about: 'Dasbor terbuka: angka tentang orang diterbitkan setelah angka kecil disembunyikan.',
  },
  labels: {
    other: 'Lainnya',
    unknown: 'Tidak diketahui',
    all: 'Semua',
    series: {
      demand: 'Permintaan (posisi)',
      enrolled: 'Mulai pelatihan',
      completed: 'Lulus pelatihan',
      certified: 'Bersertifikat',
      placed: 'Ditempatkan kerja',
      pool: 'Pemegang sertifikat aktif',
    },
    dataset: {
      enrollments: 'data peserta pelatihan',
      certifications: 'data sertifikasi kompetensi',
      placements: 'data penempatan kerja',
      vacancies: 'data lowongan kerja',
    },
    otherSectors: (n: string) => `${n} sektor lainnya`,
    period: 'Periode',
    cohort: 'Kelompok lulusan',
    occupation: 'Jabatan',
    kecamatan: 'Kecamatan',
    stage: 'Tahap',
    sector: 'Sektor pemberi kerja',
    share: 'Persentase',
    rate: 'Tingkat penempatan',
    cohortSize: 'Jumlah lulusan (penyebut)',
    positions: 'Posisi',
    requiringCertificate: 'Posisi yang mensyaratkan sertifikat',
    per1000: 'per 1.000 penduduk',
    population: 'Penduduk',
    value: 'Nilai',
    series_: 'Seri',
    note: 'Catatan',
    suppressed: 'disembunyikan demi privasi',
    rateHidden: 'disembunyikan',
    windowOpen: (date: string) => `belum bisa dihitung sampai ${date}`,
    outOf: (rate: string, n: string) => `${rate} dari ${n} lulusan`,
    shareOf: (share: string, n: string, d: string) => `${share} (${n} dari ${d})`,
    notPublished: 'tidak diterbitkan',
    missingSource: 'sumber tidak ada',
  },
  figure: {
    source: (sources: string, date: string) => `Sumber: ${sources}. Data per ${date}.`,
    datasetSource: {
      enrollments: 'peserta pelatihan dari Disnaker Kota Cilegon, BBPVP Serang dan BLK',
      certifications: 'sertifikasi kompetensi dari LSP/BNSP',
      placements: 'penempatan kerja dari Disnaker Kota Cilegon',
      vacancies: 'lowongan dari Karirhub/Kios Pasar Kerja dan wajib lapor lowongan',
    },
    compiledBy: 'diolah Link & Match Cilegon',
    table: 'Angka dalam tabel',
    actions: 'Bagikan dan unduh',
    permalink: 'Tautan ke grafik ini',
    png: 'Unduh PNG',
    svg: 'Unduh SVG',
    csv: 'Unduh CSV',
    embed: 'Kode sematan',
    cite: 'Kutipan',
    copy: 'Salin',
    copied: 'Tersalin',
    embedHelp: 'Tempel kode ini di halaman Anda; tinggi bingkai menyesuaikan diri.',
    citation: (title: string, date: string, url: string) =>
      `Link & Match Cilegon (${date}). ${title}. Data per ${date}. ${url} (CC BY 4.0)`,
    legendSuppressed: (min: string) => `Arsir: kurang dari ${min}, disembunyikan demi privasi`,
    legendWindowOpen: 'Garis putus-putus: masa pantau 180 hari belum selesai',
    missingSource: (names: string) => `${cap(names)} tidak tersedia dalam terbitan ini: angkanya tidak ditampilkan dan tidak berarti nol.`,
    viewOnSite: 'Lihat di Link & Match Cilegon',
    sampleNote: 'Data contoh sintetis: bukan angka Kota Cilegon.',
    populationSource: (source: string) => `Penduduk: ${source}.`,
    embedTitle: (title: string) => `Grafik: ${title}`,
  },
  supplyNoun: {
    completed: 'lulusan pelatihan',
    certified: 'pasokan bersertifikat',
    pool: 'pemegang sertifikat aktif',
  },
  titles: {
    ratio: (who: string, supply: string, ratio: string, period: string) =>
      `Permintaan${who ? ` ${who}` : ''} ${ratio} kali lipat ${supply}, ${period}`,
    surplus: (who: string, supply: string, ratio: string, period: string) =>
      `${cap(supply)}${who ? ` ${who}` : ''} ${ratio} kali lipat permintaan, ${period}`,
    balanced: (who: string, supply: string, demand: string, n: string, period: string) =>
      `Permintaan dan ${supply}${who ? ` ${who}` : ''} seimbang, ${period}: ${demand} posisi, ${n} orang`,
    noSupply: (who: string, supply: string, demand: string, period: string) =>
      `${demand} posisi${who ? ` ${who}` : ''} dibutuhkan pada ${period}, tanpa ${supply}`,
    supplyHidden: (who: string, supply: string, demand: string, min: string, period: string) =>
      `${demand} posisi${who ? ` ${who}` : ''} dibutuhkan pada ${period}; jumlah ${supply} di bawah ${min}, disembunyikan demi privasi`,
    noDemand: (who: string, supply: string, n: string, period: string) =>
      `Tidak ada lowongan${who ? ` ${who}` : ''} pada ${period}; ${supply}: ${n} orang`,
    nothing: (who: string, period: string) => `Tidak ada permintaan maupun pasokan${who ? ` ${who}` : ''} pada ${period}`,
    demandMissing: (period: string) => `Data lowongan tidak tersedia: permintaan ${period} tidak bisa dibandingkan dengan pasokan`,
    supplyMissing: (dataset: string, period: string) =>
      `${cap(dataset)} tidak tersedia: pasokan ${period} tidak bisa dibandingkan dengan permintaan`,
    noShortage: (period: string) => `Tidak ada jabatan yang permintaannya melebihi pasokan bersertifikat, ${period}`,
    funnel: (who: string, period: string, e: string, c: string, ce: string, p: string) =>
      `${period}${who ? `, ${who}` : ''}: ${e} mulai pelatihan, ${c} lulus, ${ce} bersertifikat, ${p} ditempatkan`,
    placement: (who: string, rate: string, period: string, n: string) =>
      `${rate} lulusan${who ? ` ${who}` : ''} ${period} bekerja dalam 180 hari (dari ${n} lulusan)`,
    placementNone: (who: string) => `Tingkat penempatan 180 hari${who ? ` ${who}` : ''} belum dapat ditampilkan`,
    sectorTop: (who: string, sector: string, share: string, period: string) =>
      `${sector} membuka ${share} lowongan${who ? ` ${who}` : ''}, ${period}`,
    sectorNone: (who: string, period: string) => `Tidak ada lowongan${who ? ` ${who}` : ''} pada ${period}`,
    certificateShare: (who: string, share: string, n: string, d: string, period: string) =>
      `${share} posisi${who ? ` ${who}` : ''} mensyaratkan sertifikat, ${period} (${n} dari ${d})`,
    mapTop: (name: string, value: string, period: string) =>
      `Lulusan pelatihan per 1.000 penduduk tertinggi di ${name} (${value}), ${period}`,
    mapNone: (period: string) => `Lulusan pelatihan per 1.000 penduduk tidak dapat ditampilkan untuk ${period}`,
    residents: (name: string, value: string, period: string) => `${name}: ${value} lulusan pelatihan per 1.000 penduduk, ${period}`,
    residentsHidden: (name: string, min: string, period: string) =>
      `${name}: lulusan pelatihan ${period} di bawah ${min} orang, disembunyikan demi privasi`,
    kecDemand: (name: string, n: string, period: string) => `${n} posisi dibutuhkan dengan lokasi kerja di ${name}, ${period}`,
    sourceMissing: (dataset: string) => `${cap(dataset)} tidak tersedia dalam terbitan ini`,
    residentsNoPopulation: (name: string, period: string) =>
      `${name}: jumlah penduduk tidak tersedia, sehingga lulusan pelatihan per 1.000 penduduk ${period} tidak dapat dihitung`,
  },
  subtitles: {
    gap: (period: string) =>
      `Jabatan diurutkan menurut selisih permintaan dan pasokan bersertifikat, ${period}. Posisi (permintaan) dan orang (pasokan).`,
    trend: (first: string, last: string) => `Per triwulan, ${first} – ${last}. Posisi (permintaan) dan orang (pasokan).`,
    funnel: (period: string) => `${period}. Orang pada tiap tahap dalam tahun yang sama: bukan kelompok peserta yang sama.`,
    placement: 'Per kelompok lulusan (triwulan lulus). Persen lulusan yang bekerja dalam 180 hari; penyebut = jumlah lulusan.',
    pool: (first: string, last: string) =>
      `Per triwulan, ${first} – ${last}. Orang dengan sertifikat yang masih berlaku di akhir tiap triwulan: stok, bukan arus, sehingga tidak dibandingkan dengan lowongan per triwulan.`,
    sector: (period: string) => `${period}. Posisi yang dibutuhkan, menurut sektor pemberi kerja.`,
    certificate: 'Per tahun. Persen posisi yang mensyaratkan sertifikat kompetensi; penyebut = semua posisi.',
    map: (period: string) => `${period}. Warga yang lulus pelatihan per 1.000 penduduk, menurut kecamatan tempat tinggal.`,
    residents: (population: string) => `Per tahun, per 1.000 penduduk (${population} jiwa).`,
    kecDemand: (first: string, last: string) => `Per triwulan, ${first} – ${last}. Posisi dengan lokasi kerja di kecamatan ini.`,
    residentsNoPopulation: 'Per tahun, per 1.000 penduduk (jumlah penduduk tidak tersedia).',
  },
  describe: {
    lineChart: (series: string, first: string, last: string) => `Grafik garis dari ${first} sampai ${last}: ${series}.`,
    latest: (label: string, value: string, period: string) => `${label}: ${value} pada ${period}`,
    peak: (value: string, period: string) => `tertinggi ${value} pada ${period}`,
    barChart: 'Diagram batang.',
    gapChart: 'Diagram titik per jabatan, dari kekurangan terbesar ke kelebihan terbesar.',
    gapRow: (label: string, demand: string, completed: string, certified: string) =>
      `${label}: permintaan ${demand}, lulus ${completed}, bersertifikat ${certified}`,
    mapChart: 'Peta 8 kecamatan Kota Cilegon.',
    suppressedCount: (_count: number, n: string, min: string) =>
      `${n} nilai di bawah ${min} disembunyikan demi privasi dan ditandai arsir.`,
    windowOpenCount: (_count: number, n: string) =>
      `${n} kelompok lulusan belum bisa dihitung karena masa pantau 180 hari belum selesai (garis putus-putus).`,
    noData: 'Tidak ada data untuk ditampilkan.',
  },
  headline: {
    heading: 'Angka utama',
    year: (y: string) => `Tahun ${y}`,
    quarter: (q: string) => cap(q),
    demand: 'posisi dibutuhkan industri',
    completed: 'orang lulus pelatihan',
    certified: 'orang bersertifikat',
    placed: 'orang ditempatkan kerja',
    rate: (period: string) => `lulusan ${period} bekerja dalam 180 hari`,
    rateOf: (n: string) => `dari ${n} lulusan`,
  },
  overview: {
    title: 'Ringkasan',
    intro:
      'Di mana industri Cilegon membutuhkan lebih banyak tenaga kerja terampil daripada yang dihasilkan pelatihan vokasi? Permintaan adalah posisi yang dibuka pemberi kerja; pasokan adalah warga yang lulus pelatihan dan yang bersertifikat.',
    occupationsHeading: 'Halaman per jabatan',
    kecamatanHeading: 'Halaman per kecamatan',
    chartsHeading: 'Grafik',
  },
  occupation: {
    title: (name: string) => `${name}`,
    intro: (name: string, code: string) =>
      `${name} (KBJI ${code}): permintaan dari lowongan kerja dan pasokan dari pelatihan, sertifikasi dan penempatan.`,
    back: 'Semua jabatan',
  },
  kecamatan: {
    title: (name: string) => `Kecamatan ${name}`,
    intro: (name: string, population: string, source: string) =>
      `Warga Kecamatan ${name} dalam pelatihan vokasi, dan lowongan dengan lokasi kerja di ${name}. Penduduk: ${population} jiwa. Sumber: ${source}.`,
    noCrossTab: 'Rincian per jabatan di dalam kecamatan tidak diterbitkan.',
    introNoPopulation: (name: string) =>
      `Warga Kecamatan ${name} dalam pelatihan vokasi, dan lowongan dengan lokasi kerja di ${name}. Jumlah penduduknya tidak tersedia.`,
  },
  methodology: {
    title: 'Metodologi',
    intro:
      'Cara setiap angka di situs ini dihitung, apa yang disembunyikan demi privasi, dari mana datanya, dan seberapa lengkap data itu.',
    metricsHeading: 'Ukuran',
    metricColumns: {
      metric: 'Ukuran',
      numerator: 'Pembilang',
      denominator: 'Penyebut',
      window: 'Periode / masa pantau',
      exclusions: 'Pengecualian',
    },
    periodsNote: (year: string, quarter: string) =>
      `Tahun dan triwulan kalender. Tahun lengkap terakhir: ${year}; triwulan lengkap terakhir: ${quarter}. Periode sesudahnya belum lengkap.`,
    privacyHeading: 'Privasi: angka kecil disembunyikan',
    privacy: (min: string, minMinus: string) => [
      `Setiap angka tentang orang (peserta, lulusan, pemegang sertifikat, penempatan) dari 1 sampai ${minMinus} tidak diterbitkan: tabel menulis “<${min}” dan grafik memberi arsir. Nol tetap diterbitkan.`,
      'Agar angka yang disembunyikan tidak bisa dihitung kembali dengan pengurangan, satu angka lain dalam kelompok yang sama (misalnya jabatan lain pada tahun yang sama, atau triwulan lain dalam tahun itu) ikut disembunyikan.',
      `Tingkat penempatan disembunyikan bila kelompok lulusannya kurang dari 10 orang, bila pembilang atau sisanya 1 sampai ${minMinus}, atau bila jumlah lulusannya disembunyikan.`,
      'Lowongan kerja bukan data pribadi: angkanya tidak disembunyikan. Nama perusahaan tidak pernah diterbitkan.',
      'Indonesia belum punya ambang resmi untuk angka kecil; UU 27/2022 tentang Pelindungan Data Pribadi melindungi data yang dapat mengenali seseorang, sendiri atau digabung. Ambang ini pilihan proyek.',
    ],
    sourcesHeading: 'Sumber dan tanggal data',
    sources:
      'Data peserta dan penempatan dari Disnaker Kota Cilegon, BBPVP Serang dan BLK; sertifikasi dari LSP/BNSP; lowongan dari Karirhub/Kios Pasar Kerja dan wajib lapor lowongan. Peta: batas kecamatan dari cahyadsn/wilayah_boundaries (MIT), mengikuti Kepmendagri 300.2.2-2430/2025.',
    asOfLine: (date: string) => `Tanggal data (as-of): ${date}. Kejadian sesudah tanggal ini tidak dihitung.`,
    qualityHeading: 'Kualitas data',
    qualityIntro:
      'Per berkas: baris yang dibaca, diterima, ditolak, duplikat, digantikan oleh ekspor yang lebih baru, dan di luar cakupan (bukan Kota Cilegon).',
    qualityColumns: {
      file: 'Berkas',
      rows_read: 'Dibaca',
      accepted: 'Diterima',
      rejected: 'Ditolak',
      duplicate: 'Duplikat',
      superseded: 'Digantikan',
      out_of_scope: 'Di luar cakupan',
    },
    datasetMissing: 'Tidak ada berkas: sumber ini tidak tersedia, angkanya tidak ditampilkan.',
    total: 'Jumlah',
    ignoredFiles: (names: string) =>
      `Berkas yang tidak dibaca (tidak cocok dengan jenis data mana pun, bukan .csv, atau tidak dapat dibuka): ${names}.`,
    citeHeading: 'Cara mengutip',
    cite: (date: string, url: string) =>
      `Link & Match Cilegon (${date}). Dasbor permintaan dan pasokan tenaga kerja terampil Kota Cilegon. Data per ${date}. ${url}`,
    citeNote: 'Setiap grafik juga punya kutipan siap pakai di bawah tombol “Kutipan”.',
    licenceHeading: 'Lisensi',
    licence:
      'Kode sumber: lisensi MIT. Data (facts.csv dan unduhan grafik): Creative Commons Atribusi 4.0 Internasional (CC BY 4.0): boleh disalin, diubah dan dipakai, juga untuk tujuan komersial, asal menyebut sumber.',
    sample: 'Terbitan ini dibangun dari data contoh sintetis bawaan proyek: angka-angkanya tidak menggambarkan Kota Cilegon.',
    unmappedSectors: (vacancies: string, texts: string) =>
      `Lowongan dengan sektor usaha yang bukan kode atau nama divisi KBLI: ${vacancies} (tulisan berbeda: ${texts}). Lowongan itu dihitung sebagai “Lainnya / tidak terpetakan”; tulisannya tidak diterbitkan, karena teks bebas bisa memuat nama atau nomor pribadi.`,
  },
  data: {
    title: 'Data',
    intro: 'Semua angka di situs ini berasal dari satu tabel rapi, facts.csv. Unduh, pakai ulang, dan sebutkan sumbernya (CC BY 4.0).',
    factsCsv: 'facts.csv (UTF-8, koma): untuk perangkat lunak analisis',
    excelCsv: 'facts-excel-id.csv: untuk Excel berbahasa Indonesia (titik koma, koma desimal, BOM)',
    datapackage: 'datapackage.json: deskripsi Frictionless dari berkas-berkas ini',
    columnsHeading: 'Kolom',
    columns: {
      metric: 'nama ukuran (lihat Metodologi)',
      period: 'tahun (2025), triwulan (2025-Q3) atau bulan (2025-09)',
      occupation: 'kode KBJI 4 angka, other (lainnya) atau * (semua)',
      kecamatan: 'kode BPS kecamatan, unknown (tidak diketahui) atau * (semua)',
      sex: 'L, P, unknown atau * (semua); lowongan tidak punya jenis kelamin',
      value: 'bilangan bulat untuk jumlah, desimal 3 angka untuk tingkat; kosong bila ditandai',
      flag: 'kosong, suppressed (disembunyikan demi privasi) atau window_open (masa pantau 180 hari belum selesai)',
    } as Record<string, string>,
    rows: (n: string) => `${n} baris.`,
    codesHeading: 'Kode jabatan dan kecamatan',
    chartsHeading: 'Data per grafik',
    chartsIntro: 'Setiap grafik punya CSV dan SVG sendiri (tombol di bawah grafik).',
  },
  releases: {
    nav: 'Rilis',
    title: 'Rilis data',
    intro:
      'Setiap terbitan dengan tanggal data baru adalah sebuah rilis. Rilis tidak pernah diubah: grafik yang disematkan dengan versi “tetap pada rilis ini” selalu menunjukkan angka yang sama.',
    columns: { release: 'Rilis (tanggal data)', previous: 'Disembunyikan terhadap rilis', rows: 'Baris facts.csv', files: 'Berkas' },
    live: 'yang tayang sekarang',
    none: 'Belum ada rilis yang disimpan untuk data ini.',
    releaseTitle: (date: string) => `Rilis data per ${date}`,
    releaseIntro: (date: string) =>
      `Angka-angka seperti yang diterbitkan dengan data per ${date}. Halaman ini dan grafik tetapnya tidak akan berubah.`,
    isLive: 'Ini rilis yang tayang sekarang: angkanya sama dengan halaman Ringkasan.',
    newer: (date: string) => `Ada rilis yang lebih baru: data per ${date}.`,
    previous: (date: string) =>
      `Angka kecil disembunyikan dengan memperhitungkan rilis per ${date}, agar tidak ada yang bisa dihitung dengan membandingkan kedua rilis.`,
    downloads: 'Berkas rilis ini',
    factsCsv: 'facts.csv: semua angka rilis ini',
    metaJson: 'meta.json: tanggal data, berkas sumber dan checksum-nya',
    chartsHeading: 'Grafik utama rilis ini',
    otherCharts:
      'Grafik jabatan dan kecamatan dari rilis ini juga bisa disematkan dalam versi tetap: pilih “tetap pada rilis ini” di kode sematan grafik itu.',
    namesNote: 'Nama jabatan dan kecamatan serta jumlah penduduk diambil dari tabel referensi saat ini; angkanya dari rilis.',
    changesLink: 'Apa yang berubah dibanding rilis sebelumnya',
    all: 'Semua rilis',
    embed: {
      choice: 'Versi grafik',
      pinned: (date: string) => `Tetap pada rilis ini (data per ${date})`,
      pinnedHelp: 'Angkanya tidak akan berubah. Disarankan untuk artikel.',
      latest: 'Selalu terbaru',
      latestHelp: 'Grafik ikut berubah setiap kali data diperbarui.',
      noPinDetails: 'Grafik ini hanya ada dalam versi terbaru: rincian lowongan yang menjadi dasarnya tidak disimpan dalam rilis.',
      noPinNotKept: 'Terbitan ini belum disimpan sebagai rilis, jadi hanya versi terbaru yang tersedia.',
    },
  },
  changes: {
    title: 'Apa yang berubah',
    intro: (newer: string, older: string) =>
      `Rilis per ${newer} dibandingkan dengan rilis per ${older}: setiap angka periode yang sudah pernah diterbitkan lalu berubah, yang perubahannya terbesar lebih dulu.`,
    why: 'Angka bisa berubah karena ekspor yang lebih baru memperbarui status peserta, menambahkan baris yang terlambat, atau memperbaiki data. Jika angka yang Anda kutip berbeda dengan yang tayang sekarang, cari penjelasannya di sini.',
    none: 'Belum ada dua rilis untuk dibandingkan.',
    noRevisions: 'Tidak ada angka yang direvisi.',
    summaryHeading: 'Perubahan terbesar',
    summaryColumns: {
      metric: 'Ukuran',
      revised: 'Angka direvisi (periode yang sudah selesai)',
      largest: 'Revisi terbesar',
      stillOpen: 'Angka berubah di periode yang saat itu belum selesai',
    },
    newPeriods: (list: string) => `Periode baru dalam rilis ini: ${list}.`,
    dropped: (n: string) => `${n} angka tidak lagi diterbitkan.`,
    revisedHeading: (n: string) => `Revisi periode yang sudah selesai (${n})`,
    revisedIntro: 'Periode ini sudah selesai pada rilis sebelumnya; angkanya berubah karena data diperbarui atau diperbaiki.',
    openHeading: (n: string) => `Periode yang belum selesai pada rilis sebelumnya (${n})`,
    openIntro: 'Periode ini belum selesai pada tanggal rilis sebelumnya, jadi sebagian perubahannya adalah kejadian sesudah tanggal itu.',
    columns: { metric: 'Ukuran', period: 'Periode', breakdown: 'Rincian', before: 'Sebelumnya', after: 'Sekarang', change: 'Perubahan' },
    suppressed: 'disembunyikan',
    windowOpen: 'belum bisa dihitung',
    suppressedNote: 'Angka yang disembunyikan demi privasi tidak pernah ditampilkan, juga di sini: hanya tandanya yang berubah.',
    ratePoints: (n: string) => `${n} poin persen`,
    all: 'semua',
    sex: { L: 'laki-laki', P: 'perempuan', unknown: 'jenis kelamin tidak diketahui' } as Record<string, string>,
    kecamatanUnknown: 'kecamatan tidak diketahui',
    rule: 'Aturannya: docs/data-rules.md, “Releases and revisions”.',
    releaseHeading: (newer: string, older: string, n: string) =>
      `Rilis per ${newer} dibandingkan dengan rilis per ${older}: ${n} angka berubah`,
    groupSummary: (metric: string, revised: string, open: string) =>
      `${metric}: ${revised} revisi periode yang sudah selesai, ${open} perubahan periode yang belum selesai`,
    groupsIntro: 'Buka satu ukuran untuk melihat setiap angkanya, perubahan terbesar lebih dulu.',
  },
  freshness: {
    heading: 'Kesegaran data',
    intro: (days: string) =>
      `Kejadian terakhir tiap sumber data dan checksum SHA-256 tiap berkas. Sumber yang kejadian terakhirnya lebih dari ${days} hari sebelum tanggal data diberi tanda “data lama”.`,
    latest: (date: string) => `Kejadian terakhir: ${date}`,
    noEvents: 'Tidak ada kejadian',
    stale: 'data lama',
    staleTitle: (days: string) => `Kejadian terakhir lebih dari ${days} hari sebelum tanggal data`,
    checksum: 'SHA-256',
  },
  updating: {
    nav: 'Cara memperbarui data',
    title: 'Cara memperbarui data',
    intro:
      'Untuk petugas data Disnaker, BBPVP, BLK dan LSP: dari ekspor CSV sampai angka baru di situs ini. Rincian lengkap ada di dokumen yang ditautkan.',
    whereHeading: 'Di mana file disimpan',
    where:
      'Simpan ekspor CSV di repositori data privat, jangan pernah di repositori publik situs ini: git menyimpan riwayatnya selamanya. Satu folder per jenis data:',
    templates: 'Templat dengan nama kolom baku:',
    format: 'Semua kolom dan nilai yang diterima:',
    namingHeading: 'Nama file',
    naming: [
      'Jenis data dikenali dari nama file atau nama foldernya, dalam bahasa Indonesia atau Inggris: peserta (enrollments), sertifikasi (certifications), penempatan (placements), lowongan (vacancies). Huruf besar atau kecil tidak berpengaruh.',
      'Beri nama yang urutannya sama dengan urutan waktu, misalnya 2025-09, 2025-10, … (bukan Jan, Feb, atau 1, 2, … 10): file dibaca menurut urutan nama, dan baris dengan id yang sama di file yang dibaca kemudian menggantikan yang lama (misalnya status yang diperbarui).',
    ],
    checkHeading: 'Memeriksa sebelum mengirim',
    check:
      'Perintah ini memeriksa ekspor tanpa menerbitkan apa pun. Hasilnya per file: dikenali sebagai data apa, berapa baris dibaca, diterima dan ditolak, lalu setiap masalah dikelompokkan per kolom dengan nomor baris dan cara memperbaikinya. Tambahkan --lang en untuk bahasa Inggris.',
    exitCodes: [
      'Kode keluar 0: data lolos dan akan diterbitkan.',
      'Kode keluar 1: data build akan menolak data ini (file yang tidak bisa dibaca, atau lebih dari 5 % baris satu jenis data ditolak).',
      'Kode keluar 2: perintahnya salah (misalnya folder tidak ada).',
    ],
    errorHeading: 'Cara membaca pesan kesalahan',
    errorIntro: 'Contoh satu kelompok masalah:',
    errorParts: [
      'Baris pertama: file, kolom, jumlah baris yang bermasalah, dan alasannya.',
      'baris: nomor baris di file (baris 1 adalah judul kolom), seperti di editor teks.',
      'nilai: isi sel yang bermasalah, hanya untuk tanggal, angka, kode dan pilihan; nama, NIK dan nomor sertifikat tidak pernah ditampilkan.',
      'perbaikan: apa yang harus diubah. Perbaiki di file ekspor, lalu periksa lagi.',
    ],
    errorResult:
      'Di akhir, “Hasil: LOLOS” atau “Hasil: DITOLAK” dengan alasannya. Baris yang ditolak tidak ikut dihitung sampai diperbaiki.',
    rebuildHeading: 'Pembangunan ulang situs',
    rebuild: (time: string) =>
      `Situs dibangun ulang otomatis setiap hari pukul ${time} WIB, saat ada perubahan di repositori, saat repositori data mengirim peristiwa exports-updated, atau segera lewat Actions → Publish → Run workflow. Jika data ditolak, situs yang lama tetap tayang, dan ringkasan job menyebut jumlah dan alasannya (tanpa data pribadi).`,
    release:
      'Setiap terbitan dengan tanggal data baru disimpan sebagai rilis, agar grafik yang disematkan jurnalis tidak berubah. Setelah situs tayang, workflow menyimpan rilis itu sendiri di data/releases/<tanggal>/ dan meng-commit-nya. Dari komputer sendiri (misalnya untuk mencoba), jalankan perintah ini dengan folder ekspor, lalu commit folder yang baru:',
    releaseLinks: 'Semua rilis dan apa yang berubah:',
    askHeading: 'Bertanya',
    ask: 'Tanyakan kepada pengelola dasbor ini lewat issue di repositori situs. Jangan pernah melampirkan ekspor, laporan baris ditolak (reports/rejected-rows.csv) atau tangkapan layar berisi data pribadi: salin saja keluaran data:check, yang tidak menampilkan nama, NIK maupun nomor sertifikat.',
    docs: 'Dokumen',
    docNames: {
      input: 'Format data masukan (docs/input-format.md)',
      rules: 'Aturan data dan rilis (docs/data-rules.md)',
      readme: 'README: Updating the data / Memperbarui data',
      workflow: 'Alur kerja publikasi (.github/workflows/publish.yml)',
    },
    namesPublished:
      'Nama file ikut diterbitkan: nama setiap file dan jumlah barisnya tercantum di meta.json dan di halaman metodologi. Beri nama yang umum (misalnya peserta_2026-09.csv); jangan memakai nama orang, NIK, nomor telepon, atau nama kelompok kecil seperti negara tujuan, jenis kelamin atau desa. Data build menolak nama yang memuat sesuatu seperti NIK atau nomor HP, dan data:check memperingatkan file yang barisnya lebih sedikit dari ambang angka kecil (angka di bawahnya disembunyikan).',
    notRead:
      'File lain di folder ekspor (.xlsx, .tsv, nama berakhiran spasi, tautan yang putus) tidak dibaca; data build dan data:check menyebut namanya beserta alasan dan cara memperbaikinya. File di dalam sub-folder data (misalnya lowongan/2026/) ikut dibaca.',
    drop: 'Bila baris yang diterima sebuah jenis data turun lebih dari separuh dibanding rilis sebelumnya (biasanya karena file hilang atau hanya berisi judul kolom), data build menolaknya. Bila penurunan itu memang benar, jalankan Actions → Publish → Run workflow dengan isian accept_drop berisi nama data itu (misalnya vacancies).',
    askWhere:
      'Alamat repositori hanya diketahui bila situs dibangun di GitHub Actions; mintalah alamatnya kepada pengelola yang mengirimkan tautan situs ini.',
    inRepository: 'di repositori',
    templateNames: 'Templat CSV (data/templates/)',
  },
  notFound: 'Halaman tidak ditemukan',
  outcomes: outcomes.id,
  breakdown: {
    total: 'Jumlah',
    share: 'Bagian dari jumlah',
    sums: (total: string) => `Baris-baris di atas berjumlah sama dengan baris ${total}.`,
    hidden: (column: string, n: string, sum: string, min: string) => `${column}: ${n} angka disembunyikan (<${min}), bersama-sama ${sum}.`,
    overlap: (column: string, sum: string, total: string, hidden: string) =>
      `${column} menghitung orang: orang yang tercatat di dua baris (misalnya bersertifikat di dua jabatan) dihitung di keduanya, tetapi sekali di Jumlah. Karena itu baris-barisnya berjumlah ${sum}${hidden ? ` ditambah ${hidden} angka yang disembunyikan` : ''}, bukan ${total}.`,
    notInChart: (rest: string, total: string) => `Tidak digambar di grafik: ${rest}. Jumlah semuanya: ${total}; lihat tabel.`,
    restPart: (name: string, value: string) => `${name} (${value})`,
  },
  noGraduates: 'tidak ada lulusan',
  kecamatanCounts:
    'Halaman ini menghitung dua hal yang berbeda. Pelatihan: warga kecamatan ini menurut tempat tinggal mereka, juga per 1.000 penduduk. Permintaan: posisi dalam lowongan yang lokasi kerjanya di kecamatan ini, siapa pun yang nanti mengisinya. Warga bekerja di kecamatan lain dan pemberi kerja merekrut dari seluruh kota, jadi kedua angka tidak bisa dibandingkan langsung.',
  excelCsv: 'Unduh CSV untuk Excel (titik koma, koma desimal)',
  mapBins: {
    bin: (from: string, to: string) => `${from} – di bawah ${to}`,
    last: (from: string, to: string) => `${from} – ${to}`,
    note: 'Kelas warna peta: batas bawah termasuk, batas atas tidak (kecuali kelas tertinggi); nilai dibulatkan ke satu desimal.',
  },
  provisional: {
    label: 'sementara',
    period: (period: string) => `${period} (sementara)`,
    note: (periods: string) =>
      `Angka ${periods} sementara: sumber datanya belum selesai melaporkan periode itu, sehingga angkanya masih bisa naik pada rilis berikutnya.`,
  },
  poolStock: (who: string, n: string, period: string) => `${n} orang memegang sertifikat ${who} yang masih berlaku di akhir ${period}`,
  flows: {
    ytd: (year: string, until: string) => `${year} s.d. ${until}`,
    last4: (first: string, last: string) => `4 triwulan terakhir (${first} – ${last})`,
    part: (label: string, value: string) => `${label}: ${value}`,
    times: (ratio: string) => `${ratio}×`,
    counts: (demand: string, supply: string) => `${demand} posisi, ${supply} orang`,
    shift: (lower: boolean, ratio: string) => `4 triwulan terakhir jauh ${lower ? 'lebih rendah' : 'lebih tinggi'}: ${ratio}`,
    heading: 'Angka utama',
    sentence: (supply: string, parts: string) => `Permintaan dibanding ${supply}: ${parts}.`,
    ratio: 'Permintaan ÷ pasokan',
    demand: 'Permintaan (posisi dibuka)',
    period: 'Periode',
  },
  howToRead: {
    heading: 'Cara membaca',
    items: [
      'Permintaan: jumlah posisi dalam lowongan yang dibuka pada periode itu (satu lowongan bisa mencari beberapa orang).',
      'Lulus pelatihan: orang yang menyelesaikan pelatihan vokasi pada periode itu.',
      'Bersertifikat: orang yang dinyatakan kompeten dalam uji kompetensi LSP/BNSP pada periode itu — termasuk pekerja berpengalaman yang langsung diuji tanpa pelatihan.',
      'Pemegang sertifikat aktif: semua orang yang sertifikatnya masih berlaku di akhir triwulan. Ini stok, bukan arus: grafiknya tidak dibandingkan dengan lowongan per triwulan.',
      'Angka utama membandingkan arus dengan arus pada periode yang sama: posisi yang dibuka dan orang yang bersertifikat dalam tahun atau empat triwulan yang sama.',
      'Selisih permintaan dan pasokan bukan jumlah lowongan yang tidak terisi: lowongan juga diisi pekerja berpengalaman dan pekerja dari luar kota.',
    ],
  },
  gapChart: {
    values: 'Angka di ujung kanan setiap baris: posisi yang dibuka vs orang bersertifikat. Nama jabatan menuju halamannya.',
  },

  supply: {
    heading: 'Yang dihitung sebagai bersertifikat',
    intro:
      'Pasokan bersertifikat menghitung orang yang dinyatakan kompeten pada skema di bawah ini. Sertifikasi tidak harus didahului pelatihan: pekerja berpengalaman bisa langsung ikut uji kompetensi atau lewat rekognisi pembelajaran lampau (RPL). Karena itu jumlah bersertifikat bisa lebih besar daripada jumlah lulusan pelatihan, bahkan bila tidak ada pelatihan sama sekali.',
    schemesLabel: 'Skema yang dihitung:',
    noSchemes: 'Tidak ada skema sertifikasi dalam data untuk jabatan ini, jadi pasokan bersertifikatnya selalu nol.',
    licenceOnly: (licence: string, issuer: string, basis: string) =>
      `Izin kerja jabatan ini, ${licence}, diterbitkan oleh ${issuer} berdasarkan ${basis}, di luar LSP/BNSP dan Kemnaker. Data ini tidak memuatnya: nol bersertifikat di sini tidak berarti tidak ada pekerja berizin.`,
    licenceAlso: (licence: string, issuer: string, basis: string) =>
      `Sebagian pekerja jabatan ini memegang ${licence} dari ${issuer} berdasarkan ${basis}. Izin itu tidak ada dalam data ini, jadi pasokan bersertifikat bisa lebih kecil dari kenyataan.`,
    methodologyHeading: 'Bersertifikat tanpa pelatihan, dan izin di luar data',
    methodologyColumns: { occupation: 'Jabatan', schemes: 'Skema yang dihitung', outside: 'Izin di luar data' },
  },

  mapHighlight: {
    legend: (name: string) => `Kecamatan ${name} (garis tepi oranye tebal)`,
    description: (name: string) => `Kecamatan ${name}, yang dibahas halaman ini, ditandai dengan garis tepi oranye tebal.`,
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type Strings = typeof id;
