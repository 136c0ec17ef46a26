import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Expand the command line's files and directories into .eml files, directories walked in name order. */
export async function collectMailFiles(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      out.push(input); // reported later as unreadable, in input order
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(input)));
    else out.push(input);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.eml')) out.push(path);
  }
  return out;
}
