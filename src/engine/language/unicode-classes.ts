import data from './unicode-classes.generated.json';

/**
 * Unicode property escapes (`\p{L}`, `\p{Lu}`, …) are ES2018. Classic Outlook on Windows runs the
 * Send check in an ES2016 engine, where a pattern using them throws. The same sets, spelled out as
 * code point ranges, work in any engine with the `u` flag (ES2015), and match exactly what the
 * property escape would (including under the `i` flag: both are compared after case folding).
 *
 * - LETTER, UPPER, LOWER, NUMBER: character-class bodies for patterns built with `new RegExp`;
 *   use them inside brackets (`[${LETTER}'’-]`) and always with the `u` flag.
 * - unicodeRegExp(pattern, flags): a RegExp from a pattern written with `\p{…}` / `\P{…}`. The
 *   launch-event build rewrites regular expression literals that use property escapes (ours and
 *   libraries') into calls to it.
 *
 * Data: unicode-classes.generated.json (scripts/generate-unicode-classes.mjs).
 */

const ranges = data.ranges as Record<string, string>;
const aliases = data.aliases as Record<string, string>;

const MAX_CODE_POINT = 0x10ffff;
const decoded = new Map<string, Array<[number, number]>>();
const bodies = new Map<string, string>();
const sources = new Map<string, string>();

function canonicalName(name: string): string {
  const bare = name.replace(/^(?:General_Category|gc)=/, '');
  const canonical = Object.prototype.hasOwnProperty.call(aliases, bare) ? aliases[bare] : undefined;
  if (!canonical) throw new SyntaxError(`unicode-classes: no data for \\p{${name}} (add it to scripts/generate-unicode-classes.mjs)`);
  return canonical;
}

function rangesOf(name: string): Array<[number, number]> {
  const canonical = canonicalName(name);
  let out = decoded.get(canonical);
  if (!out) {
    out = [];
    const parts = ranges[canonical].split(',');
    let prev = -1;
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const start = prev + 1 + parseInt(parts[i], 36);
      const end = start + parseInt(parts[i + 1], 36);
      out.push([start, end]);
      prev = end;
    }
    decoded.set(canonical, out);
  }
  return out;
}

function complement(set: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [start, end] of set) {
    if (start > next) out.push([next, start - 1]);
    next = end + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

const escape = (cp: number) => (/[0-9A-Za-z]/.test(String.fromCharCode(cp)) && cp < 0x80 ? String.fromCharCode(cp) : `\\u{${cp.toString(16)}}`);

function body(set: Array<[number, number]>): string {
  let out = '';
  for (const [start, end] of set) out += start === end ? escape(start) : `${escape(start)}${end === start + 1 ? '' : '-'}${escape(end)}`;
  return out;
}

/** The body of a character class (no brackets) matching `\p{name}`, or `\P{name}` when negated. Needs the `u` flag. */
export function unicodeClass(name: string, negated = false): string {
  const key = `${negated ? 'P' : 'p'}${name}`;
  let out = bodies.get(key);
  if (out === undefined) {
    out = body(negated ? complement(rangesOf(name)) : rangesOf(name));
    bodies.set(key, out);
  }
  return out;
}

/** Any letter: `\p{L}`. */
export const LETTER = unicodeClass('L');
/** An uppercase letter: `\p{Lu}`. */
export const UPPER = unicodeClass('Lu');
/** A lowercase letter: `\p{Ll}`. */
export const LOWER = unicodeClass('Ll');
/** Any number character: `\p{N}`. */
export const NUMBER = unicodeClass('N');

/** `pattern` with each `\p{…}` / `\P{…}` replaced by the same set as explicit ranges. */
export function expandPropertyEscapes(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      const close = pattern.indexOf('}', i + 3);
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{' && close > 0) {
        const set = unicodeClass(pattern.slice(i + 3, close), next === 'P');
        out += inClass ? set : `[${set}]`;
        i = close;
      } else {
        out += c + next;
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/**
 * `new RegExp(pattern, flags)` for a pattern that may use Unicode property escapes, in engines
 * without them. Without the `u` flag, `\p` is not a property escape, so the pattern is left alone.
 */
export function unicodeRegExp(pattern: string, flags = ''): RegExp {
  if (!flags.includes('u')) return new RegExp(pattern, flags);
  let source = sources.get(pattern);
  if (source === undefined) {
    source = expandPropertyEscapes(pattern);
    sources.set(pattern, source);
  }
  return new RegExp(source, flags);
}
