import { MailboxError } from '../../../src/adapters/mailbox/port';
import { OfficeMailbox, parseLaunchContext } from '../../../src/adapters/office/office-mailbox';
import { completeFlag, flagForFollowUp } from '../../../src/adapters/office/graph-flag';
import { PREFILLED_KEY, recordPrefilled } from '../../../src/adapters/office/prefilled';
import { createLimiter } from '../../../src/adapters/office/office-async';
import { inferComposeKind } from '../../../src/adapters/office/read-draft';
import { POLICY_SETTING } from '../../../src/adapters/office/policy-cache';
import { REGISTER_SETTING, TRACKING_PROPERTY } from '../../../src/adapters/office/tracking';
import type { Deadline } from '../../../src/engine';
import { defaultState, installCompose, installRead, uninstall, type MockState } from './mock-office';

const CLLR = { displayName: 'Cllr Jane Smith', emailAddress: 'cllr.jane.smith@council.gov.uk' };
const RESIDENT = { displayName: 'Rita Resident', emailAddress: 'rita@example.org' };
const OWA_REPLY =
  '<html><body><div>Dear Rita,</div><div>We will look into this.</div><div>Kind regards</div><div>Cllr Jane Smith</div>' +
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Rita Resident<br><b>Sent:</b> Monday<br></div>' +
  '<div>Please help. Kind regards Cllr Jane Smith</div></body></html>';

jest.mock('../../../src/adapters/office/graph-flag', () => ({ flagForFollowUp: jest.fn(async () => undefined), completeFlag: jest.fn(async () => undefined) }));
const flagMock = flagForFollowUp as jest.MockedFunction<typeof flagForFollowUp>;
const completeMock = completeFlag as jest.MockedFunction<typeof completeFlag>;

afterEach(() => {
  uninstall();
  flagMock.mockClear();
  completeMock.mockClear();
});

describe('OfficeMailbox in compose mode', () => {
  function compose(overrides: Partial<MockState> = {}) {
    const state = installCompose(defaultState({ to: [RESIDENT], cc: [], bcc: [CLLR], subject: 'RE: Bins', body: OWA_REPLY, composeType: 'reply', ...overrides }));
    return { state, port: new OfficeMailbox() };
  }

  it('reads the draft with every call issued together, at most three in flight', async () => {
    const { state, port } = compose();
    expect(port.mode).toBe('compose');
    const draft = await port.readDraft();
    expect(draft.to).toEqual([{ name: 'Rita Resident', email: 'rita@example.org' }]);
    expect(draft.bcc).toEqual([{ name: 'Cllr Jane Smith', email: 'cllr.jane.smith@council.gov.uk' }]);
    expect(draft.from?.email).toBe('olivia.officer@council.gov.uk');
    expect(draft.subject).toBe('RE: Bins');
    expect(draft.html).toContain('divRplyFwdMsg');
    expect(draft.composeKind).toBe('reply');
    expect(state.calls).toEqual(expect.arrayContaining(['to.getAsync', 'cc.getAsync', 'bcc.getAsync', 'from.getAsync', 'subject.getAsync', 'body.getAsync', 'getComposeTypeAsync']));
    expect(state.maxInFlight).toBe(3);
  });

  it('merges the recipients recorded when the reply opened', async () => {
    const { state, port } = compose({ to: [RESIDENT, CLLR] });
    await recordPrefilled(globalThis.Office.context.mailbox.item as never, createLimiter(3));
    expect(state.sessionData.get(PREFILLED_KEY)).toContain('cllr.jane.smith@council.gov.uk');
    expect(state.customProperties.get(PREFILLED_KEY)).toContain('rita@example.org');
    state.to = [RESIDENT]; // the officer took the councillor off
    const draft = await port.readDraft();
    expect(draft.originalParticipants).toEqual([
      { name: 'Rita Resident', email: 'rita@example.org' },
      { name: 'Cllr Jane Smith', email: 'cllr.jane.smith@council.gov.uk' },
    ]);
  });

  it('falls back to custom properties where session data is not supported (a reopened draft)', async () => {
    const { state, port } = compose({ supported: ['1.1', '1.8', '1.10', '1.12'] });
    state.customProperties.set(PREFILLED_KEY, JSON.stringify({ v: 1, at: '2025-11-25T10:00:00Z', participants: [{ email: 'cllr.a@council.gov.uk' }] }));
    const draft = await port.readDraft();
    expect(draft.originalParticipants).toEqual([{ email: 'cllr.a@council.gov.uk' }]);
    expect(state.calls).not.toContain('sessionData.getAsync');
  });

  it('names the Office call that failed', async () => {
    const { state, port } = compose();
    state.fail.add('bcc.getAsync');
    const err = await port.readDraft().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MailboxError);
    expect((err as MailboxError).operation).toBe('bcc.getAsync');
    expect((err as Error).message).toContain('bcc.getAsync refused');
  });

  it('moves Bcc recipients to Cc, adding before removing', async () => {
    const { state, port } = compose({ bcc: [CLLR, { displayName: 'Other', emailAddress: 'other@x.org' }] });
    await port.applyFix({ kind: 'move-bcc-to-cc', label: 'Move to Cc', recipients: [{ name: 'Cllr Jane Smith', email: 'CLLR.JANE.SMITH@council.gov.uk' }] });
    expect(state.cc).toEqual([CLLR]);
    expect(state.bcc).toEqual([{ displayName: 'Other', emailAddress: 'other@x.org' }]);
    expect(state.calls.indexOf('cc.addAsync')).toBeLessThan(state.calls.indexOf('bcc.setAsync'));
  });

  it('removes one recipient and says so when it is already gone', async () => {
    const { state, port } = compose({ cc: [CLLR, RESIDENT] });
    await port.applyFix({ kind: 'remove-recipient', label: 'Remove', field: 'cc', recipient: { email: 'rita@example.org' } });
    expect(state.cc).toEqual([CLLR]);
    await expect(port.applyFix({ kind: 'remove-recipient', label: 'Remove', field: 'cc', recipient: { email: 'rita@example.org' } })).rejects.toThrow(
      /no longer in CC/,
    );
  });

  it('inserts a notation above the quoted history', async () => {
    const { state, port } = compose();
    await port.applyFix({ kind: 'insert-notation', label: 'Add note', text: 'Copied to Cllr Smith for information' });
    const note = state.body.indexOf('<p>Copied to Cllr Smith for information</p>');
    expect(note).toBeGreaterThan(state.body.indexOf('Cllr Jane Smith</div>'));
    expect(note).toBeLessThan(state.body.indexOf('divRplyFwdMsg'));
    expect(state.calls).not.toContain('body.prependAsync');
  });

  it('prepends the notation when there is no quoted history', async () => {
    const { state, port } = compose({ body: '<div>Hello</div>' });
    await port.applyFix({ kind: 'insert-notation', label: 'Add note', text: 'Sent on behalf of the Leader' });
    expect(state.calls).toContain('body.prependAsync');
    expect(state.body.startsWith('<p>Sent on behalf of the Leader</p>')).toBe(true);
  });

  it("re-signs in the officer's name in the new text only", async () => {
    const { state, port } = compose();
    await port.applyFix({ kind: 're-sign', label: 'Sign as officer', signOff: 'Cllr Jane Smith', replacement: 'Olivia Officer' });
    expect(state.body).toContain('<div>Olivia Officer</div><div id="appendonsend">');
    expect(state.body).toContain('Please help. Kind regards Cllr Jane Smith'); // the quote is untouched
  });

  it('replaces a phrase and reports one that is gone', async () => {
    const { state, port } = compose();
    await port.applyFix({ kind: 'replace-phrase', label: 'Soften', phrase: 'We will look into this', replacement: 'Officers will look into this' });
    expect(state.body).toContain('<div>Officers will look into this.</div>');
    await expect(port.applyFix({ kind: 'replace-phrase', label: 'x', phrase: 'not in the body', replacement: 'y' })).rejects.toThrow(/no longer in the message/);
  });

  it('edits a plain-text body as text', async () => {
    const { state, port } = compose({ bodyType: 'text', body: 'Dear Rita,\nWe will look into this.\nCllr Jane Smith\n\n-----Original Message-----\nFrom: Rita\nCllr Jane Smith' });
    await port.applyFix({ kind: 're-sign', label: 'x', signOff: 'Cllr Jane Smith', replacement: 'Olivia Officer' });
    expect(state.body).toBe('Dear Rita,\nWe will look into this.\nOlivia Officer\n\n-----Original Message-----\nFrom: Rita\nCllr Jane Smith');
  });

  it('delays delivery where Mailbox 1.13 allows, and explains where it does not', async () => {
    const { state, port } = compose();
    await port.applyFix({ kind: 'delay-delivery', label: 'Send at 9', until: '2025-11-26T09:00:00Z' });
    expect(state.delayDelivery?.toISOString()).toBe('2025-11-26T09:00:00.000Z');
    uninstall();
    const old = compose({ supported: ['1.1', '1.10', '1.11', '1.12'] });
    await expect(old.port.applyFix({ kind: 'delay-delivery', label: 'x', until: '2025-11-26T09:00:00Z' })).rejects.toThrow(/Mailbox 1.13/);
  });

  it('follows recipient changes and stops when unsubscribed', () => {
    const { state, port } = compose();
    const listener = jest.fn();
    const off = port.onItemChanged(listener);
    state.handlers.get('item:olkRecipientsChanged')?.();
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    expect(state.handlers.has('item:olkRecipientsChanged')).toBe(false);
  });

  it('finds the tracked enquiry a reply answers', async () => {
    const { state, port } = compose({ conversationId: 'conv-9' });
    state.roaming.set(REGISTER_SETTING, JSON.stringify([{ itemId: 'x', conversationId: 'conv-9', due: '2025-12-02T17:00:00+00:00', status: 'open', subject: 'Bins', from: 'Cllr', receivedAt: '', dueDate: '', workingDays: 5, clause: 'Model protocol', startedAt: '2025-11-25T10:00:00Z', reminders: [] }]));
    await port.readDraft();
    expect((await port.getTracking())?.itemId).toBe('x');
  });
});

describe('inferComposeKind', () => {
  it('trusts reply/forward, but checks a "newMail" answer against the thread', () => {
    expect(inferComposeKind({ composeType: 'reply', subject: 'RE: x', prefilled: 0 })).toBe('reply');
    expect(inferComposeKind({ composeType: 'forward', subject: 'x', prefilled: 0 })).toBe('forward');
    expect(inferComposeKind({ composeType: 'newMail', subject: 'RE: x', inReplyTo: '<a@b>', prefilled: 0 })).toBe('reply');
    expect(inferComposeKind({ composeType: 'newMail', subject: 'FW: x', conversationId: 'c', prefilled: 0 })).toBe('forward');
    expect(inferComposeKind({ composeType: 'newMail', subject: 'RE: x', prefilled: 0 })).toBe('new');
    expect(inferComposeKind({ subject: 'x', prefilled: 0 })).toBe('unknown');
  });
});

describe('OfficeMailbox in read mode', () => {
  const deadline: Deadline = {
    due: '2025-12-02T17:00:00+00:00',
    dueDate: '2025-12-02',
    workingDays: 5,
    basis: 'default',
    clause: 'Woking 9.2',
    receivedAt: '2025-11-25T10:00:00Z',
  };

  function read(overrides: Partial<MockState> = {}) {
    const state = installRead(
      defaultState({
        from: CLLR,
        to: [{ displayName: 'Olivia Officer', emailAddress: 'olivia.officer@council.gov.uk' }],
        subject: 'Potholes on Mill Lane',
        body: '<p>Please could you tell me when the potholes will be fixed?</p>',
        headers: 'Subject: Potholes\r\nIn-Reply-To:\r\n <earlier@council.gov.uk>\r\n',
        ...overrides,
      }),
    );
    return { state, port: new OfficeMailbox() };
  }

  it('reads the selected message', async () => {
    const { port } = read();
    expect(port.mode).toBe('read');
    const draft = await port.readDraft();
    expect(draft.from).toEqual({ name: 'Cllr Jane Smith', email: 'cllr.jane.smith@council.gov.uk' });
    expect(draft.receivedAt).toBe('2025-11-25T10:00:00.000Z');
    expect(draft.inReplyTo).toBe('earlier@council.gov.uk');
    expect(draft.composeKind).toBe('reply');
  });

  it('starts a reminder that a reloaded pane reads back from the mailbox', async () => {
    const { state, port } = read();
    await port.readDraft();
    const record = await port.startReminder(deadline);
    expect(record.reminders).toEqual(['category', 'calendar']);
    expect(state.categories).toEqual(['Protocol Guard']);
    expect(JSON.parse(state.customProperties.get(TRACKING_PROPERTY) as string).due).toBe(deadline.due);
    expect(JSON.parse(state.roaming.get(REGISTER_SETTING) as string)).toHaveLength(1);
    const form = state.appointmentForms[0] as { end: Date; start: Date; subject: string; body: string };
    expect(form.end.toISOString()).toBe('2025-12-02T17:00:00.000Z');
    expect(form.subject).toBe('Reply due: Potholes on Mill Lane');
    expect(form.body).toContain('5pm on Tuesday 2 December 2025');

    // A reloaded pane: a fresh Office global and adapter over the same mailbox storage.
    uninstall();
    installRead(state);
    const reloaded = new OfficeMailbox();
    const tracked = await reloaded.getTracking();
    expect(tracked).toMatchObject({ itemId: 'AAMkAD-item-1', status: 'open', due: deadline.due, conversationId: 'conv-1' });
    expect(await reloaded.listTracked()).toHaveLength(1);
  });

  it('skips the category gracefully when the mailbox has none of that name, with a note', async () => {
    const { state, port } = read({ masterCategories: [] });
    const record = await port.startReminder(deadline);
    expect(record.reminders).toEqual(['calendar']);
    expect(state.categories).toEqual([]);
    expect(record.notes).toEqual([expect.stringMatching(/"Protocol Guard" category was not added/)]);
    // The note is for the pane now; it is not stored.
    expect(state.customProperties.get(TRACKING_PROPERTY)).not.toContain('category was not added');
    expect(JSON.stringify(state.roaming.get(REGISTER_SETTING))).not.toContain('notes');
  });

  it('does not try categories where the client lacks Mailbox 1.8', async () => {
    const { state, port } = read({ supported: ['1.1', '1.5', '1.7'] });
    const record = await port.startReminder(deadline);
    expect(state.calls).not.toContain('categories.addAsync');
    expect(record.reminders).toEqual(['calendar']);
    expect(record.notes?.[0]).toMatch(/does not let add-ins set categories/);
  });

  it('still records the enquiry when Outlook will not open the appointment form', async () => {
    const { state, port } = read();
    (globalThis.Office.context.mailbox as unknown as { displayNewAppointmentForm: () => void }).displayNewAppointmentForm = () => {
      throw new Error('not available');
    };
    const record = await port.startReminder(deadline);
    expect(record.reminders).toEqual(['category']);
    expect(record.notes).toEqual([expect.stringMatching(/calendar reminder \(not available\)/)]);
    expect(JSON.parse(state.roaming.get(REGISTER_SETTING) as string)[0].itemId).toBe('AAMkAD-item-1');
  });

  it('sets no Graph flag unless the policy names an Entra app', async () => {
    const { port } = read();
    await port.startReminder(deadline);
    expect(flagMock).not.toHaveBeenCalled();
  });

  it('sets a Graph follow-up flag when the cached policy names an Entra app, and completes it on reply', async () => {
    const { state, port } = read();
    state.roaming.set(POLICY_SETTING, JSON.stringify({ file: { council: 'Test', graph: { clientId: 'app-id' } }, fetchedAt: '2025-11-01T00:00:00Z', url: 'policy.json' }));
    const record = await port.startReminder(deadline);
    expect(record.reminders).toEqual(['category', 'calendar', 'flag']);
    expect(flagMock).toHaveBeenCalledWith({ clientId: 'app-id' }, 'AAMkAD-item-1', expect.any(Date), new Date(deadline.due));
    await port.markReplied('AAMkAD-item-1');
    expect(completeMock).toHaveBeenCalledWith({ clientId: 'app-id' }, 'AAMkAD-item-1', expect.any(Date));
  });

  it('keeps the other reminders and says why when the Graph flag fails', async () => {
    const { state, port } = read();
    state.roaming.set(POLICY_SETTING, JSON.stringify({ file: { council: 'Test', graph: { clientId: 'app-id' } }, fetchedAt: '2025-11-01T00:00:00Z', url: 'policy.json' }));
    flagMock.mockRejectedValueOnce(new MailboxError('graph.token', 'this version of Outlook does not support nested app authentication'));
    const record = await port.startReminder(deadline);
    expect(record.reminders).toEqual(['category', 'calendar']);
    expect(record.notes).toEqual([expect.stringMatching(/follow-up flag was not set \(graph.token: .*nested app authentication\)/)]);
    expect(JSON.parse(state.customProperties.get(TRACKING_PROPERTY) as string).status).toBe('open');
  });

  it('fails loudly only when neither store could record the enquiry', async () => {
    const { state, port } = read();
    state.fail.add('roamingSettings.saveAsync');
    await expect(port.startReminder(deadline)).resolves.toMatchObject({ status: 'open' });
    state.fail.add('customProperties.saveAsync');
    await expect(port.startReminder(deadline)).rejects.toThrow(MailboxError);
  });

  it('marks an enquiry replied in both stores and lists open ones first', async () => {
    const { state, port } = read();
    await port.startReminder(deadline);
    state.roaming.set(
      REGISTER_SETTING,
      JSON.stringify([
        ...JSON.parse(state.roaming.get(REGISTER_SETTING) as string),
        { itemId: 'other', subject: 'Trees', from: 'Cllr B', receivedAt: '', due: '2025-11-20T17:00:00+00:00', dueDate: '2025-11-20', workingDays: 5, clause: 'x', status: 'open', startedAt: '2025-11-13T09:00:00Z', reminders: [] },
      ]),
    );
    await port.markReplied('AAMkAD-item-1');
    expect(JSON.parse(state.customProperties.get(TRACKING_PROPERTY) as string).status).toBe('replied');
    expect(state.categories).toEqual([]);
    const list = await new OfficeMailbox().listTracked();
    expect(list.map((r) => [r.itemId, r.status])).toEqual([
      ['other', 'open'],
      ['AAMkAD-item-1', 'replied'],
    ]);
    await expect(port.markReplied('unknown')).rejects.toThrow(/not being tracked/);
  });

  it('drafts an interim reply that gives the due date', async () => {
    const { state, port } = read();
    await port.draftInterimReply(deadline);
    const html = (state.replyForms[0] as { htmlBody: string }).htmlBody;
    expect(html).toContain('Dear Cllr Jane Smith,');
    expect(html).toContain('by 5pm on Tuesday 2 December 2025');
    expect(html).toContain('Tuesday 25 November 2025');
    expect(html).toContain('Olivia Officer');
  });

  it('follows the selected message in a pinned pane', () => {
    const { state, port } = read();
    const listener = jest.fn();
    const off = port.onItemChanged(listener);
    state.handlers.get('mailbox:olkItemSelectedChanged')?.();
    expect(listener).toHaveBeenCalled();
    off();
    expect(state.handlers.size).toBe(0);
  });
});

describe('loadPolicy', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  function respond(status: number, body: string) {
    globalThis.fetch = jest.fn(async () => new Response(body, { status })) as unknown as typeof fetch;
  }

  it('validates policy.json and caches it for the Send check', async () => {
    const state = installCompose(defaultState());
    respond(200, JSON.stringify({ council: 'Test Council', protocol: 'woking', sendMode: 'PromptUser' }));
    const port = new OfficeMailbox();
    const policy = await port.loadPolicy();
    expect(policy?.protocol).toBe('woking');
    expect(port.policySource()?.kind).toBe('fresh');
    expect(JSON.parse(state.roaming.get(POLICY_SETTING) as string).file.council).toBe('Test Council');
  });

  it('never applies an invalid policy: the last good copy is used and the reason kept', async () => {
    const state = installCompose(defaultState());
    state.roaming.set(POLICY_SETTING, JSON.stringify({ file: { council: 'Good', protocol: 'harlow' }, fetchedAt: '2025-11-01T00:00:00Z', url: 'policy.json' }));
    respond(200, JSON.stringify({ protocol: 'nowhere' }));
    const port = new OfficeMailbox();
    expect((await port.loadPolicy())?.protocol).toBe('harlow');
    const source = port.policySource();
    expect(source?.kind === 'cached' && source.reason).toMatch(/\/protocol/);
  });

  it('uses the embedded default when no policy is deployed or cached', async () => {
    installCompose(defaultState());
    respond(404, 'not found');
    const port = new OfficeMailbox();
    expect(await port.loadPolicy()).toBeUndefined();
    expect(port.policySource()?.kind).toBe('default');
  });
});

describe('launchContext', () => {
  it("reads the Review button's context in compose mode", async () => {
    const state = installCompose(defaultState());
    const item = globalThis.Office.context.mailbox.item as unknown as Record<string, unknown>;
    item.getInitializationContextAsync = (cb: (r: { status: string; value: string }) => void) =>
      setTimeout(() => cb({ status: 'succeeded', value: JSON.stringify({ source: 'smart-alerts', rules: ['bcc-use'] }) }), 1);
    expect(await new OfficeMailbox().launchContext()).toEqual({ source: 'smart-alerts', rules: ['bcc-use'] });
    state.supported = ['1.1', '1.7'];
    expect(await new OfficeMailbox().launchContext()).toBeUndefined();
  });

  it('ignores context that is not ours', () => {
    expect(parseLaunchContext(undefined)).toBeUndefined();
    expect(parseLaunchContext('not json')).toBeUndefined();
    expect(parseLaunchContext('{"source":"other","rules":[]}')).toBeUndefined();
    expect(parseLaunchContext({ source: 'smart-alerts', rules: ['a', 3] })).toEqual({ source: 'smart-alerts', rules: ['a'] });
  });
});
