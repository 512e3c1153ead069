// Every word the site shows in English. Same keys as id.ts (its type is checked against it).
import type { Strings } from './id.ts';
import { outcomes } from './outcomes.ts';

export const en: Strings = {
  siteName: 'Link & Match Cilegon',
  tagline: 'Industry demand for skilled workers and the supply from vocational training in Kota Cilegon',
  skipToContent: 'Skip to content',
  nav: { overview: 'Overview', occupations: 'Occupations', kecamatan: 'Kecamatan', methodology: 'Methodology', data: 'Data' },
  switchTo: 'Bahasa Indonesia',
  switchLabel: 'Read this page in Bahasa Indonesia',
  sampleBanner:
    'Sample: this site was built from the bundled synthetic data, not from real Disnaker data. Its numbers do not describe Kota Cilegon.',
  asOf: (date: string) => `Data as of ${date}`,
  footer: {
    licence: 'Code: MIT licence. Data: CC BY 4.0 (reuse freely, naming the source).',
    about: 'An open dashboard: counts of people are published only after small cells are suppressed.',
  },
  labels: {
    other: 'Other',
    unknown: 'Unknown',
    all: 'All',
    series: {
      demand: 'Demand (positions)',
      enrolled: 'Started training',
      completed: 'Completed training',
      certified: 'Certified',
      placed: 'Placed in work',
      pool: 'Active certificate holders',
    },
    dataset: {
      enrollments: 'training enrolment data',
      certifications: 'competency certification data',
      placements: 'job placement data',
      vacancies: 'vacancy data',
    },
    otherSectors: (n: string) => `${n} other sectors`,
    period: 'Period',
    cohort: 'Completer cohort',
    occupation: 'Occupation',
    kecamatan: 'Kecamatan',
    stage: 'Stage',
    sector: 'Employer sector',
    share: 'Share',
    rate: 'Placement rate',
    cohortSize: 'Completers (denominator)',
    positions: 'Positions',
    requiringCertificate: 'Positions requiring a certificate',
    per1000: 'per 1,000 residents',
    population: 'Population',
    value: 'Value',
    series_: 'Series',
    note: 'Note',
    suppressed: 'suppressed for privacy',
    rateHidden: 'suppressed',
    windowOpen: (date: string) => `cannot be computed until ${date}`,
    outOf: (rate: string, n: string) => `${rate} of ${n} completers`,
    shareOf: (share: string, n: string, d: string) => `${share} (${n} of ${d})`,
    notPublished: 'not published',
    missingSource: 'source missing',
  },
  figure: {
    source: (sources: string, date: string) => `Source: ${sources}. Data as of ${date}.`,
    datasetSource: {
      enrollments: 'trainees from Disnaker Kota Cilegon, BBPVP Serang and the BLK',
      certifications: 'competency certification from LSPs/BNSP',
      placements: 'job placements from Disnaker Kota Cilegon',
      vacancies: 'vacancies from Karirhub/Kios Pasar Kerja and mandatory vacancy reporting',
    },
    compiledBy: 'compiled by Link & Match Cilegon',
    table: 'Numbers as a table',
    actions: 'Share and download',
    permalink: 'Link to this chart',
    png: 'Download PNG',
    svg: 'Download SVG',
    csv: 'Download CSV',
    embed: 'Embed code',
    cite: 'Citation',
    copy: 'Copy',
    copied: 'Copied',
    embedHelp: 'Paste this code into your page; the frame sizes its own height.',
    citation: (title: string, date: string, url: string) =>
      `Link & Match Cilegon (${date}). ${title}. Data as of ${date}. ${url} (CC BY 4.0)`,
    legendSuppressed: (min: string) => `Hatched: fewer than ${min}, suppressed for privacy`,
    legendWindowOpen: 'Dashed outline: the 180-day window has not closed yet',
    missingSource: (names: string) => `${cap(names)} is not in this release: its numbers are not shown, which does not mean zero.`,
    viewOnSite: 'View on Link & Match Cilegon',
    sampleNote: "Synthetic sample data: not Kota Cilegon's numbers.",
    populationSource: (source: string) => `Population: ${source}.`,
    embedTitle: (title: string) => `Chart: ${title}`,
  },
  supplyNoun: {
    completed: 'training completers',
    certified: 'the certified supply',
    pool: 'active certificate holders',
  },
  titles: {
    ratio: (who: string, supply: string, ratio: string, period: string) =>
      `Demand${who ? ` for ${who}` : ''} is ${ratio} times ${supply}, ${period}`,
    surplus: (who: string, supply: string, ratio: string, period: string) =>
      `${cap(supply)}${who ? ` (${who})` : ''} outnumber demand ${ratio} times, ${period}`,
    balanced: (who: string, supply: string, demand: string, n: string, period: string) =>
      `Demand${who ? ` for ${who}` : ''} and ${supply} are in balance, ${period}: ${demand} positions, ${n} people`,
    noSupply: (who: string, supply: string, demand: string, period: string) =>
      `${demand} positions${who ? ` for ${who}` : ''} posted in ${period}, with no ${supply.replace(/^the /, '')}`,
    supplyHidden: (who: string, supply: string, demand: string, min: string, period: string) =>
      `${demand} positions${who ? ` for ${who}` : ''} posted in ${period}; ${supply} is below ${min}, suppressed for privacy`,
    noDemand: (who: string, supply: string, n: string, period: string) =>
      `No vacancies${who ? ` for ${who}` : ''} in ${period}; supply: ${n} people (${supply.replace(/^the /, '')})`,
    nothing: (who: string, period: string) => `No demand and no supply${who ? ` for ${who}` : ''} in ${period}`,
    demandMissing: (period: string) => `Vacancy data is missing: demand in ${period} cannot be compared with supply`,
    supplyMissing: (dataset: string, period: string) => `${cap(dataset)} is missing: supply in ${period} cannot be compared with demand`,
    noShortage: (period: string) => `No occupation has more demand than certified supply, ${period}`,
    funnel: (who: string, period: string, e: string, c: string, ce: string, p: string) =>
      `${period}${who ? `, ${who}` : ''}: ${e} started training, ${c} completed, ${ce} certified, ${p} placed`,
    placement: (who: string, rate: string, period: string, n: string) =>
      `${rate} of ${period} completers${who ? ` (${who})` : ''} were working within 180 days (of ${n})`,
    placementNone: (who: string) => `The 180-day placement rate${who ? ` for ${who}` : ''} cannot be shown yet`,
    sectorTop: (who: string, sector: string, share: string, period: string) =>
      `${sector} posted ${share} of positions${who ? ` for ${who}` : ''}, ${period}`,
    sectorNone: (who: string, period: string) => `No vacancies${who ? ` for ${who}` : ''} in ${period}`,
    certificateShare: (who: string, share: string, n: string, d: string, period: string) =>
      `${share} of positions${who ? ` for ${who}` : ''} require a certificate, ${period} (${n} of ${d})`,
    mapTop: (name: string, value: string, period: string) =>
      `Training completers per 1,000 residents are highest in ${name} (${value}), ${period}`,
    mapNone: (period: string) => `Training completers per 1,000 residents cannot be shown for ${period}`,
    residents: (name: string, value: string, period: string) => `${name}: ${value} training completers per 1,000 residents, ${period}`,
    residentsHidden: (name: string, min: string, period: string) =>
      `${name}: fewer than ${min} training completers in ${period}, suppressed for privacy`,
    kecDemand: (name: string, n: string, period: string) => `${n} positions posted with a work location in ${name}, ${period}`,
    sourceMissing: (dataset: string) => `${cap(dataset)} is not in this release`,
    residentsNoPopulation: (name: string, period: string) =>
      `${name}: the population is not available, so training completers per 1,000 residents cannot be computed for ${period}`,
  },
  subtitles: {
    gap: (period: string) =>
      `Occupations sorted by the gap between demand and certified supply, ${period}. Positions (demand) and people (supply).`,
    trend: (first: string, last: string) => `By quarter, ${first} – ${last}. Positions (demand) and people (supply).`,
    funnel: (period: string) => `${period}. People at each stage in the same year: not one cohort followed through.`,
    placement: 'By completer cohort (quarter of completion). Share of completers working within 180 days; denominator = completers.',
    pool: (first: string, last: string) =>
      `By quarter, ${first} – ${last}. People holding a valid certificate at the end of each quarter: a stock, not a flow, so it is not compared with quarterly vacancies.`,
    sector: (period: string) => `${period}. Positions posted, by employer sector.`,
    certificate: 'By year. Share of positions that require a competency certificate; denominator = all positions.',
    map: (period: string) => `${period}. Residents who completed training per 1,000 residents, by kecamatan of residence.`,
    residents: (population: string) => `By year, per 1,000 residents (population ${population}).`,
    kecDemand: (first: string, last: string) => `By quarter, ${first} – ${last}. Positions with a work location in this kecamatan.`,
    residentsNoPopulation: 'By year, per 1,000 residents (population not available).',
  },
  describe: {
    lineChart: (series: string, first: string, last: string) => `Line chart from ${first} to ${last}: ${series}.`,
    latest: (label: string, value: string, period: string) => `${label}: ${value} in ${period}`,
    peak: (value: string, period: string) => `highest ${value} in ${period}`,
    barChart: 'Bar chart.',
    gapChart: 'Dot chart by occupation, from the largest shortage to the largest surplus.',
    gapRow: (label: string, demand: string, completed: string, certified: string) =>
      `${label}: demand ${demand}, completed ${completed}, certified ${certified}`,
    mapChart: 'Map of the 8 kecamatan of Kota Cilegon.',
    suppressedCount: (count: number, n: string, min: string) =>
      `${n} ${count === 1 ? 'value' : 'values'} below ${min} ${count === 1 ? 'is' : 'are'} suppressed for privacy and drawn hatched.`,
    windowOpenCount: (count: number, n: string) =>
      `${n} completer ${count === 1 ? 'cohort' : 'cohorts'} cannot be computed yet because ${count === 1 ? 'its' : 'their'} 180-day window is still open (dashed outline).`,
    noData: 'No data to show.',
  },
  headline: {
    heading: 'Key figures',
    year: (y: string) => `Year ${y}`,
    quarter: (q: string) => `${q}`,
    demand: 'positions sought by industry',
    completed: 'people completed training',
    certified: 'people certified',
    placed: 'people placed in work',
    rate: (period: string) => `of ${period} completers working within 180 days`,
    rateOf: (n: string) => `of ${n} completers`,
  },
  overview: {
    title: 'Overview',
    intro:
      "Where does Cilegon's industry need more skilled workers than vocational training produces? Demand is the positions employers post; supply is the residents who complete training and who get certified.",
    occupationsHeading: 'Pages by occupation',
    kecamatanHeading: 'Pages by kecamatan',
    chartsHeading: 'Charts',
  },
  occupation: {
    title: (name: string) => `${name}`,
    intro: (name: string, code: string) =>
      `${name} (KBJI ${code}): demand from vacancies, and supply from training, certification and placement.`,
    back: 'All occupations',
  },
  kecamatan: {
    title: (name: string) => `Kecamatan ${name}`,
    intro: (name: string, population: string, source: string) =>
      `Residents of Kecamatan ${name} in vocational training, and vacancies with a work location in ${name}. Population: ${population}. Source: ${source}.`,
    noCrossTab: 'Figures by occupation within a kecamatan are not published.',
    introNoPopulation: (name: string) =>
      `Residents of Kecamatan ${name} in vocational training, and vacancies with a work location in ${name}. Its population is not available.`,
  },
  methodology: {
    title: 'Methodology',
    intro: 'How every number on this site is computed, what is suppressed for privacy, where the data comes from, and how complete it is.',
    metricsHeading: 'Metrics',
    metricColumns: {
      metric: 'Metric',
      numerator: 'Numerator',
      denominator: 'Denominator',
      window: 'Period / window',
      exclusions: 'Exclusions',
    },
    periodsNote: (year: string, quarter: string) =>
      `Calendar years and quarters. Latest complete year: ${year}; latest complete quarter: ${quarter}. Later periods are incomplete.`,
    privacyHeading: 'Privacy: small cells are suppressed',
    privacy: (min: string, minMinus: string) => [
      `Any count of people (trainees, completers, certificate holders, placements) from 1 to ${minMinus} is not published: tables show “<${min}” and charts draw it hatched. Zero is published.`,
      'So that a hidden number cannot be recovered by subtraction, one more number in the same group (for example another occupation in the same year, or another quarter of that year) is suppressed as well.',
      `A placement rate is suppressed when its cohort has fewer than 10 people, when its numerator or its complement is 1 to ${minMinus}, or when the cohort count itself is suppressed.`,
      'Vacancies are not personal data: their counts are not suppressed. Employer names are never published.',
      "Indonesia has no official small-cell threshold; Law 27/2022 on Personal Data Protection protects data that identifies a person alone or combined. This threshold is the project's choice.",
    ],
    sourcesHeading: 'Sources and as-of date',
    sources:
      'Enrolments and placements from Disnaker Kota Cilegon, BBPVP Serang and the BLK; certification from LSPs/BNSP; vacancies from Karirhub/Kios Pasar Kerja and mandatory vacancy reporting. Map: kecamatan boundaries from cahyadsn/wilayah_boundaries (MIT), following Kepmendagri 300.2.2-2430/2025.',
    asOfLine: (date: string) => `As-of date: ${date}. Events after this date are not counted.`,
    qualityHeading: 'Data quality',
    qualityIntro: 'Per file: rows read, accepted, rejected, duplicate, superseded by a later export, and out of scope (not Kota Cilegon).',
    qualityColumns: {
      file: 'File',
      rows_read: 'Read',
      accepted: 'Accepted',
      rejected: 'Rejected',
      duplicate: 'Duplicate',
      superseded: 'Superseded',
      out_of_scope: 'Out of scope',
    },
    datasetMissing: 'No files: this source is missing and its numbers are not shown.',
    total: 'Total',
    ignoredFiles: (names: string) => `Files not read (matching no dataset, not a .csv, or not openable): ${names}.`,
    citeHeading: 'How to cite',
    cite: (date: string, url: string) =>
      `Link & Match Cilegon (${date}). Demand and supply of skilled workers in Kota Cilegon. Data as of ${date}. ${url}`,
    citeNote: 'Every chart also has a ready citation under its “Citation” button.',
    licenceHeading: 'Licence',
    licence:
      'Source code: MIT licence. Data (facts.csv and chart downloads): Creative Commons Attribution 4.0 International (CC BY 4.0): copy, adapt and use it, commercially too, as long as you name the source.',
    sample: "This release was built from the project's bundled synthetic sample: its numbers do not describe Kota Cilegon.",
    unmappedSectors: (vacancies: string, texts: string) =>
      `Vacancies whose employer sector is not a KBLI division code or name: ${vacancies} (distinct texts: ${texts}). They are counted as “Other / not mapped”; the texts are not published, as free text can hold names or personal numbers.`,
  },
  data: {
    title: 'Data',
    intro: 'Every number on this site comes from one tidy table, facts.csv. Download it, reuse it, and name the source (CC BY 4.0).',
    factsCsv: 'facts.csv (UTF-8, comma): for analysis software',
    excelCsv: 'facts-excel-id.csv: for Excel set to Indonesian (semicolon, decimal comma, BOM)',
    datapackage: 'datapackage.json: a Frictionless description of these files',
    columnsHeading: 'Columns',
    columns: {
      metric: 'metric name (see Methodology)',
      period: 'year (2025), quarter (2025-Q3) or month (2025-09)',
      occupation: '4-digit KBJI code, other, or * (all)',
      kecamatan: 'BPS kecamatan code, unknown, or * (all)',
      sex: 'L, P, unknown or * (all); vacancies have no sex',
      value: 'an integer for counts, 3 decimals for rates; empty when flagged',
      flag: 'empty, suppressed (hidden for privacy) or window_open (the 180-day window has not closed)',
    },
    rows: (n: string) => `${n} rows.`,
    codesHeading: 'Occupation and kecamatan codes',
    chartsHeading: 'Data by chart',
    chartsIntro: 'Every chart has its own CSV and SVG (buttons under the chart).',
  },
  releases: {
    nav: 'Releases',
    title: 'Data releases',
    intro:
      'Each publication with a new as-of date is a release. A release never changes: a chart embedded “pinned to this release” always shows the same numbers.',
    columns: { release: 'Release (as-of date)', previous: 'Suppressed against release', rows: 'facts.csv rows', files: 'Files' },
    live: 'live now',
    none: 'No release has been kept for this data yet.',
    releaseTitle: (date: string) => `Data release as of ${date}`,
    releaseIntro: (date: string) => `The numbers as published with data as of ${date}. This page and its pinned charts will not change.`,
    isLive: 'This is the release live now: its numbers are those of the Overview page.',
    newer: (date: string) => `There is a newer release: data as of ${date}.`,
    previous: (date: string) =>
      `Small cells were suppressed taking the release as of ${date} into account, so that nothing can be worked out by comparing the two.`,
    downloads: 'Files of this release',
    factsCsv: 'facts.csv: every number of this release',
    metaJson: 'meta.json: as-of date, source files and their checksums',
    chartsHeading: 'Main charts of this release',
    otherCharts:
      'The occupation and kecamatan charts of this release can be embedded pinned too: choose “pinned to this release” in that chart’s embed code.',
    namesNote: 'Occupation and kecamatan names and population figures come from today’s reference tables; the numbers from the release.',
    changesLink: 'What changed since the previous release',
    all: 'All releases',
    embed: {
      choice: 'Chart version',
      pinned: (date: string) => `Pinned to this release (data as of ${date})`,
      pinnedHelp: 'The numbers will not change. Recommended for articles.',
      latest: 'Always the latest',
      latestHelp: 'The chart changes whenever the data is updated.',
      noPinDetails: 'This chart exists only in its latest version: the vacancy details it is drawn from are not kept in releases.',
      noPinNotKept: 'This publication is not kept as a release yet, so only the latest version is available.',
    },
  },
  changes: {
    title: 'What changed',
    intro: (newer: string, older: string) =>
      `The release as of ${newer} compared with the release as of ${older}: every number of an already published period that changed, largest changes first.`,
    why: 'Numbers change when a later export updates trainees’ statuses, adds late rows or corrects data. If a number you quoted differs from the one shown now, look for the reason here.',
    none: 'There are not yet two releases to compare.',
    noRevisions: 'No number was revised.',
    summaryHeading: 'Largest changes',
    summaryColumns: {
      metric: 'Measure',
      revised: 'Numbers revised (periods that had ended)',
      largest: 'Largest revision',
      stillOpen: 'Numbers changed in periods not yet over then',
    },
    newPeriods: (list: string) => `New periods in this release: ${list}.`,
    dropped: (n: string) => `${n} numbers are no longer published.`,
    revisedHeading: (n: string) => `Revisions of periods that had ended (${n})`,
    revisedIntro: 'These periods were over at the previous release; their numbers changed because data was updated or corrected.',
    openHeading: (n: string) => `Periods not yet over at the previous release (${n})`,
    openIntro: 'These periods were not over on the previous release’s as-of date, so part of their change is events after that date.',
    columns: { metric: 'Measure', period: 'Period', breakdown: 'Breakdown', before: 'Before', after: 'Now', change: 'Change' },
    suppressed: 'suppressed',
    windowOpen: 'not yet computable',
    suppressedNote: 'A number suppressed for privacy is never shown, here neither: only its flag changes.',
    ratePoints: (n: string) => `${n} percentage points`,
    all: 'all',
    sex: { L: 'men', P: 'women', unknown: 'sex unknown' } as Record<string, string>,
    kecamatanUnknown: 'kecamatan unknown',
    rule: 'The rule: docs/data-rules.md, “Releases and revisions”.',
    releaseHeading: (newer: string, older: string, n: string) =>
      `Release of ${newer} against the release of ${older}: ${n} numbers changed`,
    groupSummary: (metric: string, revised: string, open: string) =>
      `${metric}: ${revised} revisions of ended periods, ${open} changes in periods not yet ended`,
    groupsIntro: 'Open a measure to see each of its numbers, the largest change first.',
  },
  freshness: {
    heading: 'Data freshness',
    intro: (days: string) =>
      `The latest event of each data source and the SHA-256 checksum of each file. A source whose latest event is more than ${days} days before the as-of date is marked “stale”.`,
    latest: (date: string) => `Latest event: ${date}`,
    noEvents: 'No events',
    stale: 'stale',
    staleTitle: (days: string) => `Latest event more than ${days} days before the as-of date`,
    checksum: 'SHA-256',
  },
  updating: {
    nav: 'How to update the data',
    title: 'How to update the data',
    intro:
      'For the data officers of Disnaker, BBPVP, BLK and the LSPs: from a CSV export to new numbers on this site. The linked documents have every detail.',
    whereHeading: 'Where files go',
    where:
      'Keep the CSV exports in the private data repository, never in this site’s public repository: git keeps history for ever. One folder per kind of data:',
    templates: 'Templates with the standard column names:',
    format: 'Every accepted column and value:',
    namingHeading: 'File names',
    naming: [
      'The kind of data is recognised from the file or folder name, in Indonesian or English: peserta (enrollments), sertifikasi (certifications), penempatan (placements), lowongan (vacancies). Upper or lower case does not matter.',
      'Give names that sort in time order, such as 2025-09, 2025-10, … (not Jan, Feb, nor 1, 2, … 10): files are read in name order, and a row with the same id in a file read later replaces the earlier one (an updated status, for example).',
    ],
    checkHeading: 'Checking before sending',
    check:
      'This command checks exports and publishes nothing. Per file: which data it was recognised as, how many rows were read, accepted and rejected, then every problem grouped by column with line numbers and the fix. Add --lang en for English.',
    exitCodes: [
      'Exit code 0: the data passes and would be published.',
      'Exit code 1: the data build would refuse this data (a file that cannot be read, or more than 5 % of a dataset’s rows rejected).',
      'Exit code 2: the command is wrong (a folder that does not exist, for example).',
    ],
    errorHeading: 'How to read an error',
    errorIntro: 'An example of one group of problems:',
    errorParts: [
      'First line: the file, the column, how many rows have the problem, and why.',
      'lines: line numbers in the file (line 1 is the header), as in a text editor.',
      'values: the cells’ content, only for dates, numbers, codes and choices; names, NIKs and certificate numbers are never shown.',
      'fix: what to change. Fix it in the export, then check again.',
    ],
    errorResult:
      'At the end, “Result: OK” or “Result: REFUSED” with the reasons. Rejected rows are left out of the numbers until they are fixed.',
    rebuildHeading: 'Rebuilding the site',
    rebuild: (time: string) =>
      `The site is rebuilt every day at ${time} WIB, when the repository changes, when the data repository sends the exports-updated event, or at once through Actions → Publish → Run workflow. When the data is refused, the old site stays live, and the job summary gives the counts and reasons (without personal data).`,
    release:
      'Every publication with a new as-of date is kept as a release, so journalists’ embedded charts do not change. After the site is deployed, the workflow keeps that release in data/releases/<as-of>/ and commits it. On your own computer (to try it, say), run this command on the exports folder, then commit the new folder:',
    releaseLinks: 'Every release, and what changed:',
    askHeading: 'Who to ask',
    ask: 'Ask the maintainers of this dashboard through an issue in the site’s repository. Never attach an export, the reject report (reports/rejected-rows.csv) or a screenshot with personal data: copy data:check’s output instead, which shows no names, NIKs or certificate numbers.',
    docs: 'Documents',
    docNames: {
      input: 'Input data format (docs/input-format.md)',
      rules: 'Data and release rules (docs/data-rules.md)',
      readme: 'README: Updating the data / Memperbarui data',
      workflow: 'Publishing workflow (.github/workflows/publish.yml)',
    },
    namesPublished:
      "File names are published: every file's name and row counts appear in meta.json and on the methodology page. Give plain names (such as peserta_2026-09.csv); keep names of people, NIKs, phone numbers and names of small groups such as a destination country, sex or village out of them. The data build refuses a name holding something like a NIK or a mobile number, and data:check warns about a file with fewer rows than the small-cell threshold.",
    notRead:
      "Other files in the exports folder (.xlsx, .tsv, a name ending in a space, a broken link) are not read; the data build and data:check name each with why and how to fix it. Files in a dataset folder's sub-folders (such as lowongan/2026/) are read too.",
    drop: "When a dataset's accepted rows fall by more than half against the previous release (usually a file gone missing, or holding only its header), the data build refuses them. If the drop is real, run Actions → Publish → Run workflow with the input accept_drop naming the dataset (such as vacancies).",
    askWhere:
      "The repository's address is known only when the site is built in GitHub Actions; ask the maintainer who sent you this site's link for it.",
    inRepository: 'in the repository',
    templateNames: 'CSV templates (data/templates/)',
  },
  notFound: 'Page not found',
  outcomes: outcomes.en,
  breakdown: {
    total: 'Total',
    share: 'Share of total',
    sums: (total: string) => `The rows above add up to the ${total} row.`,
    hidden: (column: string, n: string, sum: string, min: string) => `${column}: ${n} numbers hidden (<${min}), together ${sum}.`,
    overlap: (column: string, sum: string, total: string, hidden: string) =>
      `${column} counts people: a person in two rows (certified in two occupations, say) is counted in both but once in the Total. So its rows add up to ${sum}${hidden ? ` plus ${hidden} hidden numbers` : ''}, not ${total}.`,
    notInChart: (rest: string, total: string) => `Not drawn in the chart: ${rest}. All together: ${total}; see the table.`,
    restPart: (name: string, value: string) => `${name} (${value})`,
  },
  noGraduates: 'no graduates',
  kecamatanCounts:
    'This page counts two different things. Training: residents of this kecamatan, by where they live, also per 1,000 residents. Demand: positions in vacancies whose place of work is in this kecamatan, whoever fills them. Residents work in other kecamatan and employers hire from the whole city, so the two cannot be compared directly.',
  excelCsv: 'CSV for Excel set to Indonesian',
  mapBins: {
    bin: (from: string, to: string) => `${from} to under ${to}`,
    last: (from: string, to: string) => `${from} to ${to}`,
    note: 'Map colour classes: each includes its lower bound but not its upper one (the highest includes both); values rounded to one decimal.',
  },
  provisional: {
    label: 'provisional',
    period: (period: string) => `${period} (provisional)`,
    note: (periods: string) =>
      `Figures for ${periods} are provisional: their sources have not finished reporting that period, so they may still rise in the next release.`,
  },
  poolStock: (who: string, n: string, period: string) => `${n} people certified as ${who} held a valid certificate at the end of ${period}`,
  flows: {
    ytd: (year: string, until: string) => `${year} to ${until}`,
    last4: (first: string, last: string) => `latest 4 quarters (${first} – ${last})`,
    part: (label: string, value: string) => `${label}: ${value}`,
    times: (ratio: string) => `${ratio}×`,
    counts: (demand: string, supply: string) => `${demand} positions, ${supply} people`,
    shift: (lower: boolean, ratio: string) => `latest 4 quarters much ${lower ? 'lower' : 'higher'}: ${ratio}`,
    heading: 'Key figures',
    sentence: (supply: string, parts: string) => `Demand against ${supply}: ${parts}.`,
    ratio: 'Demand ÷ supply',
    demand: 'Demand (positions posted)',
    period: 'Period',
  },
  howToRead: {
    heading: 'How to read',
    items: [
      'Demand: positions in the vacancies posted in the period (one vacancy can seek several people).',
      'Completed training: people who finished vocational training in the period.',
      'Certified: people assessed competent by an LSP/BNSP in the period — including experienced workers tested directly, without training.',
      'Active certificate holders: everyone whose certificate is still valid at the end of the quarter. A stock, not a flow: its chart is not compared with quarterly vacancies.',
      'The key figure compares a flow with a flow over the same periods: positions posted and people certified in the same year or four quarters.',
      'A gap between demand and supply is not a count of unfilled jobs: experienced workers and commuters from outside the city fill vacancies too.',
    ],
  },
  gapChart: {
    values: 'Numbers at the right of each row: positions posted vs people certified. Each occupation name links to its page.',
  },

  supply: {
    heading: 'What counts as certified',
    intro:
      'Certified supply counts people assessed competent in the schemes below. Certification need not follow training: experienced workers can take the competency test directly or through recognition of prior learning (RPL). So the certified can outnumber those who completed training, even where there was no training at all.',
    schemesLabel: 'Schemes counted:',
    noSchemes: 'The data holds no certification scheme for this occupation, so its certified supply is always zero.',
    licenceOnly: (licence: string, issuer: string, basis: string) =>
      `This occupation's licence, ${licence}, is issued by ${issuer} under ${basis}, outside LSP/BNSP and Kemnaker. This data does not contain it: zero certified here does not mean there are no licensed workers.`,
    licenceAlso: (licence: string, issuer: string, basis: string) =>
      `Some workers in this occupation hold ${licence} from ${issuer} under ${basis}. That licence is not in this data, so certified supply may be lower than in reality.`,
    methodologyHeading: 'Certified without training, and licences outside the data',
    methodologyColumns: { occupation: 'Occupation', schemes: 'Schemes counted', outside: 'Licences outside the data' },
  },

  mapHighlight: {
    legend: (name: string) => `Kecamatan ${name} (thick orange outline)`,
    description: (name: string) => `Kecamatan ${name}, the subject of this page, is marked with a thick orange outline.`,
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
