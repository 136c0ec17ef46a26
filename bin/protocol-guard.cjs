#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/ by `npm run build:cli` (run automatically by `npm install`).
let cli;
try {
  cli = require('../dist/cli.cjs');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('protocol-guard: the CLI is not built yet; run `npm run build:cli` (or `npm install`).\n');
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
