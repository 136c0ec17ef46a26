export { parse, resetParseCache, languageStats, type Doc } from './nlp';
export { splitSentences, type Sentence } from './sentences';
export { findSignOff, looksLikeName, type SignOff } from './sign-off';
