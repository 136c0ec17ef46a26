import { execFileSync } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/validate-manifest.mjs');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pg-manifest-'));
  cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(xml: string, ...args: string[]): { code: number; out: string } {
  const file = path.join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  try {
    const out = execFileSync(process.execPath, [SCRIPT, file, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const next = xml.replace(from, to);
  expect(next).not.toBe(xml);
  return next;
}

describe('validate-manifest', () => {
  it('accepts the repository manifest', () => {
    const r = run(MANIFEST);
    expect(r.out).toContain('valid');
    expect(r.code).toBe(0);
  });

  it('rejects XML that is not well-formed', () => {
    const r = run(MANIFEST.replace('</OfficeApp>', ''));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not well-formed/);
  });

  it('rejects "--" inside a comment, which Outlook refuses', () => {
    const r = run(MANIFEST.replace('<Hosts>', '<!-- run with --built -->\n  <Hosts>'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/inside a comment/);
  });

  it('reports an element out of schema order', () => {
    const permissions = '  <Permissions>ReadWriteItem</Permissions>\n';
    const moved = replaceOnce(MANIFEST, permissions, '').replace('  <FormSettings>', `${permissions}  <FormSettings>`);
    const r = run(moved);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/<FormSettings> must come before <Permissions>/);
  });

  it('reports SupportsPinning after the wrong sibling order inside ShowTaskpane', () => {
    const swapped = replaceOnce(
      MANIFEST,
      /<SourceLocation resid="Taskpane.Url"\/>(\s*<!--[^>]*-->)?\s*<SupportsPinning>true<\/SupportsPinning>/,
      '<SupportsPinning>true</SupportsPinning>\n<SourceLocation resid="Taskpane.Url"/>',
    );
    const r = run(swapped);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/<SourceLocation> must come before <SupportsPinning>/);
  });

  it('reports a resid that does not resolve, and one of the wrong kind', () => {
    const r = run(replaceOnce(MANIFEST, '<Label resid="ComposeButton.Label"/>', '<Label resid="Nope.Label"/>'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/resid "Nope.Label" does not resolve/);
    const wrongKind = run(replaceOnce(MANIFEST, '<Label resid="ComposeButton.Label"/>', '<Label resid="ComposeButton.Tooltip"/>'));
    expect(wrongKind.out).toMatch(/resid "ComposeButton.Tooltip" does not resolve to an entry in <ShortStrings>/);
  });

  it('requires the LaunchEvent SourceLocation to be the Runtime', () => {
    const r = run(replaceOnce(MANIFEST, /(<\/LaunchEvents>\s*(?:<!--[^>]*-->\s*)?)<SourceLocation resid="LaunchEvent.Url"\/>/, '$1<SourceLocation resid="Taskpane.Url"/>'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/must equal the Runtime's resid/);
  });

  it('requires the JavaScript override for classic Outlook', () => {
    const r = run(replaceOnce(MANIFEST, /\s*<Override type="javascript" resid="LaunchEventJs.Url"\/>/, ''));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Override type="javascript"/);
  });

  it('requires Mailbox 1.12 for OnMessageSend', () => {
    const r = run(replaceOnce(MANIFEST, 'DefaultMinVersion="1.12"', 'DefaultMinVersion="1.10"'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Mailbox 1.10 is below the 1.12/);
  });

  it('checks icon sizes from the PNG header', () => {
    const r = run(replaceOnce(MANIFEST, 'assets/icon-16.png', 'assets/icon-32.png'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Icon.16x16 \(size 16\).*is 32×32, expected 16×16/);
    const missing = run(replaceOnce(MANIFEST, 'assets/icon-80.png', 'assets/icon-81.png'));
    expect(missing.out).toMatch(/no file at/);
  });

  it('rejects plain HTTP URLs', () => {
    const r = run(replaceOnce(MANIFEST, 'https://localhost:3000/taskpane.html"/>\n          <bt:Url', 'http://localhost:3000/taskpane.html"/>\n          <bt:Url'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/http:\/\/localhost:3000\/taskpane.html is not HTTPS/);
  });

  it('rejects pinning on a compose button', () => {
    const r = run(replaceOnce(MANIFEST, /(id="pgComposeOpenPane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>)/, '$1<SupportsPinning>true</SupportsPinning>'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/SupportsPinning is only for read-mode task panes/);
  });

  it('with --built, maps every URL to a built file', () => {
    const built = path.join(dir, 'dist');
    mkdirSync(path.join(built, 'assets'), { recursive: true });
    const missing = run(MANIFEST, '--built', built);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/launchevent.js has no built file/);
    for (const f of ['taskpane.html', 'playground.html', 'launchevent.html', 'launchevent.js']) writeFileSync(path.join(built, f), 'x');
    cpSync(path.join(ROOT, 'assets'), path.join(built, 'assets'), { recursive: true });
    const ok = run(MANIFEST, '--built', built);
    expect(ok.out).toContain('every URL maps to a file');
    expect(ok.code).toBe(0);
  });
});
