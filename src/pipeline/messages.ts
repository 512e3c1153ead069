// A message for people: Indonesian first, English second. Errors are values carrying these
// until the edge (console, report, page) that prints them.

export interface Message {
  id: string;
  en: string;
}

/** The project's two languages, Bahasa Indonesia (`id`) first and English (`en`): of messages, reports, docs and pages. */
export type Lang = keyof Message;

export function message(id: string, en: string): Message {
  return { id, en };
}

/** One line for a console or a report column: "Indonesian / English". */
export function bilingual(m: Message): string {
  return m.id === m.en ? m.id : `${m.id} / ${m.en}`;
}
