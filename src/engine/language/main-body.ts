import lexicon from './lexicon/enquiry.json';
import { bodyBeforeSignOff, phraseRegExp } from './phrases';

/** A signature delimiter or a ruled line: what follows is a footer, not the message. */
const FOOTER_RULE = /^[ \t]*(?:--[ \t]*|[-_*=~]{5,}[ \t]*)$/m;
const BOILERPLATE = phraseRegExp(lexicon.boilerplateCues);

/**
 * What the writer actually says in the new text: without a disclaimer or device footer, and
 * without the sign-off (valediction, name, role lines), so "Portfolio Holder for Safeguarding" or
 * "please notify the sender" in a footer is not read as part of the message. Linear time.
 */
export function mainBody(newText: string): string {
  let text = newText.replace(/\r\n?/g, '\n');
  const rule = FOOTER_RULE.exec(text);
  if (rule && text.slice(0, rule.index).trim()) text = text.slice(0, rule.index);
  text = text
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => !BOILERPLATE.test(paragraph))
    .join('\n\n');
  const body = bodyBeforeSignOff(text);
  // A question after the valediction ("Thanks,\nCould you also …?") is still part of the message.
  return text.slice(body.length).includes('?') ? text : body;
}
