import { parseText, type Doc } from './compromise-build';

/** A compromise document. Only code under engine/language/ sees this type. */
export type { Doc };

/**
 * Parse one short piece of text (a candidate sentence) with compromise. Results are memoised for
 * the current check only (see `resetParseCache`) because several rules ask about the same sentence.
 */
const cache = new Map<string, Doc>();
const CACHE_LIMIT = 500;

/** Running totals of NLP work, so the benchmark can report the language layer's share. */
const stats = { calls: 0, ms: 0 };

export function parse(text: string): Doc {
  let doc = cache.get(text);
  if (!doc) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const started = performance.now();
    doc = parseText(text);
    stats.ms += performance.now() - started;
    stats.calls++;
    cache.set(text, doc);
  }
  return doc;
}

export function languageStats(): { readonly calls: number; readonly ms: number } {
  return { ...stats };
}

export function resetParseCache(): void {
  cache.clear();
}

/**
 * A fixed sentence with a request, a named person, a question and a past-tense verb: enough to
 * make compromise build its lexicon and load the verb and people views the rules ask about.
 */
const WARM_UP_SENTENCE = 'Could you ask Sarah Jones whether the report was sent to the committee?';

/**
 * Do compromise's one-off set-up now (lexicon, tagger, verb and people views) rather than on the
 * first real check, so a caller with idle time (the task pane, while Outlook answers its reads)
 * can pay for it early. Goes through `parse` like the rules do; leaves nothing in the cache.
 */
export function warmUp(): void {
  const doc = parse(WARM_UP_SENTENCE);
  doc.verbs().json();
  doc.people().json({ offset: true });
  doc.has('#Person');
  doc.questions().json();
  doc.terms().json();
  cache.delete(WARM_UP_SENTENCE);
}
