/**
 * The Smart Alerts handler against a simulated Outlook: plain objects, no DOM. Each path must end
 * in exactly one event.completed call with the options Outlook would act on.
 */
import * as engine from '../../src/engine';
import { POLICY_SETTING } from '../../src/adapters/office/policy-cache';
import { PREFILLED_KEY } from '../../src/adapters/office/prefilled';
import {
  CHECK_BUDGET_MS,
  HARD_LIMIT_MS,
  REVIEW_COMMAND_ID,
  SEND_MARK_KEY,
  onMessageSendHandler,
  onNewMessageComposeHandler,
  resetSendMark,
  type CompletedOptions,
} from '../../src/on-send/send-check';
import { MAX_ALERT_CHARS } from '../../src/on-send/alert-text';
import { TEST_COUNCIL } from '../support/test-council';
import { defaultState, installCompose, uninstall, type MockState } from '../adapters/office/mock-office';

const OFFICER = { displayName: 'Mark Hughes', emailAddress: 'mark.hughes@northdown.gov.uk' };
const BROWN = { displayName: 'Cllr Alice Brown', emailAddress: 'cllr.alice.brown@northdown.gov.uk' };
const SUE = { displayName: 'Sue Grant', emailAddress: 'sue.grant@northdown.gov.uk' };
const ALL_SETS = ['1.1', '1.5', '1.7', '1.8', '1.10', '1.11', '1.12', '1.13', '1.14', '1.15'];
const SETS_1_12 = ['1.1', '1.5', '1.7', '1.8', '1.10', '1.11', '1.12'];

/** A message the engine flags under the test council's policy: a silent Bcc to an officer. */
const FLAGGED: Partial<MockState> = { from: OFFICER, to: [BROWN], bcc: [SUE], subject: 'Skip', body: '<div>Dear Cllr Brown,</div><div>The skip has gone.</div><div>Mark</div>' };
const CLEAN: Partial<MockState> = { from: OFFICER, to: [SUE], subject: 'Skip', body: '<div>Dear Sue,</div><div>The skip has gone.</div><div>Mark</div>' };

function setUp(overrides: Partial<MockState>, policy: object = TEST_COUNCIL): MockState {
  const state = installCompose(defaultState(overrides));
  state.roaming.set(POLICY_SETTING, JSON.stringify({ file: policy, fetchedAt: '2025-11-01T00:00:00Z', url: 'policy.json' }));
  return state;
}

/** Run the handler and wait for its one completed call. */
function send(): Promise<{ options: CompletedOptions | undefined; calls: number; event: { completed: jest.Mock } }> {
  return new Promise((resolve) => {
    const event = {
      completed: jest.fn((options?: CompletedOptions) => {
        // Give a wrong second call a chance to happen before resolving.
        setTimeout(() => resolve({ options, calls: event.completed.mock.calls.length, event }), 20);
      }),
    };
    onMessageSendHandler(event);
  });
}

afterEach(() => {
  uninstall();
  resetSendMark();
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe('OnMessageSend: the check ran', () => {
  it('lets a message with nothing flagged go', async () => {
    setUp(CLEAN);
    const { options, calls } = await send();
    expect(calls).toBe(1);
    expect(options).toEqual({ allowEvent: true });
  });

  it('uses the policy the task pane cached: the same message passes under a policy that turns the rule off', async () => {
    setUp(FLAGGED, { ...TEST_COUNCIL, rules: { 'bcc-use': 'off' } });
    expect((await send()).options?.allowEvent).toBe(true);
  });

  it('stops a flagged message, lists the finding with its clause, and offers Review into the task pane', async () => {
    setUp(FLAGGED);
    const { options, calls } = await send();
    expect(calls).toBe(1);
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toMatch(/^Protocol Guard found a problem with this message:\n- Sue Grant is copied in silently.*\(.+\)/);
    expect(options?.errorMessage).toContain('Select Review');
    expect(options?.errorMessage!.length).toBeLessThanOrEqual(MAX_ALERT_CHARS);
    expect(options?.errorMessageMarkdown).toMatch(/^\*\*Protocol Guard found a problem with this message:\*\*\n\n- Sue Grant/);
    expect(options?.cancelLabel).toBe('Review');
    expect(options?.commandId).toBe(REVIEW_COMMAND_ID);
    expect(JSON.parse(options?.contextData as string)).toEqual({ source: 'smart-alerts', rules: ['bcc-use'] });
    // SoftBlock (the default): no Send Anyway for findings.
    expect(options?.sendModeOverride).toBeUndefined();
  });

  it('adds Send Anyway for findings when the policy is advisory (PromptUser)', async () => {
    setUp(FLAGGED, { ...TEST_COUNCIL, sendMode: 'PromptUser' });
    const { options } = await send();
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser', commandId: REVIEW_COMMAND_ID });
  });

  it('sends plain text only where Markdown is not supported (before Mailbox 1.15)', async () => {
    setUp({ ...FLAGGED, supported: ALL_SETS.filter((v) => v !== '1.15') });
    const { options } = await send();
    expect(options?.errorMessage).toContain('Sue Grant');
    expect(options?.errorMessageMarkdown).toBeUndefined();
    expect(options?.commandId).toBe(REVIEW_COMMAND_ID);
  });

  it('on a Mailbox 1.12 client: no Review button, the dialog says to open the pane', async () => {
    setUp({ ...FLAGGED, supported: SETS_1_12 });
    const { options } = await send();
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toContain('Open Protocol Guard');
    expect(options).not.toHaveProperty('commandId');
    expect(options).not.toHaveProperty('sendModeOverride');
  });

  it('on a Mailbox 1.12 client with an advisory policy: stops once, then a second Send of the same message goes', async () => {
    const state = setUp({ ...FLAGGED, supported: SETS_1_12 }, { ...TEST_COUNCIL, sendMode: 'PromptUser' });
    const first = await send();
    expect(first.options?.allowEvent).toBe(false);
    expect(first.options?.errorMessage).toContain('select Send again to send it as it is');
    expect(JSON.parse(state.sessionData.get(SEND_MARK_KEY) as string)).toMatchObject({ kind: 'findings', rules: ['bcc-use'] });
    expect((await send()).options).toEqual({ allowEvent: true });
    expect(state.sessionData.has(SEND_MARK_KEY)).toBe(false);
  });

  it('counts a rule that failed with nothing else flagged as a check that could not run', async () => {
    setUp(CLEAN);
    jest.spyOn(engine, 'checkDraft').mockReturnValue({ findings: [], deadline: null, failures: [{ rule: 'bcc-use', error: 'boom' }] });
    const { options } = await send();
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toMatch(/could not check this message.*one check failed \(bcc-use: boom\)/);
    expect(options?.sendModeOverride).toBe('promptUser');
  });
});

describe('OnMessageSend: the check could not run', () => {
  it('when the engine throws: stops once, says why, and offers Send Anyway (Mailbox 1.14)', async () => {
    setUp(CLEAN);
    jest.spyOn(engine, 'checkDraft').mockImplementation(() => {
      throw new Error('rule table corrupt');
    });
    const { options, calls } = await send();
    expect(calls).toBe(1);
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toBe(
      'Protocol Guard could not check this message against the protocol: the check stopped with an error (rule table corrupt). Choose Send Anyway to send it unchecked, or go back and try again.',
    );
    expect(options?.sendModeOverride).toBe('promptUser');
    expect(options?.errorMessageMarkdown).toContain('**Protocol Guard could not check this message against the protocol**');
  });

  it('when an Office call fails: names the call', async () => {
    const state = setUp(FLAGGED);
    state.fail.add('body.getAsync');
    const { options } = await send();
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toContain('Outlook refused body.getAsync (GenericResponseError: body.getAsync refused)');
    expect(options?.sendModeOverride).toBe('promptUser');
  });

  it('on a client without Send Anyway: blocks once, then a second Send goes unchecked', async () => {
    const state = setUp({ ...CLEAN, supported: SETS_1_12 });
    state.fail.add('to.getAsync');
    const first = await send();
    expect(first.options?.allowEvent).toBe(false);
    expect(first.options?.errorMessage).toContain('Outlook refused to.getAsync');
    expect(first.options?.errorMessage).toContain('Select Send again to send it without the check');
    expect(first.options).not.toHaveProperty('sendModeOverride');
    expect(JSON.parse(state.sessionData.get(SEND_MARK_KEY) as string)).toMatchObject({ kind: 'failure' });
    const second = await send();
    expect(second.options).toEqual({ allowEvent: true });
    expect(state.sessionData.has(SEND_MARK_KEY)).toBe(false);
  });

  it('a stale mark (older than the window) does not let a failed check through', async () => {
    const state = setUp({ ...CLEAN, supported: SETS_1_12 });
    state.fail.add('to.getAsync');
    state.sessionData.set(SEND_MARK_KEY, JSON.stringify({ at: Date.now() - 11 * 60_000, kind: 'failure' }));
    expect((await send()).options?.allowEvent).toBe(false);
  });

  it("one draft's mark never lets another draft's failed check through", async () => {
    const a = setUp({ ...CLEAN, supported: SETS_1_12 });
    a.fail.add('to.getAsync');
    expect((await send()).options?.allowEvent).toBe(false);
    uninstall();
    const b = setUp({ ...CLEAN, supported: SETS_1_12 }); // another draft: its own session data
    b.fail.add('to.getAsync');
    expect((await send()).options?.allowEvent).toBe(false);
  });

  it('a check that ran clears the mark, so a later failure is shown again', async () => {
    const state = setUp({ ...FLAGGED, supported: SETS_1_12 });
    state.fail.add('to.getAsync');
    expect((await send()).options?.allowEvent).toBe(false);
    state.fail.delete('to.getAsync');
    expect((await send()).options?.errorMessage).toContain('Sue Grant'); // the check ran: findings
    expect(state.sessionData.has(SEND_MARK_KEY)).toBe(false);
    state.fail.add('to.getAsync');
    expect((await send()).options?.allowEvent).toBe(false);
  });

  it('when Outlook provides no item', async () => {
    installCompose(defaultState());
    (globalThis.Office.context.mailbox as unknown as { item: unknown }).item = null;
    const { options } = await send();
    expect(options?.allowEvent).toBe(false);
    expect(options?.errorMessage).toContain('Outlook did not provide the message');
  });

  it('decides within the budget when an Office call never answers', async () => {
    jest.useFakeTimers();
    const state = setUp(CLEAN);
    state.hang.add('body.getAsync');
    const event = { completed: jest.fn() };
    onMessageSendHandler(event);
    await jest.advanceTimersByTimeAsync(CHECK_BUDGET_MS - 1);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    const options = event.completed.mock.calls[0][0] as CompletedOptions;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain('the check took longer than 3.5 seconds');
    expect(options.sendModeOverride).toBe('promptUser');
    await jest.advanceTimersByTimeAsync(HARD_LIMIT_MS);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('still completes before Outlook\'s 5 s warning when the failure path hangs too (no session data answers)', async () => {
    jest.useFakeTimers();
    const state = setUp({ ...CLEAN, supported: SETS_1_12 });
    state.hang.add('body.getAsync');
    state.hang.add('sessionData.getAsync');
    state.hang.add('sessionData.setAsync');
    const event = { completed: jest.fn() };
    onMessageSendHandler(event);
    await jest.advanceTimersByTimeAsync(HARD_LIMIT_MS);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(event.completed.mock.calls[0][0]).toMatchObject({ allowEvent: false });
    expect(HARD_LIMIT_MS).toBeLessThan(5000);
  });

  it('retries completed with the plain options when Outlook rejects the newer fields', async () => {
    setUp(FLAGGED);
    const seen: CompletedOptions[] = [];
    await new Promise<void>((resolve) => {
      onMessageSendHandler({
        completed: (options?: CompletedOptions) => {
          seen.push(options as CompletedOptions);
          if (seen.length === 1) throw new Error('Invalid parameter: errorMessageMarkdown');
          resolve();
        },
      });
    });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ allowEvent: false, errorMessage: seen[0].errorMessage });
  });
});

describe('OnNewMessageCompose', () => {
  function compose(overrides: Partial<MockState>): Promise<MockState> {
    const state = installCompose(defaultState(overrides));
    return new Promise((resolve) => onNewMessageComposeHandler({ completed: () => resolve(state) }));
  }

  it('records the recipients Outlook pre-filled on a reply, in session data and on the item', async () => {
    const state = await compose({ composeType: 'reply', subject: 'RE: Skip', to: [BROWN], cc: [SUE] });
    const recorded = JSON.parse(state.sessionData.get(PREFILLED_KEY) as string).participants;
    expect(recorded).toEqual([
      { name: 'Cllr Alice Brown', email: 'cllr.alice.brown@northdown.gov.uk' },
      { name: 'Sue Grant', email: 'sue.grant@northdown.gov.uk' },
    ]);
    expect(state.customProperties.get(PREFILLED_KEY)).toBe(state.sessionData.get(PREFILLED_KEY));
  });

  it('records nothing for a new message', async () => {
    const state = await compose({ composeType: 'newMail', subject: 'Skip', to: [BROWN] });
    expect(state.sessionData.has(PREFILLED_KEY)).toBe(false);
    expect(state.calls).not.toContain('to.getAsync');
  });

  it('completes even when recording fails', async () => {
    const state = await compose({ composeType: 'reply', subject: 'RE: Skip', to: [BROWN], fail: new Set(['to.getAsync']) });
    expect(state.sessionData.has(PREFILLED_KEY)).toBe(false);
  });
});
