import { checkFile, type FileResult } from './check-file';
import { collectMailFiles } from './collect-files';
import { formatText } from './format-text';
import { loadPolicy } from './load-policy';
import { isFlagged } from '../engine';
import { EXIT } from './exit-codes';

export interface CheckOptions {
  readonly policy?: string;
  readonly format: 'text' | 'json';
}


/** `protocol-guard check`: returns the exit status (CONTRACT.md §2). */
export async function runCheck(inputs: readonly string[], options: CheckOptions, out: (s: string) => void): Promise<number> {
  const policy = await loadPolicy(options.policy);
  const files = await collectMailFiles(inputs);
  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(file, policy));
  out(options.format === 'json' ? JSON.stringify(results, null, 2) : formatText(results));
  if (results.some((r) => 'error' in r || (r.ruleFailures?.length ?? 0) > 0)) return EXIT.error;
  if (results.some((r) => !('error' in r) && r.findings.some((f) => isFlagged(f.severity)))) return EXIT.flagged;
  return EXIT.clean;
}
