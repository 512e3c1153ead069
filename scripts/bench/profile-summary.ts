// node scripts/bench/profile-summary.ts FILE.cpuprofile [N]: the N functions (default 15) with the
// most self time in a profile written by `node --cpu-prof`, as shares of the whole: the table
// docs/performance.md compares before and after a change.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = '15'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench/profile-summary.ts FILE.cpuprofile [N]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const names = new Map(
  profile.nodes.map((n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? ` ${path.relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
    return [n.id, `${functionName || '(anonymous)'}${where}`];
  }),
);
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const micros = profile.timeDeltas[i] ?? 0;
  total += micros;
  self.set(names.get(id)!, (self.get(names.get(id)!) ?? 0) + micros);
});
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${((100 * micros) / total).toFixed(1).padStart(5)} %  ${(micros / 1e6).toFixed(2).padStart(7)} s  ${name}`);
}
