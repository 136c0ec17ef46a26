#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm run build:cli`, which `npm ci` / `npm install` run through `prepare`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('protocol-guard: the command line is not built yet; run `npm run build:cli` (or `npm ci`).\n');
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
