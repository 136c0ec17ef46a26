import type { PolicyFile } from '../../src/engine/model/policy';

/**
 * The fictional council every rule case runs against unless a case overrides fields.
 * Councillors on the council domain, one on a members subdomain, one with a private alias.
 */
export const TEST_COUNCIL: PolicyFile = {
  council: 'Northdown District Council',
  protocol: 'model',
  timeZone: 'Europe/London',
  holidayRegion: 'GB-ENG',
  workingHours: { start: '09:00', end: '17:00' },
  workingDays: [1, 2, 3, 4, 5],
  officerDomains: ['northdown.gov.uk'],
  councillors: [
    { name: 'Alice Brown', email: 'cllr.alice.brown@northdown.gov.uk', roles: ['leader'], ward: 'Eastfield' },
    { name: 'Brian Cole', email: 'cllr.brian.cole@northdown.gov.uk', roles: ['cabinet'], ward: 'Westmoor' },
    { name: 'Carol Davies', email: 'carol.davies@members.northdown.gov.uk', aliases: ['carol.d.home@example.net'], ward: 'Riverside' },
    { name: 'Dev Patel', email: 'cllr.dev.patel@northdown.gov.uk', roles: ['deputy-leader'], ward: 'Hilltop' },
    { name: 'Erin Evans', email: 'cllr.erin.evans@northdown.gov.uk', ward: 'Millford' },
  ],
  councillorLists: ['all.councillors@northdown.gov.uk'],
  recordAddresses: ['casework@northdown.gov.uk'],
  responseDays: { default: 5, byRole: { leader: 2 }, urgent: 1 },
};
