/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import type { PolicySource } from '../../src/adapters/policy';
import { SimulatedMailbox, type SimulatedItem } from '../../src/playground/simulated-mailbox';
import type { MailboxMode } from '../../src/adapters/mailbox/port';
import { clock, composeItem, enquiryItem, memoryStore, renderPane } from './helpers';

expect.extend(toHaveNoViolations);

const COUNCIL = { council: 'Larkfield Borough Council', protocol: 'woking' } as const;

function paneWith(mode: MailboxMode, item: SimulatedItem, policySource?: PolicySource, withPolicy = true) {
  const mailbox = new SimulatedMailbox({ mode, item, storage: memoryStore(), clock, ...(withPolicy ? { policy: COUNCIL } : {}), ...(policySource ? { policySource } : {}) });
  return renderPane(mailbox);
}

const CACHED: PolicySource = {
  kind: 'cached',
  url: 'https://addin.example.org/policy.json',
  fetchedAt: '2025-11-20T08:15:00Z',
  reason: 'the policy at https://addin.example.org/policy.json did not arrive in time',
};

describe('policy fallback notice', () => {
  it('says a saved copy is in use, why, and when it was saved, above the findings', async () => {
    const { container } = paneWith('compose', composeItem(), CACHED);
    await screen.findByRole('article', { name: 'Bcc use' });
    const notice = screen.getByTestId('policy-notice');
    expect(within(notice).getByText('Using a saved copy of the council’s policy')).toBeInTheDocument();
    expect(notice).toHaveTextContent('The policy at https://addin.example.org/policy.json did not arrive in time.');
    expect(notice).toHaveTextContent('Checks use the copy saved on 20 Nov, which may be out of date.');
    // It comes before the findings in reading order.
    const article = screen.getByRole('article', { name: 'Bcc use' });
    expect(notice.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when no council policy could be loaded and the defaults are in use', async () => {
    paneWith('compose', composeItem({ bcc: [] }), undefined, false);
    await screen.findByText('All clear');
    const notice = screen.getByTestId('policy-notice');
    expect(within(notice).getByText('The council’s policy is not loaded')).toBeInTheDocument();
    expect(notice).toHaveTextContent('No council policy file is deployed.');
    expect(notice).toHaveTextContent(/default rules built into Protocol Guard/);
  });

  it('shows the notice in read mode too', async () => {
    paneWith('read', enquiryItem(), { kind: 'default', reason: 'the policy at policy.json is invalid (/protocol must be one of the presets)' });
    await screen.findByRole('region', { name: 'Reply deadline' });
    expect(screen.getByTestId('policy-notice')).toHaveTextContent('The policy at policy.json is invalid (/protocol must be one of the presets).');
  });

  it('shows nothing when the deployed policy was fetched', async () => {
    paneWith('compose', composeItem(), { kind: 'fresh', url: 'policy.json' });
    await screen.findByRole('article', { name: 'Bcc use' });
    expect(screen.queryByTestId('policy-notice')).not.toBeInTheDocument();
  });
});
