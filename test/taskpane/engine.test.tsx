/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkDraft } from '../../src/engine';
import { renderPane, sampleMailbox } from './helpers';

/** The pane with the real engine over a bundled sample: what the playground shows. */
describe('task pane with the real engine', () => {
  it('flags the blind-copied councillor with its clause and moves them to Cc', async () => {
    const mailbox = sampleMailbox('sample-bcc-councillor');
    renderPane(mailbox, checkDraft);

    const finding = await screen.findByRole('article', { name: 'Bcc use' });
    expect(within(finding).getByText('Woking 11.3')).toBeInTheDocument();
    expect(within(finding).getByText(/cllr\.tom\.hargreaves@larkfield\.gov\.uk/)).toBeInTheDocument();

    const move = within(finding).getAllByRole('button')[0];
    await userEvent.click(move);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Bcc use' })).not.toBeInTheDocument());
    expect(mailbox.snapshot.bcc).toEqual([]);
    expect(mailbox.snapshot.cc.map((a) => a.email)).toContain('cllr.tom.hargreaves@larkfield.gov.uk');
  });
});
