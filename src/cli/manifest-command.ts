import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { devManifest, type DevManifest } from '../manifest/dev-manifest';
import {
  collectUrls, compareVersions, GUID, MANIFEST_VERSION, manifestInfo, parseManifestXml, SEND_MODES,
  validateManifestText, type ManifestFiles,
} from '../manifest/validate-manifest';
import { diskFiles } from '../manifest/validate-manifest-file';
import { EXIT } from './exit-codes';
import type { Io } from './policy-command';

export interface ManifestOptions {
  /** Where the built add-in is served, e.g. https://apps.council.gov.uk/protocol-guard/. */
  readonly baseUrl: string;
  readonly id?: string;
  readonly name?: string;
  readonly supportUrl?: string;
  readonly version?: string;
  readonly sendMode?: string;
  /** The manifest deployed last time: its Id is kept and its Version bumped. */
  readonly previous?: string;
  /** A build directory (npm run build → dist/): every URL must map to a file in it. */
  readonly built?: string;
  readonly out?: string;
}

export interface DeploymentManifest {
  readonly xml: string;
  readonly id: string;
  readonly version: string;
  readonly base: string;
  readonly notes: readonly string[];
}

/** Hosts that only exist on a developer's machine. */
const DEV_HOST = /^(localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;
const DEV_MENTION = /localhost|127\.0\.0\.1|\[::1\]/i;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Check a URL the admin typed: absolute HTTPS, no credentials, query or fragment, not a development host. */
export function checkHttpsUrl(value: string, what: string): { url: URL } | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `${what} "${value}" is not an absolute URL (expected e.g. https://apps.council.gov.uk/protocol-guard/)` };
  }
  if (url.protocol !== 'https:') return { problem: `${what} must use https:// (Outlook loads add-ins only over HTTPS); got ${url.protocol}//` };
  if (url.username || url.password) return { problem: `${what} must not contain a user name or password` };
  if (url.search || url.hash) return { problem: `${what} must not have a query string or #fragment` };
  if (DEV_HOST.test(url.hostname)) return { problem: `${what} points at a development host (${url.hostname}); use the council's HTTPS host` };
  return { url };
}

/** "1.0.0.0" → "1.0.1.0": the third part is the patch number; parts after it reset to 0. */
export function bumpPatch(version: string): string {
  const parts = version.split('.').map(Number);
  while (parts.length < 3) parts.push(0);
  parts[2] += 1;
  for (let i = 3; i < parts.length; i++) parts[i] = 0;
  return parts.join('.');
}

/**
 * Make a deployment manifest from the development one: a fresh (or given) GUID, every development
 * URL moved under the base URL, AppDomains to its origin, the version bumped, the display name,
 * support URL and send mode replaced when asked. Returns the problems instead when anything the
 * admin gave is unusable or the result fails the manifest checks.
 */
export async function buildDeploymentManifest(
  options: ManifestOptions,
  source: DevManifest = devManifest(),
  newId: () => string = randomUUID,
): Promise<{ ok: true; manifest: DeploymentManifest } | { ok: false; problems: string[] }> {
  const problems: string[] = [];
  const baseChecked = checkHttpsUrl(options.baseUrl, '--base-url');
  if ('problem' in baseChecked) problems.push(baseChecked.problem);
  let support: URL | undefined;
  if (options.supportUrl !== undefined) {
    const s = checkHttpsUrl(options.supportUrl, '--support-url');
    if ('problem' in s) problems.push(s.problem);
    else support = s.url;
  }
  if (options.id !== undefined && !GUID.test(options.id)) problems.push(`--id "${options.id}" is not a GUID (expected 8-4-4-4-12 hexadecimal digits, e.g. ${newId()})`);
  if (options.version !== undefined && !MANIFEST_VERSION.test(options.version)) problems.push(`--version "${options.version}" is not a version of one to four numbers, e.g. 1.0.1.0`);
  if (options.name !== undefined && !options.name.trim()) problems.push('--name must not be empty');
  if (options.name !== undefined && options.name.length > 125) problems.push(`--name is ${options.name.length} characters; Outlook allows 125`);
  if (options.sendMode !== undefined && !(SEND_MODES as readonly string[]).includes(options.sendMode)) problems.push(`--send-mode must be one of ${SEND_MODES.join(', ')}`);

  let previous: { id?: string; version?: string } | undefined;
  if (options.previous) {
    try {
      previous = manifestInfo(parseManifestXml(await readFile(options.previous, 'utf8')));
      if (!previous.id || !GUID.test(previous.id)) problems.push(`--previous ${options.previous}: its Id is not a GUID`);
      if (!previous.version || !MANIFEST_VERSION.test(previous.version)) problems.push(`--previous ${options.previous}: its Version is not n.n.n.n`);
    } catch (err) {
      problems.push(`--previous ${options.previous}: ${(err as Error).message}`);
    }
  }
  if (problems.length || 'problem' in baseChecked) return { ok: false, problems };

  const baseUrl = baseChecked.url;
  const base = `${baseUrl.origin}${baseUrl.pathname.replace(/\/+$/, '')}`;
  let root;
  try {
    root = parseManifestXml(source.xml);
  } catch (err) {
    return { ok: false, problems: [`the development manifest is unreadable: ${(err as Error).message}`] };
  }
  const info = manifestInfo(root);
  const devOrigins = new Set<string>();
  for (const { url } of collectUrls(root)) {
    try {
      const u = new URL(url);
      if (DEV_HOST.test(u.hostname)) devOrigins.add(u.origin);
    } catch {
      // reported by the checks below
    }
  }

  let xml = source.xml;
  // The header comment describes the development set-up; say what this file is instead.
  const header = '<!--\n  Protocol Guard deployment manifest, made by `protocol-guard manifest` from the development one.\n  Upload it in the Microsoft 365 admin center: Settings, Integrated apps, Upload custom apps.\n-->\n';
  xml = xml.replace(/^(<\?xml[^>]*\?>\s*)(?:<!--[\s\S]*?-->\s*)*/, (_, decl: string) => `${decl}${header}`);
  for (const origin of devOrigins) {
    const o = escapeRegExp(origin);
    // An AppDomain is an origin, never a path.
    xml = xml.replace(new RegExp(`(<(?:\\w+:)?AppDomain>\\s*)${o}/?(\\s*</(?:\\w+:)?AppDomain>)`, 'g'), (_, open: string, close: string) => `${open}${baseUrl.origin}${close}`);
    xml = xml.replace(new RegExp(`${o}(?=[/"'<\\s]|$)`, 'g'), () => base);
  }
  const id = options.id ?? previous?.id ?? newId();
  const fromVersion = previous?.version ?? info.version ?? '1.0.0.0';
  const version = options.version ?? bumpPatch(fromVersion);
  if (previous?.version && compareVersions(version, previous.version) <= 0) {
    return { ok: false, problems: [`--version ${version} must be higher than the deployed ${previous.version}, or Outlook keeps the old add-in`] };
  }
  xml = replaceOnce(xml, /(<Id>)[^<]*(<\/Id>)/, id, '<Id>', problems);
  xml = replaceOnce(xml, /(<Version>)[^<]*(<\/Version>)/, version, '<Version>', problems);
  if (options.name !== undefined) xml = replaceOnce(xml, /(<DisplayName\s+DefaultValue=")[^"]*(")/, escapeAttr(options.name.trim()), '<DisplayName>', problems);
  if (support) xml = replaceOnce(xml, /(<SupportUrl\s+DefaultValue=")[^"]*(")/, escapeAttr(support.href), '<SupportUrl>', problems);
  if (options.sendMode) xml = replaceOnce(xml, /(<LaunchEvent\s+[^>]*Type="OnMessageSend"[^>]*SendMode=")[^"]*(")/, options.sendMode, 'OnMessageSend SendMode', problems);
  if (problems.length) return { ok: false, problems };

  const files: ManifestFiles = options.built
    ? diskFiles(options.built, options.built)
    : { icon: (rel) => source.icons.get(rel), describe: (rel) => `${rel} (the add-in's own icons)` };
  const check = validateManifestText(xml, files);
  const stray = xml.split('\n').findIndex((line) => DEV_MENTION.test(line));
  if (stray >= 0) check.errors.push(`line ${stray + 1} still names a development host: ${xml.split('\n')[stray].trim()}`);
  if (check.errors.length) return { ok: false, problems: check.errors };
  return { ok: true, manifest: { xml, id, version, base, notes: check.notes } };
}

/** Put `value` between the two groups of the first match of `pattern` (value taken literally). */
function replaceOnce(xml: string, pattern: RegExp, value: string, what: string, problems: string[]): string {
  if (!pattern.test(xml)) {
    problems.push(`the development manifest has no ${what} to replace`);
    return xml;
  }
  return xml.replace(pattern, (_, open: string, close: string) => `${open}${value}${close}`);
}

/** `protocol-guard manifest`: write the deployment manifest, or nothing at all (exit 2) when it would be invalid. */
export async function runManifest(options: ManifestOptions, io: Io, source?: DevManifest): Promise<number> {
  const result = await buildDeploymentManifest(options, source);
  if (!result.ok) {
    io.err(`protocol-guard: no manifest written; ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
    return EXIT.error;
  }
  const { xml, id, version, base } = result.manifest;
  const summary = `Id ${id}, Version ${version}, every URL under ${base}/`;
  if (!options.out) {
    process.stdout.write(xml.endsWith('\n') ? xml : `${xml}\n`);
    io.err(`protocol-guard: deployment manifest valid: ${summary}`);
    return EXIT.clean;
  }
  try {
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    await writeFile(options.out, xml.endsWith('\n') ? xml : `${xml}\n`);
  } catch (err) {
    io.err(`protocol-guard: cannot write ${options.out}: ${(err as Error).message}`);
    return EXIT.error;
  }
  io.out(`wrote ${options.out}: ${summary}. Keep this Id for every later update (use --previous ${options.out} next time).`);
  return EXIT.clean;
}

export function manifestCommand(setExit: (code: number) => void, io: Io): Command {
  return new Command('manifest')
    .description('write a deployment manifest for the council\'s HTTPS host, checked as `npm run validate` checks manifest.xml')
    .requiredOption('--base-url <url>', 'HTTPS address where the built add-in (dist/) is served')
    .option('--id <guid>', 'add-in Id (default: a fresh GUID, or the --previous manifest\'s)')
    .option('--name <name>', 'display name shown in Outlook and the admin center')
    .option('--support-url <url>', 'HTTPS page users are sent to for help')
    .option('--version <n.n.n.n>', 'manifest version (default: the patch number + 1)')
    .addOption(new Option('--send-mode <mode>', 'what Send does when the check flags something or cannot run').choices([...SEND_MODES]))
    .option('--previous <file>', 'the manifest deployed last time: keep its Id, bump its Version')
    .option('--built <dir>', 'check every URL against this build directory (e.g. dist)')
    .option('--out <file>', 'write here (default: standard output)')
    .action(async (o: ManifestOptions) => setExit(await runManifest(o, io)));
}
