/// <reference types="office-js" />
import type { Address, Fix, RecipientField } from '../../engine';
import { MailboxError } from '../mailbox/port';
import { detailsToEmailUser, sameAddress, toEmailUser } from './addresses';
import { callAsync, type Limiter } from './office-async';
import { coercion, supportsMailbox, type OfficeItem } from './host';
import { insertAboveQuote, notationHtml, replaceInNewPlainText, replaceInNewText, findTextQuoteStart } from './html-text';

/** Carry out one engine fix on the open draft (compose mode only). */
export async function applyFixToItem(item: OfficeItem, fix: Fix, limit: Limiter): Promise<void> {
  switch (fix.kind) {
    case 'move-bcc-to-cc':
      return moveBccToCc(item, fix.recipients, limit);
    case 'remove-recipient':
      return removeRecipient(item, fix.field, fix.recipient, limit);
    case 'insert-notation':
      return insertNotation(item, fix.text, limit);
    case 're-sign':
      return replaceInBody(item, fix.signOff, fix.replacement, true, limit);
    case 'replace-phrase':
      return replaceInBody(item, fix.phrase, fix.replacement, false, limit);
    case 'delay-delivery':
      return delayDelivery(item, fix.until, limit);
    default: {
      const unknown: never = fix;
      throw new MailboxError('applyFix', `unknown fix ${(unknown as { kind?: string }).kind ?? ''}`);
    }
  }
}

function recipients(item: OfficeItem, field: RecipientField): Office.Recipients {
  return item[field];
}

async function getField(item: OfficeItem, field: RecipientField, limit: Limiter): Promise<Office.EmailAddressDetails[]> {
  return limit(() => callAsync<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => recipients(item, field).getAsync(cb)));
}

async function setField(item: OfficeItem, field: RecipientField, list: Office.EmailUser[], limit: Limiter): Promise<void> {
  await limit(() => callAsync<void>(`${field}.setAsync`, (cb) => recipients(item, field).setAsync(list, cb)));
}

/** Add to Cc first, then take out of Bcc: a failure half-way never loses a recipient. */
async function moveBccToCc(item: OfficeItem, moving: readonly Address[], limit: Limiter): Promise<void> {
  const [bcc, cc] = await Promise.all([getField(item, 'bcc', limit), getField(item, 'cc', limit)]);
  const asAddress = (d: Office.EmailAddressDetails): Address => ({ name: d.displayName, email: d.emailAddress });
  // Move the Bcc entries as Outlook holds them (resolved name and address), not the engine's copy.
  const targets = moving.length ? moving.map((a) => bcc.map(asAddress).find((b) => sameAddress(a, b)) ?? a) : bcc.map(asAddress);
  const toAdd = targets.filter((a) => !cc.some((d) => sameAddress(a, asAddress(d))));
  if (toAdd.length) {
    await limit(() => callAsync<void>('cc.addAsync', (cb) => item.cc.addAsync(toAdd.map(toEmailUser), cb)));
  }
  const remaining = bcc.filter((d) => !targets.some((a) => sameAddress(a, asAddress(d))));
  await setField(item, 'bcc', remaining.map(detailsToEmailUser), limit);
}

async function removeRecipient(item: OfficeItem, field: RecipientField, recipient: Address, limit: Limiter): Promise<void> {
  const list = await getField(item, field, limit);
  const remaining = list.filter((d) => !sameAddress(recipient, { name: d.displayName, email: d.emailAddress }));
  if (remaining.length === list.length) {
    throw new MailboxError(`${field}.setAsync`, `${recipient.email ?? recipient.name ?? 'that recipient'} is no longer in ${field.toUpperCase()}`);
  }
  await setField(item, field, remaining.map(detailsToEmailUser), limit);
}

async function bodyType(item: OfficeItem, limit: Limiter): Promise<'html' | 'text'> {
  if (typeof item.body.getTypeAsync !== 'function') return 'html';
  const type = await limit(() => callAsync<Office.CoercionType>('body.getTypeAsync', (cb) => item.body.getTypeAsync(cb)));
  return String(type).toLowerCase() === 'text' ? 'text' : 'html';
}

async function getBody(item: OfficeItem, type: 'html' | 'text', limit: Limiter): Promise<string> {
  return limit(() => callAsync<string>('body.getAsync', (cb) => item.body.getAsync(coercion(type), cb)));
}

async function setBody(item: OfficeItem, type: 'html' | 'text', value: string, limit: Limiter): Promise<void> {
  await limit(() => callAsync<void>('body.setAsync', (cb) => item.body.setAsync(value, { coercionType: coercion(type) }, cb)));
}

/**
 * The notation goes directly above the quoted history, so it reads as part of this message. A body
 * with no quote gets it at the top through prependAsync, which leaves the rest of the body alone.
 */
async function insertNotation(item: OfficeItem, text: string, limit: Limiter): Promise<void> {
  const type = await bodyType(item, limit);
  const body = await getBody(item, type, limit);
  if (type === 'html') {
    const updated = insertAboveQuote(body, notationHtml(text));
    if (updated !== undefined) return setBody(item, type, updated, limit);
    await limit(() => callAsync<void>('body.prependAsync', (cb) => item.body.prependAsync(notationHtml(text), { coercionType: coercion('html') }, cb)));
    return;
  }
  const at = findTextQuoteStart(body);
  if (at >= 0) return setBody(item, type, `${body.slice(0, at)}${text}\n\n${body.slice(at)}`, limit);
  await limit(() => callAsync<void>('body.prependAsync', (cb) => item.body.prependAsync(`${text}\n\n`, { coercionType: coercion('text') }, cb)));
}

async function replaceInBody(item: OfficeItem, find: string, replacement: string, last: boolean, limit: Limiter): Promise<void> {
  const type = await bodyType(item, limit);
  const body = await getBody(item, type, limit);
  const updated = type === 'html' ? replaceInNewText(body, find, replacement, { last }) : replaceInNewPlainText(body, find, replacement, { last });
  if (updated === undefined) throw new MailboxError('body.setAsync', `"${find}" is no longer in the message`);
  await setBody(item, type, updated, limit);
}

/** Mailbox 1.13 lets an add-in set delayed delivery; older clients cannot, and we say so. */
async function delayDelivery(item: OfficeItem, until: string, limit: Limiter): Promise<void> {
  const when = new Date(until);
  if (Number.isNaN(when.getTime())) throw new MailboxError('delayDeliveryTime.setAsync', `not a date: ${until}`);
  const target = (item as unknown as { delayDeliveryTime?: Office.DelayDeliveryTime }).delayDeliveryTime;
  if (!supportsMailbox('1.13') || !target || typeof target.setAsync !== 'function') {
    throw new MailboxError(
      'delayDeliveryTime.setAsync',
      'this version of Outlook does not let add-ins delay delivery (needs Mailbox 1.13); use Delay Delivery in the message options instead',
    );
  }
  await limit(() => callAsync<void>('delayDeliveryTime.setAsync', (cb) => target.setAsync(when, cb)));
}
