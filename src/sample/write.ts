// Writing the sample to disk: the folder is emptied first, so it never keeps files of an older run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SampleFile } from './generate.ts';

export function writeSample(dir: string, files: readonly SampleFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
}
