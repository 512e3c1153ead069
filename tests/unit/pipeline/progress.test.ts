import { describe, expect, it } from 'vitest';
import { finishedLine, formatDuration, progressLine, progressReporter } from '../../../src/pipeline/progress.ts';

/** A reporter on a fake clock and a fake stream: `at(ms)` sets the time, `out` holds what was written. */
function fake(tty: boolean, columns?: number) {
  let clock = 0;
  const out: string[] = [];
  const progress = progressReporter({ write: (text) => out.push(text), tty, columns, now: () => clock });
  return { progress, out, at: (ms: number) => (clock = ms), text: () => out.join('') };
}

/**
 * Reads a file of `bytes` at `bytesPerSecond`, `rowBytes` a row, reporting every `step` ms as ingest
 * does (once per decoded chunk); time starts at `from`.
 */
function read(f: ReturnType<typeof fake>, name: string, bytes: number, bytesPerSecond: number, step: number, from = 0, rowBytes = 80) {
  const ms = (bytes / bytesPerSecond) * 1000;
  for (let t = 0; t <= ms; t += step) {
    f.at(from + t);
    const read = Math.min(bytes, Math.round((t / 1000) * bytesPerSecond));
    f.progress.update(name, read, bytes, Math.floor(read / rowBytes));
  }
  return from + ms;
}

describe('progress lines', () => {
  it('say percent, rows, rows per second and time left', () => {
    expect(progressLine('peserta.csv', 62_000_000, 100_000_000, 775_000, 10_000)).toBe(
      'peserta.csv: 62 % · 775000 baris/rows · 77500 baris/rows/s · sisa/left 0:06',
    );
    expect(progressLine('lowongan.csv', 1, 3, 10, 3_600_000)).toBe(
      'lowongan.csv: 33 % · 10 baris/rows · 0 baris/rows/s · sisa/left 2:00:00',
    );
    expect(finishedLine('peserta.csv', 83_400)).toBe('peserta.csv: selesai/done dalam/in 1:23');
    expect(formatDuration(59_499)).toBe('0:59');
    expect(formatDuration(3_661_000)).toBe('1:01:01');
  });

  it('escape a file name that holds control characters or a workflow command', () => {
    expect(progressLine('a\u001b[2Jb\r.csv', 1, 2, 3, 1000)).toBe(
      'a\\x1b[2Jb\\r.csv: 50 % · 3 baris/rows · 3 baris/rows/s · sisa/left 0:01',
    );
    expect(progressLine('::error::x.csv', 1, 1, 0, 1)).toMatch(/^\\x3a:error::x\.csv: 100 %/);
  });
});

describe('progress in a log (no TTY)', () => {
  it('prints nothing for a file read within the first interval', () => {
    const f = fake(false);
    const end = read(f, 'small.csv', 10_000_000, 3_000_000, 50);
    f.at(end);
    f.progress.done();
    expect(f.out).toEqual([]);
  });

  it('prints a plain line every 5 seconds, and the time a file took once it has shown progress', () => {
    const f = fake(false);
    read(f, 'peserta.csv', 100_000_000, 4_000_000, 50);
    f.at(25_000);
    f.progress.update('sertifikasi.csv', 0, 1000, 0);
    f.progress.done();
    expect(f.out).toEqual([
      'peserta.csv: 20 % · 250000 baris/rows · 50000 baris/rows/s · sisa/left 0:20\n',
      'peserta.csv: 40 % · 500000 baris/rows · 50000 baris/rows/s · sisa/left 0:15\n',
      'peserta.csv: 60 % · 750000 baris/rows · 50000 baris/rows/s · sisa/left 0:10\n',
      'peserta.csv: 80 % · 1000000 baris/rows · 50000 baris/rows/s · sisa/left 0:05\n',
      'peserta.csv: 100 % · 1250000 baris/rows · 50000 baris/rows/s · sisa/left 0:00\n',
      'peserta.csv: selesai/done dalam/in 0:25\n',
    ]);
    expect(f.text()).not.toMatch(/[\r\u001b]/);
  });

  it('stays within a few hundred lines for any length of run', () => {
    for (const hours of [1, 24, 24 * 7]) {
      const f = fake(false);
      // A file read at 10 kB/s for `hours`, reported every 64 KiB (ingest's decode chunk).
      read(f, 'huge.csv', hours * 36_000_000, 10_000, 6553.6);
      f.progress.done();
      expect(f.out.length).toBeGreaterThan(100);
      expect(f.out.length).toBeLessThanOrEqual(hours === 1 ? 150 : 350);
    }
  });

  it('bounds the lines of many medium files by the files, each shown once it takes long enough', () => {
    const f = fake(false);
    let t = 0;
    for (let i = 0; i < 100; i++) t = read(f, `bulan-${i}.csv`, 6_000_000, 1_000_000, 100, t + 1);
    f.progress.done();
    // Six seconds a file: one progress line after five, then the line saying it is done.
    expect(f.out.length).toBe(200);
  });
});

describe('progress on a terminal (TTY)', () => {
  it('redraws one line in place, at most ten times a second, and ends it when the file is done', () => {
    const f = fake(true);
    read(f, 'peserta.csv', 10_000_000, 2_000_000, 10);
    f.at(5_000);
    f.progress.done();
    const draws = f.out.filter((t) => t.startsWith('\r'));
    // From 1 s to 5 s at most every 100 ms, and the closing line.
    expect(draws.length).toBe(42);
    expect(f.out.slice(0, -1).every((t) => t.startsWith('\rpeserta.csv: ') && t.endsWith('\u001b[K'))).toBe(true);
    expect(f.out[0]).toBe('\rpeserta.csv: 20 % · 25000 baris/rows · 25000 baris/rows/s · sisa/left 0:04\u001b[K');
    expect(f.out.at(-1)).toBe('\rpeserta.csv: selesai/done dalam/in 0:05\u001b[K\n');
    expect(f.text().split('\n').length).toBe(2);
  });

  it('shows nothing for a file read within the first second', () => {
    const f = fake(true);
    const end = read(f, 'kecil.csv', 100_000, 1_000_000, 10);
    f.at(end);
    f.progress.update('berikut.csv', 0, 100, 0);
    f.progress.done();
    expect(f.out).toEqual([]);
  });

  it('cuts a line to the terminal width, keeping its end', () => {
    const f = fake(true, 40);
    read(f, `${'panjang-'.repeat(10)}.csv`, 2_000_000, 1_000_000, 500);
    const line = f.out[0].slice(1, -'\u001b[K'.length);
    expect(line.length).toBe(39);
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('sisa/left 0:01')).toBe(true);
  });
});
