import type { RuleDefinition } from '../define-rule';
import { responseDeadline } from './response-deadline';
import { bccUse } from './bcc-use';
import { councillorNotOnOriginal } from './councillor-not-on-original';
import { obligationInCouncillorName } from './obligation-in-councillor-name';
import { confidentialCopied } from './confidential-copied';
import { pressureOnOfficer } from './pressure-on-officer';
import { discourteousLanguage } from './discourteous-language';
import { officerCriticismCirculated } from './officer-criticism-circulated';
import { employmentLobbying } from './employment-lobbying';
import { undeclaredPersonalInterest } from './undeclared-personal-interest';
import { partyPoliticalRequest } from './party-political-request';
import { hiddenCirculation } from './hidden-circulation';
import { wardCapacityUnstated } from './ward-capacity-unstated';
import { outOfHours } from './out-of-hours';
import { informationParity } from './information-parity';

/** Every finding rule, in catalogue order (RULES.md). Add a rule here when its file lands. */
export const RULES: readonly RuleDefinition[] = [
  bccUse,
  councillorNotOnOriginal,
  obligationInCouncillorName,
  confidentialCopied,
  pressureOnOfficer,
  discourteousLanguage,
  officerCriticismCirculated,
  employmentLobbying,
  undeclaredPersonalInterest,
  partyPoliticalRequest,
  hiddenCirculation,
  wardCapacityUnstated,
  outOfHours,
  informationParity,
];

export const DEADLINE_RULE = responseDeadline;
