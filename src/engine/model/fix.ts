import type { Address, RecipientField } from './address';

/**
 * A one-click change a surface can apply to the draft. Data only: the Office adapter and the
 * playground each know how to carry it out.
 */
export type Fix =
  | { readonly kind: 'move-bcc-to-cc'; readonly label: string; readonly recipients: readonly Address[] }
  | { readonly kind: 'remove-recipient'; readonly label: string; readonly field: RecipientField; readonly recipient: Address }
  | { readonly kind: 'insert-notation'; readonly label: string; readonly text: string }
  | { readonly kind: 're-sign'; readonly label: string; readonly signOff: string; readonly replacement: string }
  | { readonly kind: 'replace-phrase'; readonly label: string; readonly phrase: string; readonly replacement: string }
  | { readonly kind: 'delay-delivery'; readonly label: string; readonly until: string };

export type FixKind = Fix['kind'];
