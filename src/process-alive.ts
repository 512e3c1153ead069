// Whether a process still runs, for the leftovers of a build that stopped: the data build's output
// lock (src/pipeline/output.ts) and the site build's previous output (src/site/previous-output.ts).

/** True while process `pid` runs (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
