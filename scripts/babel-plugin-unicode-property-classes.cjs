// Babel plugin for the launch-event build (webpack.config.js): rewrites a regular expression
// literal that uses Unicode property escapes (`/\p{Lu}\p{L}+/u`, ES2018) into a call to
// unicodeRegExp() from src/engine/language/unicode-classes.ts, which builds the same pattern with
// the property spelled out as code point ranges. Unlike Babel's own property-escape transform,
// which inlines the ranges into every literal (measured: about +105 KB gzip for this bundle), the
// ranges are shipped once. Applies to our code and to libraries (compromise).
const path = require('path');
const { addNamed } = require('@babel/helper-module-imports');

const HELPER = path.join(__dirname, '..', 'src', 'engine', 'language', 'unicode-classes.ts');
const { aliases } = require('../src/engine/language/unicode-classes.generated.json');
const PROPERTY = /\\(?:\\|[pP]\{([^}]*)\})/g;

module.exports = function unicodePropertyClasses({ types: t }) {
  return {
    name: 'unicode-property-classes',
    visitor: {
      RegExpLiteral(nodePath, state) {
        const { pattern, flags } = nodePath.node;
        if (!flags.includes('u') || !/\\[pP]\{/.test(pattern)) return;
        if (flags.includes('v')) throw nodePath.buildCodeFrameError('unicode-property-classes: the v flag is not supported in the launch-event build');
        if (path.resolve(state.filename || '') === HELPER) return;
        for (const m of pattern.matchAll(PROPERTY)) {
          const name = m[1] === undefined ? undefined : m[1].replace(/^(?:General_Category|gc)=/, '');
          if (name !== undefined && !Object.prototype.hasOwnProperty.call(aliases, name)) {
            throw nodePath.buildCodeFrameError(`unicode-property-classes: no data for \\p{${m[1]}}; add it to scripts/generate-unicode-classes.mjs`);
          }
        }
        state.helper ??= addNamed(nodePath, 'unicodeRegExp', HELPER);
        nodePath.replaceWith(t.callExpression(t.cloneNode(state.helper), [t.stringLiteral(pattern), t.stringLiteral(flags)]));
      },
    },
  };
};
