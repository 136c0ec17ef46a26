export { emlToDraft, MailParseError } from './eml-to-draft';
