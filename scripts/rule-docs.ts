/**
 * Generate docs/rules/<id>.md and docs/rules/README.md from each rule's own metadata and cases,
 * so the documentation cannot drift from the code. `--check` exits 1 when a file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEADLINE_RULE, RULES, PRESETS, formatClause, PROTOCOL_IDS } from '../src/engine';
import { buildContext } from '../src/engine/build-context';
import type { CaseMessage, Citation, RuleCase, RuleDefinition } from '../src/engine/define-rule';
import type { Finding } from '../src/engine/model/finding';
import { runRules } from '../src/engine/run-rules';
import { DEADLINE_CASES, casesFor } from '../src/engine/rules/cases';
import { draftFromCase, policyForCase } from '../test/support/case-draft';

/** Wording rules whose cue lists a council can extend with policy.extraTerms. */
const NO_WORDING = new Set(['bcc-use', 'out-of-hours']);

const SEVERITY = { error: 'error', warning: 'warning', info: 'info', off: 'off' } as const;

function citationTable(citations: Readonly<Record<string, Citation>>): string {
  const rows = PROTOCOL_IDS.map((p) => `| ${PRESETS[p].citeAs} | ${SEVERITY[citations[p].severity]} | ${citations[p].clause ? formatClause(p, citations[p].clause) : '—'} |`);
  return ['| protocol | severity | clause |', '|---|---|---|', ...rows].join('\n');
}

function example(m: CaseMessage): string {
  const head = [`From: ${m.from}`];
  if (m.to?.length) head.push(`To: ${m.to.join(', ')}`);
  if (m.cc?.length) head.push(`Cc: ${m.cc.join(', ')}`);
  if (m.bcc?.length) head.push(`Bcc: ${m.bcc.join(', ')}`);
  if (m.subject) head.push(`Subject: ${m.subject}`);
  return ['```', ...head, '', m.text.trim(), '```'].join('\n');
}

/** What the rule reports for one of its own flagged examples, under the first preset that cites a clause. */
function sampleFinding(rule: RuleDefinition, c: RuleCase): Finding | undefined {
  const protocol = PROTOCOL_IDS.find((p) => rule.citations[p].clause) ?? 'model';
  // The same council and message conversion the rule tester uses, under that preset.
  const policy = policyForCase({ policy: { ...c.policy, protocol, rules: { [rule.id]: 'warning' } } });
  const draft = draftFromCase(c.message);
  return runRules([rule], buildContext(draft, policy, new Date(draft.receivedAt!))).findings[0];
}

function findingDoc(f: Finding | undefined): string {
  if (!f) return '';
  const fixes = f.fixes.map((x) => {
    if (x.kind === 'replace-phrase') return `- ${x.label}: replaces only "${x.phrase.trim()}" with "${x.replacement}"`;
    return `- ${x.label}`;
  });
  return `For the first example the writer sees:

> ${f.message}
>
> Evidence: "${f.evidence}" · ${f.clause}
${fixes.length ? `\nOffered fixes:\n\n${fixes.join('\n')}\n` : ''}`;
}

function ruleDoc(rule: RuleDefinition): string {
  const fixes = rule.fixable.length ? rule.fixable.map((f) => `\`${f}\``).join(', ') : 'none';
  const cases = casesFor(rule.id);
  const invalid = cases.invalid.slice(0, 2).map((c) => `**${c.name}**\n\n${example(c.message)}`).join('\n\n');
  const valid = cases.valid.slice(0, 2).map((c) => `**${c.name}**\n\n${example(c.message)}`).join('\n\n');
  return `# \`${rule.id}\`

${rule.summary}

${citationTable(rule.citations)}

One-click fixes: ${fixes}.
${NO_WORDING.has(rule.id) ? '' : `\nA council can add its own wording for this rule in its policy file under \`extraTerms["${rule.id}"]\`; it extends the built-in word lists.\n`}
## Flagged

${invalid}

${findingDoc(sampleFinding(rule, cases.invalid[0]))}
## Not flagged

${valid}

All ${cases.invalid.length} flagged and ${cases.valid.length} clean examples live in \`src/engine/rules/${rule.id}.ts\` and run as tests.
`;
}

function indexDoc(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.summary.split(/(?<=\.)\s/)[0]} |`);
  return `# Rule catalogue

Each rule is one file in \`src/engine/rules/\` carrying its metadata, its citations under each
protocol and its own examples, which run as tests. This page and the pages beside it are
generated from those files (\`npm run docs\`).

| rule | what it checks |
|---|---|
${rows.join('\n')}
| [\`${DEADLINE_RULE.id}\`](${DEADLINE_RULE.id}.md) | ${DEADLINE_RULE.summary.split(/(?<=\.)\s/)[0]} |
`;
}

function deadlineDoc(): string {
  return `# \`${DEADLINE_RULE.id}\`

${DEADLINE_RULE.summary}

${citationTable(DEADLINE_RULE.citations)}

Working days are the policy's \`workingDays\` that are not bank holidays of its \`holidayRegion\`.
Day 0 is the day the enquiry arrives if that is a working day and it arrives before the end of
working hours, otherwise the next working day; the reply is due at the end of working hours on
the N-th working day after day 0. All ${DEADLINE_CASES.length} examples in
\`src/engine/rules/${DEADLINE_RULE.id}.ts\` run as tests.
`;
}

const dir = join(process.cwd(), 'docs', 'rules');
const check = process.argv.includes('--check');
const files = new Map<string, string>([['README.md', indexDoc()], [`${DEADLINE_RULE.id}.md`, deadlineDoc()]]);
for (const r of RULES) files.set(`${r.id}.md`, ruleDoc(r));
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const [name, text] of files) {
  const path = join(dir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(`docs/rules/${name} is out of date: run npm run docs`);
  } else writeFileSync(path, text);
}
if (check && stale) process.exit(1);
