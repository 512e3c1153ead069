// Preloaded with `node --import` into a build run by a test: makes file system calls fail or the
// process die, where a real disk or a real crash would, without needing either. LM_FS_FAULTS (JSON):
//   fail:  [{ call, path, code }]  the call `call` on a path containing `path` throws `code` (ENOSPC, EACCES…)
//   kill:  { under, at }           SIGKILL just before the `at`-th (1-based) call that changes an entry
//                                  under `under` (rename, link, symlink, remove, unlink, mkdir)
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

interface Faults {
  fail?: { call: string; path: string; code: string }[];
  kill?: { under: string; at: number };
}

const faults = JSON.parse(process.env.LM_FS_FAULTS ?? '{}') as Faults;
const CHANGES = new Set(['renameSync', 'linkSync', 'symlinkSync', 'rmSync', 'unlinkSync', 'mkdirSync']);
const CALLS = [...CHANGES, 'writeFileSync', 'readdirSync', 'statSync', 'openSync'];
let changes = 0;

const patched = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const call of CALLS) {
  const original = patched[call];
  patched[call] = function (this: unknown, ...args: unknown[]) {
    const paths = args.filter((a): a is string => typeof a === 'string');
    for (const f of faults.fail ?? []) {
      if (f.call === call && paths.some((p) => p.includes(f.path))) {
        throw Object.assign(new Error(`${f.code}: simulated, ${call} '${paths[0]}'`), {
          code: f.code,
          syscall: call.replace(/Sync$/, ''),
          path: paths[0],
        });
      }
    }
    if (faults.kill && CHANGES.has(call) && paths.some((p) => p.startsWith(faults.kill!.under))) {
      changes++;
      if (changes === faults.kill.at) process.kill(process.pid, 'SIGKILL');
    }
    return original.apply(this, args);
  };
}
syncBuiltinESMExports();
