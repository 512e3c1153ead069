// Writing the sample to disk: the folder is emptied first, so it never keeps files of an older run;
// only a folder the generator made (it holds SAMPLE-DATA.txt) or an empty one is ever emptied.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SAMPLE_MARKER_FILE } from '../pipeline/build.ts';
import { bilingual, type Message } from '../pipeline/messages.ts';
import { folderRefusal } from '../pipeline/output.ts';
import type { SampleFile } from './generate.ts';

/** Why the sample must not be written into `dir` (a folder the generator did not make…), or null. */
export function sampleFolderRefusal(dir: string): Message | null {
  return folderRefusal(dir, 'OUT_DIR', (folder) => existsSync(join(folder, SAMPLE_MARKER_FILE)));
}

export function writeSample(dir: string, files: readonly SampleFile[]): void {
  const refusal = sampleFolderRefusal(dir);
  if (refusal) throw new Error(bilingual(refusal));
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
}
