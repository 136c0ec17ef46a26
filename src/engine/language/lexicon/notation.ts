/**
 * Cue words for a notation: the writer telling readers who else has been copied in ("I have copied
 * in Cllr Brown", "cc Cllr Brown", "Cllr Brown is copied"). Data only: ../notation.ts decides how
 * they combine (who the subject is, tense, negation) and which names they point at.
 */
export const NOTATION_LEXICON = {
  /** Completed forms, after "I have", "we've", "I", or a passive "is / has been". */
  doneVerbs: [
    'copied', 'copied in', 'cc', 'cc’d', "cc'd", "cc'ed", 'cc’ed', 'ccd', 'cced', 'cc-ed', 'included', 'added',
    'looped in', 'looped', 'forwarded', 'sent a copy', 'sent copies', 'shared', 'kept', 'put',
  ],

  /** Progressive forms ("I am copying in", "Copying Peter as …"). */
  ongoingVerbs: ["cc'ing", 'cc’ing', 'ccing', 'cc-ing', 'copying', 'copying in', 'including', 'adding', 'looping', 'looping in', 'forwarding', 'sharing'],

  /** Present forms, only straight after "I" / "we" ("I copy in Cllr Brown for information"). */
  presentVerbs: ['copy', 'cc', 'include', 'add', 'forward'],

  /** Progressive forms that may open a sentence with the writer left implicit. */
  openingVerbs: ["cc'ing", 'cc’ing', 'ccing', 'cc-ing', 'copying', 'looping'],

  /** Auxiliaries between the writer and a completed or progressive verb. */
  writerAuxiliaries: ['have', 'had', 'am', 'are', '’ve', "'ve", '’m', "'m", '’re', "'re", 've'],

  /** Adverbs that may sit between auxiliary and verb without changing the statement. */
  softeners: ['also', 'now', 'just', 'already', 'duly', 'therefore', 'again', 'similarly', 'likewise', 'kindly', 'today', 'since', 'separately', 'additionally'],

  /** Auxiliaries of a passive statement about the person copied ("Cllr Brown is copied"). */
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'being', 'is being', 'are being', "'s been", '’s been'],

  /** Participles of a passive notation ("is copied", "has been cc'd", "are included"). */
  passiveVerbs: ['copied', 'copied in', 'copied into', "cc'd", 'cc’d', "cc'ed", 'cc’ed', 'ccd', 'cced', 'included', 'added', 'looped in', 'in copy', 'on copy'],

  /** Labels at the start of a line or sentence, colon optional ("cc Cllr Brown", "Copy to: Cllr Brown"). */
  labels: ['cc', 'ccs', "cc'd", 'cc’d', 'ccd', 'copy to', 'copies to', 'copied to', 'copied in', 'also copied to', 'copied for information'],

  /** Labels that need a colon, since without one they read as a request ("Copy: Cllr Brown" but not "Copy Cllr Brown in"). */
  colonLabels: ['copy', 'copies', 'copy for information', 'for information', 'copied'],

  /** Participles of a shorthand notation with no auxiliary ("Cllr Cole copied for information"). */
  shorthandVerbs: ['copied', 'copied in', "cc'd", 'cc’d', 'ccd', "cc'ed", 'cc’ed', 'cced', 'in copy', 'on copy', 'in cc', 'on cc'],

  /** Words that show a shorthand is really a clause with its own subject ("he copied me in"). */
  subjectWords: [
    'i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'us', 'him', 'her', 'them', 'who', 'has', 'have', 'had',
    'was', 'were', 'is', 'are', 'will', 'would', 'not', 'never', 'thank', 'thanks', 'if',
  ],

  /** Words that open a clause which is no longer about who was copied ("… as she chairs …"). */
  clauseBreaks: [
    'as', 'because', 'since', 'so', 'so that', 'who', 'whom', 'which', 'given', 'in case', 'to let', 'to keep',
    'to make', 'to ensure', 'while', 'whilst', 'although', 'but', 'in view of', 'now that', 'and i',
    'and we', 'and she', 'and he', 'and they', 'in order', 'following', 'after', 'when', 'where',
  ],

  /** Phrases containing a clause break that keep the list of names going ("Cllr Brown as well as Cllr Cole"). */
  listJoins: ['as well as', 'along with', 'together with', 'and also'],

  /** Openers that make the statement hypothetical or a question about copying. */
  hypothetical: ['if', 'unless', 'whether', 'should i', 'shall i', 'shall we', 'should we', 'would you like', 'do you want', 'let me know if', 'happy to'],

  /** Titles that introduce a councillor's name; the plural forms introduce a list. */
  singularTitles: ['cllr', 'councillor', 'cl'],
  pluralTitles: ['cllrs', 'councillors'],

  /** Lower-case words that never belong to a name after a title ("Councillor for …", "cllr in"). */
  notNames: [
    'for', 'of', 'in', 'on', 'and', 'or', 'as', 'the', 'a', 'an', 'who', 'which', 'to', 'is', 'are', 'was', 'has',
    'have', 'had', 'will', 'would', 'so', 'because', 'since', 'from', 'with', 'at', 'by', 'into', 'onto', 'this',
    'that', 'these', 'those', 'here', 'there', 'too', 'also', 'please', 'thanks', 'regarding', 're',
  ],
} as const;
