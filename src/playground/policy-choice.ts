import { PROTOCOL_IDS, type PolicyFile, type ProtocolId } from '../engine';
import { parsePolicyText, type PolicyProblem } from '../adapters/policy';
import { SAMPLE_COUNCIL } from './samples';

/** Which policy the simulated mailbox hands the pane. */
export type PolicyChoice =
  | { readonly kind: 'sample'; readonly protocol: ProtocolId }
  | { readonly kind: 'default' }
  | { readonly kind: 'custom'; readonly file: PolicyFile };

export function policyFileFor(choice: PolicyChoice): PolicyFile | undefined {
  if (choice.kind === 'sample') return { ...SAMPLE_COUNCIL, protocol: choice.protocol };
  if (choice.kind === 'custom') return choice.file;
  return undefined;
}

export function isProtocol(x: string | null): x is ProtocolId {
  return (PROTOCOL_IDS as readonly string[]).includes(x ?? '');
}

/** Validate pasted policy JSON with the same validator the add-in and CLI use: all or nothing. */
export function parseCustomPolicy(text: string): { ok: true; file: PolicyFile } | { ok: false; problems: readonly PolicyProblem[] } {
  const result = parsePolicyText(text);
  return result.ok ? { ok: true, file: result.file } : { ok: false, problems: result.problems };
}
