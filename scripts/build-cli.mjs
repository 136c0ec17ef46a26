// Bundle the command line into one CommonJS file so `npx protocol-guard` starts fast without a TS runtime.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

// `protocol-guard manifest` writes deployment manifests from the repository's manifest.xml and
// checks the icons it names: both travel inside the bundle.
const icons = Object.fromEntries(
  readdirSync('assets').filter((n) => n.endsWith('.png')).map((n) => [`assets/${n}`, readFileSync(`assets/${n}`).toString('base64')]),
);
const devManifest = { xml: readFileSync('manifest.xml', 'utf8'), icons };

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { __PG_DEV_MANIFEST__: JSON.stringify(devManifest) },
});
