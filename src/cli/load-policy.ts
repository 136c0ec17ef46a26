import { readFile } from 'node:fs/promises';
import { formatProblems, parsePolicyText } from '../adapters/policy';
import { DEFAULT_POLICY, type Policy } from '../engine';

export class PolicyLoadError extends Error {
  override name = 'PolicyLoadError';
}

/** Read and validate a policy file, or the embedded default when none is given. */
export async function loadPolicy(path: string | undefined): Promise<Policy> {
  if (!path) return DEFAULT_POLICY;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new PolicyLoadError(`cannot read policy ${path}: ${(err as Error).message}`);
  }
  const result = parsePolicyText(text);
  if (!result.ok) throw new PolicyLoadError(`invalid policy ${path}:\n${formatProblems(result.problems)}`);
  return result.policy;
}
