// Preloaded (`node --import`) into a command the benchmark times, so that the command runs unchanged
// and still reports its own peak memory: on exit, its maxRSS (KiB) goes to the file in BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })));
