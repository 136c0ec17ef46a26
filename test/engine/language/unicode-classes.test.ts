import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { LETTER, LOWER, NUMBER, UPPER, expandPropertyEscapes, unicodeClass, unicodeRegExp } from '../../../src/engine/language/unicode-classes';

// The data's source: the same tables Babel's regex transforms use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fromPackage = (path: string): number[] => require(`regenerate-unicode-properties/${path}.js`).characters.toArray();

function codePointsOf(body: string): Set<number> {
  const re = new RegExp(`[${body}]`, 'u');
  const out = new Set<number>();
  for (let cp = 0; cp <= 0x10ffff; cp++) if (re.test(String.fromCodePoint(cp))) out.add(cp);
  return out;
}

describe('unicode-classes', () => {
  it.each([
    ['L', 'General_Category/Letter'],
    ['Lu', 'General_Category/Uppercase_Letter'],
    ['Ll', 'General_Category/Lowercase_Letter'],
    ['N', 'General_Category/Number'],
    ['Extended_Pictographic', 'Binary_Property/Extended_Pictographic'],
  ])('\\p{%s} spelled out is exactly the property’s code points (%s)', (name, path) => {
    expect([...codePointsOf(unicodeClass(name))]).toEqual(fromPackage(path));
  });

  it('\\P{…} is the complement, surrogates included', () => {
    const letters = new Set(fromPackage('General_Category/Letter'));
    const notLetters = codePointsOf(unicodeClass('L', true));
    expect(notLetters.size).toBe(0x110000 - letters.size);
    for (const cp of [0x20, 0x2d, 0x5d, 0xd800, 0xdfff, 0x10ffff]) expect(notLetters.has(cp)).toBe(!letters.has(cp));
  });

  it('the exported classes are the property classes', () => {
    expect([LETTER, UPPER, LOWER, NUMBER]).toEqual([unicodeClass('Letter'), unicodeClass('Uppercase_Letter'), unicodeClass('gc=Ll'), unicodeClass('General_Category=N')]);
  });

  it('spelled-out patterns use no ES2018 syntax', () => {
    const source = expandPropertyEscapes(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\P{N})?[^\P{Ll}\d]$`);
    expect(source).not.toMatch(/\\[pP]\{/);
    expect(() => new RegExp(source, 'u')).not.toThrow();
  });

  it.each([
    [String.raw`^\p{Lu}[\p{L}'’.-]*$`, 'u', ['Zoë', 'Ólafur', 'O’Brien', 'zoë', 'Ann Lee', 'Δήμητρα', '3D']],
    [String.raw`\p{Lu}\p{Ll}+`, 'gu', ['Mr Şahin met Ægir and ŁUKASZ', 'no names here']],
    [String.raw`[^\P{Ll}]+`, 'gu', ['abcDEFghi', 'ÀÉÎõü']],
    [String.raw`\P{L}+`, 'gu', ['a1-b2 c', '😀x😀']],
    [String.raw`^[\p{Lu}]+$`, 'iu', ['ABC', 'abc', 'ß', 'a1']],
    [String.raw`\\p\{L\}`, 'u', ['\\p{L}', 'p{L}']],
    [String.raw`\p{L}`, '', ['p{L}', 'a']],
  ])('unicodeRegExp(%j, %j) matches what the native property escape matches', (pattern, flags, samples) => {
    for (const text of samples) {
      const native = new RegExp(pattern, flags);
      const spelled = unicodeRegExp(pattern, flags);
      expect(spelled.flags).toBe(native.flags);
      expect(flags.includes('g') ? text.match(spelled) : spelled.exec(text)?.[0]).toEqual(flags.includes('g') ? text.match(native) : native.exec(text)?.[0]);
    }
  });

  it('an unknown property fails loudly', () => {
    expect(() => unicodeRegExp(String.raw`\p{Script=Greek}`, 'u')).toThrow(/no data for/);
  });

  it('the generated data is up to date with its script', () => {
    expect(() => execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'scripts', 'generate-unicode-classes.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
