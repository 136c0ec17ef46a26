import { resolvePolicy } from '../../../src/engine/model/policy';
import { createPartyResolver } from '../../../src/engine/people/resolve-party';

const policy = resolvePolicy({
  council: 'Northdown District Council',
  officerDomains: ['northdown.gov.uk'],
  councillors: [{ name: 'Ann Lee', email: 'ann.lee@northdown.gov.uk', aliases: ['ann.lee@example.net'] }],
  councillorLists: ['all.members@northdown.gov.uk'],
  councillorAddressPatterns: ['Cllr.*@northdown.gov.uk', 'member?@parish.org.uk'],
  recordAddresses: ['councillor.casework@northdown.gov.uk'],
});
const resolve = createPartyResolver(policy);
const role = (email: string, name?: string) => resolve({ email, name }).role;

describe('who is who (RULES.md order)', () => {
  it('finds directory councillors by address and alias, whatever the case', () => {
    expect(role('ANN.LEE@northdown.gov.uk')).toBe('councillor');
    expect(role('ann.lee@example.net')).toBe('councillor');
  });

  it('treats distribution lists as lists, not people', () => {
    expect(role('all.members@northdown.gov.uk')).toBe('councillor-list');
  });

  it('matches address globs case-insensitively: * is any run, ? one character', () => {
    expect(role('cllr.tom.cox@northdown.gov.uk')).toBe('councillor');
    expect(role('CLLR.X@NORTHDOWN.GOV.UK')).toBe('councillor');
    expect(role('member1@parish.org.uk')).toBe('councillor');
    expect(role('member12@parish.org.uk')).not.toBe('councillor');
    expect(role('cllr.tom.cox@northdown.gov.uk.evil.example')).not.toBe('councillor');
  });

  it('keeps a records mailbox as the council own even when it fits a councillor pattern', () => {
    expect(role('councillor.casework@northdown.gov.uk')).toBe('officer');
  });

  it('recognises officers by their exact domain only', () => {
    expect(role('sam.officer@northdown.gov.uk')).toBe('officer');
    expect(role('someone@northdown.gov.uk.example.com')).not.toBe('officer');
  });

  it('recognises a councillor by title when the policy allows it', () => {
    expect(role('tom@example.org', 'Cllr Tom Cox')).toBe('councillor');
    expect(role('pat@example.org', 'Pat Resident')).not.toBe('councillor');
  });
});
