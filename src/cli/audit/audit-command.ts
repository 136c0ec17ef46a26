import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SingleBar } from 'cli-progress';
import Papa from 'papaparse';
import { parseMail } from '../../adapters/eml';
import { checkDraft, createPartyResolver, isFlagged, type Policy } from '../../engine';
import { workingDaysBetween } from '../../engine/calendar';
import { EXIT } from '../exit-codes';
import { loadPolicy } from '../load-policy';
import { addReport, emptySummary, type AuditSummary } from './audit-summary';
import { matchReplies, subjectKey, type EnquiryRecord, type ReplyRecord } from './enquiry-matcher';
import { renderHtmlReport } from './html-report';
import { readArchive, type SourceError } from './mail-source';

export interface AuditOptions {
  readonly policy?: string;
  readonly report: string;
  readonly csv?: string;
  /** Judge "not yet due" against this instant (default: now). */
  readonly now?: Date;
  readonly progress?: boolean;
}

const CSV_HEAD = ['source', 'date', 'from', 'sender_role', 'subject', 'flagged_rules', 'advice_rules', 'enquiry_due', 'replied_at', 'response_working_days', 'enquiry_status', 'error'];

export interface AuditResult {
  readonly summary: AuditSummary;
  readonly code: number;
}

/**
 * `protocol-guard audit`: stream every message through the engine, count findings, match
 * councillors' enquiries to officers' replies, and write an HTML report (and a CSV, one row per
 * message). Holds counts and small enquiry/reply records, never the messages themselves.
 */
export async function runAudit(paths: readonly string[], options: AuditOptions, err: (s: string) => void): Promise<AuditResult> {
  const policy = await loadPolicy(options.policy);
  const resolve = createPartyResolver(policy);
  const summary = emptySummary();
  const enquiries: EnquiryRecord[] = [];
  const replies: ReplyRecord[] = [];
  const sourceErrors: SourceError[] = [];
  const work = await mkdtemp(join(tmpdir(), 'protocol-guard-audit-'));
  const rowsFile = join(work, 'rows.csv');
  const rows = options.csv ? createWriteStream(rowsFile) : undefined;
  const bar = options.progress ? new SingleBar({ format: 'Auditing |{bar}| {value}/{total} MB | {messages} messages | {rate} msg/s', hideCursor: true, clearOnComplete: true }) : undefined;
  const totalBytes = bar ? await sizeOf(paths) : 0;
  bar?.start(Math.max(1, Math.round(totalBytes / 1048576)), 0, { messages: 0, rate: 0 });
  const started = Date.now();
  let bytesDone = 0;

  try {
    for await (const mail of readArchive(paths, (e) => sourceErrors.push(e))) {
      bytesDone += mail.bytes.length;
      try {
        const parsed = await parseMail(mail.bytes);
        const { draft } = parsed;
        const report = checkDraft(draft, policy);
        const sender = draft.from ? resolve(draft.from) : undefined;
        addReport(summary, report, sender, draft.receivedAt);
        if (report.deadline && sender) {
          const officers = [...draft.to, ...draft.cc].map(resolve).filter((p) => p.role === 'officer' && p.email).map((p) => p.email!);
          enquiries.push({ source: mail.source, messageId: parsed.messageId, subjectKey: subjectKey(draft.subject), councillor: sender.email ?? sender.key, officers, receivedAt: report.deadline.receivedAt, deadline: report.deadline });
        }
        if (sender?.role === 'officer' && sender.email && draft.receivedAt) {
          const recipients = [...draft.to, ...draft.cc].map((a) => a.email).filter((x): x is string => Boolean(x));
          replies.push({ source: mail.source, references: parsed.references, subjectKey: subjectKey(draft.subject), from: sender.email, recipients, sentAt: draft.receivedAt });
        }
        writeRow(rows, [
          mail.source, draft.receivedAt ?? '', draft.from?.email ?? draft.from?.name ?? '', sender?.role ?? '', draft.subject,
          report.findings.filter((f) => isFlagged(f.severity)).map((f) => f.rule).join(' '),
          report.findings.filter((f) => !isFlagged(f.severity)).map((f) => f.rule).join(' '),
          report.deadline?.due ?? '', '', '', '', '',
        ]);
      } catch (e) {
        summary.errors++;
        writeRow(rows, [mail.source, '', '', '', '', '', '', '', '', '', '', (e as Error).message]);
      }
      if (bar) {
        const secs = (Date.now() - started) / 1000;
        bar.update(Math.round(bytesDone / 1048576), { messages: summary.messages + summary.errors, rate: secs > 0 ? Math.round((summary.messages + summary.errors) / secs) : 0 });
      }
    }
  } finally {
    bar?.stop();
    await closeStream(rows);
  }

  summary.errors += sourceErrors.length;
  for (const e of sourceErrors) err(`protocol-guard: ${e.source}: ${e.error}`);
  const outcomes = settleEnquiries(summary, enquiries, replies, policy, options.now ?? new Date());
  await writeFile(options.report, renderHtmlReport(summary, { council: policy.council, protocol: policy.protocol, generatedAt: (options.now ?? new Date()).toISOString(), sources: paths }));
  if (options.csv) await finishCsv(rowsFile, options.csv, outcomes);
  await rm(work, { recursive: true, force: true });
  return { summary, code: summary.errors > 0 ? EXIT.error : summary.flaggedMessages > 0 ? EXIT.flagged : EXIT.clean };
}

interface Outcome {
  readonly repliedAt: string;
  readonly days: string;
  readonly status: string;
}

function settleEnquiries(summary: AuditSummary, enquiries: readonly EnquiryRecord[], replies: readonly ReplyRecord[], policy: Policy, now: Date): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  const matched = matchReplies(enquiries, replies);
  const e = summary.enquiries;
  for (const enquiry of enquiries) {
    e.total++;
    const reply = matched.get(enquiry);
    if (reply) {
      // A reply dated outside the holiday table (a mis-set clock) still counts as on time or late;
      // only its working-day count is left blank rather than stopping the whole audit.
      let days: number | undefined;
      try {
        days = workingDaysBetween(enquiry.receivedAt, reply.sentAt, policy);
        e.responseDays.push(days);
      } catch (err) {
        if (!(err instanceof RangeError)) throw err;
      }
      const onTime = Date.parse(reply.sentAt) <= Date.parse(enquiry.deadline.due);
      if (onTime) e.onTime++;
      else e.late++;
      outcomes.set(enquiry.source, { repliedAt: reply.sentAt, days: days === undefined ? '' : String(days), status: onTime ? 'on time' : 'late' });
    } else if (now.getTime() <= Date.parse(enquiry.deadline.due)) {
      e.notYetDue++;
      outcomes.set(enquiry.source, { repliedAt: '', days: '', status: 'not yet due' });
    } else {
      e.unanswered++;
      outcomes.set(enquiry.source, { repliedAt: '', days: '', status: 'unanswered' });
    }
  }
  return outcomes;
}

function writeRow(stream: WriteStream | undefined, cells: readonly string[]): void {
  stream?.write(`${Papa.unparse([cells as string[]], { newline: '\n' })}\n`);
}

/** Copy the streamed rows to the CSV, filling in enquiry outcomes known only at the end. */
async function finishCsv(rowsFile: string, target: string, outcomes: Map<string, Outcome>): Promise<void> {
  const out = createWriteStream(target);
  out.write(`${Papa.unparse([CSV_HEAD], { newline: '\n' })}\n`);
  const lines = createInterface({ input: createReadStream(rowsFile, 'utf8'), crlfDelay: Infinity });
  let pending = '';
  for await (const line of lines) {
    pending = pending ? `${pending}\n${line}` : line;
    const parsed = Papa.parse<string[]>(pending, { newline: '\n' });
    if (parsed.errors.some((e) => e.code === 'MissingQuotes')) continue; // a quoted cell spans lines
    pending = '';
    const cells = parsed.data[0] ?? [];
    const outcome = outcomes.get(cells[0]);
    if (outcome) [cells[8], cells[9], cells[10]] = [outcome.repliedAt, outcome.days, outcome.status];
    out.write(`${Papa.unparse([cells], { newline: '\n' })}\n`);
  }
  await closeStream(out);
}

function closeStream(stream: WriteStream | undefined): Promise<void> {
  return new Promise((resolveClose, reject) => {
    if (!stream) return resolveClose();
    stream.end((e?: Error | null) => (e ? reject(e) : resolveClose()));
  });
}

async function sizeOf(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isDirectory()) total += await sizeOf((await readdir(p)).map((n) => join(p, n)));
      else total += info.size;
    } catch {
      // reported when the archive is read
    }
  }
  return total;
}
