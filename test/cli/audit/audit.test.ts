import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../../../src/cli/audit/audit-command';
import { main } from '../../../src/cli/main';
import { readArchive, type RawMail } from '../../../src/cli/audit/mail-source';
import { ARCHIVE_POLICY, bccMessage, enquiry, reply, toMbox } from '../../support/archive';
import { mail } from '../../support/mail';

const dir = mkdtempSync(join(tmpdir(), 'pg-audit-'));
const policyFile = join(dir, 'policy.json');
writeFileSync(policyFile, JSON.stringify(ARCHIVE_POLICY));

async function collect(paths: string[]): Promise<{ mails: RawMail[]; errors: string[] }> {
  const mails: RawMail[] = [];
  const errors: string[] = [];
  for await (const m of readArchive(paths, (e) => errors.push(e.error))) mails.push(m);
  return { mails, errors };
}

describe('mbox reading', () => {
  it('splits on separator lines and unquotes ">From " body lines', async () => {
    const body = 'Dear all,\r\nFrom the minutes:\r\n>From an earlier note\r\nBye';
    const file = join(dir, 'quoted.mbox');
    writeFileSync(file, toMbox([mail({ From: 'a@example.net', Subject: 'One' }, body), mail({ From: 'b@example.net', Subject: 'Two' }, 'Second')]));
    const { mails } = await collect([file]);
    expect(mails.map((m) => m.source)).toEqual([`${file}#1`, `${file}#2`]);
    const first = Buffer.from(mails[0].bytes).toString('latin1');
    expect(first).toContain('\nFrom the minutes:');
    expect(first).toContain('\n>From an earlier note');
    expect(first).not.toMatch(/^From sender/);
  });

  it('yields a truncated last message rather than dropping it', async () => {
    const file = join(dir, 'truncated.mbox');
    const whole = toMbox([mail({ From: 'a@example.net', Subject: 'Whole' }, 'Complete'), mail({ From: 'b@example.net', Subject: 'Cut', 'Content-Type': 'multipart/mixed; boundary="Q"' }, '--Q\r\nContent-Type: text/plain\r\n\r\nHalf a sen')]);
    writeFileSync(file, whole.slice(0, whole.length - 3));
    const { mails } = await collect([file]);
    expect(mails).toHaveLength(2);
    expect(Buffer.from(mails[1].bytes).toString('latin1')).toContain('Half a');
  });

  it('reports a missing path and carries on', async () => {
    const file = join(dir, 'one.eml');
    writeFileSync(file, mail({ From: 'a@example.net', Subject: 'x' }, 'y'));
    const { mails, errors } = await collect([join(dir, 'nope'), file]);
    expect(mails).toHaveLength(1);
    expect(errors).toEqual(['no such file or directory']);
  });
});

describe('audit', () => {
  // Hand-checked: enquiries under the default 5 working days, England and Wales bank holidays.
  const cases = [
    // Mon 9 Feb 2026 10:00 → due Mon 16 Feb 17:00; threaded reply Fri 13 Feb → on time, 4 working days.
    { id: 'e1', at: '2026-02-09T10:00:00Z', replyAt: '2026-02-13T11:00:00Z', threaded: true, status: 'on time', days: '4' },
    // Fri 20 Feb 18:30 → day 0 Mon 23 → due Mon 2 Mar 17:00; subject-matched reply Tue 3 Mar → late.
    { id: 'e2', at: '2026-02-20T18:30:00Z', replyAt: '2026-03-03T09:30:00Z', threaded: false, status: 'late', days: '6' },
    // Thu 2 Apr 2026 17:30 (BST) → Easter: day 0 Tue 7 Apr → due Tue 14 Apr 17:00 BST; reply Tue 14 Apr 15:00 BST → on time.
    { id: 'e3', at: '2026-04-02T16:30:00Z', replyAt: '2026-04-14T14:00:00Z', threaded: true, status: 'on time', days: '5' },
    // Tue 23 Dec 2025 → due Fri 2 Jan 2026; never answered → unanswered.
    { id: 'e4', at: '2025-12-23T10:00:00Z', replyAt: undefined, threaded: false, status: 'unanswered', days: '' },
  ];

  it('computes on-time, late and unanswered on a hand-checked sample', async () => {
    const folder = join(dir, 'sample');
    mkdirSync(folder);
    cases.forEach((c, i) => {
      const subject = `Bench ${i}`;
      writeFileSync(join(folder, `${c.id}.eml`), enquiry(c.id, c.at, subject));
      if (c.replyAt) writeFileSync(join(folder, `${c.id}-reply.eml`), reply(c.id, c.replyAt, subject, c.threaded));
    });
    writeFileSync(join(folder, 'zz-bcc.eml'), bccMessage('2026-03-10T10:00:00Z', 1));
    writeFileSync(join(folder, 'zz-broken.eml'), '');
    const report = join(dir, 'report.html');
    const csv = join(dir, 'report.csv');
    const { summary, code } = await runAudit([folder], { policy: policyFile, report, csv, now: new Date('2026-06-01T00:00:00Z') }, () => undefined);
    expect(summary.enquiries).toMatchObject({ total: 4, onTime: 2, late: 1, unanswered: 1, notYetDue: 0 });
    expect(summary.byRule['bcc-use']).toBe(1);
    expect(summary.errors).toBe(1);
    expect(code).toBe(2);

    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows).toHaveLength(1 + 4 + 3 + 2); // header, enquiries, replies, bcc, broken
    for (const c of cases) {
      const row = rows.find((r) => r.startsWith(join(folder, `${c.id}.eml`)))!;
      const cells = row.split(',');
      expect(cells.slice(-2, -1)[0]).toBe(c.status);
      expect(cells.slice(-3, -2)[0]).toBe(c.days);
    }
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('bcc-use');
  });

  it('still settles an enquiry whose reply carries a date beyond the bank-holiday table', async () => {
    const folder = join(dir, 'odd-clock');
    mkdirSync(folder);
    writeFileSync(join(folder, 'e.eml'), enquiry('clock1', '2026-02-09T10:00:00Z', 'Odd clock'));
    writeFileSync(join(folder, 'e-reply.eml'), reply('clock1', '2150-02-10T10:00:00Z', 'Odd clock', true));
    const csv = join(dir, 'odd-clock.csv');
    const { summary } = await runAudit([folder], { policy: policyFile, report: join(dir, 'odd-clock.html'), csv, now: new Date('2026-06-01T00:00:00Z') }, () => undefined);
    expect(summary.enquiries).toMatchObject({ total: 1, late: 1 });
    const row = readFileSync(csv, 'utf8').trim().split('\n').find((r) => r.startsWith(join(folder, 'e.eml')))!;
    expect(row.split(',').slice(-3, -1)).toEqual(['', 'late']);
  });

  it('runs from the command line on a folder of .eml and an mbox together: exit 1 when flagged, 2 for a bad policy', async () => {
    const folder = join(dir, 'cli');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.eml'), enquiry('cli1', '2026-02-09T10:00:00Z', 'Pothole'));
    writeFileSync(join(folder, 'archive.mbox'), toMbox([reply('cli1', '2026-02-10T10:00:00Z', 'Pothole', true), bccMessage('2026-02-11T10:00:00Z', 7)]));
    const csv = join(dir, 'cli.csv');
    const code = await main(['audit', folder, '--policy', policyFile, '--report', join(dir, 'cli.html'), '--csv', csv]);
    expect(code).toBe(1);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.includes('archive.mbox#2'))).toContain('bcc-use');
    expect(rows.find((r) => r.endsWith('a.eml') || r.includes('a.eml,'))).toContain('on time');
    const badPolicy = join(dir, 'bad-policy.json');
    writeFileSync(badPolicy, '{"protocol":"nowhere"}');
    expect(await main(['audit', folder, '--policy', badPolicy, '--report', join(dir, 'never.html')])).toBe(2);
  });

  it('audits a generated 10,000-message mbox', async () => {
    const messages: string[] = [];
    for (let i = 0; i < 2500; i++) {
      const at = new Date(Date.UTC(2026, 0, 5) + i * 3600_000).toISOString();
      const replyAt = new Date(Date.UTC(2026, 0, 5) + i * 3600_000 + 86_400_000).toISOString();
      messages.push(enquiry(`g${i}`, at, `Generated ${i}`), reply(`g${i}`, replyAt, `Generated ${i}`, i % 2 === 0), bccMessage(at, i), mail({ From: 'pat@example.net', To: 'sam.officer@northdown.gov.uk', Subject: `Resident ${i}`, Date: new Date(at).toUTCString() }, 'Thanks for your help.'));
    }
    const file = join(dir, 'big.mbox');
    writeFileSync(file, toMbox(messages));
    const { summary } = await runAudit([file], { policy: policyFile, report: join(dir, 'big.html'), now: new Date('2026-12-01T00:00:00Z') }, () => undefined);
    expect(summary.messages).toBe(10_000);
    expect(summary.errors).toBe(0);
    expect(summary.enquiries.total).toBe(2500);
    expect(summary.enquiries.onTime).toBe(2500);
    expect(summary.byRule['bcc-use']).toBe(2500);
  }, 300_000);
});
