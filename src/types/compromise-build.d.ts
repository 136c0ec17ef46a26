// Types for the compromise entry points src/engine/language/compromise-build.ts loads. With
// moduleResolution "node", TypeScript does not read compromise's package "exports", so these
// point at the declaration files compromise ships.

declare module 'compromise/two' {
  import nlp from 'compromise/types/two';
  export default nlp;
}

/** One of compromise's analysis plugins (node_modules/compromise/src/3-three/<name>/plugin.js). */
declare module '#compromise/plugins/*' {
  import type { Plugin } from 'compromise/types/misc';
  const plugin: Plugin;
  export default plugin;
}
