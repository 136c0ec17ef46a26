/** A mailbox as it appears in a header: either part may be missing (quoted headers often carry only a name). */
export interface Address {
  readonly name?: string;
  readonly email?: string;
}

export type RecipientField = 'to' | 'cc' | 'bcc';
