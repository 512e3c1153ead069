// Reference tables across a thread boundary: structured clone copies Maps and plain objects, but not
// the compiled job-title patterns (RE2 objects in WebAssembly memory), which go as their text and are
// compiled again on the other side.

import type { JobTitleRule, ReferenceTables } from '../reference.ts';
import { compilePattern } from '../titles.ts';

export interface PortableReference extends Omit<ReferenceTables, 'jobTitles'> {
  jobTitles: { source: string; exclude: string | null; occupationCode: string }[];
}

export function portableReference(reference: ReferenceTables): PortableReference {
  return {
    ...reference,
    jobTitles: reference.jobTitles.map((r) => ({ source: r.source, exclude: r.exclude?.source ?? null, occupationCode: r.occupationCode })),
  };
}

export function revivedReference(portable: PortableReference): ReferenceTables {
  const compiled = new Map<string, JobTitleRule['pattern']>();
  const compile = (source: string) => {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
      const result = compilePattern(source);
      // It compiled when the tables were loaded: this is the same text with the same flags.
      if (!result.ok) throw new Error(`job title pattern no longer compiles: ${source}`);
      compiled.set(source, (pattern = result.pattern));
    }
    return pattern;
  };
  const jobTitles = portable.jobTitles.map((r) => ({
    pattern: compile(r.source),
    source: r.source,
    exclude: r.exclude === null ? null : compile(r.exclude),
    occupationCode: r.occupationCode,
  }));
  return { ...portable, jobTitles };
}
