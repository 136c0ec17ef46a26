import type { Severity } from '../engine';

/** Words the pane shows, kept together so they read as one voice. */
export const STRINGS = {
  appName: 'Protocol Guard',
  checking: 'Checking your message…',
  checkAgain: 'Check again',
  retry: 'Retry',
  evidence: 'Found',
  clause: 'Protocol clause',
  allClearTitle: 'All clear',
  allClearBody: 'Nothing in this message goes against the protocol.',
  failedRules: 'Some checks could not run',
  readNoDeadline: 'This message is not a councillor’s enquiry to an officer, so no reply deadline applies.',
  trackedTitle: 'Enquiries you are tracking',
  trackedEmpty: 'No open enquiries. Start a reminder on a councillor’s enquiry to see it here.',
  startReminder: 'Start reminder',
  markReplied: 'Mark replied',
  draftInterim: 'Draft interim reply',
  heldAtSendTitle: 'Held at Send',
  heldAtSendFixedTitle: 'Ready to send again',
  heldAtSendFixedBody: 'The points Outlook stopped this message for are fixed. Press Send again to send it.',
  flaggedAtSend: 'Flagged at Send',
  reminderNotesTitle: 'Some reminders could not be set',
  policyCachedTitle: 'Using a saved copy of the council’s policy',
  policyDefaultTitle: 'The council’s policy is not loaded',
  policyDefaultBody: 'Checks use the default rules built into Protocol Guard, which may not match your council’s protocol.',
} as const;

export const SEVERITY_HEADINGS: Readonly<Record<Exclude<Severity, 'off'>, string>> = {
  error: 'Must fix',
  warning: 'Should fix',
  info: 'Advice',
};

/** What failed, in words, for the error state's title. */
export function operationTitle(operation: string): string {
  if (operation === 'loadPolicy') return 'Couldn’t load the council’s policy';
  if (operation === 'checkDraft') return 'The check itself failed';
  if (operation === 'applyFix' || operation.startsWith('applyFix')) return 'Couldn’t change the message';
  if (operation === 'startReminder') return 'Couldn’t start the reminder';
  if (operation === 'markReplied') return 'Couldn’t mark the enquiry replied';
  if (operation === 'draftInterimReply') return 'Couldn’t open the interim reply';
  if (operation === 'getTracking' || operation === 'listTracked') return 'Couldn’t read your tracked enquiries';
  return 'Couldn’t read the message from Outlook';
}

export function summaryLine(flagged: number, advice: number): string {
  if (flagged === 0 && advice === 0) return 'All clear: nothing to change before sending.';
  if (flagged === 0) return `Nothing to fix; ${advice} piece${advice === 1 ? '' : 's'} of advice.`;
  const issues = `${flagged} issue${flagged === 1 ? '' : 's'} to review before sending`;
  return advice ? `${issues}, plus ${advice} piece${advice === 1 ? '' : 's'} of advice.` : `${issues}.`;
}
