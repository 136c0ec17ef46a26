import type { PolicyFile } from '../../engine';
import { loadDeployedPolicy, type LoadedPolicy } from '../policy';
import { embeddedPolicy, roamingPolicyCache } from './policy-cache';

/** policy.json beside the task pane: an IT admin replaces it without rebuilding the add-in. */
export function defaultPolicyUrl(): string {
  const here = typeof location !== 'undefined' ? location.href : undefined;
  return here ? new URL('policy.json', here).toString() : 'policy.json';
}

/**
 * The task pane's policy: the deployed policy.json when it arrives and validates (then cached in
 * roaming settings, where the Send check finds it), else the last good cached copy, else the one
 * built into this add-in, else the product default. An invalid policy is never applied.
 */
export async function loadPanePolicy(url = defaultPolicyUrl(), fetchImpl: typeof fetch | undefined = globalThis.fetch): Promise<LoadedPolicy> {
  const loaded = fetchImpl
    ? await loadDeployedPolicy({ url, cache: roamingPolicyCache, fetch: (u, init) => fetchImpl(u, init), timeoutMs: 4000 })
    : { source: { kind: 'default' as const, reason: 'this runtime cannot fetch' } };
  if (loaded.source.kind === 'default') {
    const built: PolicyFile | undefined = embeddedPolicy();
    if (built) return { file: built, source: { kind: 'default', reason: `${loaded.source.reason}; using the policy built into the add-in` } };
  }
  return loaded;
}
