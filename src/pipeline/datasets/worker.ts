// A worker thread that reads dataset files (read-file.ts) and posts their events to ingest, which
// merges them in file order. It reads one file at a time, in the order asked, and waits when ingest
// has not yet taken MAX_UNTAKEN_BATCHES of its batches, so memory stays bounded when it runs ahead.

import { parentPort, workerData } from 'node:worker_threads';
import { revivedReference, type PortableReference } from './portable-reference.ts';
import { readDatasetFile, type FileEvent, type FileToRead } from './read-file.ts';

/** Batches of ~64 KiB of text each (~80 KB of compact rows): ~10 MiB a worker waiting at most. */
const MAX_UNTAKEN_BATCHES = 128;

export type ToWorker = { kind: 'read'; index: number; file: FileToRead } | { kind: 'taken' };
export type FromWorker = { index: number; event: FileEvent | { kind: 'end' } };

const port = parentPort!;
const reference = revivedReference(workerData as PortableReference);
let untaken = 0;
let resume: (() => void) | null = null;
let queue = Promise.resolve();

function transferables(event: FileEvent): ArrayBuffer[] {
  if (event.kind !== 'rows') return [];
  const b = event.batch;
  return [
    b.lines,
    b.outcomes,
    b.fingerprints,
    b.fields,
    b.warningRows,
    b.warningKinds,
    ...[b.ids, b.persons, b.links].flatMap((k) => (k ? [k.bytes, k.ends, k.hashes] : [])),
  ].map((a) => a.buffer as ArrayBuffer);
}

async function read(index: number, file: FileToRead): Promise<void> {
  for await (const event of readDatasetFile(file, reference)) {
    port.postMessage({ index, event } satisfies FromWorker, transferables(event));
    if (event.kind === 'rows' && ++untaken >= MAX_UNTAKEN_BATCHES) await new Promise<void>((r) => (resume = r));
  }
  port.postMessage({ index, event: { kind: 'end' } } satisfies FromWorker);
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'taken') {
    untaken--;
    if (resume && untaken < MAX_UNTAKEN_BATCHES / 2) {
      const r = resume;
      resume = null;
      r();
    }
    return;
  }
  queue = queue.then(() => read(message.index, message.file));
});
