export { emlToDraft, parseMail, MailParseError, type ParsedMail } from './eml-to-draft';
