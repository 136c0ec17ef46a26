import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeploymentManifest, bumpPatch, runManifest } from '../../src/cli/manifest-command';
import { main } from '../../src/cli/main';
import { devManifest, type DevManifest } from '../../src/manifest/dev-manifest';
import { collectUrls, parseManifestXml, validateManifestText } from '../../src/manifest/validate-manifest';
import { validateManifestFile } from '../../src/manifest/validate-manifest-file';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'pg-manifest-cli-'));
const source = devManifest();
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { io: { out: (s: string) => lines.out.push(s), err: (s: string) => lines.err.push(s) }, lines };
}

/** The checks `npm run validate` runs, with the repository's icons. */
function validate(xml: string) {
  return validateManifestText(xml, { icon: (rel) => source.icons.get(rel), describe: (rel) => rel });
}

describe('protocol-guard manifest', () => {
  it('writes a deployment manifest that passes validation and names no development host', async () => {
    const out = join(dir, 'deploy.xml');
    const { io, lines } = capture();
    expect(await runManifest({ baseUrl: 'https://apps.northdown.gov.uk/protocol-guard/', out }, io)).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    expect(validate(xml).errors).toEqual([]);
    const urls = collectUrls(parseManifestXml(xml));
    expect(urls.length).toBeGreaterThan(5);
    for (const { url } of urls) expect(url.startsWith('https://apps.northdown.gov.uk/protocol-guard/')).toBe(true);
    expect(xml).toContain('DefaultValue="https://apps.northdown.gov.uk/protocol-guard/launchevent.js"');
    expect(xml).toContain('<SupportUrl DefaultValue="https://apps.northdown.gov.uk/protocol-guard/playground.html"/>');
    const id = /<Id>([^<]+)<\/Id>/.exec(xml)![1];
    expect(id).toMatch(GUID);
    expect(id).not.toBe(/<Id>([^<]+)<\/Id>/.exec(source.xml)![1]);
    expect(xml).toContain('<Version>1.0.1.0</Version>');
    expect(lines.out.join()).toContain(id);
  });

  it('passes the file-based validator too, icons resolved under a sub-path', async () => {
    const out = join(dir, 'sub', 'deploy.xml');
    expect(await runManifest({ baseUrl: 'https://council.example/addins/pg', out }, capture().io)).toBe(0);
    // Icons are looked up under the base path's folder: here, the repository (its assets/).
    const check = validateManifestFile({ manifestPath: out, built: ROOT });
    expect(check.errors.filter((e) => !/no built file/.test(e))).toEqual([]);
  });

  it('gives a fresh GUID each time unless --id is given', async () => {
    const a = await buildDeploymentManifest({ baseUrl: 'https://a.example' }, source);
    const b = await buildDeploymentManifest({ baseUrl: 'https://a.example' }, source);
    if (!a.ok || !b.ok) throw new Error('expected manifests');
    expect(a.manifest.id).not.toBe(b.manifest.id);
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const out = join(dir, 'with-id.xml');
    expect(await main(['manifest', '--base-url', 'https://a.example', '--id', id, '--out', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(`<Id>${id}</Id>`);
  });

  it.each([
    ['http://apps.northdown.gov.uk/', /must use https/],
    ['apps.northdown.gov.uk', /not an absolute URL/],
    ['https://localhost:3000', /development host/],
    ['https://127.0.0.1/', /development host/],
    ['https://apps.northdown.gov.uk/?v=2', /query string/],
    ['https://user:pw@apps.northdown.gov.uk/', /user name or password/],
  ])('rejects the base URL %s, exit 2, nothing written', async (baseUrl, reason) => {
    const out = join(dir, 'rejected.xml');
    const { io, lines } = capture();
    expect(await runManifest({ baseUrl, out }, io)).toBe(2);
    expect(lines.err.join('\n')).toMatch(reason);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a bad --id, --version, --support-url or --send-mode and names each', async () => {
    const r = await buildDeploymentManifest({ baseUrl: 'https://a.example', id: '1234', version: 'v2', supportUrl: 'http://help.example', sendMode: 'Nope' }, source);
    expect(r.ok).toBe(false);
    const said = r.ok ? '' : r.problems.join('\n');
    for (const what of [/--id "1234" is not a GUID/, /--version "v2"/, /--support-url must use https/, /--send-mode must be one of/]) expect(said).toMatch(what);
    expect(await main(['manifest', '--base-url', 'https://a.example', '--id', 'nope', '--out', join(dir, 'x.xml')])).toBe(2);
    expect(await main(['manifest'])).toBe(2);
  });

  it('replaces the display name (escaped), support URL, version and send mode when asked', async () => {
    const r = await buildDeploymentManifest(
      { baseUrl: 'https://a.example', name: 'Protocol Guard — Northdown & District', supportUrl: 'https://intranet.northdown.gov.uk/help/pg', version: '2.3.0.0', sendMode: 'PromptUser' },
      source,
    );
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const { xml } = r.manifest;
    expect(xml).toContain('<DisplayName DefaultValue="Protocol Guard — Northdown &amp; District"/>');
    expect(xml).toContain('<SupportUrl DefaultValue="https://intranet.northdown.gov.uk/help/pg"/>');
    expect(xml).toContain('<Version>2.3.0.0</Version>');
    expect(xml).toMatch(/Type="OnMessageSend"[^>]*SendMode="PromptUser"/);
    expect(validate(xml).errors).toEqual([]);
  });

  it('keeps the Id of the previous deployment and bumps its version', async () => {
    const first = join(dir, 'first.xml');
    expect(await runManifest({ baseUrl: 'https://a.example', out: first, version: '1.4.2.0' }, capture().io)).toBe(0);
    const firstId = /<Id>([^<]+)<\/Id>/.exec(readFileSync(first, 'utf8'))![1];
    const next = await buildDeploymentManifest({ baseUrl: 'https://a.example', previous: first }, source);
    if (!next.ok) throw new Error(next.problems.join('\n'));
    expect(next.manifest.id).toBe(firstId);
    expect(next.manifest.version).toBe('1.4.3.0');
    const backwards = await buildDeploymentManifest({ baseUrl: 'https://a.example', previous: first, version: '1.4.1.0' }, source);
    expect(backwards.ok ? '' : backwards.problems.join()).toMatch(/must be higher than the deployed 1.4.2.0/);
  });

  it('moves AppDomains to the base origin and every development origin, not just the first', async () => {
    const xml = source.xml
      .replace('<Hosts>', '<AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>\n  <Hosts>')
      .replace('https://localhost:3000/playground.html', 'https://127.0.0.1:8080/help.html');
    const r = await buildDeploymentManifest({ baseUrl: 'https://apps.example.org/pg/' }, { ...source, xml });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.manifest.xml).toContain('<AppDomain>https://apps.example.org</AppDomain>');
    expect(r.manifest.xml).toContain('<SupportUrl DefaultValue="https://apps.example.org/pg/help.html"/>');
    expect(r.manifest.xml).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('writes nothing and exits 2 when the result fails the manifest checks', async () => {
    const broken: DevManifest = { ...source, xml: source.xml.replace('<Label resid="ComposeButton.Label"/>', '<Label resid="Missing.Label"/>') };
    const out = join(dir, 'broken.xml');
    const { io, lines } = capture();
    expect(await runManifest({ baseUrl: 'https://a.example', out }, io, broken)).toBe(2);
    expect(lines.err.join('\n')).toMatch(/resid "Missing.Label" does not resolve/);
    expect(existsSync(out)).toBe(false);
    const noIcon: DevManifest = { ...source, icons: new Map([...source.icons].filter(([k]) => !k.endsWith('icon-80.png'))) };
    expect(await runManifest({ baseUrl: 'https://a.example', out }, capture().io, noIcon)).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('bumps the patch number', () => {
    expect(bumpPatch('1.0.0.0')).toBe('1.0.1.0');
    expect(bumpPatch('1.2.9.7')).toBe('1.2.10.0');
    expect(bumpPatch('3')).toBe('3.0.1');
  });
});
