import { render } from '@testing-library/react';
import type { Address, Deadline, Draft, Finding, Policy, Report } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import type { CheckFn } from '../../src/taskpane/mailbox-context';
import { SimulatedMailbox, type KeyValueStore, type SimulatedItem } from '../../src/playground/simulated-mailbox';
import type { MailboxMode } from '../../src/adapters/mailbox/port';
import { itemFromSample } from '../../src/playground/items';
import { SAMPLE_COUNCIL, findSample } from '../../src/playground/samples';
import { resolvePolicy } from '../../src/engine/model/policy';

export const NOW = new Date('2025-11-27T10:00:00Z'); // Thursday
export const clock = () => NOW;

export const OFFICER: Address = { name: 'Daniel Frost', email: 'daniel.frost@larkfield.gov.uk' };
export const CLLR_RAO: Address = { name: 'Cllr Sunita Rao', email: 'cllr.sunita.rao@larkfield.gov.uk' };
export const CLLR_HARGREAVES: Address = { name: 'Cllr Tom Hargreaves', email: 'cllr.tom.hargreaves@larkfield.gov.uk' };

export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

export function composeItem(patch: Partial<SimulatedItem> = {}): SimulatedItem {
  return {
    id: 'item-1',
    from: OFFICER,
    to: [CLLR_RAO],
    cc: [],
    bcc: [CLLR_HARGREAVES],
    subject: 'RE: Pothole outside 22 Wharf Road',
    body: 'Dear Cllr Rao,\n\nA crew is booked for Thursday.\n\nKind regards,\nDaniel Frost',
    composeKind: 'reply',
    ...patch,
  };
}

export function enquiryItem(patch: Partial<SimulatedItem> = {}): SimulatedItem {
  return {
    id: 'enquiry-1',
    from: CLLR_RAO,
    to: [OFFICER],
    cc: [],
    bcc: [],
    subject: 'Broken railings on the Canal Walk footbridge',
    body: 'Dear Daniel,\n\nCould you tell me when the railings will be repaired?\n\nSunita',
    composeKind: 'new',
    receivedAt: '2025-11-25T10:12:00Z',
    internetMessageId: '<canal-walk.1@larkfield.gov.uk>',
    conversationId: 'conv-canal-walk',
    ...patch,
  };
}

export const DEADLINE: Deadline = {
  due: '2025-12-02T17:00:00+00:00',
  dueDate: '2025-12-02',
  workingDays: 5,
  basis: "5 working days: the council's default response time",
  clause: 'Woking 2.4–2.5',
  receivedAt: '2025-11-25T10:12:00+00:00',
};

/**
 * A stand-in for the engine that answers from the draft, so each test controls what is found and a
 * fix that really changes the message makes its finding go away.
 */
export const fakeCheck: CheckFn = (draft: Draft, policy?: Policy): Report => {
  const findings: Finding[] = [];
  if (draft.bcc.length > 0) {
    findings.push({
      rule: 'bcc-use',
      severity: 'error',
      clause: 'Woking 11.3',
      message: 'A councillor is copied in silently; copy them openly or leave them off.',
      evidence: `${draft.bcc[0].name} <${draft.bcc[0].email}>`,
      fixes: [
        { kind: 'move-bcc-to-cc', label: 'Move to Cc', recipients: draft.bcc },
        { kind: 'remove-recipient', label: `Remove ${draft.bcc[0].name} from Bcc`, field: 'bcc', recipient: draft.bcc[0] },
      ],
    });
  }
  if ((draft.text ?? '').includes('will refund')) {
    findings.push({
      rule: 'obligation-in-councillor-name',
      severity: 'warning',
      clause: 'Woking 11.4',
      message: 'This commits the Council in a councillor’s name.',
      evidence: 'the Council will refund',
      fixes: [],
    });
  }
  if ((draft.text ?? '').includes('late at night')) {
    findings.push({ rule: 'out-of-hours', severity: 'info', clause: 'Woking 14.2', message: 'Consider delaying delivery.', evidence: '22:30', fixes: [] });
  }
  const isEnquiry = draft.from?.email === CLLR_RAO.email && draft.to.some((a) => a.email === OFFICER.email);
  void policy;
  return { findings, deadline: isEnquiry ? DEADLINE : null, failures: [] };
};

export interface Setup {
  readonly mailbox: SimulatedMailbox;
  readonly storage: ReturnType<typeof memoryStore>;
}

export function makeMailbox(mode: MailboxMode, item: SimulatedItem, storage = memoryStore(), latencyMs = 0): Setup {
  const mailbox = new SimulatedMailbox({ mode, item, storage, latencyMs, clock, policy: { council: 'Larkfield Borough Council', protocol: 'woking' } });
  return { mailbox, storage };
}

export function renderPane(mailbox: SimulatedMailbox, check: CheckFn = fakeCheck) {
  return render(<App port={mailbox} clock={clock} check={check} />);
}

/** A compose mailbox holding one of the playground's bundled samples, under the sample council. */
export function sampleMailbox(id: string): SimulatedMailbox {
  const sample = findSample(id);
  if (!sample) throw new Error(`sample ${id} missing`);
  return new SimulatedMailbox({
    mode: 'compose',
    item: itemFromSample(sample, clock(), resolvePolicy(SAMPLE_COUNCIL)),
    policy: SAMPLE_COUNCIL,
    storage: memoryStore(),
    clock,
  });
}
