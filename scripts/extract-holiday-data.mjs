// Cut the maintained holiday data down to what the engine needs: Great Britain only, with the
// shared holiday names its rules refer to, in the languages GB uses. Every country's data would
// make the add-in's launch-event bundle far too large.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules', 'date-holidays', 'data', 'holidays.json');
const target = join(root, 'src', 'engine', 'calendar', 'holiday-data.generated.json');
const COUNTRY = 'GB';

const all = JSON.parse(readFileSync(source, 'utf8'));
const country = all.holidays?.[COUNTRY];
if (!country) throw new Error(`${source} has no ${COUNTRY} holidays`);
const langs = country.langs ?? ['en'];

// Holiday names are shared between countries: a rule refers to one through `_name`.
// The parser also reads `substitutes` to label substitute days.
const referenced = new Set(['substitutes']);
(function collect(node) {
  if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '_name' && typeof value === 'string') referenced.add(value);
      else collect(value);
    }
  }
})(country);

const names = {};
for (const key of [...referenced].sort()) {
  const entry = all.names[key];
  if (!entry) throw new Error(`holiday name "${key}" is referenced by ${COUNTRY} but missing from ${source}`);
  const translated = Object.fromEntries(Object.entries(entry.name ?? {}).filter(([lang]) => langs.includes(lang)));
  names[key] = { ...entry, name: translated };
}

const out = { version: all.version, license: all.license, holidays: { [COUNTRY]: country }, names };
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`holiday data: ${COUNTRY} (${Object.keys(names).length} names, date-holidays data ${all.version}) -> ${target.slice(root.length + 1)}`);
