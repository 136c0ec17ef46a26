import type { CaseMessage, RuleCase } from '../../src/engine/define-rule';
import { parseAddressList } from '../../src/engine/people';
import type { Address } from '../../src/engine/model/address';
import type { Draft } from '../../src/engine/model/draft';
import { resolvePolicy, type Policy, type PolicyFile } from '../../src/engine/model/policy';
import { TEST_COUNCIL } from './test-council';

/** A Tuesday mid-morning in winter (no bank holiday nearby): the default "now" for cases. */
export const DEFAULT_CASE_TIME = '2026-02-10T10:30:00Z';

const addresses = (xs: readonly string[] | undefined): Address[] => (xs ?? []).flatMap(parseAddressList);

export function draftFromCase(message: CaseMessage): Draft {
  const [from] = parseAddressList(message.from);
  return {
    from,
    to: addresses(message.to),
    cc: addresses(message.cc),
    bcc: addresses(message.bcc),
    subject: message.subject ?? '',
    text: message.text,
    composeKind: message.kind ?? 'unknown',
    receivedAt: message.at ?? DEFAULT_CASE_TIME,
    originalParticipants: message.originalParticipants ? addresses(message.originalParticipants) : undefined,
  };
}

export function policyForCase(c: Pick<RuleCase, 'policy'>, base: PolicyFile = TEST_COUNCIL): Policy {
  return resolvePolicy({ ...base, ...(c.policy ?? {}) });
}
