import type { Finding, RuleFailure } from '../engine';

/** Smart Alerts shows at most 500 characters of either message. */
export const MAX_ALERT_CHARS = 500;
/** contextData travels to the task pane; keep it far below Outlook's limit. */
const MAX_CONTEXT_CHARS = 2000;

export interface AlertText {
  readonly plain: string;
  readonly markdown: string;
}

function line(f: Finding): string {
  const clause = f.clause ? ` (${f.clause})` : '';
  return `${f.message.replace(/\s+/g, ' ').trim()}${clause}`;
}

/** Fit as many findings as the dialog allows; the rest are counted, never silently dropped. */
function fit(lines: readonly string[], head: string, foot: string, render: (l: string) => string, join: string, more: (n: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rest = lines.length - i - 1;
    const candidate = [...out, render(lines[i])];
    const tail = rest > 0 ? join + more(rest) : '';
    if ((head + candidate.join(join) + tail + foot).length > MAX_ALERT_CHARS) {
      const remaining = lines.length - out.length;
      let body = out.join(join) + (out.length ? join : '') + more(remaining);
      if ((head + body + foot).length > MAX_ALERT_CHARS) body = more(remaining);
      return (head + body + foot).slice(0, MAX_ALERT_CHARS);
    }
    out.push(render(lines[i]));
  }
  return (head + out.join(join) + foot).slice(0, MAX_ALERT_CHARS);
}

/** The dialog text for flagged findings: each with its clause, then what Review does. */
/**
 * What the dialog tells the user to do next: Review (Mailbox 1.14 opens the pane from the dialog),
 * open the pane themselves, or (advisory policy on a client without Send Anyway) press Send again.
 */
export type FindingsAction = 'review' | 'open-pane' | 'send-again';

export function findingsAlert(findings: readonly Finding[], failures: readonly RuleFailure[], next: FindingsAction): AlertText {
  const n = findings.length;
  const lines = findings.map(line);
  const title = `Protocol Guard found ${n === 1 ? 'a problem' : `${n} problems`} with this message:`;
  const partial = failures.length ? ` ${failures.length} further check${failures.length === 1 ? '' : 's'} could not run.` : '';
  const action =
    next === 'review'
      ? ' Select Review to see each one and fix it.'
      : next === 'send-again'
        ? ' Open Protocol Guard to fix them, or select Send again to send it as it is.'
        : ' Open Protocol Guard to see each one and fix it.';
  const plain = fit(lines, `${title}\n`, `\n${partial.trim() ? `${partial.trim()}\n` : ''}${action.trim()}`, (l) => `- ${l}`, '\n', (k) => `- and ${k} more`);
  const markdown = fit(
    lines,
    `**${escapeMarkdown(title)}**\n\n`,
    `\n\n${escapeMarkdown(`${partial.trim()}${partial.trim() ? ' ' : ''}${action.trim()}`)}`,
    (l) => `- ${escapeMarkdown(l)}\r`,
    '',
    (k) => `- and ${k} more\r`,
  );
  return { plain, markdown };
}

/** The dialog text when the check itself could not run. */
export function failureAlert(reason: string, sendAnyway: 'prompt' | 'send-again' | 'none'): AlertText {
  const why = reason.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const choice =
    sendAnyway === 'prompt'
      ? 'Choose Send Anyway to send it unchecked, or go back and try again.'
      : sendAnyway === 'send-again'
        ? 'Select Send again to send it without the check, or go back and try again.'
        : 'Go back and try again.';
  const head = 'Protocol Guard could not check this message against the protocol';
  const budget = MAX_ALERT_CHARS - head.length - choice.length - 6;
  const shortWhy = why.length > budget ? `${why.slice(0, Math.max(0, budget - 1))}…` : why;
  return {
    plain: `${head}: ${shortWhy}. ${choice}`,
    markdown: `**${escapeMarkdown(head)}**: ${escapeMarkdown(shortWhy)}.\n\n${escapeMarkdown(choice)}`,
  };
}

/** What the Review button hands the task pane (read with getInitializationContextAsync). */
export function reviewContext(findings: readonly Finding[]): string {
  const rules = [...new Set(findings.map((f) => f.rule))];
  let data = JSON.stringify({ source: 'smart-alerts', rules });
  while (data.length > MAX_CONTEXT_CHARS && rules.length > 1) {
    rules.pop();
    data = JSON.stringify({ source: 'smart-alerts', rules });
  }
  return data;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_[\]`])/g, '\\$1');
}
