import { emlToDraft, MailParseError } from '../../../src/adapters/eml';
import { mail } from '../../support/mail';

const enc = (s: string) => new TextEncoder().encode(s);

describe('emlToDraft', () => {
  it('reads a plain message: parties, subject, date and compose kind', async () => {
    const draft = await emlToDraft(
      enc(
        mail(
          {
            From: 'Cllr Ann Lee <cllr.ann.lee@northdown.gov.uk>',
            To: 'Sam Officer <sam.officer@northdown.gov.uk>, "Smith, Jo" <jo@example.net>',
            Cc: 'Team: a@northdown.gov.uk, b@northdown.gov.uk;',
            Bcc: 'casework@northdown.gov.uk',
            Subject: 'RE: Bins',
            Date: 'Tue, 10 Feb 2026 10:30:00 +0000',
            'Content-Type': 'text/plain; charset=utf-8',
          },
          'Hello',
        ),
      ),
    );
    expect(draft.from).toEqual({ name: 'Cllr Ann Lee', email: 'cllr.ann.lee@northdown.gov.uk' });
    expect(draft.to.map((a) => a.email)).toEqual(['sam.officer@northdown.gov.uk', 'jo@example.net']);
    expect(draft.cc.map((a) => a.email)).toEqual(['a@northdown.gov.uk', 'b@northdown.gov.uk']);
    expect(draft.bcc.map((a) => a.email)).toEqual(['casework@northdown.gov.uk']);
    expect(draft.composeKind).toBe('reply');
    expect(draft.receivedAt).toBe('2026-02-10T10:30:00.000Z');
    expect(draft.text?.trim()).toBe('Hello');
  });

  it('decodes quoted-printable windows-1252 and encoded-word headers', async () => {
    const raw = mail(
      {
        From: '=?windows-1252?Q?Ren=E9e_O=92Neill?= <renee@example.net>',
        To: 'x@northdown.gov.uk',
        Subject: '=?utf-8?B?Rlc6IENhZsOpIGxpY2VuY2U=?=',
        'Content-Type': 'text/plain; charset=windows-1252',
        'Content-Transfer-Encoding': 'quoted-printable',
      },
      'The caf=E9 owner said =93no=94 =96 twice.',
    );
    const draft = await emlToDraft(enc(raw));
    expect(draft.from?.name).toBe('Renée O’Neill');
    expect(draft.subject).toBe('FW: Café licence');
    expect(draft.composeKind).toBe('forward');
    expect(draft.text).toContain('The café owner said “no” – twice.');
  });

  it('keeps the HTML of an HTML-only message for the engine to reduce', async () => {
    const raw = mail(
      { From: 'a@example.net', To: 'b@northdown.gov.uk', Subject: 'Hi', 'Content-Type': 'text/html; charset=utf-8', 'Content-Transfer-Encoding': 'base64' },
      Buffer.from('<p>Dear officer,</p><p>Please <b>call</b> me.</p>').toString('base64'),
    );
    const draft = await emlToDraft(enc(raw));
    expect(draft.html).toContain('<b>call</b>');
  });

  it('reads multipart/alternative and prefers the text part', async () => {
    const raw = mail(
      { From: 'a@example.net', To: 'b@northdown.gov.uk', Subject: 'Hi', 'MIME-Version': '1.0', 'Content-Type': 'multipart/alternative; boundary="XX"' },
      ['--XX', 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable', '', 'Cost =A3100', '--XX', 'Content-Type: text/html', '', '<p>Cost &pound;100</p>', '--XX--', ''].join('\r\n'),
    );
    const draft = await emlToDraft(enc(raw));
    expect(draft.text).toContain('Cost £100');
    expect(draft.html).toContain('&pound;');
  });

  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), /binary/],
    ['text that is not mail', enc('just some notes\nwith no headers'), /header/],
  ])('rejects %s with a clear reason', async (_label, bytes, reason) => {
    await expect(emlToDraft(bytes)).rejects.toThrow(MailParseError);
    await expect(emlToDraft(bytes)).rejects.toThrow(reason);
  });

  it('reads truncated MIME as far as it goes', async () => {
    const raw = mail(
      { From: 'a@example.net', To: 'b@northdown.gov.uk', Subject: 'Cut', 'Content-Type': 'multipart/mixed; boundary="B"' },
      '--B\r\nContent-Type: text/plain\r\n\r\nThe first part survives and then the transf',
    );
    const draft = await emlToDraft(enc(raw));
    expect(draft.subject).toBe('Cut');
    expect(draft.text).toContain('The first part survives');
  });
});
