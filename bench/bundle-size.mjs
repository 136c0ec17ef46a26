// Add-in download sizes against the issue's budgets, from the production build in dist/
// (`npm run build:addin` first). Run alone (`node bench/bundle-size.mjs`) or through `npm run bench`.
//
//   task pane initial JS  the <script> files taskpane.html loads at start: the entry and its initial
//                         split chunks, not chunks fetched later by import() (e.g. sign-in for Graph)
//   launchevent.js        the one file Outlook's Smart Alerts runtime loads
//
// Sizes are raw bytes and gzip level 9. Exit code 1 when a file is missing, or (with --strict) when a
// budget is exceeded.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = { taskpaneInitial: 400 * KB, launchevent: 250 * KB };
const dist = resolve(process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist');

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** Same-origin script files an HTML page loads, in order. */
function pageScripts(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const out = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
    const src = m[1];
    if (/^(?:[a-z]+:)?\/\//i.test(src)) continue; // office.js and other CDN scripts are not ours
    out.push(join(dist, src.replace(/^\//, '').split(/[?#]/)[0]));
  }
  return out;
}

function measure(files) {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gz += gzip(buf);
  }
  return { raw, gz };
}

function row(label, files, budget) {
  const missing = files.filter((f) => !existsSync(f));
  if (files.length === 0 || missing.length) {
    console.log(`${label.padEnd(22)} MISSING ${missing.map((f) => relative(process.cwd(), f)).join(', ') || '(no scripts found)'}`);
    process.exitCode = 1;
    return false;
  }
  const { raw, gz } = measure(files);
  const ok = gz <= budget;
  console.log(
    `${label.padEnd(22)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip  budget ${kb(budget)} gzip  ${ok ? 'OK' : `OVER by ${kb(gz - budget)}`}`,
  );
  for (const f of files) {
    const buf = readFileSync(f);
    console.log(`  ${relative(dist, f).padEnd(32)} ${kb(buf.length).padStart(10)} raw ${kb(gzip(buf)).padStart(10)} gzip`);
  }
  return ok;
}

const taskpaneHtml = join(dist, 'taskpane.html');
if (!existsSync(taskpaneHtml)) {
  console.error(`bundle-size: ${relative(process.cwd(), taskpaneHtml)} not found; run \`npm run build:addin\` first`);
  process.exit(1);
}
const initial = pageScripts(taskpaneHtml);
const lazy = readdirSync(dist).filter((f) => f.endsWith('.js') && !initial.includes(join(dist, f)) && !/^(launchevent|playground|cli)\b/.test(f));

console.log(`bundle sizes (${relative(process.cwd(), dist) || '.'})`);
const results = [row('task pane initial JS', initial, BUDGETS.taskpaneInitial), row('launchevent.js', [join(dist, 'launchevent.js')], BUDGETS.launchevent)];
if (lazy.length) {
  const { raw, gz } = measure(lazy.map((f) => join(dist, f)));
  console.log(`${'loaded on demand'.padEnd(22)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip  (${lazy.join(', ')})`);
}
// Sign-in for Microsoft Graph (@azure/msal-browser) must arrive only when a follow-up flag is set,
// and never in the Send check.
const MSAL = /msal-browser|msal-common/;
for (const [label, files] of [['task pane initial JS', initial], ['launchevent.js', [join(dist, 'launchevent.js')]]]) {
  const hits = files.filter((f) => existsSync(f) && MSAL.test(readFileSync(f, 'utf8')));
  console.log(`${label}: @azure/msal-browser ${hits.length ? `PRESENT in ${hits.map((f) => relative(dist, f)).join(', ')}` : 'absent'}`);
  if (hits.length) results.push(false);
}
if (results.includes(false) && process.argv.includes('--strict')) process.exitCode = 1;
