import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { undeclaredPersonalInterest } from '../../../src/engine/rules/undeclared-personal-interest';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const DAVIES = 'Cllr Carol Davies <carol.davies@members.northdown.gov.uk>';
const OFFICER = 'Sam Reid <sam.reid@northdown.gov.uk>';

function findings(message: CaseMessage, policy?: PolicyFile) {
  const draft = draftFromCase(message);
  return runRules([undeclaredPersonalInterest], buildContext(draft, policyForCase({ policy }), new Date(draft.receivedAt!))).findings;
}

describe('undeclared-personal-interest', () => {
  it('suggests a declaration that names what the writer mentioned', () => {
    const [f] = findings({ from: DAVIES, to: [OFFICER], text: 'Sam,\n\nThe extension backs onto my garden. Has anyone visited?\n\nCarol' });
    expect(f.evidence).toBe('my garden');
    expect(f.fixes).toEqual([
      { kind: 'insert-notation', label: 'Declare the interest and its nature', text: 'I should declare a personal interest: this matter concerns my garden.' },
    ]);
  });

  it('is satisfied once the suggested declaration is added', () => {
    const text = 'Sam,\n\nI should declare a personal interest: this matter concerns my garden. The extension backs onto my garden. Has anyone visited?\n\nCarol';
    expect(findings({ from: DAVIES, to: [OFFICER], text })).toEqual([]);
  });

  it('keeps a first-person cue as the nature itself', () => {
    const [f] = findings({ from: DAVIES, to: [OFFICER], text: 'Sam,\n\nI live next door to the site. When is the hearing?\n\nCarol' });
    expect(f.fixes[0]).toMatchObject({ text: 'I should declare a personal interest: I live next door.' });
  });

  it('asks for the nature when only the existence is declared', () => {
    const [f] = findings({ from: DAVIES, to: [OFFICER], text: 'Sam,\n\nI should declare an interest. When is the hearing?\n\nCarol' });
    expect(f.message).toMatch(/do not say what it is/);
    expect(f.fixes[0]).toMatchObject({ kind: 'insert-notation' });
  });

  it('is a warning citing Harlow 5.2 and 6.4', () => {
    const [f] = findings({ from: DAVIES, to: [OFFICER], text: 'Sam,\n\nMy neighbour is building again.\n\nCarol' }, { protocol: 'harlow' });
    expect([f.severity, f.clause]).toEqual(['warning', 'Harlow 5.2, 6.4']);
  });
});
