import { loadDeployedPolicy, type CachedPolicy, type PolicyCache } from '../../../src/adapters/policy';
import type { PolicyFile } from '../../../src/engine/model';

function memoryCache(initial?: CachedPolicy): PolicyCache & { entry?: CachedPolicy } {
  const cache = {
    entry: initial,
    read: async () => cache.entry,
    write: async (e: CachedPolicy) => {
      cache.entry = e;
    },
  };
  return cache;
}

const respond = (status: number, body: string) => async () => ({ ok: status >= 200 && status < 300, status, text: async () => body });
const URL = 'https://addin.example.gov.uk/policy.json';
const GOOD: PolicyFile = { council: 'Harlow Council', protocol: 'harlow' };

describe('loadDeployedPolicy', () => {
  it('uses and caches a valid policy', async () => {
    const cache = memoryCache();
    const r = await loadDeployedPolicy({ url: URL, cache, fetch: respond(200, JSON.stringify(GOOD)), now: () => new Date('2026-02-10T10:00:00Z') });
    expect(r).toEqual({ file: GOOD, source: { kind: 'fresh', url: URL } });
    expect(cache.entry).toEqual({ file: GOOD, fetchedAt: '2026-02-10T10:00:00.000Z', url: URL });
  });

  it('falls back to the last good copy when the URL times out, and says so', async () => {
    const cache = memoryCache({ file: GOOD, fetchedAt: '2026-02-01T09:00:00.000Z', url: URL });
    const hang = (_u: string, init: { signal: AbortSignal }) =>
      new Promise<never>((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const r = await loadDeployedPolicy({ url: URL, cache, fetch: hang, timeoutMs: 20 });
    expect(r.file).toEqual(GOOD);
    expect(r.source).toMatchObject({ kind: 'cached', fetchedAt: '2026-02-01T09:00:00.000Z', reason: expect.stringMatching(/did not arrive in time/) });
  });

  it('never applies an invalid policy: keeps the cached one and names the bad field', async () => {
    const cache = memoryCache({ file: GOOD, fetchedAt: '2026-02-01T09:00:00.000Z', url: URL });
    const r = await loadDeployedPolicy({ url: URL, cache, fetch: respond(200, JSON.stringify({ protocol: 'harlo' })) });
    expect(r.file).toEqual(GOOD);
    expect(r.source).toMatchObject({ kind: 'cached', reason: expect.stringContaining('/protocol') });
    expect(cache.entry?.file).toEqual(GOOD);
  });

  it('uses the embedded default when nothing good is available', async () => {
    const r = await loadDeployedPolicy({ url: URL, cache: memoryCache(), fetch: respond(404, 'not found') });
    expect(r).toEqual({ source: { kind: 'default', reason: expect.stringContaining('HTTP 404') } });
  });

  it('treats a network error and broken JSON as failures', async () => {
    const broken = await loadDeployedPolicy({ url: URL, cache: memoryCache(), fetch: respond(200, '{"council":') });
    expect(broken.source).toMatchObject({ kind: 'default', reason: expect.stringMatching(/not valid JSON/) });
    const offline = await loadDeployedPolicy({ url: URL, cache: memoryCache(), fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(offline.source).toMatchObject({ kind: 'default', reason: expect.stringMatching(/Failed to fetch/) });
  });

  it('ignores a cache that fails or holds something invalid', async () => {
    const failing: PolicyCache = { read: async () => Promise.reject(new Error('storage unavailable')), write: async () => Promise.reject(new Error('quota')) };
    expect((await loadDeployedPolicy({ url: URL, cache: failing, fetch: respond(500, '') })).source.kind).toBe('default');
    const corrupt = memoryCache({ file: { protocol: 'nowhere' } as never, fetchedAt: 'x', url: URL });
    expect((await loadDeployedPolicy({ url: URL, cache: corrupt, fetch: respond(500, '') })).source.kind).toBe('default');
    expect((await loadDeployedPolicy({ url: URL, cache: failing, fetch: respond(200, JSON.stringify(GOOD)) })).source.kind).toBe('fresh');
  });
});
