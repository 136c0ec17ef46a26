/// <reference types="office-js" />
/**
 * Microsoft Graph follow-up flag on the enquiry, only when the council's policy names an Entra app
 * (`graph.clientId`). Tokens come through nested app authentication, so the user signs in once
 * with the account Outlook already has. Loaded on demand: MSAL never reaches the initial pane
 * bundle or the Smart Alerts file.
 */
import { MailboxError } from '../mailbox/port';
import { mailbox, officeGlobal, supportsSet } from './host';

export interface GraphSettings {
  readonly clientId: string;
  readonly authority?: string;
}

const SCOPES = ['Mail.ReadWrite'];
const GRAPH = 'https://graph.microsoft.com/v1.0';

async function accessToken(settings: GraphSettings): Promise<string> {
  if (!supportsSet('NestedAppAuth', '1.1')) {
    throw new MailboxError('graph.token', 'this version of Outlook does not support nested app authentication');
  }
  const msal = await import('@azure/msal-browser');
  const app = await msal.createNestablePublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority ?? 'https://login.microsoftonline.com/common' },
  });
  try {
    const silent = await app.acquireTokenSilent({ scopes: SCOPES });
    return silent.accessToken;
  } catch {
    const interactive = await app.acquireTokenPopup({ scopes: SCOPES });
    return interactive.accessToken;
  }
}

/** Graph wants a REST id; Office.js hands out EWS ids. */
function restId(ewsId: string): string {
  const office = officeGlobal();
  const v2 = office?.MailboxEnums?.RestVersion?.v2_0 ?? ('v2.0' as Office.MailboxEnums.RestVersion);
  return mailbox().convertToRestId(ewsId, v2);
}

function utc(date: Date): { dateTime: string; timeZone: string } {
  return { dateTime: date.toISOString().replace(/Z$/, ''), timeZone: 'UTC' };
}

async function patchFlag(settings: GraphSettings, itemId: string, flag: Record<string, unknown>): Promise<void> {
  const token = await accessToken(settings);
  const response = await fetch(`${GRAPH}/me/messages/${encodeURIComponent(restId(itemId))}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ flag }),
  });
  if (!response.ok) throw new MailboxError('graph.flag', `Microsoft Graph answered ${response.status}`);
}

export function flagForFollowUp(settings: GraphSettings, itemId: string, start: Date, due: Date): Promise<void> {
  return patchFlag(settings, itemId, { flagStatus: 'flagged', startDateTime: utc(start), dueDateTime: utc(due) });
}

export function completeFlag(settings: GraphSettings, itemId: string, when: Date): Promise<void> {
  return patchFlag(settings, itemId, { flagStatus: 'complete', completedDateTime: utc(when) });
}
