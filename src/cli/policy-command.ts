import { access, readFile, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { formatProblems, parsePolicyText } from '../adapters/policy';
import { PROTOCOL_IDS, type ProtocolId } from '../engine/model/policy';
import { EXIT } from './exit-codes';
import { mergeDirectory, parseCouncillorCsv } from './import-councillors';
import { starterPolicy } from './starter-policy';

/** Where a command writes: results to `out`, problems to `err`. */
export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

export async function runPolicyInit(
  opts: { protocol: ProtocolId; council: string; domain: string[]; out: string; force?: boolean },
  io: Io,
): Promise<number> {
  if (!opts.force && (await exists(opts.out))) {
    io.err(`protocol-guard: ${opts.out} already exists (use --force to overwrite)`);
    return EXIT.error;
  }
  const policy = starterPolicy({ protocol: opts.protocol, council: opts.council, domains: opts.domain.map((d) => d.toLowerCase()) });
  const checked = parsePolicyText(JSON.stringify(policy));
  if (!checked.ok) {
    io.err(`protocol-guard: the starter policy would be invalid:\n${formatProblems(checked.problems)}`);
    return EXIT.error;
  }
  await writeFile(opts.out, `${JSON.stringify(policy, null, 2)}\n`);
  io.out(`wrote ${opts.out}: ${opts.protocol} protocol for ${opts.council}. Next: add councillors with "protocol-guard policy import-councillors FILE.csv --policy ${opts.out}".`);
  return EXIT.clean;
}

export async function runPolicyValidate(file: string, io: Io): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    io.err(`protocol-guard: cannot read ${file}: ${(err as Error).message}`);
    return EXIT.error;
  }
  const result = parsePolicyText(text);
  if (!result.ok) {
    io.err(`${file}: ${result.problems.length} problem(s)\n${formatProblems(result.problems)}`);
    return EXIT.error;
  }
  const p = result.policy;
  io.out(`${file}: valid — ${p.council}, ${p.protocol} protocol, ${p.councillors.length} councillor(s), ${p.councillorLists.length} list(s), ${p.officerDomains.length} officer domain(s)`);
  return EXIT.clean;
}

export async function runImportCouncillors(csvFile: string, opts: { policy: string; dryRun?: boolean }, io: Io): Promise<number> {
  let csv: string;
  let policyText: string;
  try {
    csv = await readFile(csvFile, 'utf8');
    policyText = await readFile(opts.policy, 'utf8');
  } catch (err) {
    io.err(`protocol-guard: ${(err as Error).message}`);
    return EXIT.error;
  }
  const current = parsePolicyText(policyText);
  if (!current.ok) {
    io.err(`protocol-guard: ${opts.policy} is invalid; fix it first:\n${formatProblems(current.problems)}`);
    return EXIT.error;
  }
  const { councillors, problems } = parseCouncillorCsv(csv);
  if (problems.length) {
    io.err(`protocol-guard: ${csvFile} has ${problems.length} problem(s); nothing was changed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return EXIT.error;
  }
  const raw = JSON.parse(policyText.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const { merged, added, updated } = mergeDirectory(current.file.councillors ?? [], councillors);
  const next = { ...raw, councillors: merged };
  const checked = parsePolicyText(JSON.stringify(next));
  if (!checked.ok) {
    io.err(`protocol-guard: the merged policy would be invalid; nothing was changed:\n${formatProblems(checked.problems)}`);
    return EXIT.error;
  }
  if (!opts.dryRun) await writeFile(opts.policy, `${JSON.stringify(next, null, 2)}\n`);
  io.out(`${opts.dryRun ? 'would update' : 'updated'} ${opts.policy}: ${added} councillor(s) added, ${updated} updated, ${merged.length} in the directory`);
  return EXIT.clean;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export function policyCommand(setExit: (code: number) => void, io: Io): Command {
  const policy = new Command('policy').description('write, validate and fill a council policy file');
  policy
    .command('init')
    .description('write a starter policy with every field explained')
    .addOption(new Option('--protocol <id>', 'protocol preset').choices([...PROTOCOL_IDS]).default('model'))
    .requiredOption('--council <name>', 'the council name')
    .option('--domain <domain...>', 'officer mail domain(s)', [])
    .option('--out <file>', 'where to write it', 'policy.json')
    .option('--force', 'overwrite an existing file')
    .action(async (o) => setExit(await runPolicyInit(o, io)));
  policy
    .command('validate')
    .description('report every problem in a policy file with its JSON pointer')
    .argument('<file>')
    .action(async (file: string) => setExit(await runPolicyValidate(file, io)));
  policy
    .command('import-councillors')
    .description('fill the councillor directory from a CSV export (name, email, ward, roles)')
    .argument('<csv>')
    .option('--policy <file>', 'policy file to update', 'policy.json')
    .option('--dry-run', 'report what would change without writing')
    .action(async (csv: string, o) => setExit(await runImportCouncillors(csv, o, io)));
  return policy;
}
