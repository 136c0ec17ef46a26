// Webpack loader for the launch-event build (webpack.config.js), applied to obscenity's
// dist/pattern/Util.js only. obscenity compiles its word patterns at run time with the `s` (dotAll)
// flag, which is ES2018: in an ES2016 engine the constructor throws while the module loads, and the
// whole Send check with it. The flag matters only for the wildcard, the one unescaped `.` it emits,
// so the same patterns are built without the flag and with `[\s\S]` (any character, newlines too)
// for the wildcard. Fails the build if the file no longer looks as expected.
module.exports = function obscenityEs2016(source) {
  const flags = "new RegExp(regExpStr, 'gs')";
  const wildcard = 'return `.`;';
  if (!source.includes(flags) || !source.includes(wildcard)) {
    throw new Error(`obscenity-es2016-loader: ${this.resourcePath} has changed; check how it builds regular expressions and update this loader`);
  }
  return source.replace(flags, "new RegExp(regExpStr, 'g')").replace(wildcard, 'return `[\\\\s\\\\S]`;');
};
