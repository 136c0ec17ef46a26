/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TrackedEnquiry } from '../../src/adapters/mailbox/port';
import { REGISTER_KEY } from '../../src/playground/simulated-mailbox';
import { composeItem, DEADLINE, enquiryItem, makeMailbox, memoryStore, renderPane } from './helpers';

function tracked(patch: Partial<TrackedEnquiry>): TrackedEnquiry {
  return {
    itemId: 'x',
    subject: 'Subject',
    from: 'Cllr Someone',
    receivedAt: '2025-11-25T10:12:00Z',
    due: '2025-12-02T17:00:00+00:00',
    dueDate: '2025-12-02',
    workingDays: 5,
    clause: 'Woking 2.4–2.5',
    status: 'open',
    startedAt: '2025-11-25T11:00:00Z',
    reminders: ['calendar'],
    ...patch,
  };
}

describe('task pane in read mode', () => {
  it('shows the deadline card with due time, working days, clause and where it stands', async () => {
    const { mailbox } = makeMailbox('read', enquiryItem());
    renderPane(mailbox);
    const card = await screen.findByRole('region', { name: 'Reply deadline' });
    expect(within(card).getByText('Reply due Tue 2 Dec, 17:00 — 5 working days (Woking 2.4–2.5)')).toBeInTheDocument();
    expect(within(card).getByText("Why: the council's default response time")).toBeInTheDocument();
    // Received Tue 25 Nov; now is Thu 27 Nov.
    expect(within(card).getByText(/Day 2 of 5/)).toHaveTextContent('Day 2 of 5 · 3 working days left');
    expect(within(card).getByRole('button', { name: 'Draft interim reply' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reply due Tue 2 Dec, 17:00: 3 working days left.');
  });

  it('starts a reminder, reads it back from the mailbox, and keeps it after a reload', async () => {
    const storage = memoryStore();
    const first = makeMailbox('read', enquiryItem(), storage);
    const view = renderPane(first.mailbox);
    await userEvent.click(await screen.findByRole('button', { name: 'Start reminder' }));

    const card = screen.getByRole('region', { name: 'Reply deadline' });
    expect(await within(card).findByText('Reminder on')).toBeInTheDocument();
    expect(within(card).getByText(/Tracking since 27 Nov/)).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Start reminder' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Reminder started.');
    const register = JSON.parse(storage.data.get(REGISTER_KEY) ?? '[]') as TrackedEnquiry[];
    expect(register).toEqual([expect.objectContaining({ itemId: 'enquiry-1', status: 'open', due: DEADLINE.due })]);
    expect(first.mailbox.snapshot.categories).toContain('Protocol Guard: reply due');

    // A reload: a new pane over a new mailbox object; only storage carries the state.
    view.unmount();
    const second = makeMailbox('read', enquiryItem(), storage);
    renderPane(second.mailbox);
    const again = await screen.findByRole('region', { name: 'Reply deadline' });
    expect(await within(again).findByText('Reminder on')).toBeInTheDocument();
    const list = screen.getByRole('region', { name: /Enquiries you are tracking \(1\)/ });
    expect(within(list).getByRole('heading', { name: 'Broken railings on the Canal Walk footbridge' })).toBeInTheDocument();

    await userEvent.click(within(again).getByRole('button', { name: 'Mark replied' }));
    expect(await within(again).findByText('Replied')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Enquiries you are tracking \(0\)/ })).toBeInTheDocument();
  });

  it('lists open tracked enquiries with days left, overdue first', async () => {
    const storage = memoryStore();
    storage.setItem(
      REGISTER_KEY,
      JSON.stringify([
        tracked({ itemId: 'a', subject: 'Due next week', receivedAt: '2025-11-26T09:30:00Z', due: '2025-12-03T17:00:00+00:00' }),
        tracked({ itemId: 'b', subject: 'Long overdue', receivedAt: '2025-11-12T09:30:00Z', due: '2025-11-19T17:00:00+00:00' }),
        tracked({ itemId: 'c', subject: 'Already answered', status: 'replied', repliedAt: '2025-11-20T10:00:00Z' }),
      ]),
    );
    const { mailbox } = makeMailbox('read', enquiryItem({ from: { name: 'Resident', email: 'someone@example.net' } }), storage);
    renderPane(mailbox);
    const list = await screen.findByRole('region', { name: /Enquiries you are tracking \(2\)/ });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual(['Long overdue', 'Due next week']);
    expect(within(items[0]).getByText('Overdue')).toBeInTheDocument();
    expect(within(items[0]).getByText(/Overdue by 6 working days/)).toBeInTheDocument();
    expect(within(items[1]).getByText('4 working days left')).toBeInTheDocument();
    expect(within(items[1]).getByRole('button', { name: 'Mark replied: Due next week' })).toBeInTheDocument();
    // Not an enquiry: no deadline card.
    expect(screen.queryByRole('region', { name: 'Reply deadline' })).not.toBeInTheDocument();
    expect(screen.getByText(/no reply deadline applies/)).toBeInTheDocument();
  });

  it('in a reply to a tracked enquiry, says where it stands', async () => {
    const storage = memoryStore();
    storage.setItem(REGISTER_KEY, JSON.stringify([tracked({ itemId: 'enquiry-1', from: 'Cllr Sunita Rao', internetMessageId: '<canal-walk.1@larkfield.gov.uk>', receivedAt: '2025-11-24T10:00:00Z', due: '2025-12-01T17:00:00+00:00' })]));
    const { mailbox } = makeMailbox('compose', composeItem({ bcc: [], inReplyTo: '<canal-walk.1@larkfield.gov.uk>' }), storage);
    renderPane(mailbox);
    expect(await screen.findByText('Day 3 of 5')).toBeInTheDocument();
    expect(screen.getByText(/Replying to Cllr Sunita Rao’s enquiry of 24 Nov, due Mon 1 Dec, 17:00/)).toBeInTheDocument();
  });

  it('marks a reply to an overdue enquiry as overdue', async () => {
    const storage = memoryStore();
    storage.setItem(REGISTER_KEY, JSON.stringify([tracked({ itemId: 'e', conversationId: 'conv-1', receivedAt: '2025-11-17T10:00:00Z', due: '2025-11-24T17:00:00+00:00' })]));
    const { mailbox } = makeMailbox('compose', composeItem({ bcc: [], conversationId: 'conv-1' }), storage);
    renderPane(mailbox);
    expect(await screen.findByText('Day 8 of 5 — overdue')).toBeInTheDocument();
    expect(screen.getByText(/Overdue by 3 working days/)).toBeInTheDocument();
  });

  it('opens an interim reply through the port', async () => {
    const { mailbox } = makeMailbox('read', enquiryItem());
    const interim = jest.spyOn(mailbox, 'draftInterimReply');
    renderPane(mailbox);
    await userEvent.click(await screen.findByRole('button', { name: 'Draft interim reply' }));
    expect(interim).toHaveBeenCalledWith(DEADLINE);
    expect(await screen.findByText(/Interim reply opened\./)).toBeInTheDocument();
  });
});
