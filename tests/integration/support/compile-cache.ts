// The commands these tests spawn (`node scripts/…`, `npm run …`) each load and compile the same
// TypeScript and modules again: about half the CPU time of a small build. Node's on-disk compile
// cache keeps the compiled code between processes (keyed by each file's content, so an edited file
// is compiled afresh) and changes nothing a command does or prints. Imported for this effect by
// helpers.ts, so it applies to every spawn of a test file that uses the helpers.
import path from 'node:path';

process.env.NODE_COMPILE_CACHE ??= path.resolve(import.meta.dirname, '../../../tmp/node-compile-cache');
