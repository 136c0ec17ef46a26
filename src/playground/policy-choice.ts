import { PROTOCOL_IDS, type PolicyFile, type ProtocolId } from '../engine/model/policy';
import { parsePolicyText, type PolicyProblem, type PolicySource } from '../adapters/policy';
import { SAMPLE_COUNCIL } from './samples';

/** Which policy the simulated mailbox hands the pane. */
export type PolicyChoice =
  | { readonly kind: 'sample'; readonly protocol: ProtocolId }
  /** The deployed policy did not arrive; the pane falls back to the copy it saved earlier. */
  | { readonly kind: 'unreachable'; readonly protocol: ProtocolId }
  | { readonly kind: 'default' }
  | { readonly kind: 'custom'; readonly file: PolicyFile };

declare const __PG_EMBEDDED_POLICY__: PolicyFile | null | undefined;

/** The policy built into this add-in (`PG_POLICY=council.json npm run build`), if any. */
function builtInPolicy(): PolicyFile | undefined {
  return typeof __PG_EMBEDDED_POLICY__ === 'undefined' ? undefined : (__PG_EMBEDDED_POLICY__ ?? undefined);
}

export function policyFileFor(choice: PolicyChoice): PolicyFile | undefined {
  if (choice.kind === 'sample' || choice.kind === 'unreachable') return { ...SAMPLE_COUNCIL, protocol: choice.protocol };
  if (choice.kind === 'custom') return choice.file;
  return builtInPolicy();
}

/** Where the deployed policy would live beside the pane. */
const POLICY_URL = 'policy.json';

/** How the simulated mailbox says the policy was obtained, as the Office adapter would. */
export function policySourceFor(choice: PolicyChoice, now: Date): PolicySource {
  if (choice.kind === 'unreachable') {
    const saved = new Date(now.getTime() - 3 * 24 * 3600 * 1000);
    return { kind: 'cached', url: POLICY_URL, fetchedAt: saved.toISOString(), reason: `the policy at ${POLICY_URL} did not arrive in time` };
  }
  if (choice.kind === 'default') {
    return builtInPolicy()
      ? { kind: 'default', reason: `no policy is deployed at ${POLICY_URL}; using the policy built into the add-in` }
      : { kind: 'default', reason: `no policy is deployed at ${POLICY_URL}` };
  }
  return { kind: 'fresh', url: POLICY_URL };
}

export function isProtocol(x: string | null): x is ProtocolId {
  return (PROTOCOL_IDS as readonly string[]).includes(x ?? '');
}

/** Validate pasted policy JSON with the same validator the add-in and CLI use: all or nothing. */
export function parseCustomPolicy(text: string): { ok: true; file: PolicyFile } | { ok: false; problems: readonly PolicyProblem[] } {
  const result = parsePolicyText(text);
  return result.ok ? { ok: true, file: result.file } : { ok: false, problems: result.problems };
}
