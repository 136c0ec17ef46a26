// Lint: typescript-eslint's recommended rules plus the architecture's boundaries (DESIGN.md):
// the engine is pure, only the language layer sees compromise, only the Office adapter sees Office.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'stream', 'crypto', 'url', 'util', 'zlib', 'buffer'];
const nodeImports = NODE_BUILTINS.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/language/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'compromise', message: 'Only src/engine/language/ may use compromise.' }],
        patterns: [
          { group: ['compromise/*', '#compromise/**'], message: 'Only src/engine/language/ may use compromise.' },
          { group: nodeImports, message: 'The engine is pure: no Node APIs.' },
          { group: ['react', 'react-dom', '@fluentui/*', '@microsoft/office-js', '**/adapters/**', '**/taskpane/**', '**/cli/**'], message: 'The engine imports nothing outside src/engine/ except browser-safe libraries.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Office', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/engine/language/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: nodeImports, message: 'The engine is pure: no Node APIs.' }] }],
      'no-restricted-globals': ['error', 'Office', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    // The Send check runs this code on ES2016 engines: lookbehind cannot be transpiled there
    // (Unicode property escapes, named groups and dotAll are rewritten by the launch-event build).
    files: ['src/engine/**/*.ts', 'src/on-send/**/*.ts', 'src/adapters/office/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'Literal[regex.pattern=/\\(\\?<[=!]/]',
        message: 'No lookbehind: the Send check must run on ES2016 engines. Capture the preceding character instead.',
      }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/playground/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Office', message: 'The UI talks to the mailbox through MailboxPort, never Office.js.' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
