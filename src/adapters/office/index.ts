/**
 * The Office adapter: the only code that touches Office.js. The task pane gets a MailboxPort from
 * `createOfficeMailbox()`; the Smart Alerts file uses the read and record helpers directly.
 */
export { OfficeMailbox, createOfficeMailbox, officeMailboxReady, parseLaunchContext } from './office-mailbox';
export { createLimiter, callAsync, type Limiter } from './office-async';
export { readComposeDraft, readReceivedDraft, inferComposeKind, type DraftSnapshot } from './read-draft';
export { recordPrefilled, readPrefilled, PREFILLED_KEY } from './prefilled';
export { applyFixToItem } from './apply-fix';
export { cachedPolicy, embeddedPolicy, roamingPolicyCache, sendCheckPolicy, POLICY_SETTING } from './policy-cache';
export { TRACKING_CATEGORY, TRACKING_PROPERTY, REGISTER_SETTING } from './tracking';
