// Preloaded (`node --import`) into a command the benchmark times, so that the command runs unchanged
// and still reports its own peak memory and CPU time: on exit, they go to the file in BENCH_USAGE_FILE.
// CPU time (all threads) says more than wall time on a machine other work is loading.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMicroseconds: usage.userCPUTime + usage.systemCPUTime }));
  });
}
