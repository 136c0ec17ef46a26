import type { FileResult } from './check-file';

const LABEL = { error: 'ERROR  ', warning: 'WARNING', info: 'info   ' } as const;

/** The human format: one block per file, then a summary line. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  let flagged = 0;
  let errors = 0;
  for (const r of results) {
    lines.push(r.file);
    if ('error' in r) {
      errors++;
      lines.push(`  could not check: ${r.error}`, '');
      continue;
    }
    if (r.subject) lines.push(`  Subject: ${r.subject}`);
    if (r.findings.length === 0) lines.push('  no findings');
    for (const f of r.findings) {
      if (f.severity !== 'info') flagged++;
      lines.push(`  ${LABEL[f.severity]} ${f.rule} (${f.clause})`);
      lines.push(`          ${f.message}`);
      if (f.evidence) lines.push(`          evidence: ${oneLine(f.evidence)}`);
      for (const fix of f.fixes) lines.push(`          fix: ${fix.label}`);
    }
    if (r.deadline) {
      lines.push(`  Reply due ${r.deadline.dueDate} (${r.deadline.due}): ${r.deadline.workingDays} working days, ${r.deadline.basis} (${r.deadline.clause})`);
    }
    for (const f of r.ruleFailures ?? []) lines.push(`  rule ${f.rule} could not run: ${f.error}`);
    lines.push('');
  }
  lines.push(`${results.length} file(s) checked, ${flagged} flagged finding(s), ${errors} file(s) in error`);
  return lines.join('\n');
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
