// Writes src/engine/language/unicode-classes.generated.json: the code point ranges of the Unicode
// properties that regular expressions in the engine and its libraries name with \p{…}, so that they
// can be spelled as plain character classes for engines older than ES2018 (see unicode-classes.ts).
// Data: regenerate-unicode-properties (the tables Babel's regex transforms use).
//
//   node scripts/generate-unicode-classes.mjs          rewrite the file
//   node scripts/generate-unicode-classes.mjs --check  exit 1 when the file is out of date
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from './write-generated.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/engine/language/unicode-classes.generated.json');

/** Canonical property → the names a pattern may use for it (short and long, as ES allows). */
const PROPERTIES = {
  'General_Category/Letter': ['L', 'Letter'],
  'General_Category/Uppercase_Letter': ['Lu', 'Uppercase_Letter'],
  'General_Category/Lowercase_Letter': ['Ll', 'Lowercase_Letter'],
  'General_Category/Number': ['N', 'Number'],
  'General_Category/Decimal_Number': ['Nd', 'Decimal_Number', 'digit'],
  'General_Category/Currency_Symbol': ['Sc', 'Currency_Symbol'],
  'General_Category/Other_Symbol': ['So', 'Other_Symbol'],
  'General_Category/Punctuation': ['P', 'Punctuation', 'punct'],
  'Binary_Property/Emoji_Presentation': ['Emoji_Presentation', 'EPres'],
  'Binary_Property/Extended_Pictographic': ['Extended_Pictographic', 'ExtPict'],
};

/**
 * Ranges as text: for each range, the gap from the end of the previous one and its length minus
 * one, base 36, comma-separated. Compact, and it gzips well (runs of single letters repeat).
 */
function encode(codePoints) {
  const parts = [];
  let prev = -1;
  for (let i = 0; i < codePoints.length; ) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j] + 1) j++;
    parts.push((codePoints[i] - prev - 1).toString(36), (codePoints[j] - codePoints[i]).toString(36));
    prev = codePoints[j];
    i = j + 1;
  }
  return parts.join(',');
}

const unicodeVersion = require('regenerate-unicode-properties/unicode-version.js');
const out = { unicodeVersion, aliases: {}, ranges: {} };
for (const [key, names] of Object.entries(PROPERTIES)) {
  const set = require(`regenerate-unicode-properties/${key}.js`);
  const canonical = key.split('/')[1];
  out.ranges[canonical] = encode(set.characters.toArray());
  for (const name of names) out.aliases[name] = canonical;
}
const text = `${JSON.stringify(out, null, 1)}\n`;
writeGenerated(OUT, text, { script: 'scripts/generate-unicode-classes.mjs', detail: `Unicode ${unicodeVersion}` });
