/**
 * A simulated Outlook for adapter tests, built with office-addin-mock. Every async call answers on
 * a later tick and is counted, so tests can see which calls ran and how many were in flight.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the host names from office-addin-manifest, whose full module graph
// includes ES-module-only packages that jest's CommonJS runtime on Node 20 cannot load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

export interface Recipient {
  displayName: string;
  emailAddress: string;
}

export interface MockState {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  from: Recipient;
  subject: string;
  body: string;
  bodyType: 'html' | 'text';
  composeType: string;
  conversationId?: string;
  inReplyTo?: string;
  sessionData: Map<string, string>;
  customProperties: Map<string, string>;
  roaming: Map<string, unknown>;
  supported: string[];
  fail: Set<string>;
  /** Calls that never answer (a client that hangs). */
  hang: Set<string>;
  /** How long each async call takes to answer, in ms (default 1). */
  delayMs: number;
  calls: string[];
  inFlight: number;
  maxInFlight: number;
  categories: string[];
  masterCategories: string[];
  appointmentForms: Record<string, unknown>[];
  replyForms: Record<string, unknown>[];
  handlers: Map<string, () => void>;
  delayDelivery?: Date;
  headers: string;
  itemId: string;
  received: Date;
  internetMessageId: string;
}

export function defaultState(overrides: Partial<MockState> = {}): MockState {
  return {
    to: [],
    cc: [],
    bcc: [],
    from: { displayName: 'Olivia Officer', emailAddress: 'olivia.officer@council.gov.uk' },
    subject: '',
    body: '',
    bodyType: 'html',
    composeType: 'newMail',
    sessionData: new Map(),
    customProperties: new Map(),
    roaming: new Map(),
    supported: ['1.1', '1.5', '1.7', '1.8', '1.10', '1.11', '1.12', '1.13', '1.14', '1.15'],
    fail: new Set(),
    hang: new Set(),
    delayMs: 1,
    calls: [],
    inFlight: 0,
    maxInFlight: 0,
    categories: [],
    masterCategories: ['Protocol Guard'],
    appointmentForms: [],
    replyForms: [],
    handlers: new Map(),
    headers: '',
    itemId: 'AAMkAD-item-1',
    received: new Date('2025-11-25T10:00:00Z'),
    internetMessageId: '<enquiry-1@council.gov.uk>',
    ...overrides,
  };
}

type Callback = (result: { status: string; value?: unknown; error?: { name: string; message: string } }) => void;

/** Wrap a fake async method: records the call, answers on a later tick, fails when told to. */
function asyncMethod(state: MockState, name: string, run: (...args: unknown[]) => unknown) {
  return (...args: unknown[]) => {
    const cb = args.reverse().find((a) => typeof a === 'function') as Callback | undefined;
    args.reverse();
    state.calls.push(name);
    if (state.hang.has(name)) return;
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    setTimeout(() => {
      state.inFlight--;
      if (state.fail.has(name)) {
        cb?.({ status: 'failed', error: { name: 'GenericResponseError', message: `${name} refused` } });
        return;
      }
      let value: unknown;
      try {
        value = run(...args.filter((a) => typeof a !== 'function'));
      } catch (err) {
        cb?.({ status: 'failed', error: { name: 'Error', message: (err as Error).message } });
        return;
      }
      cb?.({ status: 'succeeded', value });
    }, state.delayMs);
  };
}

function recipients(state: MockState, field: 'to' | 'cc' | 'bcc') {
  return {
    getAsync: asyncMethod(state, `${field}.getAsync`, () => state[field].map((r) => ({ ...r, recipientType: 'user' }))),
    setAsync: asyncMethod(state, `${field}.setAsync`, (list) => {
      state[field] = (list as Recipient[]).map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress }));
    }),
    addAsync: asyncMethod(state, `${field}.addAsync`, (list) => {
      state[field] = [...state[field], ...(list as Recipient[]).map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress }))];
    }),
  };
}

function customPropertiesApi(state: MockState) {
  return {
    get: (name: string) => state.customProperties.get(name),
    set: (name: string, value: string) => void state.customProperties.set(name, value),
    remove: (name: string) => void state.customProperties.delete(name),
    saveAsync: asyncMethod(state, 'customProperties.saveAsync', () => undefined),
  };
}

function common(state: MockState) {
  return {
    requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && state.supported.includes(version) },
    roamingSettings: {
      get: (name: string) => state.roaming.get(name),
      set: (name: string, value: unknown) => void state.roaming.set(name, value),
      remove: (name: string) => void state.roaming.delete(name),
      saveAsync: asyncMethod(state, 'roamingSettings.saveAsync', () => undefined),
    },
  };
}

const ENUMS = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  EventType: { RecipientsChanged: 'olkRecipientsChanged', ItemChanged: 'olkItemSelectedChanged' },
  MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' }, RestVersion: { v2_0: 'v2.0' } },
};

function mailboxCommon(state: MockState) {
  return {
    userProfile: { displayName: 'Olivia Officer', emailAddress: 'olivia.officer@council.gov.uk' },
    displayNewAppointmentForm: (form: Record<string, unknown>) => void state.appointmentForms.push(form),
    convertToRestId: (id: string) => `rest-${id}`,
    addHandlerAsync: (type: string, handler: () => void) => void state.handlers.set(`mailbox:${type}`, handler),
    removeHandlerAsync: (type: string) => void state.handlers.delete(`mailbox:${type}`),
  };
}

/** Install a compose-mode Office global over `state`. */
export function installCompose(state: MockState): MockState {
  const item: Record<string, unknown> = {
    to: recipients(state, 'to'),
    cc: recipients(state, 'cc'),
    bcc: recipients(state, 'bcc'),
    from: { getAsync: asyncMethod(state, 'from.getAsync', () => state.from) },
    subject: {
      getAsync: asyncMethod(state, 'subject.getAsync', () => state.subject),
      setAsync: asyncMethod(state, 'subject.setAsync', (s) => void (state.subject = s as string)),
    },
    body: {
      getAsync: asyncMethod(state, 'body.getAsync', (type) => {
        if (type === 'text' && state.bodyType === 'html') return state.body.replace(/<[^>]+>/g, ' ');
        return state.body;
      }),
      getTypeAsync: asyncMethod(state, 'body.getTypeAsync', () => state.bodyType),
      setAsync: asyncMethod(state, 'body.setAsync', (value) => void (state.body = value as string)),
      prependAsync: asyncMethod(state, 'body.prependAsync', (value) => void (state.body = (value as string) + state.body)),
    },
    getComposeTypeAsync: asyncMethod(state, 'getComposeTypeAsync', () => ({ composeType: state.composeType, coercionType: 'html' })),
    sessionData: {
      getAsync: asyncMethod(state, 'sessionData.getAsync', (key) => {
        if (!state.sessionData.has(key as string)) throw new Error('not found');
        return state.sessionData.get(key as string);
      }),
      setAsync: asyncMethod(state, 'sessionData.setAsync', (key, value) => void state.sessionData.set(key as string, value as string)),
      removeAsync: asyncMethod(state, 'sessionData.removeAsync', (key) => void state.sessionData.delete(key as string)),
    },
    loadCustomPropertiesAsync: asyncMethod(state, 'loadCustomPropertiesAsync', () => customPropertiesApi(state)),
    delayDeliveryTime: {
      setAsync: asyncMethod(state, 'delayDeliveryTime.setAsync', (when) => void (state.delayDelivery = when as Date)),
    },
    addHandlerAsync: (type: string, handler: () => void) => void state.handlers.set(`item:${type}`, handler),
    removeHandlerAsync: (type: string) => void state.handlers.delete(`item:${type}`),
  };
  if (state.conversationId) item.conversationId = state.conversationId;
  if (state.inReplyTo) item.inReplyTo = state.inReplyTo;
  install(state, item);
  return state;
}

/** Install a read-mode Office global over `state` (the selected message). */
export function installRead(state: MockState): MockState {
  const item: Record<string, unknown> = {
    itemId: state.itemId,
    internetMessageId: state.internetMessageId,
    conversationId: state.conversationId ?? 'conv-1',
    subject: state.subject,
    from: state.from,
    to: state.to,
    cc: state.cc,
    dateTimeCreated: state.received,
    body: { getAsync: asyncMethod(state, 'body.getAsync', () => state.body) },
    getAllInternetHeadersAsync: asyncMethod(state, 'getAllInternetHeadersAsync', () => state.headers),
    loadCustomPropertiesAsync: asyncMethod(state, 'loadCustomPropertiesAsync', () => customPropertiesApi(state)),
    categories: {
      addAsync: asyncMethod(state, 'categories.addAsync', (list) => {
        for (const c of list as string[]) {
          if (!state.masterCategories.includes(c)) throw new Error(`category ${c} is not in the master list`);
          state.categories.push(c);
        }
      }),
      removeAsync: asyncMethod(state, 'categories.removeAsync', (list) => {
        state.categories = state.categories.filter((c) => !(list as string[]).includes(c));
      }),
    },
    displayReplyForm: (form: Record<string, unknown>) => void state.replyForms.push(form),
  };
  install(state, item);
  return state;
}

function install(state: MockState, item: Record<string, unknown>): void {
  const data = {
    host: 'outlook',
    ...ENUMS,
    context: { ...common(state), mailbox: { ...mailboxCommon(state), item } },
    actions: { associate: () => undefined },
  };
  const office = new OfficeMockObject(data);
  // The adapter hands these objects back to Office.js as-is, so keep plain data where Office does.
  const box = office.context.mailbox;
  box.item.to = item.to;
  box.item.cc = item.cc;
  box.item.from = item.from;
  (globalThis as Record<string, unknown>).Office = office;
}

export function uninstall(): void {
  delete (globalThis as Record<string, unknown>).Office;
}

export const flush = () => new Promise((r) => setTimeout(r, 5));
