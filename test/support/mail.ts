/** Build a small RFC 5322 message for tests. Lines are joined with CRLF as on the wire. */
export function mail(headers: Record<string, string>, body: string): string {
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return [...head, '', body].join('\r\n');
}
