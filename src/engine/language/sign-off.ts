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

export interface SignOffOptions {
  /**
   * Also accept a closing block with no valediction: the last short lines, starting with a name
   * ("Colin Hargreaves / Deputy Leader"). Off by default because such a block is a guess.
   */
  readonly withoutValediction?: boolean;
}

const VALEDICTION =
  /^(?:(?:with\s+)?(?:(?:very\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|much|good)|all\s+(?:the\s+)?best|every\s+good)?\s*(?:regards|wishes|thanks)(?:\s+(?:and|&)\s+(?:(?:kind(?:est)?|best|warm(?:est)?)\s+)?(?:regards|wishes))?|yours(?:\s+(?:sincerely|faithfully|truly|ever|aye))?|(?:many\s+)?thanks(?:\s+(?:again|in\s+advance|very\s+much|so\s+much|a\s+lot|for\s+now))?|thank\s+you(?:\s+(?:again|very\s+much|so\s+much|in\s+advance))?|all\s+(?:the\s+)?best|cheers|regards|best|sincerely|respectfully|warmly|take\s+care|speak\s+soon|with\s+(?:thanks|gratitude|appreciation))\s*[,.!]?$/i;

/** A signature separator ("-- ", a rule of underscores or asterisks) that starts a footer. */
const SEPARATOR = /^\s*(?:--+\s*$|__{2,}|\*{3,}|={3,}|-{5,})/;

const MAX_SIGNOFF_LINES = 12;
/** How far above the end (or the footer) a valediction may sit. */
const SEARCH_LINES = MAX_SIGNOFF_LINES + 4;
/** How far up a footer (disclaimer, address block) may reach. */
const FOOTER_WINDOW = 40;
const MAX_CLOSING_BLOCK = 6;
const MAX_CLOSING_LINE = 80;

/**
 * Find the sign-off at the foot of the new text. Looks for the last valediction line among the
 * closing lines (also "Kind regards, Tom" on one line); the signer's name is the first following
 * line that reads like a name. Lines after a signature separator ("--", "****") are a footer, not
 * part of the sign-off.
 */
export function findSignOff(newText: string, options: SignOffOptions = {}): SignOff | undefined {
  const lines = newText.replace(/\r\n?/g, '\n').split('\n');
  const offsets: number[] = [];
  let pos = 0;
  for (const l of lines) {
    offsets.push(pos);
    pos += l.length + 1;
  }
  const end = footerStart(lines);
  const last = lastNonEmpty(lines, end);
  const firstCandidate = Math.max(0, last - SEARCH_LINES);
  for (let i = last; i >= firstCandidate; i--) {
    const line = lines[i].trim();
    if (!line) continue;
    const rest = () => lines.slice(i + 1, end).map((l) => l.trim()).filter(Boolean).slice(0, MAX_SIGNOFF_LINES);
    if (VALEDICTION.test(line)) {
      const after = rest();
      return { valediction: line.replace(/[,.!]$/, ''), lines: after, name: after.find(looksLikeName), start: offsets[i] };
    }
    // "Kind regards, Tom" on one line.
    const comma = line.indexOf(',');
    if (comma > 0) {
      const head = line.slice(0, comma).trim();
      const tail = line.slice(comma + 1).trim();
      if (VALEDICTION.test(head) && looksLikeName(tail)) {
        const after = [tail, ...rest()].slice(0, MAX_SIGNOFF_LINES);
        return { valediction: head, lines: after, name: tail, start: offsets[i] };
      }
    }
  }
  return options.withoutValediction ? closingBlock(lines, offsets, last) : undefined;
}

/**
 * Index of the line where a footer starts: the topmost separator among the last lines that has no
 * valediction below it (a "--- DRAFT ---" rule above a sign-off is not a footer). Lines.length if none.
 */
function footerStart(lines: readonly string[]): number {
  let cut = lines.length;
  let valedictionBelow = false;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - FOOTER_WINDOW); i--) {
    const line = lines[i].trim();
    if (VALEDICTION.test(line)) valedictionBelow = true;
    if (SEPARATOR.test(lines[i]) && !valedictionBelow) cut = i;
  }
  return cut;
}

/** The last run of short label-like lines, starting at a name: a sign-off written without a valediction. */
function closingBlock(lines: readonly string[], offsets: readonly number[], last: number): SignOff | undefined {
  const block: number[] = [];
  for (let i = last; i >= 0 && block.length < MAX_CLOSING_BLOCK; i--) {
    const line = lines[i].trim();
    if (!line) continue;
    if (!isClosingLine(line)) break;
    block.unshift(i);
  }
  const nameAt = block.findIndex((i) => looksLikeName(lines[i]));
  if (nameAt < 0) return undefined;
  const kept = block.slice(nameAt).map((i) => lines[i].trim());
  return { lines: kept, name: kept[0], start: offsets[block[nameAt]] };
}

/** Short, and not a sentence: names, roles, council names, phone numbers. */
function isClosingLine(line: string): boolean {
  if (line.length > MAX_CLOSING_LINE || /[?!:;]$/.test(line)) return false;
  return !/\.$/.test(line) || line.split(/\s+/).length <= 3;
}

function lastNonEmpty(lines: readonly string[], end: number): number {
  for (let i = Math.min(end, lines.length) - 1; i >= 0; i--) if (lines[i].trim()) return i;
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
