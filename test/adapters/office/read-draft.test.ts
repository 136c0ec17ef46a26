import { OfficeMailbox } from '../../../src/adapters/office/office-mailbox';
import { PREFILLED_KEY } from '../../../src/adapters/office/prefilled';
import { defaultState, installCompose, uninstall, type MockState } from './mock-office';

const CLLR = { displayName: 'Cllr Jane Smith', emailAddress: 'cllr.jane.smith@council.gov.uk' };
const RESIDENT = { displayName: 'Rita Resident', emailAddress: 'rita@example.org' };
const QUOTED =
  '<div>Thank you, I will pass this on.</div><div id="appendonsend"></div>' +
  '<div id="divRplyFwdMsg"><b>From:</b> Cllr Jane Smith<br><b>Sent:</b> Monday</div><div>Can you help Rita?</div>';

afterEach(() => {
  uninstall();
  jest.useRealTimers();
});

function compose(overrides: Partial<MockState> = {}) {
  const state = installCompose(defaultState({ to: [RESIDENT], subject: 'RE: Bins', body: QUOTED, composeType: 'reply', ...overrides }));
  return { state, port: new OfficeMailbox() };
}

describe('readDraft concurrency', () => {
  it('never has more than three calls in flight, and takes ⌈calls/3⌉ round trips rather than one per call', async () => {
    jest.useFakeTimers();
    const { state, port } = compose({ delayMs: 50 });
    let done = false;
    const reading = port.readDraft().then((d) => {
      done = true;
      return d;
    });
    // Each round trip is 50 ms; the calls are issued together, three at a time.
    await jest.advanceTimersByTimeAsync(0);
    expect(state.calls).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(50);
    expect(state.calls).toHaveLength(6);
    await jest.advanceTimersByTimeAsync(50);
    expect(done).toBe(false);
    const rounds = Math.ceil(state.calls.length / 3);
    await jest.advanceTimersByTimeAsync((rounds - 2) * 50 - 1);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    const draft = await reading;
    expect(draft.to).toEqual([{ name: 'Rita Resident', email: 'rita@example.org' }]);
    // to, cc, bcc, from, subject, body, compose type, and the two stores of pre-filled recipients.
    expect(state.calls).toHaveLength(9);
    expect(rounds).toBe(3);
    expect(state.maxInFlight).toBe(3);
  });

  it('keeps to the cap when several reads overlap in one pane', async () => {
    const { state, port } = compose();
    await Promise.all([port.readDraft(), port.readDraft(), port.readDraft()]);
    expect(state.calls).toHaveLength(27);
    expect(state.maxInFlight).toBe(3);
  });
});

describe('readDraft: what the engine gets', () => {
  it('hands over one Draft: recipients, sender, subject, HTML body with its quoted history, kind', async () => {
    const { port } = compose({ cc: [CLLR], bcc: [] });
    const draft = await port.readDraft();
    expect(draft).toMatchObject({
      from: { name: 'Olivia Officer', email: 'olivia.officer@council.gov.uk' },
      to: [{ name: 'Rita Resident', email: 'rita@example.org' }],
      cc: [{ name: 'Cllr Jane Smith', email: 'cllr.jane.smith@council.gov.uk' }],
      bcc: [],
      subject: 'RE: Bins',
      composeKind: 'reply',
    });
    expect(draft.html).toContain('Can you help Rita?');
  });

  it.each([
    ['In-Reply-To', { inReplyTo: '<enquiry@council.gov.uk>', subject: 'Bins' }, 'reply'],
    ['a conversation with a Re: subject', { conversationId: 'conv-7', subject: 'RE: Bins' }, 'reply'],
    ['a conversation with a Fw: subject', { conversationId: 'conv-7', subject: 'FW: Bins' }, 'forward'],
  ] as const)('treats a reply that getComposeTypeAsync calls "newMail" as a reply by %s', async (_label, overrides, kind) => {
    const { port } = compose({ composeType: 'newMail', ...overrides });
    const draft = await port.readDraft();
    expect(draft.composeKind).toBe(kind);
    if ('inReplyTo' in overrides) expect(draft.inReplyTo).toBe('<enquiry@council.gov.uk>');
  });

  it('treats a "newMail" draft as a reply when recipients were recorded as it opened', async () => {
    const { state, port } = compose({ composeType: 'newMail', subject: 'Bins' });
    state.customProperties.set(PREFILLED_KEY, JSON.stringify({ v: 1, at: '2025-11-25T10:00:00Z', participants: [{ email: 'cllr.jane.smith@council.gov.uk' }] }));
    expect((await port.readDraft()).composeKind).toBe('reply');
  });

  it('keeps a genuinely new message new', async () => {
    const { port } = compose({ composeType: 'newMail', subject: 'Bins', body: '<div>Hello</div>' });
    expect((await port.readDraft()).composeKind).toBe('new');
  });

  it('still reads the draft when getComposeTypeAsync fails, inferring the kind from the thread', async () => {
    const { state, port } = compose({ conversationId: 'conv-7', subject: 'RE: Bins' });
    state.fail.add('getComposeTypeAsync');
    expect((await port.readDraft()).composeKind).toBe('reply');
  });

  it('reads a reopened draft: session data gone, the custom property still holds the recipients', async () => {
    const { state, port } = compose();
    state.customProperties.set(PREFILLED_KEY, JSON.stringify({ v: 1, at: '2025-11-25T10:00:00Z', participants: [{ name: 'Cllr Jane Smith', email: 'cllr.jane.smith@council.gov.uk' }] }));
    const draft = await port.readDraft();
    expect(state.calls).toEqual(expect.arrayContaining(['sessionData.getAsync', 'loadCustomPropertiesAsync']));
    expect(draft.originalParticipants).toEqual([{ name: 'Cllr Jane Smith', email: 'cllr.jane.smith@council.gov.uk' }]);
  });

  it('prefers session data when both stores hold a record, and survives a custom-properties failure then', async () => {
    const { state, port } = compose();
    state.sessionData.set(PREFILLED_KEY, JSON.stringify({ v: 1, at: '2025-11-25T10:00:00Z', participants: [{ email: 'a@council.gov.uk' }] }));
    state.customProperties.set(PREFILLED_KEY, JSON.stringify({ v: 1, at: '2025-11-25T09:00:00Z', participants: [{ email: 'b@council.gov.uk' }] }));
    expect((await port.readDraft()).originalParticipants).toEqual([{ email: 'a@council.gov.uk' }]);
    state.fail.add('loadCustomPropertiesAsync');
    expect((await port.readDraft()).originalParticipants).toEqual([{ email: 'a@council.gov.uk' }]);
  });

  it('fails, naming the call, when the recorded recipients cannot be read at all', async () => {
    const { state, port } = compose();
    state.fail.add('loadCustomPropertiesAsync');
    await expect(port.readDraft()).rejects.toThrow(/loadCustomPropertiesAsync/);
  });
});
