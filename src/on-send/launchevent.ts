/// <reference types="office-js" />
/**
 * Entry of the separately built launch-event file (dist/launchevent.js). Classic Outlook on Windows
 * loads it directly into a JavaScript-only runtime; the web, Mac and new Outlook load it from
 * launchevent.html. Either way the handlers are registered with Office.actions.associate — without
 * that, a SoftBlock add-in would stop every Send.
 */
import { onMessageSendHandler, onNewMessageComposeHandler } from './send-check';

if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
  Office.actions.associate('onNewMessageComposeHandler', onNewMessageComposeHandler);
}
