import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runCheck } from './check-command';
import { EXIT } from './exit-codes';
import { PolicyLoadError } from './load-policy';
import { manifestCommand } from './manifest-command';
import { policyCommand } from './policy-command';
import { runAudit } from './audit/audit-command';

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('protocol-guard')
    .description('Check council correspondence against a Member/Officer protocol.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('check')
    .description('check .eml files (directories are walked for .eml)')
    .argument('<files...>', '.eml files or directories')
    .option('--policy <file>', 'council policy file (JSON); without it the embedded model policy is used')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (files: string[], opts: { policy?: string; format: 'text' | 'json' }) => {
      setExit(await runCheck(files, opts, (s) => process.stdout.write(`${s}\n`)));
    });

  const io = { out: (s: string) => process.stdout.write(`${s}\n`), err: (s: string) => process.stderr.write(`${s}\n`) };
  program.addCommand(policyCommand(setExit, io));
  program.addCommand(manifestCommand(setExit, io));

  program
    .command('audit')
    .description('audit folders of .eml and mbox files: findings by rule, month and sender, and enquiry response times')
    .argument('<paths...>', 'folders, .eml files or mbox files')
    .option('--policy <file>', 'council policy file (JSON)')
    .requiredOption('--report <file>', 'write the HTML report here')
    .option('--csv <file>', 'also write one CSV row per message')
    .action(async (paths: string[], opts: { policy?: string; report: string; csv?: string }) => {
      const { summary, code } = await runAudit(paths, { ...opts, progress: Boolean(process.stderr.isTTY) }, io.err);
      const e = summary.enquiries;
      io.out(`${summary.messages} message(s) checked, ${summary.flaggedMessages} flagged, ${summary.errors} unreadable; ${e.total} enquiries: ${e.onTime} on time, ${e.late} late, ${e.unanswered} unanswered, ${e.notYetDue} not yet due. Report: ${opts.report}`);
      setExit(code);
    });

  // Commands built elsewhere and added with addCommand do not inherit these settings: without them a
  // usage error in `policy …` or `manifest` would exit 1 (meaning "flagged") instead of 2.
  const inherit = (cmd: Command) => {
    for (const sub of cmd.commands) {
      sub.exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.clean : EXIT.error;
    }
    if (err instanceof PolicyLoadError || err instanceof InvalidArgumentError) {
      process.stderr.write(`protocol-guard: ${err.message}\n`);
      return EXIT.error;
    }
    process.stderr.write(`protocol-guard: unexpected failure: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
