/**
 * Words mail clients write when they quote an earlier message. Data only: the matchers live in
 * header-block.ts, attribution.ts and parse-thread.ts.
 */

/** What a quoted header field tells us; 'other' fields are recognised (so they do not end a block) but unused. */
export type HeaderField = 'from' | 'sent' | 'to' | 'cc' | 'bcc' | 'subject' | 'other';

/** Field names, lower case, as Outlook, Gmail, Apple Mail and Thunderbird write them in a quoted header block. */
export const HEADER_FIELD_NAMES: Readonly<Record<string, HeaderField>> = {
  from: 'from',
  sent: 'sent',
  date: 'sent',
  to: 'to',
  cc: 'cc',
  bcc: 'bcc',
  subject: 'subject',
  'reply-to': 'other',
  'sent by': 'other',
  importance: 'other',
  attachments: 'other',
  organization: 'other',
};

/**
 * Separator phrases, lower case, as they read once dashes, spaces and a trailing colon are removed
 * ("-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:").
 */
export const SEPARATOR_PHRASES: readonly string[] = [
  'original message',
  'forwarded message',
  'begin forwarded message',
  'reply message',
];

/** Attribution line before `>`-quoted text: "On <date>, <name> <addr> wrote:". */
export const ATTRIBUTION_PREFIX = 'on ';
export const ATTRIBUTION_SUFFIX = 'wrote:';

/** Time-zone names that may follow the time in an attribution line. */
export const TIME_ZONE_NAMES: readonly string[] = ['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt'];
