// npm run release:sample: rewrites data/releases/sample/ — the two successive releases of the bundled
// sample (src/releases/sample.ts). Run it after `npm run sample` changes the sample.
import { forTerminal } from '../src/pipeline/escape.ts';
import { RELEASES_ROOT } from '../src/releases/store.ts';
import { writeSampleReleases } from '../src/releases/sample.ts';

const results = await writeSampleReleases({ releases: RELEASES_ROOT });
for (const r of results) console.log(forTerminal(r.summary[r.summary.length - 1]));
