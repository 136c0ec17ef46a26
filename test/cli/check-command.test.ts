import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check-command';
import { main } from '../../src/cli/main';
import { mail } from '../support/mail';

const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const policyPath = write(
  'policy.json',
  JSON.stringify({
    council: 'Northdown District Council',
    protocol: 'woking',
    officerDomains: ['northdown.gov.uk'],
    councillors: [{ name: 'Ann Lee', email: 'cllr.ann.lee@northdown.gov.uk', ward: 'Eastfield' }],
  }),
);

const clean = write(
  'clean.eml',
  mail(
    { From: 'Sam Officer <sam.officer@northdown.gov.uk>', To: 'Pat Resident <pat@example.net>', Subject: 'Your bin', Date: 'Tue, 10 Feb 2026 10:30:00 +0000' },
    'Dear Pat,\r\n\r\nYour new bin will be delivered on Friday.\r\n\r\nRegards,\r\nSam',
  ),
);

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const fmt = args.includes('json') ? 'json' : 'text';
  const files = args.filter((a) => !a.startsWith('--') && a !== 'json' && a !== 'text' && a !== policyPath);
  const code = await runCheck(files, { policy: args.includes('--policy') ? policyPath : undefined, format: fmt }, (s) => (out += s));
  return { code, out };
}

describe('protocol-guard check', () => {
  it('prints one JSON element per file in input order, with findings and deadline keys', async () => {
    const { code, out } = await run(['--policy', policyPath, '--format', 'json', clean]);
    const parsed = JSON.parse(out);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ file: clean, deadline: null });
    expect(Array.isArray(parsed[0].findings)).toBe(true);
    expect(code).toBe(0);
  });

  it('reports a bad file as an error element and still checks the others (exit 2)', async () => {
    const empty = write('empty.eml', '');
    const binary = write('binary.eml', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const missing = join(dir, 'missing.eml');
    const { code, out } = await run(['--policy', policyPath, '--format', 'json', empty, clean, binary, missing]);
    const parsed = JSON.parse(out);
    expect(parsed.map((r: { file: string }) => r.file)).toEqual([empty, clean, binary, missing]);
    expect(parsed[0].error).toMatch(/empty/);
    expect(parsed[1].findings).toBeDefined();
    expect(parsed[2].error).toMatch(/binary/);
    expect(parsed[3].error).toMatch(/no such file/);
    expect(code).toBe(2);
  });

  it('checks a message with a 5 MB body', async () => {
    const para = 'The resident asked about the hedge on the corner of the lane and whether it could be cut back.\r\n';
    const big = write(
      'big.eml',
      mail({ From: 'Sam Officer <sam.officer@northdown.gov.uk>', To: 'pat@example.net', Subject: 'Long' }, para.repeat(Math.ceil((5 * 1024 * 1024) / para.length))),
    );
    const { out } = await run(['--format', 'json', big]);
    const [result] = JSON.parse(out);
    expect(result.error).toBeUndefined();
    expect(result.findings).toBeDefined();
  });

  it('walks directories for .eml files in name order', async () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'b.eml'), mail({ From: 'a@example.net', To: 'b@northdown.gov.uk', Subject: 'B' }, 'b'));
    writeFileSync(join(sub, 'a.eml'), mail({ From: 'a@example.net', To: 'b@northdown.gov.uk', Subject: 'A' }, 'a'));
    writeFileSync(join(sub, 'notes.txt'), 'ignored');
    const { out } = await run(['--format', 'json', sub]);
    expect(JSON.parse(out).map((r: { file: string }) => r.file)).toEqual([join(sub, 'a.eml'), join(sub, 'b.eml')]);
  });

  it('prints a readable text report with a summary line', async () => {
    const { out } = await run([clean]);
    expect(out).toContain(clean);
    expect(out).toMatch(/1 file\(s\) checked, \d+ flagged finding\(s\), 0 file\(s\) in error/);
  });
});

describe('protocol-guard usage', () => {
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  afterAll(() => {
    stderr.mockRestore();
    stdout.mockRestore();
  });

  it('exits 2 on an unknown command or format', async () => {
    expect(await main(['frobnicate'])).toBe(2);
    expect(await main(['check', '--format', 'xml', clean])).toBe(2);
  });

  it('exits 2 on an invalid policy and names the field', async () => {
    const bad = write('bad-policy.json', JSON.stringify({ protocol: 'nowhere', workingDays: [0] }));
    stderr.mockClear();
    expect(await main(['check', '--policy', bad, clean])).toBe(2);
    const said = stderr.mock.calls.map((c) => String(c[0])).join('');
    expect(said).toContain('/protocol');
    expect(said).toContain('/workingDays/0');
  });

  it('exits 2 when the policy file cannot be read', async () => {
    expect(await main(['check', '--policy', join(dir, 'nope.json'), clean])).toBe(2);
  });
});
