// Why a row is rejected or a value is only warned about — and, where the reason alone does not say
// it, what to change in the file. The fix is written next to its reason (in the parser or rule that
// gives the reason), never in a separate table, so the two cannot drift apart. The reject report
// prints the reason; `npm run data:check` prints both.

import type { Message } from './messages.ts';

export interface Reason extends Message {
  /** What to do about it, in plain words; absent when the reason already says so. */
  fix?: Message;
}

/** A reason with its fix. */
export function withFix(reason: Message, fix: Message): Reason {
  return { id: reason.id, en: reason.en, fix };
}
