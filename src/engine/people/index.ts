export { createPartyResolver, type PartyResolver } from './resolve-party';
export { normaliseName, hasCouncillorTitle } from './normalise-name';
export { parseAddressList } from './parse-address-list';
