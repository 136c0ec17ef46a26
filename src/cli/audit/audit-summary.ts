import type { Party, Report } from '../../engine';
import { isFlagged } from '../../engine';

/** Counts the audit report shows. Small and fixed-size: it never holds messages. */
export interface AuditSummary {
  messages: number;
  errors: number;
  flaggedMessages: number;
  byRule: Record<string, number>;
  /** "2026-03" → rule → count of flagged findings. */
  byMonth: Record<string, Record<string, number>>;
  /** sender role → rule → count. */
  bySenderRole: Record<string, Record<string, number>>;
  enquiries: { total: number; onTime: number; late: number; unanswered: number; notYetDue: number; responseDays: number[] };
}

export function emptySummary(): AuditSummary {
  return {
    messages: 0,
    errors: 0,
    flaggedMessages: 0,
    byRule: {},
    byMonth: {},
    bySenderRole: {},
    enquiries: { total: 0, onTime: 0, late: 0, unanswered: 0, notYetDue: 0, responseDays: [] },
  };
}

export function addReport(summary: AuditSummary, report: Report, sender: Party | undefined, receivedAt: string | undefined): void {
  summary.messages++;
  const flagged = report.findings.filter((f) => isFlagged(f.severity));
  if (flagged.length) summary.flaggedMessages++;
  const month = receivedAt ? receivedAt.slice(0, 7) : 'undated';
  const role = sender?.role ?? 'unknown';
  for (const f of flagged) {
    summary.byRule[f.rule] = (summary.byRule[f.rule] ?? 0) + 1;
    bump(summary.byMonth, month, f.rule);
    bump(summary.bySenderRole, role, f.rule);
  }
  summary.byMonth[month] ??= {};
}

function bump(table: Record<string, Record<string, number>>, row: string, col: string): void {
  const r = (table[row] ??= {});
  r[col] = (r[col] ?? 0) + 1;
}
