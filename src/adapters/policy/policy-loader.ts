import type { PolicyFile } from '../../engine/model/policy';
import { validatePolicy, type PolicyProblem } from './validate-policy';

/** Where the add-in keeps the last policy that validated (roaming settings, localStorage, …). */
export interface PolicyCache {
  read(): Promise<CachedPolicy | undefined>;
  write(entry: CachedPolicy): Promise<void>;
}

export interface CachedPolicy {
  readonly file: PolicyFile;
  readonly fetchedAt: string;
  readonly url: string;
}

/** How the policy in force was obtained; the task pane shows anything but `fresh`. */
export type PolicySource =
  | { readonly kind: 'fresh'; readonly url: string }
  | { readonly kind: 'cached'; readonly url: string; readonly fetchedAt: string; readonly reason: string }
  | { readonly kind: 'default'; readonly reason: string };

export interface LoadedPolicy {
  /** Undefined means "use the embedded default". */
  readonly file?: PolicyFile;
  readonly source: PolicySource;
}

export interface PolicyLoaderOptions {
  readonly url: string;
  readonly cache: PolicyCache;
  readonly fetch: (url: string, init: { signal: AbortSignal; cache: 'no-cache' }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

const describe = (problems: readonly PolicyProblem[]) => problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ');

/**
 * Fetch the council's policy from the URL fixed at deployment. A policy that validates is used
 * and cached; when the fetch fails, times out or returns an invalid policy, the last good cached
 * copy is used (and said so); with no cache either, the embedded default. An invalid policy is
 * never applied.
 */
export async function loadDeployedPolicy(options: PolicyLoaderOptions): Promise<LoadedPolicy> {
  const { url, cache } = options;
  let reason: string;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 4000);
  try {
    const response = await options.fetch(url, { signal: controller.signal, cache: 'no-cache' });
    if (!response.ok) {
      reason = `the policy at ${url} could not be fetched (HTTP ${response.status})`;
    } else {
      const text = await response.text();
      let data: unknown;
      try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        data = undefined;
      }
      const result = data === undefined ? undefined : validatePolicy(data);
      if (result?.ok) {
        await cache.write({ file: result.file, fetchedAt: (options.now?.() ?? new Date()).toISOString(), url }).catch(() => undefined);
        return { file: result.file, source: { kind: 'fresh', url } };
      }
      reason = result ? `the policy at ${url} is invalid (${describe(result.problems)})` : `the policy at ${url} is not valid JSON`;
    }
  } catch (err) {
    reason = controller.signal.aborted ? `the policy at ${url} did not arrive in time` : `the policy at ${url} could not be fetched (${(err as Error).message})`;
  } finally {
    clearTimeout(timer);
  }
  const cached = await cache.read().catch(() => undefined);
  if (cached && validatePolicy(cached.file).ok) {
    return { file: cached.file, source: { kind: 'cached', url: cached.url, fetchedAt: cached.fetchedAt, reason } };
  }
  return { source: { kind: 'default', reason } };
}
