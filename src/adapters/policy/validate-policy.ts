import type { ErrorObject } from 'ajv';
import { resolvePolicy, type Policy, type PolicyFile } from '../../engine/model/policy';
import { validate as precompiled } from './policy-validator.generated';

/** One problem in a policy file, located by JSON pointer ("" is the whole document). */
export interface PolicyProblem {
  readonly pointer: string;
  readonly message: string;
  readonly hint?: string;
}

export type PolicyResult =
  | { readonly ok: true; readonly policy: Policy; readonly file: PolicyFile }
  | { readonly ok: false; readonly problems: readonly PolicyProblem[] };

/**
 * policy.schema.json, compiled ahead of time by Ajv (scripts/generate-policy-validator.mjs) with
 * allErrors and verbose (errors carry the offending value, so a message can quote it): the same
 * checks without shipping Ajv's compiler to the add-in.
 */
interface SchemaValidator {
  (data: unknown): data is PolicyFile;
  errors?: ErrorObject[] | null;
}
const validateSchema = precompiled as unknown as SchemaValidator;

/**
 * Parse and validate a policy file's text. All-or-nothing: any problem rejects the whole file, so a
 * half-understood policy is never applied. Every problem names its field.
 */
export function parsePolicyText(text: string): PolicyResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, problems: [{ pointer: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return validatePolicy(data);
}

export function validatePolicy(data: unknown): PolicyResult {
  if (!validateSchema(data)) {
    // The inner errors of a propertyNames check repeat what its own error says.
    const schemaProblems = (validateSchema.errors ?? []).filter((e) => e.keyword === 'propertyNames' || e.propertyName === undefined).map(describeError);
    // Report the checks schema cannot express too, so one run lists every problem.
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    return { ok: false, problems: [...schemaProblems, ...(isObject ? semanticProblems(data as PolicyFile) : [])] };
  }
  const problems = semanticProblems(data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: resolvePolicy(data), file: data };
}

/** Checks JSON Schema cannot express: a real time zone, hours in order, no duplicate addresses. */
function semanticProblems(file: PolicyFile): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  // Defensive about types: this also runs on files that failed the schema.
  if (typeof file.timeZone === 'string' && !isKnownTimeZone(file.timeZone)) {
    problems.push({ pointer: '/timeZone', message: `unknown time zone "${file.timeZone}"`, hint: 'use an IANA name such as Europe/London' });
  }
  const hours = file.workingHours as { start?: unknown; end?: unknown } | undefined;
  const hhmm = (v: unknown) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
  if (hours && hhmm(hours.start) && hhmm(hours.end) && (hours.start as string) >= (hours.end as string)) {
    problems.push({ pointer: '/workingHours', message: 'start must be earlier than end', hint: 'e.g. { "start": "09:00", "end": "17:00" }' });
  }
  const seen = new Map<string, string>();
  const councillors: unknown[] = Array.isArray(file.councillors) ? file.councillors : [];
  councillors.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null) return;
    const c = entry as { email?: unknown; aliases?: unknown };
    const aliases: unknown[] = Array.isArray(c.aliases) ? c.aliases : [];
    [c.email, ...aliases].forEach((addr, j) => {
      if (typeof addr !== 'string' || !addr) return;
      const key = addr.toLowerCase();
      const pointer = j === 0 ? `/councillors/${i}/email` : `/councillors/${i}/aliases/${j - 1}`;
      const first = seen.get(key);
      if (first) problems.push({ pointer, message: `address ${addr} is already used at ${first}`, hint: 'each address may belong to one councillor' });
      else seen.set(key, pointer);
    });
  });
  return problems;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function describeError(e: ErrorObject): PolicyProblem {
  const pointer = e.instancePath;
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      return { pointer: `${pointer}/${escapePointer(extra)}`, message: `unknown field "${extra}"`, hint: 'check the spelling against policy.schema.json' };
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return { pointer: `${pointer}/${escapePointer(missing)}`, message: `required field "${missing}" is missing` };
    }
    case 'enum':
      return { pointer, message: `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'propertyNames': {
      const name = (e.params as { propertyName: string }).propertyName;
      return { pointer: `${pointer}/${escapePointer(name)}`, message: `"${name}" is not a rule id`, hint: 'rule ids are listed in docs/rules/' };
    }
    case 'pattern':
      return { pointer, message: `"${String(e.data)}" is not in the expected form`, hint: patternHint(pointer) };
    default:
      return { pointer, message: e.message ?? e.keyword };
  }
}

function patternHint(pointer: string): string {
  if (/workingHours/.test(pointer)) return 'times are 24-hour HH:MM';
  if (/officerDomains/.test(pointer)) return 'a domain such as council.gov.uk, without @';
  if (/Patterns/.test(pointer)) return 'a glob with @, such as cllr.*@council.gov.uk';
  return 'an email address such as name@council.gov.uk';
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export function formatProblems(problems: readonly PolicyProblem[]): string {
  return problems.map((p) => `  ${p.pointer || '/'}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`).join('\n');
}
