import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import { isFlagged } from '../../../src/engine/model/severity';
import { RULES } from '../../../src/engine/rules';
import { runRules } from '../../../src/engine/run-rules';
import { draftFromCase, policyForCase } from '../../support/case-draft';
import { BROWN, COLE, OFFICER, PRESS, RESIDENT, outlookQuote } from './people';

/**
 * Sentences that look like a rule's cue but are not: written to probe precision, measured before
 * any change was made for them. None may be flagged by the named rule.
 */
const toOfficer = (line: string): CaseMessage => ({ from: COLE, to: [OFFICER], text: `Nadia,\n\n${line}\n\nBrian` });
const toResident = (line: string): CaseMessage => ({ from: COLE, to: [RESIDENT], text: `Dear Mr Quinn,\n\n${line}\n\nBrian Cole\nWard Councillor for Westmoor` });

const LOOK_ALIKES: readonly (readonly [string, string, CaseMessage])[] = [
  ['discourteous-language', 'denies calling anyone incompetent', toOfficer('I am not calling anyone incompetent; the system let everyone down.')],
  ['discourteous-language', 'a disgraceful state of a park, not a person', toOfficer('The state of the play park is disgraceful after the weekend; could it be cleaned?')],
  ['discourteous-language', 'officer quoting the abuse policy', { from: OFFICER, to: [COLE], text: 'Brian,\n\nOur policy says callers must not use abusive or offensive language.\n\nNadia' }],
  ['pressure-on-officer', '"you must be pleased"', toOfficer('You must be pleased the scheme finally opened.')],
  ['pressure-on-officer', 'residents insist, not the councillor', toOfficer('Residents insist the bus stop should stay where it is; what are the options?')],
  ['pressure-on-officer', 'taking a matter to full council as politics', toOfficer('I will be raising the library closures at full council next month.')],
  ['pressure-on-officer', 'asking about a queue, not to jump it', toOfficer('How long is the waiting list for adaptations at the moment?')],
  ['obligation-in-councillor-name', 'the Council will decide', toResident('Your request has been passed to the planning committee, which will decide in April.')],
  ['obligation-in-councillor-name', '"you must be relieved"', toResident('You must be relieved that the work is finally finished.')],
  ['obligation-in-councillor-name', 'promise of the councillor\'s own follow-up', toResident('I will come back to you as soon as I hear from officers.')],
  ['undeclared-personal-interest', '"my surgery" and "my phone"', toOfficer('A resident came to my surgery about damp; she can be reached on my phone if needed. Could Housing visit her?')],
  ['undeclared-personal-interest', '"our residents"', toOfficer('Our residents on Elm Court have reported a broken door entry system. When will it be fixed?')],
  ['party-political-request', 'national party policy mentioned', toOfficer('Could you explain how the Labour government\'s new housing targets affect our local plan?')],
  ['party-political-request', 'a working group meeting', toOfficer('Could you come to the working group meeting on the climate strategy?')],
  ['officer-criticism-circulated', 'the contractor\'s crew, not an officer, to the press', { from: COLE, to: [PRESS], text: 'The contractor\'s crew ignored the road closure and damaged the verge.\n\nCllr Brian Cole' }],
  ['officer-criticism-circulated', 'a failed scheme, not a person, to the press', { from: COLE, to: [PRESS], text: 'The parking scheme has failed to reduce congestion on the High Street.\n\nCllr Brian Cole' }],
  [
    'confidential-copied',
    'a confidentiality clause mentioned in the thread',
    { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', text: 'Alice,\n\nCopying Cllr Cole as ward member.\n\nNadia' + outlookQuote(BROWN, OFFICER, 'Lease', 'Nadia, does the lease have a break clause or a confidentiality clause?\n\nAlice') },
  ],
  ['employment-lobbying', 'officer mentions their manager for a service reason', { from: OFFICER, to: [COLE], text: 'Brian,\n\nMy manager has approved the extra gully crew for Westmoor next week.\n\nNadia' }],
];

describe('look-alikes are not flagged', () => {
  it.each(LOOK_ALIKES.map(([id, name, m]) => [`${id}: ${name}`, id, m] as const))('%s', (_name, id, message) => {
    const rule = RULES.find((r) => r.id === id)!;
    const policy = policyForCase({ policy: { rules: { [id]: 'warning' } } });
    const draft = draftFromCase(message);
    const flagged = runRules([rule], buildContext(draft, policy, new Date(draft.receivedAt!))).findings.filter((f) => isFlagged(f.severity));
    expect(flagged.map((f) => f.evidence)).toEqual([]);
  });
});
