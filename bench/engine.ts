/**
 * Engine benchmark: time per message over a labelled corpus (warm), growth with body size, the
 * language layer's share, and peak memory. Prints figures and ratios; asserts nothing.
 * Usage: npm run bench [-- CORPUS_DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emlToDraft } from '../src/adapters/eml';
import { checkDraft, languageStats, type Draft, type Policy } from '../src/engine';
import { parsePolicyText } from '../src/adapters/policy';
import { DEFAULT_POLICY } from '../src/engine/model/policy';

const peak = { rss: 0, heap: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heap = Math.max(peak.heap, m.heapUsed);
};

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function corpusBench(dir: string): Promise<void> {
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { file: string; policy: string }[];
  const policies = new Map<string, Policy>();
  const items: { draft: Draft; policy: Policy }[] = [];
  for (const c of cases) {
    if (!policies.has(c.policy)) {
      const r = parsePolicyText(readFileSync(join(dir, c.policy), 'utf8'));
      if (!r.ok) throw new Error(`policy ${c.policy} is invalid`);
      policies.set(c.policy, r.policy);
    }
    items.push({ draft: await emlToDraft(readFileSync(join(dir, c.file))), policy: policies.get(c.policy)! });
  }
  const cold = time(() => checkDraft(items[0].draft, items[0].policy));
  for (let i = 0; i < 3; i++) for (const it of items) checkDraft(it.draft, it.policy); // warm-up
  const runs = 10;
  const perMessage: number[] = [];
  const lang0 = languageStats();
  for (let r = 0; r < runs; r++) {
    for (const it of items) perMessage.push(time(() => checkDraft(it.draft, it.policy)));
    sample();
  }
  const lang1 = languageStats();
  const total = perMessage.reduce((a, b) => a + b, 0);
  console.log(`corpus: ${items.length} messages x ${runs} runs (warm)`);
  console.log(`  first check (cold, includes NLP start-up): ${cold.toFixed(1)} ms`);
  console.log(`  per message: median ${quantile(perMessage, 0.5).toFixed(2)} ms, p99 ${quantile(perMessage, 0.99).toFixed(2)} ms, max ${Math.max(...perMessage).toFixed(2)} ms`);
  console.log(`  language layer (compromise tagging): ${(lang1.calls - lang0.calls) / runs} sentences per pass, ${((lang1.ms - lang0.ms) / (runs * items.length)).toFixed(2)} ms per message = ${(((lang1.ms - lang0.ms) / total) * 100).toFixed(0)}% of engine time`);
}

/** A body of the given size: an officer's reply with ordinary prose, then quoted history below it. */
function syntheticDraft(bytes: number): Draft {
  const prose = [
    'Thank you for your email about the resurfacing of the footpath behind the library.',
    'Our highways team inspected the site last week and recorded three defects near the bus shelter.',
    'Could you let me know whether residents have reported any falls since the work began?',
    'The contractor will need access to the verge on Tuesday and Wednesday of next week.',
    'I have asked the team to write to the households on Mill Lane before then.',
    'We may be able to bring the work forward if the weather stays dry.',
    'The budget for this year was agreed by the cabinet in March.',
    'Please could you pass my thanks to the residents association for the photographs.',
  ];
  const lines: string[] = ['Dear Cllr Brown,', ''];
  let size = 0;
  let i = 0;
  const half = bytes / 2;
  while (size < half) {
    const s = prose[i++ % prose.length];
    lines.push(s);
    size += s.length + 1;
    if (i % 5 === 0) lines.push('');
  }
  lines.push('', 'Kind regards,', 'Sam Officer', '', '-----Original Message-----', 'From: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', 'Sent: Monday, February 9, 2026 9:00 AM', 'To: Sam Officer <sam.officer@northdown.gov.uk>', 'Subject: Footpath', '');
  while (size < bytes) {
    const s = prose[i++ % prose.length];
    lines.push(s);
    size += s.length + 1;
  }
  return {
    from: { name: 'Sam Officer', email: 'sam.officer@northdown.gov.uk' },
    to: [{ name: 'Cllr Alice Brown', email: 'cllr.alice.brown@northdown.gov.uk' }],
    cc: [],
    bcc: [],
    subject: 'RE: Footpath',
    text: lines.join('\n'),
    composeKind: 'reply',
    receivedAt: '2026-02-10T10:30:00Z',
  };
}

function sizeBench(): void {
  const policy: Policy = { ...DEFAULT_POLICY, officerDomains: ['northdown.gov.uk'] };
  console.log('synthetic bodies (half new text, half quoted history):');
  const perKb: number[] = [];
  for (const kb of [10, 100, 1024]) {
    const draft = syntheticDraft(kb * 1024);
    checkDraft(draft, policy);
    const reps = kb >= 1024 ? 5 : kb >= 100 ? 10 : 40;
    const times: number[] = [];
    for (let r = 0; r < reps; r++) times.push(time(() => checkDraft(draft, policy)));
    sample();
    const med = quantile(times, 0.5);
    perKb.push(med / kb);
    console.log(`  ${String(kb).padStart(5)} KB: median ${med.toFixed(1)} ms, ${(med / kb).toFixed(3)} ms per KB`);
  }
  console.log(`  growth: time per KB at 1 MB is ${(perKb[2] / perKb[0]).toFixed(2)}x that at 10 KB`);
}

async function run(): Promise<void> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const corpus = resolve(arg ?? join(__dirname, '../../shared/corpus/dev'));
  if (existsSync(join(corpus, 'cases.json'))) await corpusBench(corpus);
  else if (existsSync(join(process.cwd(), '../shared/corpus/dev/cases.json'))) await corpusBench(resolve('../shared/corpus/dev'));
  else console.log(`corpus: none found at ${corpus} (pass a corpus directory)`);
  sizeBench();
  sample();
  console.log(`peak memory: rss ${(peak.rss / 1048576).toFixed(0)} MB, heap ${(peak.heap / 1048576).toFixed(0)} MB`);
}

void run();
