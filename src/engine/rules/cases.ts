/**
 * Every rule's own examples, by rule id, for the rule tests and the docs generator.
 *
 * Each rule file exports its cases separately from the rule object so that the add-in and the CLI,
 * which import only ./index, never carry them. Product code must not import this module (a test
 * checks that nothing under src does).
 */
import type { DeadlineCase, RuleCases } from '../define-rule';
import { cases as bccUse } from './bcc-use';
import { cases as confidentialCopied } from './confidential-copied';
import { cases as councillorNotOnOriginal } from './councillor-not-on-original';
import { cases as discourteousLanguage } from './discourteous-language';
import { cases as employmentLobbying } from './employment-lobbying';
import { cases as hiddenCirculation } from './hidden-circulation';
import { cases as informationParity } from './information-parity';
import { cases as obligationInCouncillorName } from './obligation-in-councillor-name';
import { cases as officerCriticismCirculated } from './officer-criticism-circulated';
import { cases as outOfHours } from './out-of-hours';
import { cases as partyPoliticalRequest } from './party-political-request';
import { cases as pressureOnOfficer } from './pressure-on-officer';
import { cases as responseDeadline } from './response-deadline';
import { cases as undeclaredPersonalInterest } from './undeclared-personal-interest';
import { cases as wardCapacityUnstated } from './ward-capacity-unstated';

const FACTORIES: Readonly<Record<string, () => RuleCases>> = {
  'bcc-use': bccUse,
  'councillor-not-on-original': councillorNotOnOriginal,
  'obligation-in-councillor-name': obligationInCouncillorName,
  'confidential-copied': confidentialCopied,
  'pressure-on-officer': pressureOnOfficer,
  'discourteous-language': discourteousLanguage,
  'officer-criticism-circulated': officerCriticismCirculated,
  'employment-lobbying': employmentLobbying,
  'undeclared-personal-interest': undeclaredPersonalInterest,
  'party-political-request': partyPoliticalRequest,
  'hidden-circulation': hiddenCirculation,
  'ward-capacity-unstated': wardCapacityUnstated,
  'out-of-hours': outOfHours,
  'information-parity': informationParity,
};

/** Finding rules' cases, keyed by rule id (the same ids as RULES). */
export const RULE_CASES: Readonly<Record<string, RuleCases>> = Object.fromEntries(
  Object.entries(FACTORIES).map(([id, make]) => [id, make()]),
);

/** The response-deadline rule's cases: due dates rather than findings. */
export const DEADLINE_CASES: readonly DeadlineCase[] = responseDeadline();

/** A finding rule's cases; throws for an id with none, so a missing entry fails loudly. */
export function casesFor(id: string): RuleCases {
  const found = Object.prototype.hasOwnProperty.call(RULE_CASES, id) ? RULE_CASES[id] : undefined;
  if (!found) throw new Error(`rule "${id}" has no registered cases`);
  return found;
}
