/** The closing of a message: valediction ("Kind regards") and the lines after it. */
export interface SignOff {
  /** "Kind regards", "Yours sincerely", … as written, when present. */
  readonly valediction?: string;
  /** Non-empty lines after the valediction (or the last short lines when there is none). */
  readonly lines: readonly string[];
  /** The signer's name line (first line that looks like a name). */
  readonly name?: string;
  /** Offset in the new text where the sign-off starts; text before it is the body proper. */
  readonly start: number;
}

const VALEDICTION =
  /^(?:(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|all\s+the\s+best)?\s*(?:regards|wishes|thanks)|yours\s+(?:sincerely|faithfully|truly)|(?:many\s+)?thanks(?:\s+(?:again|in\s+advance))?|thank\s+you|cheers|regards|best|sincerely|respectfully)\s*[,.!]?$/i;

const MAX_SIGNOFF_LINES = 12;

/**
 * Find the sign-off at the foot of the new text. Looks for the last valediction line among the
 * closing lines; the signer's name is the first following line that reads like a name.
 */
export function findSignOff(newText: string): SignOff | undefined {
  const lines = newText.replace(/\r\n?/g, '\n').split('\n');
  const offsets: number[] = [];
  let pos = 0;
  for (const l of lines) {
    offsets.push(pos);
    pos += l.length + 1;
  }
  // Look only at the last lines: a valediction far above the end is part of the body.
  const firstCandidate = Math.max(0, lastNonEmpty(lines) - MAX_SIGNOFF_LINES - 4);
  for (let i = lines.length - 1; i >= firstCandidate; i--) {
    const line = lines[i].trim();
    if (line && VALEDICTION.test(line)) {
      const rest = lines.slice(i + 1).map((l) => l.trim()).filter(Boolean).slice(0, MAX_SIGNOFF_LINES);
      return { valediction: line.replace(/[,.!]$/, ''), lines: rest, name: rest.find(looksLikeName), start: offsets[i] };
    }
  }
  return undefined;
}

function lastNonEmpty(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim()) return i;
  return 0;
}

/** "Cllr Jane Smith", "Jane", "J. Smith (Cllr)": short, capitalised, no sentence punctuation. */
export function looksLikeName(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 60 || /[@:;?!]|\d{3,}|https?:/.test(text)) return false;
  const words = text.replace(/\([^)]*\)/g, '').trim().split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => /^(?:[A-Z][\p{L}'’.-]*|Cllr\.?|Councillor|[A-Z]\.?)$/u.test(w));
}
