// Where ingest gets each file's events from: read in this thread, or by worker threads that read
// files side by side while ingest merges them in file order (worker.ts). Either way the events of a
// file are the same (read-file.ts), so the published bytes do not depend on the number of workers.

import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReferenceTables } from '../reference.ts';
import { portableReference } from './portable-reference.ts';
import { surveyFile } from '../read/decode.ts';
import { readDatasetFile, type FileEvent, type FileToRead } from './read-file.ts';
import type { FromWorker, ToWorker } from './worker.ts';

export interface FileSource {
  /** The events of file `index` (of the files given), each once, in order. */
  events(index: number): AsyncIterable<FileEvent>;
  /** Stops every worker; reading is over (or abandoned). */
  close(): Promise<void>;
}

/**
 * Below this many bytes of input, starting a worker (~100 ms to load the pipeline's modules) costs
 * more than it saves: the files are read in this thread.
 */
export const WORKERS_MIN_BYTES = 32 << 20;

/**
 * The number of workers: INGEST_WORKERS when set (0 = this thread); for a large input, one a core
 * besides the one the main thread merges on. On 2 cores, national input: one worker took the same
 * time as two (20.0–24.4 s against 19.8–20.9 s) with ~90 MiB less peak memory (741–746 MiB against
 * 832–866 MiB), docs/performance.md.
 */
export function workerCount(files: readonly FileToRead[]): number {
  const asked = process.env.INGEST_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Number(asked);
  const bytes = files.reduce((sum, f) => sum + (statSync(f.path, { throwIfNoEntry: false })?.size ?? 0), 0);
  return bytes < WORKERS_MIN_BYTES ? 0 : Math.max(1, Math.min(availableParallelism() - 1, files.length, 4));
}

/**
 * A worker's heap for new objects. A worker's objects are a batch's strings and records, dead once the
 * batch is posted: V8's default let its heap reach 139 MiB for ~45 MiB of live objects (national
 * input); with 16 MiB it stayed under 57 MiB, in no more CPU time (docs/performance.md).
 */
const WORKER_YOUNG_MB = 16;

export function inThread(files: readonly FileToRead[], reference: ReferenceTables): FileSource {
  return { events: (index) => readDatasetFile(files[index], reference), close: async () => {} };
}

interface Channel {
  events: FileEvent[];
  ended: boolean;
  wake: (() => void) | null;
  worker: Worker;
}

export function inWorkers(files: readonly FileToRead[], reference: ReferenceTables, count: number): FileSource {
  const workerData = portableReference(reference);
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(new URL('./worker.ts', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }),
  );
  let failure: Error | null = null;
  let closing = false;
  const channels: Channel[] = [];
  const wakeAll = () => {
    for (const c of channels) c.wake?.();
  };
  for (const worker of workers) {
    worker.on('message', ({ index, event }: FromWorker) => {
      const channel = channels[index];
      if (event.kind === 'end') channel.ended = true;
      else channel.events.push(event);
      channel.wake?.();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wakeAll();
    });
    // A worker only stops when closed: any other exit, even a clean one, would leave a file half read.
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`an ingest worker stopped (exit code ${code})`);
      wakeAll();
    });
  }
  // Each file to the worker with the fewest bytes to read so far; each worker reads its files in order.
  const load = new Array<number>(count).fill(0);
  const surveyedHere: number[] = [];
  files.forEach((file, index) => {
    const w = load.indexOf(Math.min(...load));
    const surveyed = channels.some((c) => c.worker === workers[w]);
    load[w] += statSync(file.path, { throwIfNoEntry: false })?.size ?? 0;
    channels.push({ events: [], ended: false, wake: null, worker: workers[w] });
    workers[w].postMessage({ kind: 'read', index, file, surveyed } satisfies ToWorker);
    if (surveyed) surveyedHere.push(index);
  });
  // The first pass over every file but a worker's first, here, while the workers parse: the reading
  // worker is the busier thread (national input: 20.7 s busy against the main thread's 16.5 s), and
  // this pass (reading, SHA-256, UTF-8 check) was about a tenth of its work.
  void (async () => {
    for (const index of surveyedHere) {
      if (closing) return;
      const result = await surveyFile(files[index].path).catch(() => null);
      channels[index].worker.postMessage({ kind: 'survey', index, result } satisfies ToWorker);
    }
  })();

  return {
    async *events(index) {
      const channel = channels[index];
      for (;;) {
        if (failure) throw failure;
        const event = channel.events.shift();
        if (event) {
          if (event.kind === 'rows') channel.worker.postMessage({ kind: 'taken' } satisfies ToWorker);
          yield event;
          continue;
        }
        if (channel.ended) return;
        await new Promise<void>((resolve) => (channel.wake = resolve));
        channel.wake = null;
      }
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
