/**
 * Addresses and quoting helpers for rule tests. Everyone here belongs to the fictional test
 * council (test/support/test-council.ts).
 */
export const BROWN = 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>';
export const COLE = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
export const DAVIES = 'Carol Davies <carol.davies@members.northdown.gov.uk>';
export const PATEL = 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>';
export const EVANS = 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>';
export const ALL = 'All Councillors <all.councillors@northdown.gov.uk>';
export const OFFICER = 'Nadia Okafor <nadia.okafor@northdown.gov.uk>';
export const OFFICER_2 = 'Tom Reilly <tom.reilly@northdown.gov.uk>';
export const CHIEF = 'Helen Marsh <chief.executive@northdown.gov.uk>';
export const RESIDENT = 'Pat Quinn <pat.quinn@example.org>';
export const RESIDENT_2 = 'Jo Lam <jo.lam@example.com>';
export const PRESS = 'Newsroom <desk@valley-echo.example>';
export const RECORDS = 'Casework <casework@northdown.gov.uk>';

/** An Outlook-style quoted block to append under new text. */
export function outlookQuote(from: string, to: string, subject: string, body: string, cc?: string): string {
  return `\n\n-----Original Message-----\nFrom: ${from}\nSent: 06 February 2026 15:20\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ''}Subject: ${subject}\n\n${body}`;
}

/** A "wrote:" style quoted block. */
export function wroteQuote(from: string, body: string): string {
  return `\n\nOn Fri, 6 Feb 2026 at 15:20, ${from} wrote:\n${body.split('\n').map((l) => `> ${l}`).join('\n')}`;
}
