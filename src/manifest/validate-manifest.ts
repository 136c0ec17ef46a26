/**
 * Offline checks for the add-in's XML manifest (Microsoft's own validator needs its web service).
 * Used by `npm run validate` (scripts/validate-manifest.mjs) and by `protocol-guard manifest`,
 * so a deployment manifest passes exactly the checks the development one does:
 *   well-formed XML (and no "--" inside comments, which Outlook refuses); the schema's element
 *   order for every part this add-in uses; every resid resolves to a Resources entry of the right
 *   kind; the LaunchEvent's SourceLocation names the Runtime and the Runtime has the JavaScript
 *   override classic Outlook needs; Mailbox 1.12 for the send event; icons exist at their declared
 *   sizes (PNG header); every URL is HTTPS; and, given a build, every URL maps to a built file.
 *
 * File access goes through `ManifestFiles`, so the same checks run against the source tree, a
 * build directory, or assets bundled into the command line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ManifestNode {
  readonly name: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly ManifestNode[];
  readonly text: string;
}

interface ElementSpec {
  readonly order: readonly string[];
  readonly required?: readonly string[];
  readonly repeatable?: readonly string[];
}

/** Child order per element, from the XSD sequences (MS-OWEMXML) for the parts this add-in uses. */
const ORDER: Record<string, ElementSpec> = {
  OfficeApp: {
    order: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule',
      'DisableEntityHighlighting', 'VersionOverrides'],
    required: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Permissions', 'Rule'],
    repeatable: [],
  },
  AppDomains: { order: ['AppDomain'], repeatable: ['AppDomain'] },
  'base/Hosts': { order: ['Host'], required: ['Host'], repeatable: ['Host'] },
  'base/Requirements': { order: ['Sets'], required: ['Sets'] },
  'base/Sets': { order: ['Set'], required: ['Set'], repeatable: ['Set'] },
  FormSettings: { order: ['Form'], required: ['Form'], repeatable: ['Form'] },
  Form: { order: ['DesktopSettings', 'TabletSettings', 'PhoneSettings'], required: ['DesktopSettings'] },
  DesktopSettings: { order: ['SourceLocation', 'RequestedHeight'], required: ['SourceLocation'] },
  VersionOverridesV1_0: { order: ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'] },
  VersionOverridesV1_1: {
    order: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins', 'ExtendedPermissions'],
    required: ['Hosts', 'Resources'],
  },
  'vo/Requirements': { order: ['Sets'], required: ['Sets'] },
  'vo/Sets': { order: ['Set'], required: ['Set'], repeatable: ['Set'] },
  'vo/Hosts': { order: ['Host'], required: ['Host'], repeatable: ['Host'] },
  MailHost: { order: ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'] },
  Runtimes: { order: ['Runtime'], required: ['Runtime'], repeatable: ['Runtime'] },
  Runtime: { order: ['Override'], repeatable: ['Override'] },
  DesktopFormFactor: { order: ['FunctionFile', 'ExtensionPoint', 'SupportsSharedFolders'], required: ['ExtensionPoint'], repeatable: ['ExtensionPoint'] },
  CommandSurface: { order: ['OfficeTab', 'CustomTab'], repeatable: ['OfficeTab', 'CustomTab'] },
  LaunchEventPoint: { order: ['LaunchEvents', 'SourceLocation'], required: ['LaunchEvents', 'SourceLocation'] },
  LaunchEvents: { order: ['LaunchEvent'], required: ['LaunchEvent'], repeatable: ['LaunchEvent'] },
  OfficeTab: { order: ['Group'], required: ['Group'], repeatable: ['Group'] },
  CustomTab: { order: ['Group', 'Label'], required: ['Group', 'Label'], repeatable: ['Group'] },
  Group: { order: ['Label', 'Control'], required: ['Label', 'Control'], repeatable: ['Control'] },
  Button: { order: ['Label', 'Supertip', 'Icon', 'Action'], required: ['Label', 'Supertip', 'Icon', 'Action'] },
  Supertip: { order: ['Title', 'Description'], required: ['Title', 'Description'] },
  Icon: { order: ['Image'], required: ['Image'], repeatable: ['Image'] },
  ShowTaskpane: { order: ['SourceLocation', 'SupportsPinning', 'SupportsNoItemContext', 'SupportsMultiSelect'], required: ['SourceLocation'] },
  ExecuteFunction: { order: ['FunctionName'], required: ['FunctionName'] },
  Resources: { order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'] },
  Images: { order: ['Image'], required: ['Image'], repeatable: ['Image'] },
  Urls: { order: ['Url'], required: ['Url'], repeatable: ['Url'] },
  ShortStrings: { order: ['String'], required: ['String'], repeatable: ['String'] },
  LongStrings: { order: ['String'], required: ['String'], repeatable: ['String'] },
  ResourceEntry: { order: ['Override'], repeatable: ['Override'] },
};

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_KINDS: readonly ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
type Resources = Record<ResourceKind, Map<string, string>>;

/** Which Resources collection a resid on an element must point into. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Runtime: 'Urls',
  Override: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

const PERMISSIONS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];
export const SEND_MODES = ['PromptUser', 'SoftBlock', 'Block'] as const;
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MANIFEST_VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const localName = (name: string) => name.replace(/^.*:/, '');

/** Compare dotted versions numerically ("1.10" > "1.9"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

type RawEntry = Record<string, unknown>;

/** Parse into {name, attrs, children, text} nodes, keeping document order. Throws on malformed XML. */
export function parseManifestXml(text: string): ManifestNode {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const e = valid.err;
    throw new Error(`not well-formed XML: ${e.msg} (line ${e.line}, column ${e.col})`);
  }
  // XML forbids "--" inside a comment; Outlook's parser rejects it even where lenient parsers do not.
  for (const m of text.matchAll(/<!--([\s\S]*?)-->/g)) {
    if (m[1].includes('--') || m[1].endsWith('-')) {
      const line = text.slice(0, m.index).split('\n').length;
      throw new Error(`not well-formed XML: "--" inside a comment (line ${line})`);
    }
  }
  const parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false,
    parseTagValue: false, trimValues: true, commentPropName: '#comment',
  });
  const raw = parser.parse(text) as RawEntry[];
  const convert = (entry: RawEntry): ManifestNode | undefined => {
    const name = Object.keys(entry).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '#comment' || name.startsWith('?')) return undefined;
    const childrenRaw = (entry[name] ?? []) as RawEntry[];
    const children = childrenRaw.map(convert).filter((c): c is ManifestNode => Boolean(c));
    const content = childrenRaw.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('').trim();
    const attrs = Object.fromEntries(Object.entries((entry[':@'] ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    return { name, local: localName(name), attrs, children, text: content };
  };
  const roots = raw.map(convert).filter((c): c is ManifestNode => Boolean(c));
  if (roots.length !== 1) throw new Error('expected exactly one root element');
  return roots[0];
}

const xsiType = (node: ManifestNode | undefined): string | undefined => node?.attrs['xsi:type'] ?? node?.attrs.type;

type Visit = (node: ManifestNode, ancestors: readonly ManifestNode[]) => void;

function walk(node: ManifestNode, visit: Visit, ancestors: readonly ManifestNode[] = []): void {
  visit(node, ancestors);
  for (const child of node.children) walk(child, visit, [...ancestors, node]);
}

function findAll(root: ManifestNode, predicate: (n: ManifestNode, a: readonly ManifestNode[]) => boolean): { node: ManifestNode; ancestors: readonly ManifestNode[] }[] {
  const out: { node: ManifestNode; ancestors: readonly ManifestNode[] }[] = [];
  walk(root, (node, ancestors) => {
    if (predicate(node, ancestors)) out.push({ node, ancestors });
  });
  return out;
}

function where(node: ManifestNode, ancestors: readonly ManifestNode[]): string {
  return [...ancestors, node].map((n) => (n.attrs.id ? `${n.local}#${n.attrs.id}` : n.local)).join(' > ');
}

/** The ORDER key for a node, given where it sits. */
function specKey(node: ManifestNode, ancestors: readonly ManifestNode[]): string | undefined {
  const parent = ancestors[ancestors.length - 1];
  const inVersionOverrides = ancestors.some((a) => a.local === 'VersionOverrides');
  switch (node.local) {
    case 'OfficeApp':
      return 'OfficeApp';
    case 'Hosts':
    case 'Requirements':
    case 'Sets':
      return `${inVersionOverrides ? 'vo' : 'base'}/${node.local}`;
    case 'VersionOverrides':
      return xsiType(node) === 'VersionOverridesV1_1' ? 'VersionOverridesV1_1' : 'VersionOverridesV1_0';
    case 'Host':
      return inVersionOverrides && xsiType(node) === 'MailHost' ? 'MailHost' : undefined;
    case 'ExtensionPoint':
      if (xsiType(node) === 'LaunchEvent') return 'LaunchEventPoint';
      return /CommandSurface$/.test(xsiType(node) ?? '') ? 'CommandSurface' : undefined;
    case 'Control':
      return xsiType(node) === 'Button' ? 'Button' : undefined;
    case 'Action':
      return xsiType(node) === 'ShowTaskpane' ? 'ShowTaskpane' : xsiType(node) === 'ExecuteFunction' ? 'ExecuteFunction' : undefined;
    case 'Image':
    case 'Url':
    case 'String':
      return parent && (RESOURCE_KINDS as readonly string[]).includes(parent.local) ? 'ResourceEntry' : undefined;
    case 'Description':
      return undefined;
    default:
      return ORDER[node.local] ? node.local : undefined;
  }
}

function checkOrder(root: ManifestNode, errors: string[]): void {
  walk(root, (node, ancestors) => {
    const key = specKey(node, ancestors);
    const spec = key ? ORDER[key] : undefined;
    if (!spec) return;
    let lastIndex = -1;
    const seen = new Map<string, number>();
    for (const child of node.children) {
      const idx = spec.order.indexOf(child.local);
      if (idx < 0) {
        errors.push(`${where(child, [...ancestors, node])}: <${child.name}> is not allowed in <${node.name}>`);
        continue;
      }
      if (idx < lastIndex) {
        errors.push(`${where(child, [...ancestors, node])}: <${child.name}> must come before <${spec.order[lastIndex]}> (schema order: ${spec.order.join(', ')})`);
      }
      lastIndex = Math.max(lastIndex, idx);
      seen.set(child.local, (seen.get(child.local) ?? 0) + 1);
    }
    for (const [name, count] of seen) {
      if (count > 1 && !(spec.repeatable ?? []).includes(name)) errors.push(`${where(node, ancestors)}: <${name}> may appear only once`);
    }
    for (const name of spec.required ?? []) {
      if (!seen.has(name)) errors.push(`${where(node, ancestors)}: missing <${name}>`);
    }
  });
}

function collectResources(root: ManifestNode, errors: string[]): Resources {
  const resources: Resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  walk(root, (node) => {
    if (!(RESOURCE_KINDS as readonly string[]).includes(node.local)) return;
    const pool = resources[node.local as ResourceKind];
    for (const entry of node.children) {
      const id = entry.attrs.id;
      if (!id) {
        errors.push(`Resources > ${node.local}: an entry has no id`);
        continue;
      }
      if (id.length > 32) errors.push(`Resources > ${node.local}: id "${id}" is longer than 32 characters`);
      if (pool.has(id)) errors.push(`Resources > ${node.local}: id "${id}" is defined twice`);
      pool.set(id, entry.attrs.DefaultValue ?? '');
    }
  });
  return resources;
}

function checkResids(root: ManifestNode, resources: Resources, errors: string[]): void {
  walk(root, (node, ancestors) => {
    const resid = node.attrs.resid;
    if (resid === undefined) return;
    if (resid.length > 32) errors.push(`${where(node, ancestors)}: resid "${resid}" is longer than 32 characters`);
    const kind = RESID_KIND[node.local];
    const pools = kind ? [kind] : RESOURCE_KINDS;
    if (!pools.some((p) => resources[p].has(resid))) {
      errors.push(`${where(node, ancestors)}: resid "${resid}" does not resolve${kind ? ` to an entry in <${kind}>` : ''}`);
    }
  });
}

function checkLaunchEvents(root: ManifestNode, errors: string[]): void {
  const runtimes = findAll(root, (n) => n.local === 'Runtime');
  const points = findAll(root, (n) => n.local === 'ExtensionPoint' && xsiType(n) === 'LaunchEvent');
  if (points.length === 0) return;
  if (runtimes.length === 0) errors.push('LaunchEvent extension point present but no <Runtime> is declared');
  const runtimeIds = runtimes.map(({ node }) => node.attrs.resid);
  const eventsOf = (point: ManifestNode) => point.children.find((c) => c.local === 'LaunchEvents')?.children ?? [];
  for (const { node, ancestors } of points) {
    const source = node.children.find((c) => c.local === 'SourceLocation');
    if (source && !runtimeIds.includes(source.attrs.resid)) {
      errors.push(`${where(node, ancestors)}: SourceLocation resid "${source.attrs.resid}" must equal the Runtime's resid (${runtimeIds.join(', ') || 'none'})`);
    }
    const types = new Map<string, number>();
    for (const ev of eventsOf(node)) {
      const type = ev.attrs.Type;
      if (!type || !ev.attrs.FunctionName) errors.push(`${where(ev, [...ancestors, node])}: LaunchEvent needs Type and FunctionName`);
      types.set(type, (types.get(type) ?? 0) + 1);
      if (type === 'OnMessageSend' || type === 'OnAppointmentSend') {
        const mode = ev.attrs.SendMode;
        if (mode && !(SEND_MODES as readonly string[]).includes(mode)) errors.push(`${type}: SendMode "${mode}" is not one of ${SEND_MODES.join(', ')}`);
      } else if (ev.attrs.SendMode) {
        errors.push(`${type}: SendMode applies only to send events`);
      }
    }
    for (const [type, count] of types) if (count > 1) errors.push(`LaunchEvent ${type} is declared ${count} times (Outlook allows one)`);
  }
  for (const { node, ancestors } of runtimes) {
    const js = node.children.filter((c) => c.local === 'Override' && c.attrs.type === 'javascript');
    if (js.length !== 1) errors.push(`${where(node, ancestors)}: needs one <Override type="javascript"> for classic Outlook on Windows`);
  }
  // Event-based activation needs Mailbox 1.10, OnMessageSend 1.12.
  const sends = points.some(({ node }) => eventsOf(node).some((e) => /Send$/.test(e.attrs.Type ?? '')));
  const needs = sends ? '1.12' : '1.10';
  const vo11 = findAll(root, (n) => n.local === 'VersionOverrides' && xsiType(n) === 'VersionOverridesV1_1')[0];
  const sets = vo11?.node.children.find((c) => c.local === 'Requirements')?.children.find((c) => c.local === 'Sets');
  const mailbox = sets?.children.find((s) => s.attrs.Name === 'Mailbox');
  const min = mailbox?.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion;
  if (!min) errors.push(`VersionOverridesV1_1: Requirements must ask for Mailbox ${needs} or later`);
  else if (compareVersions(min, needs) < 0) errors.push(`VersionOverridesV1_1: Mailbox ${min} is below the ${needs} these launch events need`);
}

function checkPinning(root: ManifestNode, errors: string[]): void {
  for (const { node, ancestors } of findAll(root, (n) => n.local === 'SupportsPinning')) {
    const surface = [...ancestors].reverse().find((a) => a.local === 'ExtensionPoint');
    if (xsiType(surface) !== 'MessageReadCommandSurface') errors.push(`${where(node, ancestors)}: SupportsPinning is only for read-mode task panes`);
    if (!ancestors.some((a) => a.local === 'VersionOverrides' && xsiType(a) === 'VersionOverridesV1_1')) errors.push(`${where(node, ancestors)}: SupportsPinning needs VersionOverrides 1.1`);
  }
}

export interface ManifestUrl {
  readonly url: string;
  /** Where it sits, e.g. "OfficeApp > IconUrl". */
  readonly at: string;
  readonly appDomain: boolean;
}

/** Every URL in the manifest, with where it came from. */
export function collectUrls(root: ManifestNode): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  walk(root, (node, ancestors) => {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = node.attrs[attr];
      if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push({ url: v, at: where(node, ancestors), appDomain: false });
    }
    if (node.local === 'AppDomain' && node.text) urls.push({ url: node.text, at: where(node, ancestors), appDomain: true });
  });
  return urls;
}

/** PNG width and height from the IHDR chunk, or undefined for a file that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]) !== 'IHDR') return undefined;
  const u32 = (at: number) => ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
  return { width: u32(16), height: u32(20) };
}

/**
 * The path shared by every (non-AppDomain) URL's folder, e.g. "/addins/protocol-guard/" for a
 * deployment under a sub-path or "/" for the development manifest. Files are looked up relative to it.
 */
export function basePath(urls: readonly ManifestUrl[]): string {
  const folders = urls.filter((u) => !u.appDomain).map((u) => {
    try {
      return new URL(u.url).pathname.replace(/[^/]*$/, '');
    } catch {
      return '/';
    }
  });
  if (folders.length === 0) return '/';
  let prefix = folders[0];
  for (const f of folders) while (!f.startsWith(prefix)) prefix = prefix.replace(/[^/]*\/$/, '');
  return prefix || '/';
}

/** A URL's file path relative to the base path ("assets/icon-16.png"), or undefined for a bad URL. */
export function relativeFile(url: string, base: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  return (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/^\/+/, '');
}

/** Where the checks find the files a manifest names. */
export interface ManifestFiles {
  /** Icon bytes by relative path, or undefined when there is no such file. */
  readonly icon: (relative: string) => Uint8Array | undefined;
  /** How to name that file in a message ("assets/icon-16.png", "dist/assets/icon-16.png"). */
  readonly describe: (relative: string) => string;
  /** With a build: whether a built file exists at the relative path. */
  readonly built?: (relative: string) => boolean;
  readonly describeBuilt?: (relative: string) => string;
}

function checkIcons(root: ManifestNode, resources: Resources, base: string, files: ManifestFiles, errors: string[]): void {
  const expect: { url: string; size: number; what: string; alt?: number[] }[] = [];
  for (const { node } of findAll(root, (n) => n.local === 'Image' && Boolean(n.attrs.size) && Boolean(n.attrs.resid))) {
    const url = resources.Images.get(node.attrs.resid);
    if (url) expect.push({ url, size: Number(node.attrs.size), what: `${node.attrs.resid} (size ${node.attrs.size})` });
  }
  const top = (local: string) => findAll(root, (n, a) => n.local === local && a.length === 1)[0]?.node.attrs.DefaultValue;
  const iconUrl = top('IconUrl');
  const hiRes = top('HighResolutionIconUrl');
  if (iconUrl) expect.push({ url: iconUrl, size: 64, what: 'IconUrl', alt: [32] });
  if (hiRes) expect.push({ url: hiRes, size: 128, what: 'HighResolutionIconUrl', alt: [64] });
  const checked = new Set<string>();
  for (const e of expect) {
    const key = `${e.url}@${e.size}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const rel = relativeFile(e.url, base);
    const bytes = rel === undefined ? undefined : files.icon(rel);
    if (rel === undefined || !bytes) {
      errors.push(`${e.what}: ${e.url} → no file at ${rel === undefined ? '(bad URL)' : files.describe(rel)}`);
      continue;
    }
    const size = pngSize(bytes);
    if (!size) errors.push(`${e.what}: ${files.describe(rel)} is not a PNG`);
    else if (size.width !== size.height || ![e.size, ...(e.alt ?? [])].includes(size.width)) {
      errors.push(`${e.what}: ${files.describe(rel)} is ${size.width}×${size.height}, expected ${e.size}×${e.size}`);
    }
  }
}

/** The identity fields of a manifest, read from the parsed tree. */
export interface ManifestInfo {
  readonly id?: string;
  readonly version?: string;
  readonly displayName?: string;
  readonly permissions?: string;
  readonly hosts: readonly string[];
}

export function manifestInfo(root: ManifestNode): ManifestInfo {
  const child = (local: string) => root.children.find((c) => c.local === local);
  const hosts = child('Hosts')?.children.filter((c) => c.local === 'Host').map((h) => h.attrs.Name ?? '') ?? [];
  return {
    id: child('Id')?.text,
    version: child('Version')?.text,
    displayName: child('DisplayName')?.attrs.DefaultValue,
    permissions: child('Permissions')?.text,
    hosts,
  };
}

function checkBasics(root: ManifestNode, info: ManifestInfo, errors: string[]): void {
  if (xsiType(root) !== 'MailApp') errors.push(`OfficeApp: xsi:type must be MailApp (found ${xsiType(root) ?? 'none'})`);
  if (!GUID.test(info.id ?? '')) errors.push(`Id: "${info.id ?? ''}" is not a GUID`);
  if (!MANIFEST_VERSION.test(info.version ?? '')) errors.push(`Version: "${info.version ?? ''}" is not n.n.n.n`);
  if (!PERMISSIONS.includes(info.permissions ?? '')) errors.push(`Permissions: "${info.permissions ?? ''}" is not one of ${PERMISSIONS.join(', ')}`);
  if (!info.hosts.includes('Mailbox')) errors.push('Hosts: must include Mailbox');
  const name = info.displayName ?? '';
  if (!name.trim()) errors.push('DisplayName: must not be empty');
  else if (name.length > 125) errors.push(`DisplayName: ${name.length} characters; the limit is 125`);
  const vo = root.children.filter((c) => c.local === 'VersionOverrides');
  if (vo.length !== 1 || xsiType(vo[0]) !== 'VersionOverridesV1_0') errors.push('OfficeApp: needs one VersionOverrides 1.0');
  else if (!vo[0].children.some((c) => c.local === 'VersionOverrides' && xsiType(c) === 'VersionOverridesV1_1')) errors.push('VersionOverrides 1.0 must wrap a VersionOverrides 1.1');
}

export interface ManifestCheck {
  /** Empty means valid. */
  readonly errors: string[];
  readonly notes: string[];
  readonly info?: ManifestInfo;
  readonly urls: readonly ManifestUrl[];
}

/** Run every check on manifest text; files (icons, optionally the build) come through `files`. */
export function validateManifestText(text: string, files: ManifestFiles): ManifestCheck {
  const errors: string[] = [];
  const notes: string[] = [];
  let root: ManifestNode;
  try {
    root = parseManifestXml(text);
  } catch (err) {
    return { errors: [(err as Error).message], notes, urls: [] };
  }
  const info = manifestInfo(root);
  checkBasics(root, info, errors);
  checkOrder(root, errors);
  const resources = collectResources(root, errors);
  checkResids(root, resources, errors);
  checkLaunchEvents(root, errors);
  checkPinning(root, errors);
  const urls = collectUrls(root);
  for (const { url, at } of urls) {
    if (!/^https:\/\//i.test(url)) errors.push(`${at}: ${url} is not HTTPS`);
  }
  const origins = new Set(urls.filter((u) => !u.appDomain).map((u) => {
    try {
      return new URL(u.url).origin;
    } catch {
      return u.url;
    }
  }));
  if (origins.size > 1) notes.push(`URLs use ${origins.size} origins: ${[...origins].join(', ')}`);
  const base = basePath(urls);
  if (files.built) {
    for (const { url, at, appDomain } of urls) {
      if (appDomain) continue;
      const rel = relativeFile(url, base);
      if (rel === undefined || !files.built(rel)) errors.push(`${at}: ${url} has no built file (${rel === undefined ? 'bad URL' : (files.describeBuilt ?? files.describe)(rel)})`);
    }
  }
  checkIcons(root, resources, base, files, errors);
  const resourceCount = RESOURCE_KINDS.reduce((n, k) => n + resources[k].size, 0);
  notes.push(`${info.displayName ?? '?'} ${info.version ?? ''} (${info.permissions ?? '?'}), ${urls.length} URLs, ${resourceCount} resources`);
  return { errors, notes, info, urls };
}
