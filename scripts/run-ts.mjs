// Run a TypeScript script by bundling it with esbuild first (no TS runtime needed).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
const outfile = `dist/scripts/${basename(entry).replace(/\.ts$/, '.cjs')}`;
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
try {
  execFileSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
} catch (err) {
  process.exit(err.status ?? 1);
}
