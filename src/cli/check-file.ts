import { readFile, stat } from 'node:fs/promises';
import { emlToDraft } from '../adapters/eml';
import { checkDraft, type Deadline, type Finding, type Policy, type RuleFailure } from '../engine';

/** One element of `check --format json` (CONTRACT.md §2); extra fields only extend it. */
export type FileResult =
  | {
      readonly file: string;
      readonly subject: string;
      readonly findings: readonly Finding[];
      readonly deadline: Deadline | null;
      readonly ruleFailures?: readonly RuleFailure[];
    }
  | { readonly file: string; readonly error: string };

/** Files larger than this are refused rather than risk exhausting memory on one message. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function checkFile(file: string, policy: Policy): Promise<FileResult> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { file, error: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) return { file, error: `too large (${info.size} bytes; the limit is ${MAX_FILE_BYTES})` };
    const bytes = await readFile(file);
    const draft = await emlToDraft(bytes);
    const report = checkDraft(draft, policy);
    const result = { file, subject: draft.subject, findings: report.findings, deadline: report.deadline };
    return report.failures.length ? { ...result, ruleFailures: report.failures } : result;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return { file, error: 'no such file' };
    if (e.code === 'EACCES') return { file, error: 'permission denied' };
    return { file, error: e.message || String(err) };
  }
}
