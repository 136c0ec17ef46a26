import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { councillorNotOnOriginal } from '../../../src/engine/rules/councillor-not-on-original';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const OFFICER = 'Mark Hughes <mark.hughes@northdown.gov.uk>';
const BROWN = 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>';
const COLE = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const ENQUIRY =
  'From: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 09 February 2026 09:12\nTo: Mark Hughes <mark.hughes@northdown.gov.uk>\nSubject: Skip\n\nWhen will the skip go?';

function findings(message: CaseMessage, policy?: PolicyFile) {
  const draft = draftFromCase(message);
  const ctx = buildContext(draft, policyForCase({ policy }), new Date(draft.receivedAt!));
  return runRules([councillorNotOnOriginal], ctx).findings;
}

const reply = (newText: string, extra: Partial<CaseMessage> = {}): CaseMessage => ({
  from: OFFICER,
  to: [BROWN],
  cc: [COLE],
  kind: 'reply',
  subject: 'RE: Skip',
  text: `${newText}\n\n${ENQUIRY}`,
  ...extra,
});

describe('councillor-not-on-original', () => {
  it('offers the notation and removal when nothing tells the original councillor', () => {
    const [f] = findings(reply('Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark'));
    expect(f.severity).toBe('warning');
    expect(f.evidence).toBe('Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>');
    expect(f.message).toContain('Cllr Alice Brown');
    expect(f.fixes).toEqual([
      { kind: 'insert-notation', label: 'Say that Cllr Brian Cole has been copied in', text: 'I have copied in Cllr Brian Cole.' },
      { kind: 'remove-recipient', label: 'Remove Cllr Brian Cole', field: 'cc', recipient: { name: 'Cllr Brian Cole', email: 'cllr.brian.cole@northdown.gov.uk' } },
    ]);
  });

  it('is advice only when the notation names the added councillor by title and surname', () => {
    const [f] = findings(reply('Dear Cllr Brown,\n\nThe skip goes on Friday. I have copied in Councillor Cole.\n\nMark'));
    expect(f.severity).toBe('info');
    expect(f.fixes).toEqual([]);
  });

  it('accepts the suggested notation text as a cure', () => {
    const [before] = findings(reply('Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark'));
    const text = before.fixes.find((x) => x.kind === 'insert-notation');
    const [after] = findings(reply(`Dear Cllr Brown,\n\nThe skip goes on Friday. ${text && 'text' in text ? text.text : ''}\n\nMark`));
    expect(after.severity).toBe('info');
  });

  it('does not take a surname without a title as naming the councillor', () => {
    const [f] = findings(reply('Dear Cllr Brown,\n\nThe skip goes on Friday. I have copied in Cole.\n\nMark'));
    expect(f.severity).toBe('warning');
  });

  it('reports a notation that the original councillor will not see, without offering it as a fix', () => {
    const [f] = findings(reply('Sue, I have copied in Cllr Cole.\n\nMark', { to: ['Sue Grant <sue.grant@northdown.gov.uk>'], kind: 'forward', subject: 'FW: Skip' }));
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('no longer on the message');
    expect(f.fixes.map((x) => x.kind)).toEqual(['remove-recipient']);
  });

  it('gives one finding per added councillor, each judged on its own name', () => {
    const out = findings(reply('Dear Cllr Brown,\n\nI have copied in Cllr Cole.\n\nMark', { cc: [COLE, 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>'] }));
    expect(out.map((f) => [f.evidence, f.severity])).toEqual([
      ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>', 'info'],
      ['Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>', 'warning'],
    ]);
  });

  it('cites the preset clause at its severity', () => {
    const [f] = findings(reply('Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark'), { protocol: 'woking' });
    expect([f.severity, f.clause]).toEqual(['error', 'Woking 11.1–11.2']);
  });
});
