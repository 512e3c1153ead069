// npm run sample [-- OUT_DIR]: rewrites data/sample/ (or OUT_DIR) with the synthetic sample exports
// and prints what they hold. The work is in src/sample/.
import { fileURLToPath } from 'node:url';
import { generateSample } from '../src/sample/generate.ts';
import { loadSampleReference } from '../src/sample/reference.ts';
import { consoleText } from '../src/sample/summary.ts';
import { writeSample } from '../src/sample/write.ts';

const out = process.argv[2] ?? fileURLToPath(new URL('../data/sample/', import.meta.url));
const { files, summary } = generateSample(loadSampleReference(new URL('../data/reference/', import.meta.url)));
writeSample(out, files);
console.log(consoleText(summary));
console.log(`wrote ${files.length} files to ${out}`);
