import { MailboxError } from '../../src/adapters/mailbox/port';
import { applyFixTo, insertAboveQuoted, interimReply, REGISTER_KEY, SimulatedMailbox } from '../../src/playground/simulated-mailbox';
import { settingsFromUrl } from '../../src/playground/Playground';
import { parseCustomPolicy, policyFileFor, policySourceFor } from '../../src/playground/policy-choice';
import { CLLR_HARGREAVES, CLLR_RAO, DEADLINE, clock, composeItem, enquiryItem, memoryStore } from './helpers';

const QUOTED = `Dear Cllr Rao,

The crew is booked.

Kind regards,
Daniel

From: Cllr Sunita Rao <cllr.sunita.rao@larkfield.gov.uk>
Sent: Monday, 10 November 2025 09:41
To: Daniel Frost <daniel.frost@larkfield.gov.uk>
Subject: Pothole

Hi Daniel, could you look at it?`;

describe('the playground mailbox carries out fixes on its message', () => {
  it('moves Bcc recipients to Cc', () => {
    const item = applyFixTo(composeItem(), { kind: 'move-bcc-to-cc', label: 'Move', recipients: [{ email: 'CLLR.TOM.HARGREAVES@larkfield.gov.uk' }] });
    expect(item.bcc).toEqual([]);
    expect(item.cc).toEqual([CLLR_HARGREAVES]);
  });

  it('removes a recipient from the named field only', () => {
    const item = applyFixTo(composeItem({ cc: [CLLR_HARGREAVES] }), { kind: 'remove-recipient', label: 'Remove', field: 'cc', recipient: CLLR_HARGREAVES });
    expect(item.cc).toEqual([]);
    expect(item.bcc).toEqual([CLLR_HARGREAVES]);
    expect(() => applyFixTo(item, { kind: 'remove-recipient', label: 'Remove', field: 'to', recipient: CLLR_HARGREAVES })).toThrow(MailboxError);
  });

  it('inserts a notation above the quoted history', () => {
    const body = insertAboveQuoted(QUOTED, 'cc Cllr Tom Hargreaves');
    expect(body.indexOf('cc Cllr Tom Hargreaves')).toBeGreaterThan(body.indexOf('Daniel\n'));
    expect(body.indexOf('cc Cllr Tom Hargreaves')).toBeLessThan(body.indexOf('From: Cllr Sunita Rao'));
  });

  it('re-signs and replaces phrases even across different line breaks', () => {
    const item = composeItem({ body: 'The Council will\nrefund you.\n\nYours sincerely,\nCouncillor Margaret Okafor\nLeader of the Council' });
    const resigned = applyFixTo(item, { kind: 're-sign', label: 'Re-sign', signOff: 'Councillor Margaret Okafor Leader of the Council', replacement: 'Ruth Adeyemi\nHousing Options Manager' });
    expect(resigned.body).toMatch(/Yours sincerely,\nRuth Adeyemi\nHousing Options Manager$/);
    const softened = applyFixTo(item, { kind: 'replace-phrase', label: 'Soften', phrase: 'The Council will refund', replacement: 'I have asked officers whether the Council can refund' });
    expect(softened.body).toMatch(/^I have asked officers whether the Council can refund you\./);
    expect(() => applyFixTo(item, { kind: 'replace-phrase', label: 'x', phrase: 'not there', replacement: 'y' })).toThrow(/could not find/);
  });

  it('records a delayed delivery', () => {
    expect(applyFixTo(composeItem(), { kind: 'delay-delivery', label: 'Delay', until: '2025-11-28T09:00:00Z' }).deliverAt).toBe('2025-11-28T09:00:00Z');
  });
});

describe('the playground mailbox as a MailboxPort', () => {
  it('reads the draft, and refuses fixes in read mode', async () => {
    const box = new SimulatedMailbox({ mode: 'read', item: enquiryItem(), storage: memoryStore(), clock });
    const draft = await box.readDraft();
    expect(draft).toMatchObject({ from: CLLR_RAO, subject: 'Broken railings on the Canal Walk footbridge', receivedAt: '2025-11-25T10:12:00Z' });
    await expect(box.applyFix({ kind: 'delay-delivery', label: 'x', until: 'y' })).rejects.toMatchObject({ operation: 'applyFix' });
  });

  it('fails the named call once when asked', async () => {
    const box = new SimulatedMailbox({ mode: 'compose', item: composeItem(), storage: memoryStore(), clock });
    box.failNext('subject.getAsync', 'nope');
    await expect(box.readDraft()).rejects.toMatchObject({ operation: 'subject.getAsync', message: 'subject.getAsync: nope' });
    await expect(box.readDraft()).resolves.toMatchObject({ subject: 'RE: Pothole outside 22 Wharf Road' });
  });

  it('keeps tracking in storage and finds it from a reply', async () => {
    const storage = memoryStore();
    const reader = new SimulatedMailbox({ mode: 'read', item: enquiryItem(), storage, clock });
    await reader.startReminder(DEADLINE);
    const writer = new SimulatedMailbox({ mode: 'compose', item: composeItem({ inReplyTo: '<canal-walk.1@larkfield.gov.uk>' }), storage, clock });
    await expect(writer.getTracking()).resolves.toMatchObject({ itemId: 'enquiry-1', status: 'open' });
    const unrelated = new SimulatedMailbox({ mode: 'compose', item: composeItem(), storage, clock });
    await expect(unrelated.getTracking()).resolves.toBeUndefined();
    await reader.markReplied('enquiry-1');
    expect(JSON.parse(storage.getItem(REGISTER_KEY) ?? '[]')).toEqual([expect.objectContaining({ status: 'replied', repliedAt: clock().toISOString() })]);
  });

  it('opens an interim reply that gives the date and answers the enquiry', async () => {
    const opened: unknown[] = [];
    const box = new SimulatedMailbox({ mode: 'read', item: enquiryItem(), storage: memoryStore(), clock, onOpenItem: (item, mode) => opened.push({ item, mode }) });
    await box.draftInterimReply(DEADLINE);
    expect(opened).toEqual([expect.objectContaining({ mode: 'compose' })]);
    const reply = interimReply(enquiryItem(), DEADLINE, 'Europe/London');
    expect(reply.to).toEqual([CLLR_RAO]);
    expect(reply.inReplyTo).toBe('<canal-walk.1@larkfield.gov.uk>');
    expect(reply.body).toContain('full reply by Tuesday 2 December');
  });
});

describe('playground settings', () => {
  it('reads latency, mode, protocol and a fixed clock from the address', () => {
    expect(settingsFromUrl('?latency=50&mode=read&protocol=harlow&now=2025-11-27T10:00:00Z&sample=x')).toEqual({
      latencyMs: 50,
      mode: 'read',
      protocol: 'harlow',
      now: '2025-11-27T10:00:00Z',
      sampleId: 'x',
    });
    expect(settingsFromUrl('?latency=abc&mode=nope&protocol=atlantis&now=never')).toEqual({ latencyMs: 0, mode: undefined, protocol: undefined, now: undefined, sampleId: undefined });
  });

  it('rejects an invalid pasted policy whole, naming the field', () => {
    const bad = parseCustomPolicy('{"protocol": "atlantis", "timeZone": "Europe/London"}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.pointer)).toContain('/protocol');
    expect(parseCustomPolicy('{"protocol": "harlow"}')).toEqual({ ok: true, file: { protocol: 'harlow' } });
  });
});

describe('the playground says how its policy was obtained', () => {
  const now = new Date('2025-11-27T10:00:00Z');

  it('reports a saved copy when the deployed policy is "unreachable", and the checks still get the policy', async () => {
    const choice = { kind: 'unreachable', protocol: 'woking' } as const;
    const source = policySourceFor(choice, now);
    expect(source).toEqual({ kind: 'cached', url: 'policy.json', fetchedAt: '2025-11-24T10:00:00.000Z', reason: 'the policy at policy.json did not arrive in time' });
    const mailbox = new SimulatedMailbox({ mode: 'compose', item: composeItem(), storage: memoryStore(), policy: policyFileFor(choice), policySource: source });
    await expect(mailbox.loadPolicy()).resolves.toMatchObject({ protocol: 'woking' });
    expect(mailbox.policySource()).toBe(source);
  });

  it('defaults to fresh with a policy and to the default without one', () => {
    expect(new SimulatedMailbox({ mode: 'compose', item: composeItem(), storage: memoryStore(), policy: { protocol: 'model' } }).policySource()?.kind).toBe('fresh');
    expect(new SimulatedMailbox({ mode: 'compose', item: composeItem(), storage: memoryStore() }).policySource()?.kind).toBe('default');
    expect(policySourceFor({ kind: 'default' }, now).kind).toBe('default');
    expect(policySourceFor({ kind: 'sample', protocol: 'harlow' }, now).kind).toBe('fresh');
  });

  it('reads policy=unreachable from the address bar', () => {
    expect(settingsFromUrl('?policy=unreachable&protocol=woking')).toMatchObject({ policy: 'unreachable', protocol: 'woking' });
    expect(settingsFromUrl('?policy=elsewhere')).not.toHaveProperty('policy');
  });
});
