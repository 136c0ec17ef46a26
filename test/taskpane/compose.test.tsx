/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MailboxError } from '../../src/adapters/mailbox/port';
import { CLLR_HARGREAVES, composeItem, makeMailbox, renderPane } from './helpers';

describe('task pane in compose mode', () => {
  it('groups findings by severity and shows rule, clause, message and evidence', async () => {
    const { mailbox } = makeMailbox('compose', composeItem({ body: 'Dear Mr Sloane,\n\nthe Council will refund the fee. I write late at night.\n' }));
    renderPane(mailbox);

    const mustFix = await screen.findByRole('region', { name: /must fix \(1\)/i });
    const bcc = within(mustFix).getByRole('article', { name: 'Bcc use' });
    expect(within(bcc).getByText('Woking 11.3')).toBeInTheDocument();
    expect(within(bcc).getByText(/copied in silently/)).toBeInTheDocument();
    expect(within(bcc).getByText(`${CLLR_HARGREAVES.name} <${CLLR_HARGREAVES.email}>`)).toBeInTheDocument();

    const shouldFix = screen.getByRole('region', { name: /should fix \(1\)/i });
    const obligation = within(shouldFix).getByRole('article', { name: 'Obligation in councillor name' });
    expect(within(obligation).getByText('Woking 11.4')).toBeInTheDocument();
    expect(within(obligation).getByText('the Council will refund')).toBeInTheDocument();
    expect(within(obligation).queryByRole('button')).not.toBeInTheDocument();

    const advice = screen.getByRole('region', { name: /advice \(1\)/i });
    expect(within(advice).getByRole('article', { name: 'Out of hours' })).toBeInTheDocument();

    // Most severe group first, in document order.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Must fix (1)', 'Should fix (1)', 'Advice (1)']);
    expect(screen.getByRole('status')).toHaveTextContent('2 issues to review before sending, plus 1 piece of advice.');
    expect(screen.getByText(/Larkfield Borough Council · Woking protocol/)).toBeInTheDocument();
  });

  it('applies a fix through the port, re-checks, and the finding disappears', async () => {
    const { mailbox } = makeMailbox('compose', composeItem());
    const applyFix = jest.spyOn(mailbox, 'applyFix');
    renderPane(mailbox);

    const button = await screen.findByRole('button', { name: 'Move to Cc' });
    await userEvent.click(button);

    await waitFor(() => expect(screen.queryByRole('article', { name: 'Bcc use' })).not.toBeInTheDocument());
    expect(applyFix).toHaveBeenCalledWith(expect.objectContaining({ kind: 'move-bcc-to-cc' }));
    // The simulated mailbox really moved the recipient.
    expect(mailbox.snapshot.bcc).toEqual([]);
    expect(mailbox.snapshot.cc).toEqual([CLLR_HARGREAVES]);
    expect(screen.getByText('All clear')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Done: Move to Cc.');
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('shows the all-clear state when nothing is flagged', async () => {
    const { mailbox } = makeMailbox('compose', composeItem({ bcc: [] }));
    renderPane(mailbox);
    expect(await screen.findByText('All clear')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('All clear: nothing to change before sending.');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows a loading state until the first result', async () => {
    const { mailbox } = makeMailbox('compose', composeItem({ bcc: [] }), undefined, 20);
    renderPane(mailbox);
    expect(screen.getByRole('status')).toHaveTextContent('Checking your message…');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('All clear')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  });

  it('names the failing Office call and recovers on Retry', async () => {
    const { mailbox } = makeMailbox('compose', composeItem());
    mailbox.failNext('to.getAsync', 'Outlook is busy.');
    renderPane(mailbox);

    expect(await screen.findByText('to.getAsync failed: Outlook is busy.')).toBeInTheDocument();
    expect(screen.getByText('Couldn’t read the message from Outlook')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article', { name: 'Bcc use' })).toBeInTheDocument();
    expect(screen.queryByText(/to\.getAsync failed/)).not.toBeInTheDocument();
  });

  it('reports a failed fix with its operation, keeps the finding, and Retry applies it again', async () => {
    const { mailbox } = makeMailbox('compose', composeItem());
    const real = mailbox.applyFix.bind(mailbox);
    const applyFix = jest
      .spyOn(mailbox, 'applyFix')
      .mockRejectedValueOnce(new MailboxError('bcc.setAsync', 'The item is read-only.'))
      .mockImplementation(real);
    renderPane(mailbox);

    await userEvent.click(await screen.findByRole('button', { name: 'Move to Cc' }));
    expect(await screen.findByText('bcc.setAsync failed: The item is read-only.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Bcc use' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Bcc use' })).not.toBeInTheDocument());
    expect(applyFix).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/bcc\.setAsync failed/)).not.toBeInTheDocument();
  });

  it('re-checks when the port reports that the item changed', async () => {
    const { mailbox } = makeMailbox('compose', composeItem({ bcc: [] }));
    renderPane(mailbox);
    expect(await screen.findByText('All clear')).toBeInTheDocument();
    act(() => mailbox.edit({ bcc: [CLLR_HARGREAVES] }));
    expect(await screen.findByRole('article', { name: 'Bcc use' })).toBeInTheDocument();
  });

  it('reports rules that could not run instead of claiming all clear', async () => {
    const { mailbox } = makeMailbox('compose', composeItem({ bcc: [] }));
    renderPane(mailbox, () => ({ findings: [], deadline: null, failures: [{ rule: 'bcc-use', error: 'boom' }] }));
    expect(await screen.findByText('Some checks could not run')).toBeInTheDocument();
    expect(screen.getByText(/bcc-use/)).toBeInTheDocument();
    expect(screen.queryByText('All clear')).not.toBeInTheDocument();
  });
});
