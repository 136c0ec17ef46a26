import { parseThread } from '../../../src/engine/thread';

const lines = (...xs: string[]) => xs.join('\n');

describe('parseThread: no history', () => {
  it('returns an empty thread for an empty body', () => {
    expect(parseThread('')).toEqual({ newText: '', history: [] });
  });

  it('keeps a body without quotes as new text, trailing whitespace trimmed', () => {
    const body = lines('Dear Cllr Amis,', '', 'The gully on Ferry Lane was cleared on Tuesday.', '', 'Regards', 'Nadia', '', '   ', '');
    expect(parseThread(body)).toEqual({
      newText: 'Dear Cllr Amis,\n\nThe gully on Ferry Lane was cleared on Tuesday.\n\nRegards\nNadia',
      history: [],
    });
  });

  it('does not take ordinary "From:" and "To:" lines for a header block', () => {
    const body = lines(
      'Hi Owen,',
      '',
      "From: the resident's point of view, the closure came without warning.",
      'Sent on to the highways team yesterday.',
      '',
      'The consultation runs as follows.',
      'From: 1 April',
      'To: 30 April',
      '',
      'Kind regards',
      'Liz Marr',
      'To: book a surgery slot, call 01632 960 111',
    );
    const thread = parseThread(body);
    expect(thread.history).toEqual([]);
    expect(thread.newText).toBe(body);
  });

  it('does not take an event notice with Date/From/To lines for a header block', () => {
    const body = lines(
      'Dear all,',
      '',
      'Subject: Budget consultation drop-in',
      'Date: Thursday 12 March 2026',
      'From: 6pm',
      'To: 8pm',
      'Venue: Committee Room 2',
      '',
      'Democratic Services',
    );
    expect(parseThread(body)).toEqual({ newText: body, history: [] });
  });

  it('does not take "On Monday the resident wrote:" before plain prose for an attribution', () => {
    const body = lines('Dear Ms Ortiz,', '', 'On Monday the resident wrote:', 'the fence is still down.', '', 'Paul');
    expect(parseThread(body)).toEqual({ newText: body, history: [] });
  });
});

describe('parseThread: Outlook header blocks', () => {
  it('reads "-----Original Message-----" blocks with addresses, Cc lists and several levels', () => {
    const body = lines(
      'Dear Cllr Whitcombe,',
      '',
      'The survey is booked for 12 March. I will send the results.',
      '',
      'Ian Doyle',
      'Housing Officer',
      '',
      '-----Original Message-----',
      'From: Cllr Ruth Whitcombe <ruth.whitcombe@tillbury.gov.uk>',
      'Sent: 03 March 2026 17:02',
      'To: Ian Doyle <ian.doyle@tillbury.gov.uk>',
      'Cc: Cllr Dev Anand <dev.anand@tillbury.gov.uk>; Housing Casework <housing.casework@tillbury.gov.uk>',
      'Subject: RE: Damp at 4 Canal Row',
      '',
      'Ian, any news on a survey date?',
      'Ruth',
      '',
      '-----Original Message-----',
      'From: Ian Doyle <ian.doyle@tillbury.gov.uk>',
      'Sent: 25 February 2026 09:14',
      'To: Cllr Ruth Whitcombe <ruth.whitcombe@tillbury.gov.uk>',
      'Subject: RE: Damp at 4 Canal Row',
      '',
      'Dear Cllr Whitcombe, we will arrange a survey.',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('Dear Cllr Whitcombe,\n\nThe survey is booked for 12 March. I will send the results.\n\nIan Doyle\nHousing Officer');
    expect(thread.history).toEqual([
      {
        from: { name: 'Cllr Ruth Whitcombe', email: 'ruth.whitcombe@tillbury.gov.uk' },
        to: [{ name: 'Ian Doyle', email: 'ian.doyle@tillbury.gov.uk' }],
        cc: [
          { name: 'Cllr Dev Anand', email: 'dev.anand@tillbury.gov.uk' },
          { name: 'Housing Casework', email: 'housing.casework@tillbury.gov.uk' },
        ],
        sent: '03 March 2026 17:02',
        subject: 'RE: Damp at 4 Canal Row',
        text: 'Ian, any news on a survey date?\nRuth',
      },
      {
        from: { name: 'Ian Doyle', email: 'ian.doyle@tillbury.gov.uk' },
        to: [{ name: 'Cllr Ruth Whitcombe', email: 'ruth.whitcombe@tillbury.gov.uk' }],
        cc: [],
        sent: '25 February 2026 09:14',
        subject: 'RE: Damp at 4 Canal Row',
        text: 'Dear Cllr Whitcombe, we will arrange a survey.',
      },
    ]);
  });

  it('reads blocks without a separator, with names only and a rule of underscores above', () => {
    const body = lines(
      'Thanks Kate, I will let the residents know.',
      'Bryn',
      '',
      '________________________________',
      'From: Lloyd, Kate',
      'Sent: Wednesday, March 4, 2026 11:20 AM',
      'To: Evans, Bryn (Cllr); Planning Enforcement',
      'Cc: Price, Mair (Cllr)',
      'Subject: RE: Caravan at Dol Farm',
      '',
      'Dear Cllr Evans,',
      'An enforcement officer visits on Friday.',
      '',
      '________________________________',
      'From: Evans, Bryn (Cllr)',
      'Sent: Monday, March 2, 2026 8:05 PM',
      'To: Planning Enforcement',
      'Subject: Caravan at Dol Farm',
      '',
      'Hello, a caravan has appeared at Dol Farm without consent.',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('Thanks Kate, I will let the residents know.\nBryn');
    expect(thread.history).toHaveLength(2);
    expect(thread.history[0]).toEqual({
      from: { name: 'Lloyd, Kate' },
      to: [{ name: 'Evans, Bryn (Cllr)' }, { name: 'Planning Enforcement' }],
      cc: [{ name: 'Price, Mair (Cllr)' }],
      sent: 'Wednesday, March 4, 2026 11:20 AM',
      subject: 'RE: Caravan at Dol Farm',
      text: 'Dear Cllr Evans,\nAn enforcement officer visits on Friday.',
    });
    expect(thread.history[0].text).not.toContain('____');
    expect(thread.history[1].from).toEqual({ name: 'Evans, Bryn (Cllr)' });
    expect(thread.history[1].to).toEqual([{ name: 'Planning Enforcement' }]);
  });

  it('reads "Name [mailto:addr]" senders', () => {
    const body = lines(
      'Passed to the waste team.',
      '',
      '-----Original Message-----',
      'From: Mr D Kaur [mailto:dkaur61@example.net]',
      'Sent: 19 January 2026 16:12',
      'To: Customer Services',
      'Subject: Missed bin',
      '',
      'My bin was missed again.',
    );
    const [m] = parseThread(body).history;
    expect(m.from).toEqual({ name: 'Mr D Kaur', email: 'dkaur61@example.net' });
    expect(m.to).toEqual([{ name: 'Customer Services' }]);
  });

  it('joins header values that wrap onto following lines', () => {
    const body = lines(
      'See below.',
      '',
      'From: Cllr Harriet Osei-Mensah',
      '<harriet.osei-mensah@members.tillbury.gov.uk>',
      'Sent: 10 February 2026 14:55',
      'To: Licensing Team <licensing@tillbury.gov.uk>; Cllr Tom Pryor <tom.pryor@members.tillbury.gov.uk>;',
      'Cllr Ana Silva <ana.silva@members.tillbury.gov.uk>',
      'Cc: Democratic Services <democratic.services@tillbury.gov.uk>',
      'Subject: Objection to the premises licence application for the Old Granary, Mill',
      'Street',
      '',
      'I wish to object on behalf of residents.',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('See below.');
    expect(thread.history).toEqual([
      {
        from: { name: 'Cllr Harriet Osei-Mensah', email: 'harriet.osei-mensah@members.tillbury.gov.uk' },
        to: [
          { name: 'Licensing Team', email: 'licensing@tillbury.gov.uk' },
          { name: 'Cllr Tom Pryor', email: 'tom.pryor@members.tillbury.gov.uk' },
          { name: 'Cllr Ana Silva', email: 'ana.silva@members.tillbury.gov.uk' },
        ],
        cc: [{ name: 'Democratic Services', email: 'democratic.services@tillbury.gov.uk' }],
        sent: '10 February 2026 14:55',
        subject: 'Objection to the premises licence application for the Old Granary, Mill Street',
        text: 'I wish to object on behalf of residents.',
      },
    ]);
  });

  it('does not swallow a body that starts right under a short Subject line', () => {
    const body = lines(
      'Noted.',
      '',
      'From: Ana Silva <ana.silva@tillbury.gov.uk>',
      'Sent: 10 February 2026 14:55',
      'To: Tom Pryor <tom.pryor@tillbury.gov.uk>',
      'Subject: Ward walk',
      'Tom, are you free on Thursday for the ward walk?',
    );
    const [m] = parseThread(body).history;
    expect(m.subject).toBe('Ward walk');
    expect(m.text).toBe('Tom, are you free on Thursday for the ward walk?');
  });

  it('reads a header block whose body is `>`-prefixed (Outlook "prefix each line")', () => {
    const body = lines(
      'Answer below.',
      '',
      '-----Original Message-----',
      'From: Jo Hart <jo.hart@example.org>',
      'Sent: 02 March 2026 10:00',
      'To: Cllr Ben Ali <ben.ali@tillbury.gov.uk>',
      'Subject: Library hours',
      '',
      '> Why is the library shut on Saturdays now?',
      '> Jo',
    );
    const thread = parseThread(body);
    expect(thread.history).toHaveLength(1);
    expect(thread.history[0].from).toEqual({ name: 'Jo Hart', email: 'jo.hart@example.org' });
    expect(thread.history[0].text).toBe('Why is the library shut on Saturdays now?\nJo');
  });
});

describe('parseThread: forwarded blocks', () => {
  it('reads a Gmail forward (From/Date/Subject/To/Cc) with bare and named addresses', () => {
    const body = lines(
      'Forwarding as discussed.',
      '',
      '---------- Forwarded message ---------',
      'From: Greta Lund <greta.lund@gmail.com>',
      'Date: Sat, 7 Mar 2026 at 11:02',
      'Subject: Hedge on Orchard Way',
      'To: <cllr.patel@tillbury.gov.uk>',
      'Cc: neighbour.one@gmail.com, Sam Webb <sam.webb@outlook.com>',
      '',
      'Dear Cllr Patel, the hedge blocks the pavement.',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('Forwarding as discussed.');
    expect(thread.history).toEqual([
      {
        from: { name: 'Greta Lund', email: 'greta.lund@gmail.com' },
        to: [{ email: 'cllr.patel@tillbury.gov.uk' }],
        cc: [{ email: 'neighbour.one@gmail.com' }, { name: 'Sam Webb', email: 'sam.webb@outlook.com' }],
        sent: 'Sat, 7 Mar 2026 at 11:02',
        subject: 'Hedge on Orchard Way',
        text: 'Dear Cllr Patel, the hedge blocks the pavement.',
      },
    ]);
  });

  it('reads an Apple Mail forward whose header lines are separated by blank lines', () => {
    const body = lines(
      'Over to you, Mark.',
      '',
      'Begin forwarded message:',
      '',
      'From: Rosa Bianchi <rosa@bianchi.me>',
      '',
      'Subject: Noise from the depot',
      '',
      'Date: 6 March 2026 at 22:14:09 GMT',
      '',
      'To: Cllr Lena Ward <lena.ward@tillbury.gov.uk>',
      '',
      '',
      'The reversing alarms start at 5am.',
    );
    const [m] = parseThread(body).history;
    expect(m).toEqual({
      from: { name: 'Rosa Bianchi', email: 'rosa@bianchi.me' },
      to: [{ name: 'Cllr Lena Ward', email: 'lena.ward@tillbury.gov.uk' }],
      cc: [],
      sent: '6 March 2026 at 22:14:09 GMT',
      subject: 'Noise from the depot',
      text: 'The reversing alarms start at 5am.',
    });
  });

  it('reads a Thunderbird block (Subject/Date/From/To order)', () => {
    const body = lines(
      'FYI.',
      '',
      '-------- Original Message --------',
      'Subject: \tBus shelter',
      'Date: \tMon, 2 Mar 2026 09:30:00 +0000',
      'From: \tOwen Rees <owen.rees@example.net>',
      'To: \tcouncillors@tillbury.gov.uk',
      '',
      'The shelter glass is smashed again.',
    );
    const [m] = parseThread(body).history;
    expect(m.from).toEqual({ name: 'Owen Rees', email: 'owen.rees@example.net' });
    expect(m.to).toEqual([{ email: 'councillors@tillbury.gov.uk' }]);
    expect(m.sent).toBe('Mon, 2 Mar 2026 09:30:00 +0000');
    expect(m.subject).toBe('Bus shelter');
    expect(m.text).toBe('The shelter glass is smashed again.');
  });

  it('reads an Outlook forward inside a reply chain', () => {
    const body = lines(
      'Dan - can you pick this up?',
      '',
      'From: Cllr Ama Boateng <ama.boateng@tillbury.gov.uk>',
      'Sent: 05 March 2026 12:00',
      'To: Parks <parks@tillbury.gov.uk>',
      'Subject: FW: Broken swing',
      '',
      'Please see below.',
      '',
      'From: Lucy Fenn <lucy.fenn@example.com>',
      'Sent: 04 March 2026 19:40',
      'To: Cllr Ama Boateng <ama.boateng@tillbury.gov.uk>',
      'Subject: Broken swing',
      '',
      'The swing chain at Elm Park has snapped.',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('Dan - can you pick this up?');
    expect(thread.history.map((m) => m.from?.email)).toEqual(['ama.boateng@tillbury.gov.uk', 'lucy.fenn@example.com']);
    expect(thread.history.map((m) => m.text)).toEqual(['Please see below.', 'The swing chain at Elm Park has snapped.']);
  });
});

describe('parseThread: "On ... wrote:" and `>` quoting', () => {
  it('reads nested `>` levels, newest first, each without the deeper levels', () => {
    const body = lines(
      'Thanks both - I will raise it at committee.',
      'Cllr Ravi Menon',
      '',
      'On Fri, 6 Mar 2026 at 16:20, Helen Price <helen.price@tillbury.gov.uk> wrote:',
      '> Dear Cllr Menon,',
      '>',
      '> The report is attached.',
      '>',
      '> On Thu, 5 Mar 2026 at 09:05, Cllr Ravi Menon <ravi.menon@members.tillbury.gov.uk> wrote:',
      '>> Helen, could you send me the flooding report?',
      '>>',
      '>> On Wed, 4 Mar 2026 at 21:47, Tariq Aziz <t.aziz@example.co.uk> wrote:',
      '>>> My garden flooded again.',
      '>>> Tariq',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('Thanks both - I will raise it at committee.\nCllr Ravi Menon');
    expect(thread.history).toEqual([
      {
        from: { name: 'Helen Price', email: 'helen.price@tillbury.gov.uk' },
        to: [],
        cc: [],
        sent: 'Fri, 6 Mar 2026 at 16:20',
        text: 'Dear Cllr Menon,\n\nThe report is attached.',
      },
      {
        from: { name: 'Cllr Ravi Menon', email: 'ravi.menon@members.tillbury.gov.uk' },
        to: [],
        cc: [],
        sent: 'Thu, 5 Mar 2026 at 09:05',
        text: 'Helen, could you send me the flooding report?',
      },
      {
        from: { name: 'Tariq Aziz', email: 't.aziz@example.co.uk' },
        to: [],
        cc: [],
        sent: 'Wed, 4 Mar 2026 at 21:47',
        text: 'My garden flooded again.\nTariq',
      },
    ]);
  });

  it('accepts "> > " as well as ">>" for deeper levels', () => {
    const body = lines(
      'Yes.',
      'On 3 Mar 2026, at 08:00, Kim Lowe <kim@lowe.org> wrote:',
      '> Is it fixed?',
      '> On 2 Mar 2026, at 07:00, Pat Hale <pat@hale.org> wrote:',
      '> > It is broken.',
    );
    expect(parseThread(body).history.map((m) => [m.from?.email, m.text])).toEqual([
      ['kim@lowe.org', 'Is it fixed?'],
      ['pat@hale.org', 'It is broken.'],
    ]);
  });

  it('reads an attribution wrapped over two lines', () => {
    const body = lines(
      'Agreed.',
      '',
      'On Tue, 10 Feb 2026 at 13:37, Councillor Margaret Featherstonehaugh <',
      'margaret.featherstonehaugh@members.tillbury.gov.uk> wrote:',
      '',
      '> Can we meet on site?',
    );
    const [m] = parseThread(body).history;
    expect(m.from).toEqual({
      name: 'Councillor Margaret Featherstonehaugh',
      email: 'margaret.featherstonehaugh@members.tillbury.gov.uk',
    });
    expect(m.sent).toBe('Tue, 10 Feb 2026 at 13:37');
    expect(m.text).toBe('Can we meet on site?');
    expect(parseThread(body).newText).toBe('Agreed.');
  });

  it('reads attributions without an address and in US order', () => {
    const noAddress = lines('Fine by me.', '', 'On 26/01/2026 09:15, Jane Okoro wrote:', '> Shall I book the room?');
    expect(parseThread(noAddress).history[0]).toMatchObject({ from: { name: 'Jane Okoro' }, sent: '26/01/2026 09:15' });

    const usOrder = lines('Ok.', '', 'On Mon, Jan 26, 2026 at 9:15 AM Jane Okoro <jane@okoro.net> wrote:', '> Room booked.');
    expect(parseThread(usOrder).history[0]).toMatchObject({
      from: { name: 'Jane Okoro', email: 'jane@okoro.net' },
      sent: 'Mon, Jan 26, 2026 at 9:15 AM',
    });

    const noDate = lines('Ok.', '', 'On Monday, Jane Okoro wrote:', '> Room booked.');
    expect(parseThread(noDate).history[0]).toMatchObject({ from: { name: 'Jane Okoro' }, sent: 'Monday' });

    const bareName = lines('Ok.', '', 'Jane Okoro wrote:', '> Room booked.');
    expect(parseThread(bareName).history[0]).toMatchObject({ from: { name: 'Jane Okoro' }, text: 'Room booked.' });
  });

  it('reads an attribution whose quoted text is not `>`-prefixed', () => {
    const body = lines('Will do.', '', 'On 9 Mar 2026, at 18:12, Ed Moss <ed@moss.uk> wrote:', '', 'Please chase the contractor.');
    const thread = parseThread(body);
    expect(thread.newText).toBe('Will do.');
    expect(thread.history).toEqual([
      { from: { name: 'Ed Moss', email: 'ed@moss.uk' }, to: [], cc: [], sent: '9 Mar 2026, at 18:12', text: 'Please chase the contractor.' },
    ]);
  });

  it('keeps an inline or bottom-posted answer after a `>` quote as new text', () => {
    const body = lines('> Can you confirm the date?', '', 'Yes - Tuesday 17 March.', '', 'Kay');
    const thread = parseThread(body);
    expect(thread.history).toEqual([{ to: [], cc: [], text: 'Can you confirm the date?' }]);
    expect(thread.newText.trim()).toBe('Yes - Tuesday 17 March.\n\nKay');
  });

  it('keeps very deep `>` nesting as text instead of recursing without bound', () => {
    const deep = Array.from({ length: 60 }, (_, i) => `${'>'.repeat(i + 1)} level ${i + 1}`).join('\n');
    const thread = parseThread(`Top\n\n${deep}`);
    expect(thread.newText).toBe('Top');
    const all = thread.history.map((m) => m.text).join('\n');
    expect(all).toContain('level 1');
    expect(all).toContain('level 60');
  });
});

describe('parseThread: mixed styles, line endings, edge cases', () => {
  it('reads an Outlook chain quoted inside a Gmail reply', () => {
    const body = lines(
      'Thank you, that answers it.',
      '',
      'On Wed, 11 Mar 2026 at 10:02, Sara Quinn <sara.quinn@tillbury.gov.uk> wrote:',
      '> Dear Mr Hale,',
      '> The bins will be emptied tomorrow.',
      '>',
      '> From: Cllr Joe Platt <joe.platt@members.tillbury.gov.uk>',
      '> Sent: 10 March 2026 17:30',
      '> To: Sara Quinn <sara.quinn@tillbury.gov.uk>',
      '> Cc: Ray Hale <ray.hale@example.com>',
      '> Subject: Overflowing bins',
      '>',
      '> Sara, can these be emptied?',
      '>',
      '> > Begin forwarded message:',
      '> >',
      '> > From: Ray Hale <ray.hale@example.com>',
      '> > Subject: Bins',
      '> > Date: 9 March 2026 at 08:00:00 GMT',
      '> > To: Cllr Joe Platt <joe.platt@members.tillbury.gov.uk>',
      '> >',
      '> > The bins are overflowing.',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('Thank you, that answers it.');
    expect(thread.history.map((m) => m.from?.email)).toEqual([
      'sara.quinn@tillbury.gov.uk',
      'joe.platt@members.tillbury.gov.uk',
      'ray.hale@example.com',
    ]);
    expect(thread.history[1].cc).toEqual([{ name: 'Ray Hale', email: 'ray.hale@example.com' }]);
    expect(thread.history.map((m) => m.text)).toEqual([
      'Dear Mr Hale,\nThe bins will be emptied tomorrow.',
      'Sara, can these be emptied?',
      'The bins are overflowing.',
    ]);
  });

  it('reads a Gmail conversation forwarded inside an Outlook block', () => {
    const body = lines(
      'For your records.',
      '',
      '-----Original Message-----',
      'From: Cllr Nia Hughes <nia.hughes@members.tillbury.gov.uk>',
      'Sent: 12 March 2026 09:00',
      'To: Casework <casework@tillbury.gov.uk>',
      'Subject: Fwd: Parking',
      '',
      'Please log this.',
      '',
      'On Wed, 11 Mar 2026 at 20:10, Omar Said <omar.said@gmail.com> wrote:',
      '> Vans park on the verge every night.',
    );
    const thread = parseThread(body);
    expect(thread.history.map((m) => [m.from?.name, m.text])).toEqual([
      ['Cllr Nia Hughes', 'Please log this.'],
      ['Omar Said', 'Vans park on the verge every night.'],
    ]);
  });

  it('returns empty new text for a body that is only quoted history', () => {
    const body = lines(
      'From: Lee Grant <lee.grant@example.com>',
      'Sent: 01 March 2026 10:00',
      'To: Cllr Ann Cole <ann.cole@tillbury.gov.uk>',
      'Subject: Trees',
      '',
      'The tree is leaning.',
    );
    const thread = parseThread(body);
    expect(thread.newText).toBe('');
    expect(thread.history).toHaveLength(1);
    expect(thread.history[0].text).toBe('The tree is leaning.');
  });

  it('handles CRLF and lone CR line endings', () => {
    const body = [
      'Thanks.',
      '',
      '-----Original Message-----',
      'From: Ann Cole <ann.cole@tillbury.gov.uk>',
      'Sent: 01 March 2026 10:00',
      'To: Lee Grant <lee.grant@example.com>',
      'Subject: Trees',
      '',
      'I have asked the tree officer.',
      '',
      'On Sun, 1 Mar 2026 at 08:00, Lee Grant <lee.grant@example.com> wrote:',
      '> The tree is leaning.',
    ];
    for (const eol of ['\r\n', '\r']) {
      const thread = parseThread(body.join(eol));
      expect(thread.newText).toBe('Thanks.');
      expect(thread.history.map((m) => m.text)).toEqual(['I have asked the tree officer.', 'The tree is leaning.']);
      expect(thread.history[0].subject).toBe('Trees');
    }
  });

  it('reads bold header names written as "*From:*"', () => {
    const body = lines(
      'See below.',
      '',
      '*From:* Jude Law <jude@example.org>',
      '*Sent:* 02 March 2026 10:00',
      '*To:* Cllr Ann Cole <ann.cole@tillbury.gov.uk>',
      '*Subject:* Street party',
      '',
      'Can we close the road?',
    );
    expect(parseThread(body).history[0]).toMatchObject({
      from: { name: 'Jude Law', email: 'jude@example.org' },
      subject: 'Street party',
      text: 'Can we close the road?',
    });
  });

  it('finds every message in a body of about a megabyte', () => {
    const block = (n: number) =>
      lines(
        `From: Person ${n} <person${n}@example.org>`,
        `Sent: 0${(n % 9) + 1} March 2026 10:00`,
        'To: Casework <casework@tillbury.gov.uk>',
        `Subject: Message ${n}`,
        '',
        'Lorem ipsum dolor sit amet, the quick brown fox jumps over the lazy dog. '.repeat(20),
        '',
      );
    const count = 1500;
    const body = ['Newest reply.', '', ...Array.from({ length: count }, (_, n) => block(n))].join('\n');
    expect(body.length).toBeGreaterThan(1_000_000);
    const thread = parseThread(body);
    expect(thread.newText).toBe('Newest reply.');
    expect(thread.history).toHaveLength(count);
    expect(thread.history[count - 1].from).toEqual({ name: `Person ${count - 1}`, email: `person${count - 1}@example.org` });
  });

  it('copes with a megabyte on one line and a megabyte of header-like lines', () => {
    expect(parseThread('x'.repeat(1 << 20)).history).toEqual([]);
    expect(parseThread(`${'>'.repeat(1 << 20)} x`).history.length).toBeGreaterThan(0);
    expect(parseThread('From: someone\n'.repeat(70_000)).history).toEqual([]);
  });
});
