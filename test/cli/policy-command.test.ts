import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImportCouncillors, runPolicyInit, runPolicyValidate } from '../../src/cli/policy-command';
import { parseCouncillorCsv } from '../../src/cli/import-councillors';
import { parsePolicyText } from '../../src/adapters/policy';
import { main } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'pg-policy-'));
function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { io: { out: (s: string) => lines.out.push(s), err: (s: string) => lines.err.push(s) }, lines };
}

describe('policy init', () => {
  it('writes a valid starter policy with a note beside every field', async () => {
    const out = join(dir, 'starter.json');
    const { io } = capture();
    expect(await runPolicyInit({ protocol: 'woking', council: 'Woking Borough Council', domain: ['woking.gov.uk'], out }, io)).toBe(0);
    const text = readFileSync(out, 'utf8');
    const result = parsePolicyText(text);
    expect(result.ok).toBe(true);
    const json = JSON.parse(text);
    expect(json.protocol).toBe('woking');
    expect(json.officerDomains).toEqual(['woking.gov.uk']);
    for (const field of Object.keys(json).filter((k) => !k.startsWith('//') && k !== '$schema')) {
      expect(json[`// ${field}`]).toEqual(expect.any(String));
    }
  });

  it('is wired to the command line: --protocol, --council, --domain, --out', async () => {
    const out = join(dir, 'from-cli.json');
    const code = await main(['policy', 'init', '--protocol', 'woking', '--council', 'Woking Borough Council', '--domain', 'Woking.gov.uk', '--out', out]);
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({ council: 'Woking Borough Council', protocol: 'woking', officerDomains: ['woking.gov.uk'], councillorAddressPatterns: ['cllr.*@woking.gov.uk'] });
    expect(await main(['policy', 'validate', out])).toBe(0);
    expect(await main(['policy', 'init', '--protocol', 'nowhere', '--council', 'X', '--out', join(dir, 'never.json')])).toBe(2);
  });

  it('refuses to overwrite without --force', async () => {
    const out = join(dir, 'exists.json');
    writeFileSync(out, '{}');
    const { io, lines } = capture();
    expect(await runPolicyInit({ protocol: 'model', council: 'X', domain: [], out }, io)).toBe(2);
    expect(lines.err.join()).toMatch(/already exists/);
    expect(readFileSync(out, 'utf8')).toBe('{}');
  });
});

describe('policy validate', () => {
  it('names every bad field with a pointer and a hint, exit 2', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({ protocol: 'harlw', officerDomains: ['@harlow.gov.uk'], workingHours: { start: '9', end: '17:00' }, councillors: [{ name: 'A', email: 'a@' }], rules: { 'bcc-use': 'loud' } }),
    );
    const { io, lines } = capture();
    expect(await runPolicyValidate(file, io)).toBe(2);
    const said = lines.err.join('\n');
    for (const pointer of ['/protocol', '/officerDomains/0', '/workingHours/start', '/councillors/0/email', '/rules/bcc-use']) expect(said).toContain(pointer);
    expect(said).toContain('a domain such as council.gov.uk');
  });

  it('lists schema and semantic problems together, each once, quoting the bad value', async () => {
    const file = join(dir, 'many.json');
    writeFileSync(
      file,
      JSON.stringify({
        protocol: 'woking',
        timeZone: 'Europe/Londn',
        holidayRegion: 'GB-WLS',
        workingHours: { start: '18:00', end: '17:00' },
        workingDays: [0, 3],
        officerDomains: ['woking.gov.uk', 'http://woking.gov.uk'],
        councillors: [{ name: 'Jo Bloggs', email: 'cllr.jo@woking.gov.uk' }, { name: 'Al Green', email: 'CLLR.JO@woking.gov.uk' }, { email: 'x@woking.gov.uk' }],
        rules: { 'bcc-typo': 'off' },
        colour: 'red',
      }),
    );
    const { io, lines } = capture();
    expect(await runPolicyValidate(file, io)).toBe(2);
    const said = lines.err.join('\n');
    const expected: [string, RegExp][] = [
      ['/timeZone', /unknown time zone "Europe\/Londn"/],
      ['/holidayRegion', /must be one of "GB-ENG"/],
      ['/workingHours', /start must be earlier than end/],
      ['/workingDays/0', /must be >= 1/],
      ['/officerDomains/1', /"http:\/\/woking.gov.uk" is not in the expected form \(a domain such as council.gov.uk/],
      ['/councillors/1/email', /already used at \/councillors\/0\/email/],
      ['/councillors/2/name', /required field "name" is missing/],
      ['/rules/bcc-typo', /is not a rule id/],
      ['/colour', /unknown field "colour"/],
    ];
    for (const [pointer, message] of expected) {
      const line = said.split('\n').find((l) => l.trimStart().startsWith(`${pointer}:`));
      expect(line).toMatch(message);
    }
    expect(said).toMatch(/many\.json: 9 problem\(s\)/);
    expect(said).not.toContain('"undefined"');
  });

  it('rejects text that is not JSON, exit 2', async () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ "council": "Harlow", }');
    const { io, lines } = capture();
    expect(await runPolicyValidate(file, io)).toBe(2);
    expect(lines.err.join()).toMatch(/\/: not valid JSON/);
  });

  it('summarises a valid policy, exit 0', async () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify({ council: 'Harlow Council', protocol: 'harlow' }));
    const { io, lines } = capture();
    expect(await runPolicyValidate(file, io)).toBe(0);
    expect(lines.out.join()).toMatch(/valid — Harlow Council, harlow protocol/);
  });
});

describe('policy import-councillors', () => {
  const csv = [
    'Councillor Name,Email Address,Ward,Roles',
    'Cllr Jane Smith,Cllr.Jane.Smith@woking.gov.uk,Horsell,Leader',
    '"Okafor, Ade",ade.okafor@woking.gov.uk,"St John\'s","Cabinet; Deputy Leader"',
    'Sam Lee,sam.lee@woking.gov.uk,Goldsworth Park,',
  ].join('\n');

  it('reads common committee-system columns, titles and role lists', () => {
    const { councillors, problems } = parseCouncillorCsv(csv);
    expect(problems).toEqual([]);
    expect(councillors[0]).toEqual({ name: 'Jane Smith', email: 'cllr.jane.smith@woking.gov.uk', roles: ['leader'], ward: 'Horsell' });
    expect(councillors[1].roles).toEqual(['cabinet', 'deputy-leader']);
    expect(councillors[2]).toEqual({ name: 'Sam Lee', email: 'sam.lee@woking.gov.uk', ward: 'Goldsworth Park' });
  });

  it('merges into the policy, keeping aliases of existing entries', async () => {
    const policy = join(dir, 'merge.json');
    writeFileSync(policy, JSON.stringify({ council: 'Woking', councillors: [{ name: 'Jane Smith', email: 'cllr.jane.smith@woking.gov.uk', aliases: ['js@example.net'] }] }));
    const csvFile = join(dir, 'members.csv');
    writeFileSync(csvFile, csv);
    const { io, lines } = capture();
    expect(await runImportCouncillors(csvFile, { policy }, io)).toBe(0);
    expect(lines.out.join()).toMatch(/2 councillor\(s\) added, 1 updated, 3 in the directory/);
    const written = JSON.parse(readFileSync(policy, 'utf8'));
    expect(written.councillors[0]).toEqual({ name: 'Jane Smith', email: 'cllr.jane.smith@woking.gov.uk', aliases: ['js@example.net'], roles: ['leader'], ward: 'Horsell' });
  });

  it('changes nothing when a row is bad', async () => {
    const policy = join(dir, 'untouched.json');
    writeFileSync(policy, '{"council":"Woking"}');
    const csvFile = join(dir, 'bad.csv');
    writeFileSync(csvFile, 'Name,Email\nJane Smith,not-an-address\n');
    const { io, lines } = capture();
    expect(await runImportCouncillors(csvFile, { policy }, io)).toBe(2);
    expect(lines.err.join()).toMatch(/row 2: "not-an-address" is not an email address/);
    expect(readFileSync(policy, 'utf8')).toBe('{"council":"Woking"}');
  });

  it('explains a CSV without the needed columns', () => {
    const { problems } = parseCouncillorCsv('Ward,Party\nHorsell,Independent\n');
    expect(problems.join()).toMatch(/no name column/);
    expect(problems.join()).toMatch(/no email column/);
  });
});
