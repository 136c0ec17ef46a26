// Builds the Outlook add-in into dist/:
//   taskpane.html + JS   the task pane (React), opened from the ribbon or by Smart Alerts' Review
//   playground.html + JS the task pane against a simulated mailbox, for trying it without Outlook
//   launchevent.js       Smart Alerts / OnNewMessageCompose handlers: one self-contained ES2016 file,
//                        no imports, no dev-server or hot-reload code, served as a static file
//   launchevent.html     the page the web, Mac and new Outlook load launchevent.js from
//   assets/              icons named in manifest.xml
// `npm run build:addin` is the production build; `npm start` serves it on https://localhost:3000.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');

const ROOT = __dirname;
const DIST = path.join(ROOT, 'dist');
const PORT = 3000;
/** Budgets from the add-in issue, in gzip bytes, checked on every production build. */
const BUDGET = { launchevent: 250 * 1024, taskpaneInitial: 400 * 1024 };

/**
 * A council policy baked into the build (`PG_POLICY=council.json npm run build`): what the Send
 * check uses until the pane has cached the deployed policy.json. Invalid → the build stops.
 */
function embeddedPolicy() {
  const file = process.env.PG_POLICY;
  if (!file) return null;
  const data = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  const Ajv = require('ajv');
  const validate = new Ajv({ allErrors: true, strict: false }).compile(require('./policy.schema.json'));
  if (!validate(data)) {
    const problems = validate.errors.map((e) => `  ${e.instancePath || '/'}: ${e.message}`).join('\n');
    throw new Error(`PG_POLICY ${file} is not a valid policy:\n${problems}`);
  }
  return data;
}

/**
 * date-holidays-parser (the engine's bank-holiday rules) brings moment-timezone with every zone of
 * the world and moment with every locale. GB holidays need only the zones its data names, so the
 * bundles get a copy of the zone data cut down to those (and their links); locales are dropped.
 */
function ukZoneData() {
  const source = require.resolve('moment-timezone/data/packed/latest.json');
  const data = JSON.parse(fs.readFileSync(source, 'utf8'));
  const holidays = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/engine/calendar/holiday-data.generated.json'), 'utf8'));
  const wanted = new Set(['Etc/UTC', 'UTC']);
  JSON.stringify(holidays).replace(/"zones":\[([^\]]*)\]/g, (_, list) => {
    for (const z of JSON.parse(`[${list}]`)) wanted.add(z);
    return '';
  });
  const links = data.links.filter((l) => l.split('|').some((n) => wanted.has(n)));
  for (const l of links) for (const n of l.split('|')) wanted.add(n);
  const zones = data.zones.filter((z) => wanted.has(z.split('|')[0]));
  const out = path.join(ROOT, 'node_modules', '.cache', 'protocol-guard', 'tz-data.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ version: data.version, zones, links, countries: [] }));
  return out;
}

/** Calendars GB holidays never use (Chinese, Hebrew, Hijri, …): each pulls large astronomy tables. */
const UNUSED_CALENDARS = /^\.\/(Julian|Hebrew|Hijri|Jalaali|Equinox|Chinese|BengaliRevised)\.c?js$/;

function unusedCalendarStub() {
  const out = path.join(ROOT, 'node_modules', '.cache', 'protocol-guard', 'unused-calendar.js');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    "export default class UnusedCalendar { constructor () { throw new Error('this holiday calendar is not in the add-in build (GB holidays only)') } }\n",
  );
  return out;
}

function momentTrim() {
  const zoneFile = ukZoneData();
  const stub = unusedCalendarStub();
  return [
    new webpack.NormalModuleReplacementPlugin(UNUSED_CALENDARS, (resource) => {
      if (/date-holidays-parser/.test(resource.context)) resource.request = stub;
    }),
    new webpack.IgnorePlugin({ resourceRegExp: /^\.\/locale$/, contextRegExp: /moment$/ }),
    new webpack.NormalModuleReplacementPlugin(/data[\\/]packed[\\/]latest\.json$/, (resource) => {
      if (/moment-timezone/.test(resource.context)) resource.request = zoneFile;
    }),
  ];
}

function scriptRule(target) {
  return {
    test: /\.[cm]?[jt]sx?$/,
    loader: 'esbuild-loader',
    options: { target, jsx: 'automatic' },
    resolve: { fullySpecified: false },
  };
}

const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Prints raw and gzip sizes of what an Outlook client downloads first, and enforces the budgets. */
class SizeReportPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SizeReportPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SizeReportPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const lines = [];
        for (const [name, entry] of compilation.entrypoints) {
          const files = [...new Set(entry.getFiles().filter((f) => f.endsWith('.js')))];
          let raw = 0;
          let gz = 0;
          for (const f of files) {
            const source = compilation.getAsset(f).source.buffer();
            raw += source.length;
            gz += gzipSize(source);
          }
          lines.push(`  ${name} initial JS: ${kb(raw)} raw, ${kb(gz)} gzip (${files.join(', ')})`);
          const budget = this.options.budgets[name];
          if (this.options.enforce && budget && gz > budget) {
            const problem = new webpack.WebpackError(`${name}: ${kb(gz)} gzip is over its ${kb(budget)} budget`);
            // Over budget warns by default; PG_STRICT_BUDGETS=1 (CI, release) makes it fail the build.
            (process.env.PG_STRICT_BUDGETS === '1' ? compilation.errors : compilation.warnings).push(problem);
          }
        }
        console.log(`[${compiler.name}] bundle sizes\n${lines.join('\n')}`);
      });
    });
  }
}

/** The pane and the playground are written separately; build whichever entry exists. */
function appEntries() {
  const wanted = {
    taskpane: { script: 'src/taskpane/index.tsx', html: 'src/taskpane/taskpane.html' },
    playground: { script: 'src/playground/index.tsx', html: 'src/playground/playground.html' },
  };
  const found = Object.entries(wanted).filter(([, w]) => fs.existsSync(path.join(ROOT, w.script)));
  for (const [name, w] of Object.entries(wanted)) {
    if (!fs.existsSync(path.join(ROOT, w.script))) console.warn(`webpack: ${w.script} not found; ${name} is not built`);
  }
  return found;
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode || process.env.NODE_ENV) === 'production';
  const define = new webpack.DefinePlugin({
    __PG_EMBEDDED_POLICY__: JSON.stringify(embeddedPolicy()),
  });
  const entries = appEntries();
  const trim = fs.existsSync(path.join(ROOT, 'src/engine/calendar/holiday-data.generated.json')) ? momentTrim : () => [];

  const app = {
    name: 'addin',
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: Object.fromEntries(entries.map(([name, w]) => [name, path.join(ROOT, w.script)])),
    output: {
      path: DIST,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      // Leave the command line's bundle and the launch-event file (built alongside) in place.
      clean: production ? { keep: /^(cli\.cjs|launchevent\.js)/ } : false,
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
    module: { rules: [scriptRule('es2020')] },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: 'es2020', css: true })],
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      define,
      ...trim(),
      ...entries.map(
        ([name, w]) =>
          new HtmlWebpackPlugin({
            template: path.join(ROOT, w.html),
            filename: `${name}.html`,
            chunks: [name],
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(ROOT, 'assets'), to: 'assets', globOptions: { ignore: ['**/*.svg', '**/README*'] } },
          { from: path.join(ROOT, 'src/on-send/launchevent.html'), to: 'launchevent.html' },
        ],
      }),
      new SizeReportPlugin({ enforce: production, budgets: { taskpane: BUDGET.taskpaneInitial } }),
    ],
    devServer: {
      host: 'localhost',
      port: PORT,
      server: {
        type: 'https',
        options: async () => {
          const { devCerts } = require('./scripts/dev-certs.cjs');
          const { cert, key, ca } = await devCerts();
          return ca ? { cert, key, ca } : { cert, key };
        },
      },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: true,
      client: { overlay: { warnings: false, errors: true } },
      historyApiFallback: false,
    },
  };

  const launchevent = {
    name: 'launchevent',
    mode: production ? 'production' : 'development',
    // ES2016 syntax: older classic Outlook builds refuse async/await in the JavaScript-only runtime.
    target: ['web', 'es2016'],
    devtool: false,
    entry: { launchevent: path.join(ROOT, 'src/on-send/launchevent.ts') },
    output: { path: DIST, filename: 'launchevent.js', iife: true, publicPath: '/', clean: false },
    resolve: { extensions: ['.ts', '.mjs', '.js', '.json'] },
    module: { rules: [scriptRule('es2016')], parser: { javascript: { dynamicImportMode: 'eager' } } },
    optimization: {
      minimize: production,
      minimizer: [new EsbuildPlugin({ target: 'es2016' })],
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      define,
      ...trim(),
      // One file, whatever the code imports: the runtime loads exactly this script.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new SizeReportPlugin({ enforce: production, budgets: { launchevent: BUDGET.launchevent } }),
    ],
    // Never served through the dev server's client: no hot-reload or socket code in this file.
    devServer: false,
  };

  return [app, launchevent];
};
