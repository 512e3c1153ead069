// A worker thread that reads dataset files (read-file.ts) and posts their events to ingest, which
// merges them in file order. It reads one file at a time, in the order asked, and waits when ingest
// has not yet taken MAX_UNTAKEN_BATCHES of its batches, so memory stays bounded when it runs ahead.
// The first pass over a file (its encoding and SHA-256, surveyFile) is made by the main thread for
// every file but a worker's first, while the worker parses the file before it (sources.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { revivedReference, type PortableReference } from './portable-reference.ts';
import { surveyFile, type SurveyResult } from '../read/decode.ts';
import { readDatasetFile, type FileEvent, type FileToRead } from './read-file.ts';

/** Batches of ~64 KiB of text each (~80 KB of compact rows): ~10 MiB a worker waiting at most. */
const MAX_UNTAKEN_BATCHES = 128;

export type ToWorker =
  /** `surveyed`: the main thread surveys this file and sends the result (`survey`). */
  | { kind: 'read'; index: number; file: FileToRead; surveyed: boolean }
  | { kind: 'taken' }
  /** The survey of file `index`; null when it failed with an error, and the worker surveys it itself to say why. */
  | { kind: 'survey'; index: number; result: SurveyResult | null };
export type FromWorker = { index: number; event: FileEvent | { kind: 'end' } };

const port = parentPort!;
const reference = revivedReference(workerData as PortableReference);
let untaken = 0;
let resume: (() => void) | null = null;
let queue = Promise.resolve();
const surveys = new Map<number, { promise: Promise<SurveyResult | null>; resolve: (result: SurveyResult | null) => void }>();

/** The survey the main thread sends for file `index`, whether it has come yet or not. */
function surveyOf(index: number) {
  let entry = surveys.get(index);
  if (!entry) {
    let resolve!: (result: SurveyResult | null) => void;
    const promise = new Promise<SurveyResult | null>((r) => (resolve = r));
    surveys.set(index, (entry = { promise, resolve }));
  }
  return entry;
}

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

async function read(index: number, file: FileToRead, surveyed: boolean): Promise<void> {
  const survey = surveyed ? surveyOf(index).promise.then((result) => result ?? surveyFile(file.path)) : undefined;
  for await (const event of readDatasetFile(file, reference, survey)) {
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
  if (message.kind === 'survey') {
    surveyOf(message.index).resolve(message.result);
    return;
  }
  const { index, file, surveyed } = message;
  queue = queue.then(() => read(index, file, surveyed));
});
