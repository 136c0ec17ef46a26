#!/usr/bin/env node
// Offline checks for manifest.xml (the usual validator needs Microsoft's web service):
//   well-formed XML; the schema's element order for every part this add-in uses; every resid
//   resolves to a Resources entry of the right kind; the LaunchEvent's SourceLocation names the
//   Runtime; icons exist at their declared sizes (PNG header); every URL is HTTPS; and, with
//   `--built DIR`, every manifest URL maps to a file of the build.
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [--built dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import officeAddinManifest from 'office-addin-manifest';

const { OfficeAddinManifest } = officeAddinManifest;

/** Child order per element, from the XSD sequences (MS-OWEMXML) for the parts this add-in uses. */
const ORDER = {
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

/** Which Resources collection a resid on an element must point into. */
const RESID_KIND = {
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
const SEND_MODES = ['PromptUser', 'SoftBlock', 'Block'];
const LOCAL = (name) => name.replace(/^.*:/, '');

function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Parse into {name, attrs, children, text} nodes, keeping document order. */
export function parseManifestXml(text) {
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
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: true, commentPropName: '#comment' });
  const raw = parser.parse(text);
  const convert = (entry) => {
    const name = Object.keys(entry).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '#comment' || name.startsWith('?')) return undefined;
    const childrenRaw = entry[name] ?? [];
    const children = childrenRaw.map(convert).filter(Boolean);
    const text = childrenRaw.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('').trim();
    return { name, local: LOCAL(name), attrs: entry[':@'] ?? {}, children, text };
  };
  const roots = raw.map(convert).filter(Boolean);
  if (roots.length !== 1) throw new Error('expected exactly one root element');
  return roots[0];
}

function xsiType(node) {
  return node.attrs['xsi:type'] ?? node.attrs.type;
}

/** The ORDER key for a node, given where it sits. */
function specKey(node, ancestors) {
  const parent = ancestors[ancestors.length - 1];
  const inVersionOverrides = ancestors.some((a) => a.local === 'VersionOverrides');
  switch (node.local) {
    case 'OfficeApp':
      return 'OfficeApp';
    case 'Hosts':
    case 'Requirements':
      return `${inVersionOverrides ? 'vo' : 'base'}/${node.local}`;
    case 'Sets':
      return `${inVersionOverrides ? 'vo' : 'base'}/Sets`;
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
      return ['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(parent?.local) ? 'ResourceEntry' : undefined;
    case 'Description':
      return undefined;
    default:
      return ORDER[node.local] ? node.local : undefined;
  }
}

function walk(node, visit, ancestors = []) {
  visit(node, ancestors);
  for (const child of node.children) walk(child, visit, [...ancestors, node]);
}

function where(node, ancestors) {
  return [...ancestors, node].map((n) => (n.attrs.id ? `${n.local}#${n.attrs.id}` : n.local)).join(' > ');
}

function checkOrder(root, errors) {
  walk(root, (node, ancestors) => {
    const key = specKey(node, ancestors);
    const spec = key && ORDER[key];
    if (!spec) return;
    let lastIndex = -1;
    const seen = new Map();
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

function collectResources(root, errors) {
  const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  walk(root, (node) => {
    if (!(node.local in resources)) return;
    for (const entry of node.children) {
      const id = entry.attrs.id;
      if (!id) {
        errors.push(`Resources > ${node.local}: an entry has no id`);
        continue;
      }
      if (id.length > 32) errors.push(`Resources > ${node.local}: id "${id}" is longer than 32 characters`);
      if (resources[node.local].has(id)) errors.push(`Resources > ${node.local}: id "${id}" is defined twice`);
      resources[node.local].set(id, entry.attrs.DefaultValue ?? '');
    }
  });
  return resources;
}

function checkResids(root, resources, errors) {
  walk(root, (node, ancestors) => {
    const resid = node.attrs.resid;
    if (resid === undefined) return;
    if (resid.length > 32) errors.push(`${where(node, ancestors)}: resid "${resid}" is longer than 32 characters`);
    const kind = RESID_KIND[node.local];
    const pools = kind ? [kind] : Object.keys(resources);
    if (!pools.some((p) => resources[p].has(resid))) {
      errors.push(`${where(node, ancestors)}: resid "${resid}" does not resolve${kind ? ` to an entry in <${kind}>` : ''}`);
    }
  });
}

function findAll(root, predicate) {
  const out = [];
  walk(root, (node, ancestors) => {
    if (predicate(node, ancestors)) out.push({ node, ancestors });
  });
  return out;
}

function checkLaunchEvents(root, errors) {
  const runtimes = findAll(root, (n) => n.local === 'Runtime');
  const points = findAll(root, (n) => n.local === 'ExtensionPoint' && xsiType(n) === 'LaunchEvent');
  if (points.length === 0) return;
  if (runtimes.length === 0) errors.push('LaunchEvent extension point present but no <Runtime> is declared');
  const runtimeIds = runtimes.map(({ node }) => node.attrs.resid);
  for (const { node, ancestors } of points) {
    const source = node.children.find((c) => c.local === 'SourceLocation');
    if (source && !runtimeIds.includes(source.attrs.resid)) {
      errors.push(`${where(node, ancestors)}: SourceLocation resid "${source.attrs.resid}" must equal the Runtime's resid (${runtimeIds.join(', ') || 'none'})`);
    }
    const events = node.children.find((c) => c.local === 'LaunchEvents')?.children ?? [];
    const types = new Map();
    for (const ev of events) {
      const type = ev.attrs.Type;
      if (!type || !ev.attrs.FunctionName) errors.push(`${where(ev, [...ancestors, node])}: LaunchEvent needs Type and FunctionName`);
      types.set(type, (types.get(type) ?? 0) + 1);
      if (type === 'OnMessageSend' || type === 'OnAppointmentSend') {
        if (ev.attrs.SendMode && !SEND_MODES.includes(ev.attrs.SendMode)) errors.push(`${type}: SendMode "${ev.attrs.SendMode}" is not one of ${SEND_MODES.join(', ')}`);
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
  const needs = points.some(({ node }) => (node.children.find((c) => c.local === 'LaunchEvents')?.children ?? []).some((e) => /Send$/.test(e.attrs.Type ?? ''))) ? '1.12' : '1.10';
  const vo11 = findAll(root, (n) => n.local === 'VersionOverrides' && xsiType(n) === 'VersionOverridesV1_1')[0];
  const sets = vo11?.node.children.find((c) => c.local === 'Requirements')?.children.find((c) => c.local === 'Sets');
  const mailbox = sets?.children.find((s) => s.attrs.Name === 'Mailbox');
  const min = mailbox?.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion;
  if (!min) errors.push(`VersionOverridesV1_1: Requirements must ask for Mailbox ${needs} or later`);
  else if (compareVersions(min, needs) < 0) errors.push(`VersionOverridesV1_1: Mailbox ${min} is below the ${needs} these launch events need`);
}

function checkPinning(root, errors) {
  for (const { node, ancestors } of findAll(root, (n) => n.local === 'SupportsPinning')) {
    const surface = [...ancestors].reverse().find((a) => a.local === 'ExtensionPoint');
    if (xsiType(surface ?? { attrs: {} }) !== 'MessageReadCommandSurface') errors.push(`${where(node, ancestors)}: SupportsPinning is only for read-mode task panes`);
    if (!ancestors.some((a) => a.local === 'VersionOverrides' && xsiType(a) === 'VersionOverridesV1_1')) errors.push(`${where(node, ancestors)}: SupportsPinning needs VersionOverrides 1.1`);
  }
}

/** Every URL in the manifest, with where it came from. */
function collectUrls(root) {
  const urls = [];
  walk(root, (node, ancestors) => {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = node.attrs[attr];
      if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push({ url: v, at: where(node, ancestors) });
    }
    if (node.local === 'AppDomain' && node.text) urls.push({ url: node.text, at: where(node, ancestors) });
  });
  return urls;
}

/** PNG width and height from the IHDR chunk, or undefined for a file that is not a PNG. */
export function pngSize(buffer) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buffer.length < 24 || signature.some((b, i) => buffer[i] !== b) || buffer.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Where a manifest URL's file lives: the build output, or the source tree for assets/. */
function localFile(url, root, built) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const rel = pathname.replace(/^\/+/, '');
  if (built) return path.join(built, rel);
  return path.join(root, rel);
}

function checkIcons(root, resources, baseDir, built, errors) {
  const expect = [];
  for (const { node } of findAll(root, (n) => n.local === 'Image' && n.attrs.size && n.attrs.resid)) {
    const url = resources.Images.get(node.attrs.resid);
    if (url) expect.push({ url, size: Number(node.attrs.size), what: `${node.attrs.resid} (size ${node.attrs.size})` });
  }
  const iconUrl = findAll(root, (n, a) => n.local === 'IconUrl' && a.length === 1)[0]?.node.attrs.DefaultValue;
  const hiRes = findAll(root, (n, a) => n.local === 'HighResolutionIconUrl' && a.length === 1)[0]?.node.attrs.DefaultValue;
  if (iconUrl) expect.push({ url: iconUrl, size: 64, what: 'IconUrl', alt: [32] });
  if (hiRes) expect.push({ url: hiRes, size: 128, what: 'HighResolutionIconUrl', alt: [64] });
  const checked = new Set();
  for (const e of expect) {
    const key = `${e.url}@${e.size}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const file = localFile(e.url, baseDir, built);
    if (!file || !existsSync(file)) {
      errors.push(`${e.what}: ${e.url} → no file at ${file ? path.relative(process.cwd(), file) : '(bad URL)'}`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (!size) errors.push(`${e.what}: ${path.relative(process.cwd(), file)} is not a PNG`);
    else if (size.width !== size.height || ![e.size, ...(e.alt ?? [])].includes(size.width)) {
      errors.push(`${e.what}: ${path.relative(process.cwd(), file)} is ${size.width}×${size.height}, expected ${e.size}×${e.size}`);
    }
  }
}

function checkBasics(root, info, errors) {
  if (xsiType(root) !== 'MailApp') errors.push(`OfficeApp: xsi:type must be MailApp (found ${xsiType(root) ?? 'none'})`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? '')) errors.push(`Id: "${info.id ?? ''}" is not a GUID`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(info.version ?? '')) errors.push(`Version: "${info.version ?? ''}" is not n.n.n.n`);
  if (!PERMISSIONS.includes(info.permissions ?? '')) errors.push(`Permissions: "${info.permissions ?? ''}" is not one of ${PERMISSIONS.join(', ')}`);
  if (!(info.hosts ?? []).includes('Mailbox')) errors.push('Hosts: must include Mailbox');
  const vo = root.children.filter((c) => c.local === 'VersionOverrides');
  if (vo.length !== 1 || xsiType(vo[0]) !== 'VersionOverridesV1_0') errors.push('OfficeApp: needs one VersionOverrides 1.0');
  else if (!vo[0].children.some((c) => c.local === 'VersionOverrides' && xsiType(c) === 'VersionOverridesV1_1')) errors.push('VersionOverrides 1.0 must wrap a VersionOverrides 1.1');
}

/**
 * Validate a manifest. `built` is a build directory whose files every URL must map to.
 * Returns the problems found; an empty `errors` means valid.
 */
export async function validateManifest({ manifestPath, built } = {}) {
  const file = path.resolve(manifestPath ?? 'manifest.xml');
  const errors = [];
  const notes = [];
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { errors: [`cannot read ${file}: ${err.message}`], notes };
  }
  let root;
  try {
    root = parseManifestXml(text);
  } catch (err) {
    return { errors: [err.message], notes };
  }
  const info = await OfficeAddinManifest.readManifestFile(file).catch((err) => {
    errors.push(`office-addin-manifest could not read it: ${err.message}`);
    return {};
  });
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
  const origins = new Set(urls.filter((u) => !u.at.endsWith('AppDomain')).map((u) => { try { return new URL(u.url).origin; } catch { return u.url; } }));
  if (origins.size > 1) notes.push(`URLs use ${origins.size} origins: ${[...origins].join(', ')}`);
  const builtDir = built ? path.resolve(built) : undefined;
  if (builtDir && (!existsSync(builtDir) || !statSync(builtDir).isDirectory())) {
    errors.push(`--built ${built}: no such directory (run npm run build first)`);
  } else if (builtDir) {
    for (const { url, at } of urls) {
      if (at.endsWith('AppDomain')) continue;
      const target = localFile(url, builtDir, builtDir);
      if (!target || !existsSync(target) || !statSync(target).isFile()) errors.push(`${at}: ${url} has no built file (${target ? path.relative(process.cwd(), target) : 'bad URL'})`);
    }
  }
  checkIcons(root, resources, path.dirname(file), builtDir, errors);
  notes.push(`${info.displayName ?? '?'} ${info.version ?? ''} (${info.permissions ?? '?'}), ${urls.length} URLs, ${resources.Images.size + resources.Urls.size + resources.ShortStrings.size + resources.LongStrings.size} resources`);
  return { errors, notes };
}

async function main(argv) {
  let manifestPath;
  let built;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--built') built = argv[++i];
    else if (argv[i].startsWith('--built=')) built = argv[i].slice(8);
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: validate-manifest [manifest.xml] [--built DIR]');
      return 0;
    } else manifestPath = argv[i];
  }
  if (built === '') {
    console.error('--built needs a directory');
    return 2;
  }
  const { errors, notes } = await validateManifest({ manifestPath, built });
  const name = path.relative(process.cwd(), path.resolve(manifestPath ?? 'manifest.xml'));
  if (errors.length) {
    console.error(`${name}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  console.log(`${name}: valid${built ? `; every URL maps to a file in ${built}` : ''}`);
  for (const n of notes) console.log(`  ${n}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
