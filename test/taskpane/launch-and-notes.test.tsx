/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { SimulatedMailbox } from '../../src/playground/simulated-mailbox';
import { sendCheckContext } from '../../src/playground/items';
import { clock, composeItem, enquiryItem, makeMailbox, memoryStore, renderPane } from './helpers';

expect.extend(toHaveNoViolations);

const POLICY = { council: 'Larkfield Borough Council', protocol: 'woking' } as const;

describe('pane opened by the Send check’s Review button', () => {
  function heldPane(rules: string[]) {
    const mailbox = new SimulatedMailbox({
      mode: 'compose',
      item: composeItem({ body: 'Dear Cllr Rao,\n\nthe Council will refund the fee.\n\nDaniel' }),
      storage: memoryStore(),
      clock,
      policy: POLICY,
      launchContext: { source: 'smart-alerts', rules },
    });
    return { mailbox, view: renderPane(mailbox) };
  }

  it('says which rules held the message, marks their findings, and says when they are fixed', async () => {
    const { view } = heldPane(['bcc-use']);
    const bar = await screen.findByTestId('send-hold');
    expect(within(bar).getByText('Held at Send')).toBeInTheDocument();
    expect(bar).toHaveTextContent('Outlook stopped this message at Send for: Bcc use. Fix it below');
    const bcc = screen.getByRole('article', { name: 'Bcc use' });
    expect(within(bcc).getByText('Flagged at Send')).toBeInTheDocument();
    // A finding the Send check did not stop the message for is not marked.
    const obligation = screen.getByRole('article', { name: 'Obligation in councillor name' });
    expect(within(obligation).queryByText('Flagged at Send')).not.toBeInTheDocument();
    expect(await axe(view.container)).toHaveNoViolations();

    await userEvent.click(within(bcc).getByRole('button', { name: 'Move to Cc' }));
    await waitFor(() => expect(screen.getByTestId('send-hold')).toHaveTextContent('Ready to send again'));
    expect(screen.getByTestId('send-hold')).toHaveTextContent('Press Send again');
  });

  it('shows nothing about Send when opened from the ribbon', async () => {
    const { mailbox } = makeMailbox('compose', composeItem());
    renderPane(mailbox);
    await screen.findByRole('article', { name: 'Bcc use' });
    expect(screen.queryByTestId('send-hold')).not.toBeInTheDocument();
    expect(screen.queryByText('Flagged at Send')).not.toBeInTheDocument();
  });

  it('the playground’s simulated Send check hands over the flagged rules, most severe first', async () => {
    const item = composeItem();
    const context = await sendCheckContext(item, { ...POLICY, councillors: [{ name: 'Tom Hargreaves', email: 'cllr.tom.hargreaves@larkfield.gov.uk' }] }, clock());
    expect(context?.source).toBe('smart-alerts');
    expect(context?.rules).toContain('bcc-use');
    expect((await sendCheckContext(composeItem({ bcc: [] }), POLICY, clock()))?.rules ?? []).not.toContain('bcc-use');
  });
});

describe('reminders the mailbox could not set', () => {
  it('lists the mailbox’s notes after Start reminder', async () => {
    const { mailbox } = makeMailbox('read', enquiryItem());
    const real = mailbox.startReminder.bind(mailbox);
    jest.spyOn(mailbox, 'startReminder').mockImplementation(async (deadline) => ({
      ...(await real(deadline)),
      notes: ['The follow-up flag was not set (the mailbox refused the request).'],
    }));
    const view = renderPane(mailbox);
    const card = await screen.findByRole('region', { name: 'Reply deadline' });
    await userEvent.click(within(card).getByRole('button', { name: 'Start reminder' }));
    expect(await within(card).findByText('Some reminders could not be set')).toBeInTheDocument();
    expect(within(card).getByText('The follow-up flag was not set (the mailbox refused the request).')).toBeInTheDocument();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('shows no notes when every reminder was set', async () => {
    const { mailbox } = makeMailbox('read', enquiryItem());
    renderPane(mailbox);
    const card = await screen.findByRole('region', { name: 'Reply deadline' });
    await userEvent.click(within(card).getByRole('button', { name: 'Start reminder' }));
    await within(card).findByText('Reminder on');
    expect(within(card).queryByText('Some reminders could not be set')).not.toBeInTheDocument();
  });
});
