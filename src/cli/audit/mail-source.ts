import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One raw message from an archive, with where it came from for the report. */
export interface RawMail {
  /** "folder/a.eml", or "archive.mbox#12" for the 12th message of an mbox. */
  readonly source: string;
  readonly bytes: Uint8Array;
}

/** Something that could not be read at all (the messages inside are unknown). */
export interface SourceError {
  readonly source: string;
  readonly error: string;
}

const MBOX_EXT = /\.(mbox|mbx)$/i;
const EML_EXT = /\.eml$/i;
/** mboxrd quotes body lines that start with "From " by adding ">"; one ">" comes off on reading. */
const QUOTED_FROM = /^>(>*From )/;

/**
 * Yield every message under the given paths, one at a time, so memory stays flat however large
 * the archive: .eml files whole, mbox files streamed line by line and split on "From " lines.
 */
export async function* readArchive(paths: readonly string[], onError: (e: SourceError) => void): AsyncGenerator<RawMail> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      onError({ source: path, error: 'no such file or directory' });
      continue;
    }
    if (info.isDirectory()) yield* readArchive(await sortedEntries(path), onError);
    else if (EML_EXT.test(path)) yield* readEml(path, onError);
    else if (MBOX_EXT.test(path) || (await startsLikeMbox(path))) yield* readMbox(path, onError);
  }
}

async function sortedEntries(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.sort((a, b) => a.localeCompare(b)).map((n) => join(dir, n));
}

async function* readEml(path: string, onError: (e: SourceError) => void): AsyncGenerator<RawMail> {
  try {
    const handle = await open(path, 'r');
    try {
      yield { source: path, bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (err) {
    onError({ source: path, error: (err as Error).message });
  }
}

async function startsLikeMbox(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return bytesRead === 5 && buffer.toString('latin1') === 'From ';
  } finally {
    await handle.close();
  }
}

/**
 * Split an mbox on separator lines. Works on raw bytes (latin1 round-trips every byte) so
 * messages in any charset reach the MIME parser unchanged. A truncated last message is still
 * yielded: the parser reads what is there and reports what is missing.
 */
async function* readMbox(path: string, onError: (e: SourceError) => void): AsyncGenerator<RawMail> {
  let index = 0;
  let lines: string[] = [];
  let previousBlank = true;
  const flush = function* (): Generator<RawMail> {
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    if (lines.length) {
      index++;
      yield { source: `${path}#${index}`, bytes: Buffer.from(lines.join('\n'), 'latin1') };
    }
    lines = [];
  };
  try {
    let carry = '';
    for await (const chunk of createReadStream(path, { encoding: 'latin1', highWaterMark: 1 << 16 })) {
      const parts = (carry + chunk).split('\n');
      carry = parts.pop() ?? '';
      for (const raw of parts) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (previousBlank && line.startsWith('From ')) {
          yield* flush();
        } else {
          lines.push(line.replace(QUOTED_FROM, '$1'));
        }
        previousBlank = line === '';
      }
    }
    if (carry) lines.push(carry.replace(QUOTED_FROM, '$1'));
    yield* flush();
  } catch (err) {
    onError({ source: path, error: (err as Error).message });
  }
}
