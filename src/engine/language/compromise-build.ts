import nlp from 'compromise/two';
import chunker from '#compromise/plugins/chunker';
import misc from '#compromise/plugins/misc';
import sentences from '#compromise/plugins/sentences';
import topics from '#compromise/plugins/topics';
import verbs from '#compromise/plugins/verbs';
import type ThreeView from 'compromise/types/view/three';
import type TwoView from 'compromise/types/view/two';

/**
 * The one compromise build the whole product uses (command line, tests, task pane and the Smart
 * Alerts launch-event file): compromise's tagger ("two") plus only the analysis plugins the
 * language layer asks for, instead of all twelve that the package's default export loads. The
 * launch-event file has a size budget, and the rest (nouns, numbers, adjectives, normalising,
 * redaction, …) would go unused.
 *
 * - verbs: `.verbs()`, with `.json()` and `.conjugate()`;
 * - topics: `.people()`;
 * - sentences: `.questions()`;
 * - chunker: the clauses `.questions()` reads. It also adds the `chunks` step to every parse, the
 *   only parse step any of the twelve plugins adds, so words get the same tags as with the full build;
 * - misc: the parentheses and quotations the chunker's clause splitting asks for.
 *
 * Not loaded, so not to be used without adding them here: the verbs view's subject methods
 * (`.subjects()`, `.isPlural()`, `.isSingular()`), which need the nouns and numbers plugins, and
 * every view of the other plugins.
 *
 * compromise's package "exports" do not expose the plugin files, so `#compromise/plugins/<name>`
 * is an alias for node_modules/compromise/src/3-three/<name>/plugin.js, declared in tsconfig.json
 * "paths" (read by tsc and esbuild) and repeated in webpack.config.js and the jest configs.
 * Plugins are registered here only, and nothing else imports compromise at run time.
 */
nlp.plugin(chunker);
nlp.plugin(misc);
nlp.plugin(sentences);
nlp.plugin(topics);
nlp.plugin(verbs);

/** A parsed text: the tagger's methods plus the views of the plugins registered above. */
export type Doc = TwoView & Pick<ThreeView, 'verbs' | 'people' | 'questions'>;

/** Parse `text` with this build. */
export function parseText(text: string): Doc {
  return nlp(text) as Doc;
}
