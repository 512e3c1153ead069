// What the data build may write, and how (docs/data-rules.md, "Output folder"). The build only ever
// replaces what it made itself: an `--out` folder carrying OUTPUT_MARKER (or empty, absent, or holding
// only the published files, as builds before the marker left it) and a `--report` file that starts
// with the reject report's header. Never the input, the current directory, a parent of either, or a
// repository.
//
// The swap: `--out` is a symbolic link to the newest complete build, kept beside it in
// `.<out>.builds/`. A build is written there in full, then a new link is renamed over `--out`: one
// rename, atomic, so a reader (or a crash, SIGKILL included, at any moment) finds either the previous
// publication or the new one, never a missing or half-written folder. Only the first build into a
// real folder (an `--out` made before the link) has a moment without `--out`, between two renames;
// the next build puts the old folder back if a crash happened there.

import {
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { message, type Message } from './messages.ts';
import { processAlive } from '../process-alive.ts';

/** Written into every output folder the build makes: its mark of ownership. */
export const OUTPUT_MARKER = '.link-and-match-output';
const MARKER_TEXT = '{"made_by":"link-and-match-cilegon data build","note":"the next build may replace this folder"}\n';

/** The files a build publishes: a folder holding only these (no marker yet) was made by an earlier build. */
export const PUBLISHED_FILES = ['facts.csv', 'meta.json', 'reference.json', 'demand.json'] as const;

/** The reject report's header line: an existing file starting with it is a report this tool wrote. */
export const REPORT_HEADER = 'dataset,file,line,column,value,reason';

/** Where the builds behind `--out` are kept: a hidden sibling folder. */
export function buildsFolder(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.builds`);
}

export function lockFile(out: string): string {
  return `${out}.lock`;
}

/** An absolute path whose existing folders are resolved through symbolic links (the last part is not). */
function placeOf(given: string): string {
  const absolute = path.resolve(given);
  const parent = path.dirname(absolute);
  if (parent === absolute) return absolute;
  let existing = parent;
  const rest: string[] = [];
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  let real = existing;
  try {
    real = realpathSync(existing);
  } catch {
    // An unreadable folder on the way: compare the path as given.
  }
  return path.join(real, ...rest, path.basename(absolute));
}

function realOrResolved(given: string): string {
  try {
    return realpathSync(given);
  } catch {
    return placeOf(given);
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isMarked(folder: string): boolean {
  try {
    return lstatSync(path.join(folder, OUTPUT_MARKER)).isFile();
  } catch {
    return false;
  }
}

/** A folder the build may replace: empty, marked, or holding only published files (an unmarked build of an earlier version). */
export function isOwnFolder(folder: string): boolean {
  const names = readdirSync(folder);
  if (names.length === 0 || isMarked(folder)) return true;
  return names.every((name) => (PUBLISHED_FILES as readonly string[]).includes(name) && lstatSync(path.join(folder, name)).isFile());
}

/** The build a link made by the build points to, or null when `out` is not such a link. */
function ownLinkTarget(out: string): string | null {
  if (!lstatSync(out, { throwIfNoEntry: false })?.isSymbolicLink()) return null;
  const target = path.resolve(path.dirname(out), readlinkSync(out));
  return path.dirname(target) === buildsFolder(out) && isMarked(target) ? target : null;
}

const refuse = (id: string, en: string): Message => message(id, en);

/**
 * Why the build must not write `out` or `report`, or null when it may. Reads only: nothing is touched.
 * `input` is the exports folder, `cwd` where the command runs.
 */
export function outputRefusal(options: { input: string; out: string; report: string; cwd?: string }): Message | null {
  const { out: outGiven, report: reportGiven } = options;
  if (outGiven.trim() === '') {
    return refuse(
      '--out kosong: sebutkan folder terbitan, misalnya --out site-data (variabel yang belum diisi?)',
      '--out is empty: name the output folder, e.g. --out site-data (an unset variable?)',
    );
  }
  if (reportGiven.trim() === '') {
    return refuse(
      '--report kosong: sebutkan berkas laporan, misalnya --report reports/rejected-rows.csv',
      '--report is empty: name the report file, e.g. --report reports/rejected-rows.csv',
    );
  }
  const input = realOrResolved(options.input);
  const cwd = realOrResolved(options.cwd ?? process.cwd());
  const out = placeOf(outGiven);
  const o = `--out ${outGiven}`;
  const choose = ['pilih folder baru atau kosong untuk --out', 'choose a new or empty folder for --out'];
  if (isWithin(input, out)) {
    return refuse(
      `${o}: ini folder input (--input) atau folder di atasnya; build tidak pernah menimpanya: ${choose[0]}`,
      `${o}: this is the input folder (--input) or a folder above it; the build never replaces it: ${choose[1]}`,
    );
  }
  if (isWithin(out, input)) {
    return refuse(
      `${o}: folder ini ada di dalam folder input (--input); terbitan tidak boleh berada di antara ekspor: ${choose[0]}`,
      `${o}: this folder is inside the input folder (--input); the output must not sit among the exports: ${choose[1]}`,
    );
  }
  if (isWithin(cwd, out)) {
    return refuse(
      `${o}: ini folder kerja saat ini atau folder di atasnya; build tidak pernah menimpanya: ${choose[0]}`,
      `${o}: this is the current directory or a folder above it; the build never replaces it: ${choose[1]}`,
    );
  }
  if (existsSync(path.join(out, '.git'))) {
    return refuse(
      `${o}: folder ini adalah repositori git (berisi .git); build tidak pernah menimpanya: ${choose[0]}`,
      `${o}: this folder is a git repository (it holds .git); the build never replaces it: ${choose[1]}`,
    );
  }
  const outStat = lstatSync(out, { throwIfNoEntry: false });
  if (outStat?.isSymbolicLink() && ownLinkTarget(out) === null) {
    return refuse(
      `${o}: ini tautan simbolik yang tidak dibuat oleh build; build tidak menimpanya: hapus tautan itu atau ${choose[0]}`,
      `${o}: this is a symbolic link the build did not make; the build does not replace it: remove that link or ${choose[1]}`,
    );
  }
  if (outStat && !outStat.isSymbolicLink() && !outStat.isDirectory()) {
    return refuse(
      `${o}: ini sebuah berkas, bukan folder; build tidak menimpanya: ${choose[0]}`,
      `${o}: this is a file, not a folder; the build does not replace it: ${choose[1]}`,
    );
  }
  if (outStat?.isDirectory() && !isOwnFolder(out)) {
    const example = readdirSync(out)
      .filter((n) => n !== OUTPUT_MARKER && !(PUBLISHED_FILES as readonly string[]).includes(n))
      .sort()[0];
    return refuse(
      `${o}: folder ini berisi berkas yang tidak dibuat oleh build (misalnya ${example}) dan tidak bertanda ${OUTPUT_MARKER}; build tidak pernah menimpanya: ${choose[0]}`,
      `${o}: this folder holds files the build did not make (e.g. ${example}) and no ${OUTPUT_MARKER} mark; the build never replaces it: ${choose[1]}`,
    );
  }
  return reportRefusal(reportGiven, input, out);
}

function reportRefusal(given: string, input: string, out: string): Message | null {
  const r = `--report ${given}`;
  const report = realOrResolved(given);
  const choose = [
    'pilih berkas lain untuk --report, misalnya reports/rejected-rows.csv',
    'choose another file for --report, e.g. reports/rejected-rows.csv',
  ];
  if (isWithin(report, input)) {
    return refuse(
      `${r}: berkas ini ada di dalam folder input (--input): ${choose[0]}`,
      `${r}: this file is inside the input folder (--input): ${choose[1]}`,
    );
  }
  const outTarget = ownLinkTarget(out);
  if (isWithin(report, out) || isWithin(report, buildsFolder(out)) || (outTarget !== null && isWithin(report, outTarget))) {
    return refuse(
      `${r}: laporan ini privat dan tidak boleh berada di dalam folder terbitan (--out): ${choose[0]}`,
      `${r}: this report is private and must not sit inside the output folder (--out): ${choose[1]}`,
    );
  }
  const stat = statSync(report, { throwIfNoEntry: false });
  if (stat === undefined) return null;
  if (!stat.isFile()) {
    return refuse(
      `${r}: ini bukan berkas biasa (sebuah folder?); build tidak menimpanya: ${choose[0]}`,
      `${r}: this is not a plain file (a folder?); the build does not replace it: ${choose[1]}`,
    );
  }
  if (stat.size > 0 && !startsWithReportHeader(report)) {
    return refuse(
      `${r}: berkas ini ada dan bukan laporan baris ditolak (baris pertamanya bukan "${REPORT_HEADER}"); build tidak menimpanya: ${choose[0]}`,
      `${r}: this file exists and is not a reject report (its first line is not "${REPORT_HEADER}"); the build does not replace it: ${choose[1]}`,
    );
  }
  return null;
}

function startsWithReportHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(REPORT_HEADER.length + 2);
    const read = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, read).toString('utf8');
    return (
      text === REPORT_HEADER ||
      text.startsWith(`${REPORT_HEADER}\n`) ||
      text.startsWith(`${REPORT_HEADER}\r`) ||
      text.startsWith(`${REPORT_HEADER},`)
    );
  } finally {
    closeSync(fd);
  }
}

function lockHolder(lock: string): number | null {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface OutputLock {
  release(): void;
}

/**
 * Takes `<out>.lock` (holding this process's id) so that two builds never write one `--out` at once;
 * a lock whose process has ended is stale and taken over. The id is written before the lock appears
 * (a hard link of a finished file), so a lock is never seen empty. Returns why not when another
 * build holds it.
 */
export function lockOutput(outGiven: string): OutputLock | Message {
  const out = placeOf(outGiven);
  const lock = lockFile(out);
  mkdirSync(path.dirname(out), { recursive: true });
  const mine = `${lock}-${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(mine, lock);
        return { release: () => rmSync(lock, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder(lock);
      if (holder !== null && holder !== process.pid && processAlive(holder)) {
        return message(
          `--out ${outGiven}: build lain (proses ${holder}) sedang menulis folder ini; tunggu sampai selesai lalu jalankan lagi. Jika tidak ada build yang berjalan, hapus ${lock}`,
          `--out ${outGiven}: another build (process ${holder}) is writing this folder; wait for it to finish and run again. If no build is running, delete ${lock}`,
        );
      }
      rmSync(lock, { force: true });
    }
    return message(
      `--out ${outGiven}: kunci ${lock} tidak dapat diambil; jalankan lagi`,
      `--out ${outGiven}: the lock ${lock} could not be taken; run again`,
    );
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Tidies what earlier runs into `out` left behind (call with the lock held): an `--out` missing after
 * a crash in the middle of the first swap gets its old folder back; partial builds, superseded builds
 * and the `<out>.tmp-PID` / `<out>.old-PID` folders of ended processes are removed when the build made
 * them (marked, or holding only published files), and so are their `<out>.link-PID` / `<out>.lock-PID`
 * files. Returns the folders it put back or removed, for the summary.
 */
export function cleanLeftovers(outGiven: string): string[] {
  const out = placeOf(outGiven);
  const done: string[] = [];
  const parent = path.dirname(out);
  if (!existsSync(parent)) return done;
  const pattern = new RegExp(`^${path.basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old|link|lock)-(\\d+)$`);
  for (const name of readdirSync(parent).sort()) {
    const match = pattern.exec(name);
    if (!match || (processAlive(Number(match[2])) && Number(match[2]) !== process.pid)) continue;
    const full = path.join(parent, name);
    const stat = lstatSync(full);
    // A link to a build, or the id file of a lock, that a run made just before it ended.
    if (match[1] === 'link' || match[1] === 'lock') {
      if (stat.isSymbolicLink() || stat.isFile()) unlinkSync(full);
      continue;
    }
    if (!stat.isDirectory() || !isOwnFolder(full)) continue;
    if (match[1] === 'old' && lstatSync(out, { throwIfNoEntry: false }) === undefined) {
      renameSync(full, out);
      done.push(`${full} → ${out}`);
    } else {
      rmSync(full, { recursive: true, force: true });
      done.push(full);
    }
  }
  const builds = buildsFolder(out);
  if (existsSync(builds)) {
    const current = ownLinkTarget(out);
    for (const name of readdirSync(builds)) {
      const full = path.join(builds, name);
      if (full === current || !lstatSync(full).isDirectory() || !isMarked(full)) continue;
      rmSync(full, { recursive: true, force: true });
      done.push(full);
    }
  }
  return done;
}

/**
 * Publishes `files` as `out` (call with the lock held, after outputRefusal said yes): written in full
 * into a new marked folder beside it, then switched in with one atomic rename of a link.
 */
export function publishFolder(outGiven: string, files: Record<string, string>): void {
  const out = placeOf(outGiven);
  const builds = buildsFolder(out);
  mkdirSync(builds, { recursive: true });
  // Not mkdtemp: its folders are private to the owner (0700), and a web server must read this one.
  const build = path.join(builds, `${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(build);
  try {
    // The mark first: a build cut short is still recognised as ours, and removed by the next run.
    writeFileSync(path.join(build, OUTPUT_MARKER), MARKER_TEXT);
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(path.join(build, name), content);
    }
    switchLink(out, path.relative(path.dirname(out), build));
  } catch (error) {
    if (ownLinkTarget(out) !== build) rmSync(build, { recursive: true, force: true });
    throw error;
  }
  for (const name of readdirSync(builds)) {
    const full = path.join(builds, name);
    if (full !== build && isMarked(full)) rmSync(full, { recursive: true, force: true });
  }
}

/** Points `out` at `target` (relative to its folder), replacing a link atomically, or a folder made before the link. */
function switchLink(out: string, target: string): void {
  const link = `${out}.link-${process.pid}`;
  rmSync(link, { force: true });
  // 'junction' lets Windows make a folder link without administrator rights; POSIX ignores it.
  symlinkSync(target, link, 'junction');
  const stat = lstatSync(out, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    // A real folder, from before the link: it steps aside for a moment (cleanLeftovers restores it after a crash here).
    const old = `${out}.old-${process.pid}`;
    renameSync(out, old);
    renameSync(link, out);
    rmSync(old, { recursive: true, force: true });
    return;
  }
  renameSync(link, out);
}

/**
 * For the other commands that rewrite a folder (the sample generator, the sample's releases): why
 * `given` (named by `option`) must not be replaced, or null. Never empty, the current directory or a
 * folder above it, a repository, or anything but a folder; a non-empty folder only when `isOwn` says
 * the command made it.
 */
export function folderRefusal(
  given: string,
  option: string,
  isOwn: (folder: string) => boolean,
  cwd: string = process.cwd(),
): Message | null {
  const o = `${option} ${given}`;
  if (given.trim() === '') return refuse(`${option} kosong: sebutkan foldernya`, `${option} is empty: name the folder`);
  const folder = placeOf(given);
  if (isWithin(realOrResolved(cwd), folder)) {
    return refuse(
      `${o}: ini folder kerja saat ini atau folder di atasnya; tidak pernah ditimpa: pilih folder lain`,
      `${o}: this is the current directory or a folder above it; it is never replaced: choose another folder`,
    );
  }
  if (existsSync(path.join(folder, '.git'))) {
    return refuse(
      `${o}: folder ini adalah repositori git (berisi .git); tidak pernah ditimpa: pilih folder lain`,
      `${o}: this folder is a git repository (it holds .git); it is never replaced: choose another folder`,
    );
  }
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  if (stat === undefined) return null;
  if (!stat.isDirectory()) {
    return refuse(
      `${o}: ini bukan folder (berkas atau tautan); tidak ditimpa: pilih folder lain`,
      `${o}: this is not a folder (a file or a link); it is not replaced: choose another folder`,
    );
  }
  if (readdirSync(folder).length > 0 && !isOwn(folder)) {
    return refuse(
      `${o}: folder ini berisi berkas yang tidak dibuat oleh perintah ini; tidak pernah ditimpa: pilih folder baru atau kosong`,
      `${o}: this folder holds files this command did not make; it is never replaced: choose a new or empty folder`,
    );
  }
  return null;
}
