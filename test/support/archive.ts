import { mail } from './mail';

/** A small council for generated archives. */
export const ARCHIVE_POLICY = {
  council: 'Northdown District Council',
  protocol: 'model',
  officerDomains: ['northdown.gov.uk'],
  councillors: [
    { name: 'Alice Brown', email: 'cllr.alice.brown@northdown.gov.uk', ward: 'Eastfield' },
    { name: 'Brian Cole', email: 'cllr.brian.cole@northdown.gov.uk', ward: 'Westmoor' },
  ],
};

const rfcDate = (iso: string) => new Date(iso).toUTCString().replace('GMT', '+0000');

/** A councillor's enquiry to an officer. */
export function enquiry(id: string, iso: string, subject: string): string {
  return mail(
    { From: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', To: 'Sam Officer <sam.officer@northdown.gov.uk>', Subject: subject, Date: rfcDate(iso), 'Message-ID': `<${id}@northdown.gov.uk>` },
    'Dear Sam,\r\n\r\nCould you let me know when the broken bench on the green will be repaired?\r\n\r\nThanks,\r\nAlice',
  );
}

/** The officer's reply; `threaded` adds In-Reply-To, otherwise only the subject links them. */
export function reply(id: string, iso: string, subject: string, threaded: boolean): string {
  const headers: Record<string, string> = {
    From: 'Sam Officer <sam.officer@northdown.gov.uk>',
    To: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
    Subject: `RE: ${subject}`,
    Date: rfcDate(iso),
    'Message-ID': `<${id}-reply@northdown.gov.uk>`,
  };
  if (threaded) headers['In-Reply-To'] = `<${id}@northdown.gov.uk>`;
  return mail(headers, 'Dear Cllr Brown,\r\n\r\nThe bench is booked for repair.\r\n\r\nRegards,\r\nSam');
}

/** An officer's Bcc to a councillor: one flagged finding. */
export function bccMessage(iso: string, n: number): string {
  return mail(
    { From: 'Sam Officer <sam.officer@northdown.gov.uk>', To: 'pat@example.net', Bcc: 'cllr.brian.cole@northdown.gov.uk', Subject: `Hedges ${n}`, Date: rfcDate(iso) },
    'Dear Pat,\r\n\r\nThe hedge will be cut next week.\r\n\r\nRegards,\r\nSam',
  );
}

/** Join messages into an mbox, quoting body lines that start with "From " (mboxrd). */
export function toMbox(messages: readonly string[]): string {
  return messages
    .map((m, i) => {
      const body = m.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
      return `From sender${i}@example.net Mon Feb  9 10:00:00 2026\n${body}\n`;
    })
    .join('\n');
}
