// Precompute the bank and public holidays the engine needs, so no holiday-rules library (and none
// of the date/time-zone libraries behind it) is bundled into the add-in or the command line.
// Runs at `npm run prepare` (and so on every `npm ci`); the output is git-ignored.
//
// Output: src/engine/calendar/holiday-data.generated.json
//   { source, firstYear, lastYear, types, regions: { "GB-ENG": { "2026": ["01-01", ...], ... }, ... } }
// Days off for offices only: public and bank holidays, substitute days included, never
// observances (Mothering Sunday, Easter Sunday). England and Wales share one calendar.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Holidays = require('date-holidays');
const { version } = require('date-holidays/package.json');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src', 'engine', 'calendar', 'holiday-data.generated.json');

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const TYPES = ['public', 'bank'];
/** Policy region → the library's country and state codes. */
const REGIONS = { 'GB-ENG': ['GB', 'ENG'], 'GB-SCT': ['GB', 'SCT'], 'GB-NIR': ['GB', 'NIR'] };

const regions = {};
for (const [region, [country, state]] of Object.entries(REGIONS)) {
  const hd = new Holidays(country, state, { types: TYPES });
  const years = {};
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const days = new Set();
    for (const h of hd.getHolidays(year)) {
      if (!TYPES.includes(h.type)) continue;
      const date = String(h.date).slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number(date.slice(0, 4)) !== year) {
        throw new Error(`date-holidays gave an unexpected date ${JSON.stringify(h.date)} for ${region} ${year}`);
      }
      days.add(date.slice(5));
    }
    if (days.size === 0) throw new Error(`date-holidays has no holidays for ${region} ${year}`);
    years[year] = [...days].sort();
  }
  regions[region] = years;
}

const out = { source: `date-holidays ${version}`, firstYear: FIRST_YEAR, lastYear: LAST_YEAR, types: TYPES, regions };
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(
  `holiday data: ${Object.keys(regions).join(', ')} ${FIRST_YEAR}–${LAST_YEAR} (date-holidays ${version}) -> ${target.slice(root.length + 1)}`,
);
