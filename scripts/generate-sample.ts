// npm run sample [-- OUT_DIR]: rewrites data/sample/ (or OUT_DIR) with the synthetic sample exports
// and prints what they hold. The work is in src/sample/.
import { fileURLToPath } from 'node:url';
import { generateSample } from '../src/sample/generate.ts';
import { loadSampleReference } from '../src/sample/reference.ts';
import { consoleText } from '../src/sample/summary.ts';
import { bilingual } from '../src/pipeline/messages.ts';
import { sampleFolderRefusal, writeSample } from '../src/sample/write.ts';

const out = process.argv[2] ?? fileURLToPath(new URL('../data/sample/', import.meta.url));
const refusal = sampleFolderRefusal(out);
if (refusal) {
  console.error(`DITOLAK / REFUSED: ${bilingual(refusal)}\nTidak ada yang diubah / nothing was changed.`);
  process.exit(2);
}
const { files, summary } = generateSample(await loadSampleReference());
writeSample(out, files);
console.log(consoleText(summary));
console.log(`wrote ${files.length} files to ${out}`);
