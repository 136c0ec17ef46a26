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
const TerserPlugin = require('terser-webpack-plugin');

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

/** The certificate fields the dev server takes (not where they came from). */
const httpsOptions = ({ cert, key, ca }) => (ca ? { cert, key, ca } : { cert, key });

function scriptRule(target) {
  return {
    test: /\.[cm]?[jt]sx?$/,
    loader: 'esbuild-loader',
    options: { target, jsx: 'automatic' },
    resolve: { fullySpecified: false },
  };
}

/**
 * The launch-event file must load in an ES2016 engine, and ES2016 has none of ES2018's regular
 * expression features. Every module (ours and node_modules, e.g. compromise) goes through Babel
 * first, changing nothing but regular expression literals:
 * - named groups become numbered ones (Babel's helper keeps `.groups` working), and the `s` flag
 *   becomes explicit classes (Babel's maintained transforms);
 * - a literal with Unicode property escapes (\p{L}) becomes a call to unicodeRegExp(), which
 *   builds the same pattern with the property as explicit code point ranges shipped once
 *   (scripts/babel-plugin-unicode-property-classes.cjs; Babel's own transform inlines the ranges
 *   into every literal, about +105 KB gzip here).
 * Only then does esbuild lower the rest to ES2016 (left to itself it turns such a literal into a
 * `new RegExp()` call that throws at run time). Lookbehind has no ES2016 equivalent: the engine is
 * written without it. Patterns built at run time from strings are not seen here; the engine builds
 * those from ES2016-safe pieces (src/engine/language/unicode-classes.ts). The bundle test runs the
 * file against a RegExp that rejects every ES2018 feature.
 */
function es2016ScriptRule() {
  return {
    test: /\.[cm]?[jt]sx?$/,
    resolve: { fullySpecified: false },
    // Loaders run last to first: Babel's regex transforms, then esbuild.
    use: [
      { loader: 'esbuild-loader', options: { target: 'es2016' } },
      {
        loader: 'babel-loader',
        options: {
          babelrc: false,
          configFile: false,
          compact: false,
          cacheDirectory: path.join(ROOT, 'node_modules', '.cache', 'babel-loader-launchevent'),
          cacheIdentifier: fs.readFileSync(path.join(ROOT, 'scripts', 'babel-plugin-unicode-property-classes.cjs'), 'utf8'),
          sourceType: 'unambiguous',
          // Parse TypeScript as it is (esbuild strips the types next). Plugin order matters: the
          // named-group and dotAll transforms must see literals before they become calls.
          plugins: [
            ['@babel/plugin-syntax-typescript', { isTSX: false }],
            '@babel/plugin-transform-named-capturing-groups-regex',
            '@babel/plugin-transform-dotall-regex',
            path.join(ROOT, 'scripts', 'babel-plugin-unicode-property-classes.cjs'),
          ],
        },
      },
    ],
  };
}

const CACHE = path.join(ROOT, 'node_modules', '.cache', 'protocol-guard');

function cacheFile(name, text) {
  const out = path.join(CACHE, name);
  fs.mkdirSync(CACHE, { recursive: true });
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
  return out;
}

/**
 * Outlook's JavaScript-only runtime (classic Outlook on Windows) is not a browser: it cannot be
 * assumed to have `atob`, `self` or `performance`. Libraries in the launch-event bundle read them:
 * - the `entities` package (HTML entity decoding, under html-to-text) decodes its tables from base64
 *   with atob, or Buffer, when first loaded; the tables are decoded here, at build time, instead
 *   (same data, about the same gzip size);
 * - compromise reads `self.env` for debug switches when there is no `process`;
 * - the engine times its language layer with `performance.now()`.
 */
function javascriptRuntimeCompat() {
  const decoded = new Map();
  const entitiesTables = new webpack.NormalModuleReplacementPlugin(/^\.\/generated\/decode-data-[a-z]+\.js$/, (resource) => {
    if (!/[\\/]entities[\\/]/.test(resource.context || '')) return;
    const file = path.resolve(resource.context, resource.request);
    if (!decoded.has(file)) {
      const source = fs.readFileSync(file, 'utf8');
      let replacement = null;
      if (/\bdecodeBase64\(/.test(source)) {
        const match = /export const (\w+) = \/\* #__PURE__ \*\/ decodeBase64\("([A-Za-z0-9+/=]*)"\);/.exec(source);
        if (!match) throw new Error(`webpack: ${file} has an unexpected layout; update javascriptRuntimeCompat()`);
        const bytes = Buffer.from(match[2], 'base64');
        const words = [];
        for (let i = 0; i + 1 < bytes.length; i += 2) words.push(bytes[i] | (bytes[i + 1] << 8));
        const name = `entities-${require('crypto').createHash('sha1').update(file).digest('hex').slice(0, 8)}-${path.basename(file)}`;
        replacement = cacheFile(name, `// ${path.relative(ROOT, file)}, decoded at build time\nexport const ${match[1]} = /* #__PURE__ */ new Uint16Array([${words.join(',')}]);\n`);
      }
      decoded.set(file, replacement);
    }
    const replacement = decoded.get(file);
    if (replacement) resource.request = replacement;
  });
  const shims = cacheFile(
    'runtime-shims.js',
    [
      '// Stand-ins for browser globals, for runtimes without them (see webpack.config.js).',
      "var root = typeof globalThis !== 'undefined' ? globalThis : undefined;",
      'export var selfShim = (root && root.self) || {};',
      "export var performanceShim = root && root.performance && typeof root.performance.now === 'function'",
      '  ? root.performance',
      '  : { now: function () { return Date.now(); } };',
      '',
    ].join('\n'),
  );
  return [entitiesTables, new webpack.ProvidePlugin({ self: [shims, 'selfShim'], performance: [shims, 'performanceShim'] })];
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
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
      alias: {
        // The tsconfig.json "paths" alias for compromise's plugin files (src/engine/language/compromise-build.ts).
        '#compromise/plugins/*': path.join(ROOT, 'node_modules/compromise/src/3-three/*/plugin.js'),
      },
    },
    module: { rules: [scriptRule('es2020')] },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: 'es2020', css: true })],
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      define,
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
        // Must be a plain object (webpack-dev-server 5 rejects a function); made only for `webpack serve`.
        options: env.WEBPACK_SERVE ? httpsOptions(require('./scripts/dev-certs.cjs').devCertsSync()) : {},
      },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: true,
      client: { overlay: { warnings: false, errors: true } },
      historyApiFallback: false,
      // launchevent.js is built to disk by its own compiler (no dev-server client in it): serve that file.
      setupMiddlewares: (middlewares) => [
        ...middlewares,
        { name: 'launchevent', path: '/launchevent.js', middleware: (req, res) => res.type('js').sendFile(path.join(DIST, 'launchevent.js')) },
      ],
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
    resolve: {
      extensions: ['.ts', '.mjs', '.js', '.json'],
      alias: {
        // The tsconfig.json "paths" alias for compromise's plugin files (src/engine/language/compromise-build.ts).
        '#compromise/plugins/*': path.join(ROOT, 'node_modules/compromise/src/3-three/*/plugin.js'),
      },
    },
    module: {
      rules: [
        es2016ScriptRule(),
        // obscenity builds its patterns at run time with the ES2018 `s` flag (see the loader).
        { test: /[\\/]obscenity[\\/]dist[\\/]pattern[\\/]Util\.js$/, enforce: 'pre', loader: path.join(ROOT, 'scripts', 'obscenity-es2016-loader.cjs') },
      ],
      parser: { javascript: { dynamicImportMode: 'eager' } } },
    optimization: {
      minimize: production,
      minimizer: [new TerserPlugin({ extractComments: false, terserOptions: { ecma: 2016, compress: { passes: 3 }, toplevel: true, format: { comments: false } } })],
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      define,
      // One file, whatever the code imports: the runtime loads exactly this script.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      ...javascriptRuntimeCompat(),
      new SizeReportPlugin({ enforce: production, budgets: { launchevent: BUDGET.launchevent } }),
    ],
    // Never served through the dev server's client: no hot-reload or socket code in this file.
    devServer: false,
  };

  return [app, launchevent];
};
