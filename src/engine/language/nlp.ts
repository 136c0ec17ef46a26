import nlp from 'compromise';

/** A compromise document. Only code under engine/language/ sees this type. */
export type Doc = ReturnType<typeof nlp>;

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
    doc = nlp(text);
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
