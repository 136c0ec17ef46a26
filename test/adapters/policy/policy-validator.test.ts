import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Ajv from 'ajv';
import schema from '../../../policy.schema.json';
import { validate } from '../../../src/adapters/policy/policy-validator.generated';

const ROOT = join(__dirname, '..', '..', '..');
// What the precompiled validator replaces: Ajv compiling the schema at run time, same options.
const runtime = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);

const strip = (errors: unknown) => JSON.parse(JSON.stringify(errors ?? null));

describe('the precompiled policy validator', () => {
  it('is up to date with policy.schema.json', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-policy-validator.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it.each([
    ['a valid policy', { council: 'Northdown', timeZone: 'Europe/London', officerDomains: ['northdown.gov.uk'], councillors: [{ name: 'A B', email: 'a.b@northdown.gov.uk' }] }],
    ['unknown fields, bad patterns and enums', { counsil: 'x', officerDomains: ['-bad', 'ok.gov.uk'], workingHours: { start: '9am', end: '17:00' }, severity: { 'bcc-use': 'loud', 'no-such-rule': 'off' } }],
    ['wrong types', { councillors: 'none', officerDomains: 'northdown.gov.uk', timeZone: 3 }],
    ['not an object', ['policy']],
  ])('answers exactly as Ajv compiling the schema at run time: %s', (_, data) => {
    const ok = validate(data);
    expect(ok).toBe(runtime(data));
    expect(strip((validate as unknown as { errors?: unknown }).errors)).toEqual(strip(runtime.errors));
  });
});
