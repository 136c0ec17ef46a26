export { parseThread } from './parse-thread';
export { htmlToText } from './html-to-text';
