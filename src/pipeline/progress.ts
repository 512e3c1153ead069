// Feedback while a long input is read (issue 9, target 4). On a terminal: one line per file, redrawn
// in place (rows, rows per second, percent of the file's bytes, time left). In a CI log (no TTY): a
// plain line every few seconds, the wait between lines doubling every LINES_PER_DOUBLING lines, so
// that any run stays within a few hundred lines (an hour: 120, a day: 240, a week: 310). A file read
// within the first interval shows nothing: the summary names it with its counts anyway.

import { forTerminal } from './escape.ts';

/** The signature ingest reports progress with. */
export type OnProgress = (file: string, bytesRead: number, bytesTotal: number, rowsRead: number) => void;

export interface ProgressOptions {
  /** Writes text as it is (process.stderr.write). */
  write: (text: string) => void;
  /** Redraw one line in place (a terminal), or print plain lines (a log). */
  tty: boolean;
  /** Terminal width; a longer line would wrap and could no longer be redrawn in place. */
  columns?: number;
  /** Milliseconds; Date.now unless testing. */
  now?: () => number;
}

export interface Progress {
  update: OnProgress;
  /** Ends the current file's line; call before printing anything else. */
  done: () => void;
}

/** Without a TTY: first line after this long in a file, then at this interval (doubling, see below). */
export const LOG_INTERVAL_MS = 5000;
export const LINES_PER_DOUBLING = 25;
/** On a TTY: a file shows once it has taken this long, and is redrawn at most this often. */
export const TTY_DELAY_MS = 1000;
export const TTY_REDRAW_MS = 100;

const CLEAR_TO_END = '\u001b[K';

interface FileState {
  name: string;
  started: number;
  shown: boolean;
  next: number;
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}

/** `h:mm:ss`, or `m:ss` under an hour. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The progress of one file: `peserta.csv: 62 % · 1234567 baris/rows · 85000 baris/rows/s · sisa/left 0:12`. */
export function progressLine(file: string, bytesRead: number, bytesTotal: number, rows: number, elapsedMs: number): string {
  const share = bytesTotal > 0 ? bytesRead / bytesTotal : 1;
  const rate = elapsedMs > 0 ? Math.round((rows * 1000) / elapsedMs) : 0;
  const left = share > 0 ? formatDuration((elapsedMs * (1 - share)) / share) : '?';
  return `${forTerminal(file)}: ${Math.floor(100 * share)} % · ${rows} baris/rows · ${rate} baris/rows/s · sisa/left ${left}`;
}

/** The line a file ends with once it has shown progress. */
export function finishedLine(file: string, elapsedMs: number): string {
  return `${forTerminal(file)}: selesai/done dalam/in ${formatDuration(elapsedMs)}`;
}

/** A line cut to `columns − 1` characters (a full-width line makes some terminals wrap), its end kept. */
function fit(line: string, columns: number | undefined): string {
  if (!columns || columns < 20 || line.length < columns) return line;
  return `…${line.slice(line.length - columns + 2)}`;
}

export function progressReporter(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  let current: FileState | null = null;
  let logLines = 0;
  const logInterval = () => LOG_INTERVAL_MS * 2 ** Math.floor(logLines / LINES_PER_DOUBLING);

  const show = (file: FileState, at: number) => {
    const line = progressLine(file.name, file.bytesRead, file.bytesTotal, file.rows, at - file.started);
    if (options.tty) {
      options.write(`\r${fit(line, options.columns)}${CLEAR_TO_END}`);
      file.next = at + TTY_REDRAW_MS;
    } else {
      options.write(`${line}\n`);
      logLines++;
      file.next = at + logInterval();
    }
    file.shown = true;
  };

  const finish = () => {
    if (current?.shown) {
      const line = finishedLine(current.name, now() - current.started);
      options.write(options.tty ? `\r${fit(line, options.columns)}${CLEAR_TO_END}\n` : `${line}\n`);
      if (!options.tty) logLines++;
    }
    current = null;
  };

  return {
    update(name, bytesRead, bytesTotal, rows) {
      const at = now();
      if (current?.name !== name) {
        finish();
        current = {
          name,
          started: at,
          shown: false,
          next: at + (options.tty ? TTY_DELAY_MS : LOG_INTERVAL_MS),
          bytesRead,
          bytesTotal,
          rows,
        };
      }
      Object.assign(current, { bytesRead, bytesTotal, rows });
      if (at >= current.next) show(current, at);
    },
    done: finish,
  };
}

/** Progress on standard error, as the commands print it: in place on a terminal, plain lines in a log. */
export function stderrProgress(): Progress {
  return progressReporter({
    write: (text) => process.stderr.write(text),
    tty: process.stderr.isTTY === true,
    columns: process.stderr.columns,
  });
}
