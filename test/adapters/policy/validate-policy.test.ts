import { parsePolicyText, validatePolicy } from '../../../src/adapters/policy';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const pointers = (r: ReturnType<typeof validatePolicy>) => (r.ok ? [] : r.problems.map((p) => p.pointer));

describe('policy validation', () => {
  it('accepts the contract example and fills defaults', () => {
    const r = validatePolicy({
      council: 'Woking Borough Council',
      protocol: 'woking',
      officerDomains: ['woking.gov.uk'],
      councillors: [{ name: 'Jane Smith', email: 'cllr.jane.smith@woking.gov.uk', aliases: ['jane.smith@gmail.com'], roles: ['leader'], ward: 'Horsell' }],
      councillorLists: ['all.councillors@woking.gov.uk'],
      councillorAddressPatterns: ['cllr.*@woking.gov.uk'],
      responseDays: { default: 5, byRole: { leader: 2 }, urgent: 1 },
      rules: { 'out-of-hours': 'off', 'bcc-use': 'error' },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.timeZone).toBe('Europe/London');
      expect(r.policy.workingHours).toEqual({ start: '09:00', end: '17:00' });
      expect(r.policy.rules['bcc-use']).toBe('error');
    }
  });

  it('accepts an empty object (everything defaults)', () => {
    expect(validatePolicy({}).ok).toBe(true);
  });

  it('names every bad field with a JSON pointer and rejects the whole file', () => {
    const r = validatePolicy({
      protocol: 'wokingham',
      timeZone: 'Mars/Olympus',
      workingHours: { start: '17:00', end: '9am' },
      councillors: [{ email: 'not-an-address' }],
      rules: { 'bcc-usage': 'error', 'bcc-use': 'loud' },
      colour: 'blue',
    });
    expect(r.ok).toBe(false);
    const ps = pointers(r);
    expect(ps).toEqual(
      expect.arrayContaining(['/protocol', '/workingHours/end', '/councillors/0/name', '/councillors/0/email', '/rules/bcc-usage', '/rules/bcc-use', '/colour']),
    );
  });

  it('reports problems JSON Schema cannot see', () => {
    const r = validatePolicy({
      timeZone: 'Europe/Lndon',
      workingHours: { start: '17:00', end: '09:00' },
      councillors: [
        { name: 'A', email: 'a@x.gov.uk' },
        { name: 'B', email: 'b@x.gov.uk', aliases: ['A@x.gov.uk'] },
      ],
    });
    expect(pointers(r)).toEqual(['/timeZone', '/workingHours', '/councillors/1/aliases/0']);
  });

  it('rejects text that is not JSON, with the reason', () => {
    const r = parsePolicyText('{ "council": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/not valid JSON/);
  });

  it('accepts a byte-order mark', () => {
    expect(parsePolicyText('\uFEFF{"protocol":"harlow"}').ok).toBe(true);
  });

  it('accepts every policy of the development corpus', () => {
    const dir = join(__dirname, '../../../../shared/corpus/dev/policies');
    if (!existsSync(dir)) return; // the corpus sits beside the repository only in development and CI
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    for (const f of files) {
      const r = parsePolicyText(readFileSync(join(dir, f), 'utf8'));
      expect({ f, problems: r.ok ? [] : r.problems }).toEqual({ f, problems: [] });
    }
  });
});
