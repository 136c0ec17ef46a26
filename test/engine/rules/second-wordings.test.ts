import type { InvalidRuleCase, RuleCase } from '../../../src/engine/define-rule';
import { RULES } from '../../../src/engine/rules';
import { testRule } from '../../support/rule-tester';
import { ALL, BROWN, CHIEF, COLE, DAVIES, EVANS, OFFICER, OFFICER_2, PATEL, PRESS, RESIDENT, outlookQuote } from './people';

/**
 * A second set of wordings, written after the rules' own cases and measured before any change was
 * made for them: each rule must recognise phrasings it was not built from, and leave alone the
 * look-alike sentences the catalogue names as hard negatives.
 */
interface WordingSet {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidRuleCase[];
}

const toOfficer = (line: string, from = COLE) => ({ from, to: [OFFICER], text: `Hello Nadia,\n\n${line}\n\nThanks,\nBrian` });
const toResident = (line: string, sign = 'Yours,\n\nCllr Brian Cole\nWard Councillor for Westmoor', from = COLE) => ({ from, to: [RESIDENT], text: `Dear Pat,\n\n${line}\n\n${sign}` });
const history = (line: string) => outlookQuote(BROWN, OFFICER, 'Tenant at Elm Court', `Nadia,\n\n${line}\n\nAlice`);

const SETS: Record<string, WordingSet> = {
  'pressure-on-officer': {
    valid: [
      { name: 'asks when it might be possible', message: toOfficer('When might the team be able to look at the blocked gully on Station Road?') },
      { name: 'states disagreement and asks for reasons', message: toOfficer('I do not agree with the recommendation to approve, and I would welcome a conversation about the reasons.') },
      { name: 'says they will speak at committee (ordinary politics)', message: toOfficer('I will be speaking against the application at committee on behalf of residents.') },
      { name: 'reports what residents demand', message: toOfficer('Residents are demanding that the play area reopens, so any update I can pass on would help.') },
      { name: 'a deadline offered as a preference, politely', message: toOfficer('If at all possible, an answer before Thursday would help me brief the residents group.') },
    ],
    invalid: [
      { name: 'tells the officer to reverse the refusal', message: toOfficer('Reverse the refusal on the Pike Lane application; it is plainly wrong.'), evidence: 'Reverse' },
      { name: '"I am telling you" order', message: toOfficer('I am telling you to get the graffiti off the underpass this week.'), evidence: 'telling you to' },
      { name: 'threat to go to the press about the team', message: toOfficer('Unless the bins are collected tomorrow I will be going to the local paper about your department.'), evidence: 'local paper' },
      { name: 'asks to skip the assessment for a friend', message: toOfficer('Could you bypass the usual assessment for my friend\'s disabled facilities grant?'), evidence: 'bypass' },
      { name: 'asks who reported a resident', message: toOfficer('Please find out who complained about the Hendersons\' dog and let me know.'), evidence: 'who complained' },
    ],
  },
  'discourteous-language': {
    valid: [
      { name: 'quotes a resident\'s word in quotation marks', message: toOfficer('A resident described the response as "pathetic"; I have told him we will look again.') },
      { name: 'a heading in capitals is not shouting', message: toOfficer('AGENDA ITEM FOUR - PARKING REVIEW\nCould you send me the appendix?') },
      { name: 'firm criticism of a delay, courteously put', message: toOfficer('This delay is frustrating for residents and I would like to know what went wrong.') },
      { name: 'the word "hell" in a place name', message: toOfficer('The footpath at Hell Lane near the farm is flooded again.') },
      { name: 'an officer reporting abuse they received', message: { from: OFFICER, to: [COLE], text: 'Brian,\n\nThe caller told me we were "useless idiots"; I ended the call politely.\n\nNadia' } },
    ],
    invalid: [
      { name: 'calls the officers clowns', message: toOfficer('Your officers are clowns.'), evidence: 'clowns' },
      { name: 'sarcastic "well done"', message: toOfficer('Well done, really, another month without a reply.'), evidence: 'Well done, really' },
      { name: 'shouting mid-sentence', message: toOfficer('I have asked three times and I AM STILL WAITING FOR AN ANSWER about the bins.'), evidence: 'STILL WAITING' },
      { name: 'swearing', message: toOfficer('This bloody mess needs sorting out.'), evidence: 'bloody' },
      { name: 'calls the response a joke', message: toOfficer('Your response is a complete joke.'), evidence: 'joke' },
    ],
  },
  'officer-criticism-circulated': {
    valid: [
      { name: 'concern sent only to the Chief Executive with another councillor', message: { from: COLE, to: [CHIEF], cc: [BROWN], text: 'Helen,\n\nThe housing officer did not return the family\'s calls for a fortnight.\n\nBrian' } },
      { name: 'residents told that a policy is unfair', message: toResident('The new charging policy is unfair on pensioners and I voted against it.') },
      { name: 'criticism of a developer to residents', message: toResident('The developer has ignored the planning conditions, and enforcement has been asked to act.') },
      { name: 'officer praised in the press', message: { from: COLE, to: [PRESS], text: 'Our planning officer worked tirelessly with residents on the design.\n\nCllr Brian Cole' } },
      { name: 'a councillor criticised, not an officer', message: { from: COLE, to: [PRESS], text: 'Cllr Evans has failed to attend a single ward meeting this year.\n\nCllr Brian Cole' } },
    ],
    invalid: [
      { name: 'to all councillors: the director misled members', message: { from: COLE, to: [ALL], text: 'Sent to all councillors.\n\nThe Director of Place misled members about the cost of the scheme.\n\nBrian' }, evidence: 'Director of Place' },
      { name: 'to a resident: the officer never replied', message: toResident('I am sorry the enforcement officer never replied to your emails; frankly that is poor.'), evidence: 'enforcement officer' },
      { name: 'to the press: officer handled it badly', message: { from: COLE, to: [PRESS], text: 'The licensing manager handled the taxi review very poorly.\n\nCllr Brian Cole' }, evidence: 'licensing manager' },
      { name: 'to three councillors: officer lacks a grip', message: { from: COLE, to: [BROWN, PATEL, EVANS], text: 'All,\n\nI am not convinced the new head of housing is up to the job.\n\nBrian' }, evidence: 'head of housing' },
      { name: 'to residents: named officer was rude', message: { from: DAVIES, to: [RESIDENT], text: 'Dear Pat,\n\nTom Reilly from the parking team was rude and unhelpful at the meeting.\n\nCarol' }, evidence: 'Tom Reilly' },
    ],
  },
  'employment-lobbying': {
    valid: [
      { name: 'officer explains a restructure affecting the service', message: { from: OFFICER, to: [COLE], text: 'Brian,\n\nThe restructure of the waste service will not change collection days.\n\nNadia' } },
      { name: 'councillor asks about agency staff costs', message: toOfficer('How much did the council spend on agency staff in planning last year?') },
      { name: 'councillor told an applicant to apply in the normal way', message: toOfficer('A resident asked me about the apprentice posts; I told her to apply through the website like anyone else.') },
      { name: 'officer mentions their leave for a meeting date', message: { from: OFFICER, to: [COLE], text: 'Brian,\n\nI am on leave next week, so could we meet on the 20th instead?\n\nNadia' } },
      { name: 'councillor asks about a resident\'s benefit appeal', message: toOfficer('A constituent\'s housing benefit appeal hearing is next week; can you confirm the time for her?') },
    ],
    invalid: [
      { name: 'officer seeks a councillor\'s help with a grievance', message: { from: OFFICER, to: [BROWN], text: 'Alice,\n\nI have lodged a formal grievance about how I have been treated and would really value your backing.\n\nNadia' }, evidence: 'grievance' },
      { name: 'officer complains about being denied promotion', message: { from: OFFICER_2, to: [COLE], text: 'Brian,\n\nI have been denied promotion twice by my manager and I feel it is because I spoke up.\n\nTom' }, evidence: 'denied promotion' },
      { name: 'councillor puts in a word for a candidate', message: toOfficer('I gather my neighbour\'s son is a candidate for the IT post; he would be a real asset to the team.'), evidence: 'real asset' },
      { name: 'councillor asks to see an officer reinstated', message: toOfficer('I understand Tom Reilly was dismissed last week. I think he should be reinstated and I will say so at his appeal.'), evidence: 'reinstated' },
      { name: 'councillor asks the panel not to appoint someone', message: toOfficer('I hear Jo Lam has been shortlisted for the events officer post; please urge the panel not to appoint her.'), evidence: 'not to appoint' },
    ],
  },
  'undeclared-personal-interest': {
    valid: [
      { name: 'full declaration with the relationship', message: toOfficer('I should declare that the applicant for the HMO licence is my cousin, so I will not be involved further.') },
      { name: '"my constituents" are not a personal interest', message: toOfficer('Some of my constituents on Park Road are unhappy with the new bin store. Can someone look?') },
      { name: 'own council tax question with a declaration', message: toOfficer('In the interests of transparency, this is about my own home: is the single person discount applied?') },
      { name: 'mentions family but no stake in the matter', message: toOfficer('My daughter mentioned the potholes on the school run; could highways inspect Mill Road?') },
      { name: 'a ward resident\'s application', message: toOfficer('A resident on Oak Way has asked about her planning application; could you update me?') },
    ],
    invalid: [
      { name: 'tree works in the councillor\'s own garden', message: toOfficer('The council oak overhanging my back garden needs cutting back urgently; when can it be done?'), evidence: 'my back garden' },
      { name: 'son\'s taxi licence', message: toOfficer('Can you tell me where my son\'s taxi licence renewal has got to?'), evidence: 'son' },
      { name: 'the councillor lives opposite the site', message: toOfficer('I live opposite the proposed car wash and the noise will be dreadful. Can it be refused?'), evidence: 'I live opposite' },
      { name: 'wife\'s business', message: toOfficer('My wife runs the florist on Bridge Street and wants to know why her bins were not emptied.'), evidence: 'wife' },
      { name: 'own parking fine', message: toOfficer('I got a parking ticket outside my house on Tuesday; could it be cancelled?'), evidence: 'my house' },
    ],
  },
  'party-political-request': {
    valid: [
      { name: 'asks for a ward briefing', message: toOfficer('Could you brief the three Westmoor ward members on the flood scheme?') },
      { name: 'asks about polling station accessibility', message: toOfficer('Is the polling station at the scout hut accessible for wheelchair users?') },
      { name: 'asks for statistics for a council report', message: toOfficer('Could you send me the homelessness figures for the scrutiny report?') },
      { name: 'asks an officer to attend a residents association', message: toOfficer('Could you come to the Elm Court residents association meeting on Tuesday?') },
      { name: 'talks about the group leaders meeting convened by the council', message: toOfficer('Will the budget papers be ready for the cross-party group leaders meeting on Monday?') },
    ],
    invalid: [
      { name: 'asks for help with a campaign leaflet', message: toOfficer('Could you check the figures in our campaign leaflet before we deliver it?'), evidence: 'campaign leaflet' },
      { name: 'invites the officer to a Green Party group meeting', message: toOfficer('Would you attend the Green group meeting on Wednesday to explain the budget?'), evidence: 'Green group' },
      { name: 'asks for help with election material', message: toOfficer('Can your team design a map for my election leaflet?'), evidence: 'election leaflet' },
      { name: 'asks to present to the Conservative group', message: toOfficer('Please present the housing strategy to the Conservative group next week.'), evidence: 'Conservative group' },
      { name: 'asks for data for a party newsletter', message: toOfficer('Could you pull together the recycling rates for our Labour newsletter?'), evidence: 'newsletter' },
    ],
  },
  'confidential-copied': {
    valid: [
      { name: 'confidential thread answered to the same councillor and an officer', message: { from: OFFICER, to: [BROWN], cc: [OFFICER_2], kind: 'reply', text: 'Alice,\n\nTom will call the tenant.\n\nNadia' + history('In confidence, the tenant at Elm Court is being harassed.') } },
      { name: 'no marking in the thread', message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', text: 'Alice,\n\nCopying Cllr Cole.\n\nNadia' + history('The tenant at Elm Court has asked about a transfer.') } },
      { name: '"confidential reporting line" is a service', message: { from: OFFICER, to: [BROWN], cc: [RESIDENT], kind: 'reply', text: 'Alice,\n\nThe confidential reporting line number is 0300 000 000; copying Pat who asked.\n\nNadia' + history('What is the number for reporting fraud?') } },
      { name: 'new message with a marking never fires', message: { from: BROWN, to: [OFFICER], cc: [RESIDENT], kind: 'new', text: 'Nadia,\n\nStrictly confidential: the tenant at Elm Court is being harassed.\n\nAlice' } },
      { name: 'says it may be shared', message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', text: 'Alice,\n\nCopying Cllr Cole.\n\nNadia' + history('Happy for you to share this with Brian: the tenant at Elm Court is moving.') } },
    ],
    invalid: [
      { name: '"between you and me" in the history; councillor added', message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', text: 'Alice,\n\nI have copied in Cllr Cole.\n\nNadia' + history('Between you and me, the tenant at Elm Court is being harassed.') }, evidence: 'Brian Cole' },
      { name: '"please keep this to yourself"; resident added', message: { from: OFFICER, to: [BROWN], cc: [RESIDENT], kind: 'reply', text: 'Alice,\n\nAdding Pat.\n\nNadia' + history('Please keep this to yourself: the tenant at Elm Court is being harassed.') }, evidence: 'pat.quinn' },
      { name: '"I\'d rather this wasn\'t shared"; list added', message: { from: OFFICER, to: [BROWN], cc: [ALL], kind: 'reply', text: 'Alice,\n\nFor all members.\n\nNadia' + history('I would rather this was not shared with anyone else: the tenant at Elm Court is being harassed.') }, evidence: 'all.councillors' },
      { name: 'subject line marked confidential; press added', message: { from: OFFICER, to: [PRESS], kind: 'forward', text: 'FYI.\n\nNadia' + outlookQuote(BROWN, OFFICER, 'CONFIDENTIAL - depot sale', 'Nadia,\n\nThe depot sale is close.\n\nAlice') }, evidence: 'Newsroom' },
      { name: '"for your eyes only"; councillor added', message: { from: OFFICER, to: [BROWN], cc: [EVANS], kind: 'reply', text: 'Alice,\n\nCopying Erin.\n\nNadia' + history('For your eyes only: the tenant at Elm Court is being harassed.') }, evidence: 'Erin Evans' },
    ],
  },
  'obligation-in-councillor-name': {
    valid: [
      { name: 'councillor promises to chase officers', message: toResident('I will chase the highways team and let you know what they say.') },
      { name: 'council "will look at" the request', message: toResident('The Council will look at whether a dropped kerb is possible when the budget is set.') },
      { name: 'explains a past decision', message: toResident('The Council stopped the bus subsidy in 2024 because the grant ended.') },
      { name: 'hope, not promise', message: toResident('I hope the Council can find the money to replace the swings next year.') },
      { name: 'officer writes in their own name', message: { from: OFFICER, to: [RESIDENT], text: 'Dear Pat,\n\nYou must clear the footpath by Friday.\n\nNadia Okafor\nEnforcement Officer' } },
    ],
    invalid: [
      { name: 'promises compensation', message: toResident('You will receive £150 compensation from the Council for the damaged mower.'), evidence: 'compensation' },
      { name: 'the Council guarantees a date', message: toResident('The Council guarantees the new fence will be up by 1 June.'), evidence: 'guarantees' },
      { name: 'instructs the resident to stop', message: toResident('You must stop parking your van on the green immediately.'), evidence: 'must' },
      { name: '"we will" refund', message: toResident('We will refund the bulky waste fee in full next week.'), evidence: 'refund' },
      { name: 'the Council agrees to remove', message: toResident('I can confirm the Council has agreed to remove the dead tree this month.'), evidence: 'remove' },
    ],
  },
  'hidden-circulation': {
    valid: [
      { name: '"This email has gone to all members"', message: { from: OFFICER, to: [ALL], text: 'This email has gone to all members.\n\nThe training session is on Monday.\n\nNadia' } },
      { name: '"Distribution: all councillors"', message: { from: OFFICER, to: [ALL], text: 'Distribution: all councillors\n\nThe training session is on Monday.\n\nNadia' } },
      { name: '"I am copying this to every councillor"', message: { from: COLE, to: [ALL], text: 'Colleagues,\n\nI am copying this to every councillor as it affects all wards.\n\nBrian' } },
      { name: 'no list on the message', message: { from: OFFICER, to: [BROWN, COLE, PATEL], text: 'Hi all,\n\nThe training session is on Monday.\n\nNadia' } },
      { name: '"Sent to all Members of the Council"', message: { from: OFFICER, bcc: [ALL], to: [OFFICER], text: 'Sent to all Members of the Council\n\nThe training session is on Monday.\n\nNadia' } },
    ],
    invalid: [
      { name: '"Good morning all" only', message: { from: OFFICER, to: [ALL], text: 'Good morning all,\n\nThe training session is on Monday.\n\nNadia' }, evidence: 'all.councillors' },
      { name: '"Dear Members" greeting only', message: { from: OFFICER, to: [ALL], text: 'Dear Members,\n\nThe training session is on Monday.\n\nNadia' }, evidence: 'all.councillors' },
      { name: 'list hidden in Bcc, no statement', message: { from: COLE, to: [OFFICER], bcc: [ALL], text: 'Nadia,\n\nThe training session is on Monday.\n\nBrian' }, evidence: 'all.councillors' },
      { name: 'talks about sending something else to all councillors', message: { from: OFFICER, to: [ALL], text: 'Hello,\n\nThe slides will be sent to all councillors after the session.\n\nNadia' }, evidence: 'all.councillors' },
      { name: '"Hi everybody"', message: { from: OFFICER, cc: [ALL], to: [OFFICER_2], text: 'Hi everybody,\n\nThe training session is on Monday.\n\nNadia' }, evidence: 'all.councillors' },
    ],
  },
  'ward-capacity-unstated': {
    valid: [
      { name: '"one of your Westmoor councillors"', message: toResident('As one of your Westmoor councillors, I have reported the hedge.', 'Brian Cole') },
      { name: 'sign-off "Member for Westmoor"', message: toResident('I have reported the hedge.', 'Regards,\nBrian Cole\nMember for Westmoor') },
      { name: '"writing in a personal capacity"', message: toResident('I am writing in a personal capacity as a neighbour. I have reported the hedge.', 'Brian') },
      { name: '"Portfolio Holder for Environment" sign-off', message: toResident('I have reported the hedge.', 'Brian Cole\nPortfolio Holder for Environment') },
      { name: '"as Deputy Leader"', message: toResident('I am replying as Deputy Leader of the Council. I have reported the hedge.', 'Dev Patel', PATEL) },
    ],
    invalid: [
      { name: 'signs "Councillor Cole" only', message: toResident('I have reported the hedge.', 'Councillor Cole'), evidence: 'pat.quinn' },
      { name: 'no sign-off at all', message: toResident('I have reported the hedge.', ''), evidence: 'pat.quinn' },
      { name: 'mentions "the ward" without claiming it', message: toResident('Lots of people in the ward have mentioned hedges. I have reported it.', 'Brian'), evidence: 'pat.quinn' },
      { name: 'mentions the Leader but is not the Leader', message: toResident('The Leader of the Council has been told. I have reported the hedge.', 'Brian Cole'), evidence: 'pat.quinn' },
      { name: 'councillor writes to a press office without capacity', message: { from: COLE, to: [PRESS], text: 'Hello,\n\nHere is my comment on the hedge.\n\nBrian Cole' }, evidence: 'desk@valley-echo' },
    ],
  },
};

describe('second wordings', () => {
  for (const [id, set] of Object.entries(SETS)) {
    const rule = RULES.find((r) => r.id === id)!;
    testRule(rule, set, { minCases: 5 });
  }
});
