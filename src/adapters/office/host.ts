/// <reference types="office-js" />
/**
 * The one place that reaches for the `Office` global. Everything else in the adapter receives the
 * mailbox or item from here, so tests can install a mock and the launch-event bundle can run in a
 * plain JavaScript runtime.
 */

export function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

export function mailbox(): Office.Mailbox {
  const office = officeGlobal();
  const box = office?.context?.mailbox;
  if (!box) throw new Error('Office.context.mailbox is not available: open Protocol Guard from Outlook');
  return box;
}

/** The selected or open item; undefined when a pinned pane has no message selected. */
export function currentItem(): OfficeItem | undefined {
  return (mailbox().item ?? undefined) as OfficeItem | undefined;
}

/** Compose and read items share one variable in Office.js; the adapter narrows by shape. */
export type OfficeItem = Office.MessageCompose & Office.MessageRead;

export function isComposeItem(item: unknown): boolean {
  const subject = (item as { subject?: unknown } | undefined)?.subject;
  return typeof subject === 'object' && subject !== null && typeof (subject as { getAsync?: unknown }).getAsync === 'function';
}

/** Whether the client supports Mailbox requirement set `version` (feature detection, never UA sniffing). */
export function supportsMailbox(version: string): boolean {
  try {
    return Boolean(officeGlobal()?.context?.requirements?.isSetSupported('Mailbox', version));
  } catch {
    return false;
  }
}

export function supportsSet(name: string, version: string): boolean {
  try {
    return Boolean(officeGlobal()?.context?.requirements?.isSetSupported(name, version));
  } catch {
    return false;
  }
}

/** Office.CoercionType.Html / Text without depending on the enum object being present. */
export function coercion(kind: 'html' | 'text'): Office.CoercionType {
  const office = officeGlobal();
  const value = kind === 'html' ? office?.CoercionType?.Html : office?.CoercionType?.Text;
  return (value ?? kind) as Office.CoercionType;
}
