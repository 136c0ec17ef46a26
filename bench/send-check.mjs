// Time of the Smart Alerts Send check, using the shipped dist/launchevent.js in a bare JavaScript
// context (no DOM, no Node globals) with a simulated Outlook whose every call answers after a delay.
// Outlook shows "taking longer than expected" at 5 seconds; the check must finish well inside that.
// Run `npm run build:addin` first, or go through `npm run bench`.
import { readFileSync, existsSync } from 'node:fs';
import vm from 'node:vm';
import { setTimeout, clearTimeout } from 'node:timers';
import { performance } from 'node:perf_hooks';

const file = 'dist/launchevent.js';
if (!existsSync(file)) {
  console.error(`send-check: ${file} not found; run \`npm run build:addin\` first`);
  process.exit(1);
}
const code = readFileSync(file, 'utf8');
const latency = Number(process.argv.find((a) => a.startsWith('--latency='))?.slice(10) ?? 50);

const policy = {
  council: 'Northdown District Council',
  protocol: 'woking',
  officerDomains: ['northdown.gov.uk'],
  councillors: [{ name: 'Alice Brown', email: 'cllr.alice.brown@northdown.gov.uk', ward: 'Eastfield' }],
};
const person = (displayName, emailAddress) => ({ displayName, emailAddress });
const paragraph = 'Thank you for raising the state of the footpath behind the library. The contractor inspected it on Monday and the repair is booked for the week after next, weather permitting.';
const quoted =
  '<div id="divRplyFwdMsg"><b>From:</b> Alice Brown &lt;cllr.alice.brown@northdown.gov.uk&gt;<br><b>Sent:</b> 09 February 2026 10:00<br><b>To:</b> Mark Hughes<br><b>Subject:</b> Footpath</div>' +
  '<p>Dear Mark, could you let me know when the footpath behind the library will be repaired? Residents have asked me twice this month.</p><p>Alice</p>';
const body = (paragraphs) => `<html><body>${Array.from({ length: paragraphs }, () => `<p>${paragraph}</p>`).join('')}<p>Regards,<br>Mark Hughes</p>${quoted}</body></html>`;

/** A fresh runtime, as Outlook starts one: evaluates the file, then returns a function that runs one Send. */
function runtime(html) {
  const handlers = new Map();
  const answer = (value, cb) => setTimeout(() => cb({ status: 'succeeded', value }), latency);
  const item = {
    to: { getAsync: (cb) => answer([person('Alice Brown', 'cllr.alice.brown@northdown.gov.uk')], cb) },
    cc: { getAsync: (cb) => answer([], cb) },
    bcc: { getAsync: (cb) => answer([person('Brian Cole', 'cllr.brian.cole@northdown.gov.uk')], cb) },
    from: { getAsync: (cb) => answer(person('Mark Hughes', 'mark.hughes@northdown.gov.uk'), cb) },
    subject: { getAsync: (cb) => answer('RE: Footpath', cb) },
    body: { getAsync: (_type, cb) => answer(html, cb) },
    loadCustomPropertiesAsync: (cb) => answer({ get: () => undefined, set: () => undefined, saveAsync: (done) => done({ status: 'succeeded' }) }, cb),
    sessionData: { getAsync: (_k, cb) => answer('', cb), setAsync: (_k, _v, cb) => answer(undefined, cb), removeAsync: (_k, cb) => answer(undefined, cb) },
  };
  const Office = {
    actions: { associate: (name, fn) => handlers.set(name, fn) },
    context: {
      mailbox: { item },
      requirements: { isSetSupported: (name, version) => name === 'Mailbox' && Number(version.split('.')[1]) <= 14 },
      roamingSettings: { get: (key) => (key === 'pg.policy' ? JSON.stringify({ url: 'https://example.invalid/policy.json', file: policy }) : undefined) },
    },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    CoercionType: { Html: 'html', Text: 'text' },
  };
  const started = performance.now();
  vm.runInContext(code, vm.createContext({ Office, setTimeout, clearTimeout }), { filename: file });
  const evaluated = performance.now() - started;
  const send = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      handlers.get('onMessageSendHandler')({ completed: (options) => resolve({ ms: performance.now() - t0, options }) });
    });
  return { evaluated, send };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Send check (${file}, ${latency} ms per Outlook call)`);
for (const [label, paragraphs] of [['typical reply (~1 KB new text)', 4], ['long reply (~100 KB)', 500]]) {
  const cold = [];
  const warm = [];
  const evalMs = [];
  let outcome = '';
  for (let i = 0; i < 5; i++) {
    const { evaluated, send } = runtime(body(paragraphs));
    evalMs.push(evaluated);
    const first = await send();
    cold.push(first.ms);
    warm.push((await send()).ms);
    outcome = first.options?.allowEvent === false ? 'blocked with findings' : 'allowed';
  }
  console.log(
    `  ${label.padEnd(32)} load ${median(evalMs).toFixed(0).padStart(5)} ms, first Send ${median(cold).toFixed(0).padStart(5)} ms, later Send ${median(warm).toFixed(0).padStart(5)} ms (${outcome}; 5 s limit: first Send + load = ${((median(evalMs) + median(cold)) / 5000 * 100).toFixed(0)}%)`,
  );
}
