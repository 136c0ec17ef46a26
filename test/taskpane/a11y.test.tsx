/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { REGISTER_KEY } from '../../src/playground/simulated-mailbox';
import { composeItem, enquiryItem, makeMailbox, memoryStore, renderPane } from './helpers';

expect.extend(toHaveNoViolations);

describe('task pane accessibility', () => {
  it('has no axe violations with findings and fix buttons', async () => {
    const { mailbox } = makeMailbox('compose', composeItem({ body: 'the Council will refund you, late at night' }));
    const { container } = renderPane(mailbox);
    await screen.findByRole('article', { name: 'Bcc use' });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no axe violations in the error state', async () => {
    const { mailbox } = makeMailbox('compose', composeItem());
    mailbox.failNext('body.getAsync');
    const { container } = renderPane(mailbox);
    await screen.findByRole('button', { name: 'Retry' });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no axe violations in read mode with a deadline and tracked enquiries', async () => {
    const storage = memoryStore();
    const { mailbox } = makeMailbox('read', enquiryItem(), storage);
    const { container } = renderPane(mailbox);
    await userEvent.click(await screen.findByRole('button', { name: 'Start reminder' }));
    await screen.findByText('Reminder on');
    expect(storage.getItem(REGISTER_KEY)).not.toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('reaches every fix button with the keyboard and activates it with Enter', async () => {
    const { mailbox } = makeMailbox('compose', composeItem());
    renderPane(mailbox);
    const move = await screen.findByRole('button', { name: 'Move to Cc' });
    const user = userEvent.setup();
    // Check again, then the first fix.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check again' })).toHaveFocus();
    await user.tab();
    expect(move).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('All clear')).toBeInTheDocument();
  });
});
