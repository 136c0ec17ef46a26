import iconv from 'iconv-lite';

/**
 * Node's TextDecoder decodes the "windows-1252" label as ISO-8859-1, so curly quotes, dashes and
 * the euro sign come out as invisible C1 control characters (U+0080–U+009F). Those controls never
 * appear in real mail text, so map each back through a proper windows-1252 decoder.
 */
const C1 = /[\u0080-\u009f]/g;
const table = new Map<string, string>();
for (let code = 0x80; code <= 0x9f; code++) {
  const decoded = iconv.decode(Buffer.from([code]), 'win1252');
  table.set(String.fromCharCode(code), decoded === '\ufffd' ? '' : decoded);
}

export function repairC1(text: string): string;
export function repairC1(text: string | undefined): string | undefined;
export function repairC1(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.replace(C1, (c) => table.get(c) ?? '');
}
