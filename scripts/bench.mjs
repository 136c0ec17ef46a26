// Build each benchmark with esbuild (so it measures the same code the CLI ships) and run it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const benches = ['engine'];
for (const name of benches) {
  const outfile = `dist/bench/${name}.cjs`;
  await build({ entryPoints: [`bench/${name}.ts`], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  console.log(`\n== bench/${name}`);
  execFileSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
}
for (const extra of ['bench/bundle-size.mjs', 'bench/send-check.mjs', 'bench/taskpane-latency.mjs', 'bench/audit.mjs']) {
  if (!existsSync(extra)) continue;
  console.log(`\n== ${extra}`);
  execFileSync(process.execPath, [extra, ...args], { stdio: 'inherit' });
}
