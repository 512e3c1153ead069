// Fixture files for the reader's tests: bytes written by the test itself into a temporary folder.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { readCsv, type CsvEvent, type ReadOptions } from '../../../src/pipeline/read/csv.ts';

/** A fresh temporary folder, removed after the test file's tests. */
export function temporaryFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lm-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` (bytes, or text as UTF-8) to `name` under `dir`, creating folders; returns its path. */
export function writeFixture(dir: string, name: string, content: Uint8Array | string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

export async function readAll(file: string, options?: ReadOptions): Promise<CsvEvent[]> {
  const events: CsvEvent[] = [];
  for await (const event of readCsv(file, options)) events.push(event);
  return events;
}

/** The data records of a read, as [line, ...fields]. */
export function recordsOf(events: readonly CsvEvent[]): (number | string)[][] {
  return events.flatMap((e) => (e.kind === 'records' ? e.records.map((r) => [r.line, ...r.fields]) : []));
}

export function openedOf(events: readonly CsvEvent[]): Extract<CsvEvent, { kind: 'opened' }> {
  const opened = events.find((e) => e.kind === 'opened');
  if (!opened || opened.kind !== 'opened') throw new Error(`no 'opened' event in ${JSON.stringify(events)}`);
  return opened;
}

export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export function utf16be(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
}
