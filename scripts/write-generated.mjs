// Shared by the generators: write a generated file, or with --check fail when the file on disk
// differs from what the generator would write now.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';

export function writeGenerated(out, text, { script, detail = '' }) {
  if (!process.argv.includes('--check')) {
    writeFileSync(out, text);
    console.log(`wrote ${relative(process.cwd(), out)}${detail ? ` (${detail})` : ''}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error(`${basename(out)} is out of date: run node ${script}`);
    process.exit(1);
  }
}
