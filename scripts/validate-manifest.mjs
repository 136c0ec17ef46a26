#!/usr/bin/env node
// Offline checks for manifest.xml (the usual validator needs Microsoft's web service). The checks
// live in src/manifest/ so `protocol-guard manifest` runs exactly the same ones on the deployment
// manifest it writes; this script bundles them with esbuild (no TS runtime needed) and runs them.
//   well-formed XML; the schema's element order for every part this add-in uses; every resid
//   resolves to a Resources entry of the right kind; the LaunchEvent's SourceLocation names the
//   Runtime; icons exist at their declared sizes (PNG header); every URL is HTTPS; and, with
//   `--built DIR`, every manifest URL maps to a file of the build.
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [--built dist]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function loadChecks() {
  // Built in memory and imported from a data: URL: nothing written, so parallel runs cannot collide.
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/manifest/validate-manifest-file.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Validate a manifest; returns { errors, notes } (an empty `errors` means valid). */
export async function validateManifest({ manifestPath, built } = {}) {
  const { validateManifestFile } = await loadChecks();
  return validateManifestFile({ manifestPath, built });
}

async function main(argv) {
  let manifestPath;
  let built;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--built') built = argv[++i] ?? '';
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
