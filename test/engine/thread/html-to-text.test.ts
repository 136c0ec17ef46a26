import { htmlToText, parseThread } from '../../../src/engine/thread';

const OUTLOOK_DESKTOP = `<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<title>RE: Play area</title>
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-reply;}
--></style>
<script>var tracking = 1;</script>
</head>
<body lang="EN-GB" link="#467886" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear Cllr Amis,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The inspector&#8217;s report is due on Friday &amp; I&nbsp;will forward it.<o:p></o:p></p>
<p class="MsoNormal">Parts are &lt;on order&gt;.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Nadia Sharif<br>Parks Manager<o:p></o:p></p>
<p class="MsoNormal"><img width="120" height="40" src="cid:logo.png" alt="Council logo"><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Cllr Leo Amis &lt;<a href="mailto:leo.amis@members.tillbury.gov.uk">leo.amis@members.tillbury.gov.uk</a>&gt;
<br>
<b>Sent:</b> 02 March 2026 18:40<br>
<b>To:</b> Nadia Sharif &lt;<a href="mailto:nadia.sharif@tillbury.gov.uk">nadia.sharif@tillbury.gov.uk</a>&gt;<br>
<b>Cc:</b> Smith, Jo (Cllr) &lt;<a href="mailto:jo.smith@members.tillbury.gov.uk">jo.smith@members.tillbury.gov.uk</a>&gt;; Parks Enquiries &lt;<a href="mailto:parks@tillbury.gov.uk">parks@tillbury.gov.uk</a>&gt;<br>
<b>Subject:</b> Play area<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nadia,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">When will the swings at Elm Park reopen?<o:p></o:p></p>
<p class="MsoNormal">Leo<o:p></o:p></p>
</div>
</body>
</html>`;

const OUTLOOK_WEB = `<html><head><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">
<div>Hi Tom,</div><div><br></div><div>Confirmed for the 15th.</div><div><br></div><div>Beth</div></div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Cllr Tom Reid &lt;tom.reid@members.tillbury.gov.uk&gt;<br>
<b>Sent:</b> Tuesday, March 3, 2026 4:22 PM<br>
<b>To:</b> Beth Cole &lt;beth.cole@tillbury.gov.uk&gt;<br>
<b>Subject:</b> Re: Surgery room</font>
<div>&nbsp;</div></div>
<div><br></div><div>Beth, is the room free on the 15th?</div><div><br></div><div>Tom</div>
<div><br></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Beth Cole &lt;beth.cole@tillbury.gov.uk&gt;<br>
<b>Sent:</b> Monday, March 2, 2026 9:01 AM<br>
<b>To:</b> Cllr Tom Reid &lt;tom.reid@members.tillbury.gov.uk&gt;<br>
<b>Subject:</b> Surgery room</font>
<div>&nbsp;</div></div>
<div>Dear Tom, which dates do you need?</div>
</body></html>`;

const GMAIL = `<div dir="ltr">Thanks Priya, that&#39;s clear.<div><br></div><div>Tom</div></div><br>
<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, 4 Feb 2026 at 10:15, Priya Shah &lt;<a href="mailto:priya.shah@tillbury.gov.uk">priya.shah@tillbury.gov.uk</a>&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div dir="ltr">Dear Tom,<div><br></div><div>The works start on Monday.</div><div><br></div><div>Priya</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 3 Feb 2026 at 18:02, Tom Reid &lt;<a href="mailto:tom.reid@gmail.com">tom.reid@gmail.com</a>&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div dir="ltr">Hi Priya,<div>When do the works start?</div><div>Tom</div></div>
</blockquote></div>
</blockquote></div>`;

const GMAIL_FORWARD = `<div dir="ltr">Please see below.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Greta Lund</strong> <span dir="auto">&lt;<a href="mailto:greta.lund@gmail.com">greta.lund@gmail.com</a>&gt;</span><br>Date: Sat, 7 Mar 2026 at 11:02<br>Subject: Hedge on Orchard Way<br>To: &lt;<a href="mailto:cllr.patel@tillbury.gov.uk">cllr.patel@tillbury.gov.uk</a>&gt;<br></div><br><br><div dir="ltr">The hedge blocks the pavement.</div></div></div>`;

const APPLE = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">I'll ask the licensing team.<br id="lineBreakAtBeginningOfMessage"><div><br></div><div>Cllr Sam Rao</div><div><br><blockquote type="cite"><div>On 11 Mar 2026, at 15:30, Maria Kowal &lt;maria@deli.example&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>Dear Councillor Rao,</div><div><br></div><div>My pavement licence has been pending for six weeks.</div><div><br></div><div>Maria</div></div></blockquote></div><br></body></html>`;

const THUNDERBIRD = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<p>Thanks, noted.</p>
<div class="moz-cite-prefix">On 26/01/2026 09:15, Jane Okoro wrote:<br></div>
<blockquote type="cite" cite="mid:abc@example"><p>Could you look at the message below?</p>
<div class="moz-forward-container"><br><br>-------- Forwarded Message --------
<table class="moz-email-headers-table" border="0" cellpadding="0" cellspacing="0"><tbody>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th><td>Flooding on Mill Lane</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Date: </th><td>Sun, 25 Jan 2026 18:40:00 +0000</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">From: </th><td>Bob Grey <a class="moz-txt-link-rfc2396E" href="mailto:bob@grey.example">&lt;bob@grey.example&gt;</a></td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">To: </th><td><a class="moz-txt-link-abbreviated" href="mailto:jane.okoro@tillbury.gov.uk">jane.okoro@tillbury.gov.uk</a></td></tr>
</tbody></table><br><p>The lane flooded again.</p></div></blockquote></body></html>`;

describe('htmlToText', () => {
  it('returns an empty string for an empty body', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('  \n ')).toBe('');
  });

  it('keeps paragraphs and line breaks, decodes entities and drops head, style, script and images', () => {
    const text = htmlToText(OUTLOOK_DESKTOP);
    expect(text.startsWith('Dear Cllr Amis,\n\nThe inspector’s report is due on Friday & I will forward it.\nParts are <on order>.\n\nKind regards,\nNadia Sharif\nParks Manager')).toBe(true);
    for (const junk of ['mso-style', 'tracking', 'RE: Play area', 'Council logo', 'cid:', '&nbsp;', '\u00a0']) {
      expect(text).not.toContain(junk);
    }
  });

  it('writes Outlook header blocks as header lines without repeating link targets', () => {
    const text = htmlToText(OUTLOOK_DESKTOP);
    expect(text).toContain(
      [
        'From: Cllr Leo Amis <leo.amis@members.tillbury.gov.uk>',
        'Sent: 02 March 2026 18:40',
        'To: Nadia Sharif <nadia.sharif@tillbury.gov.uk>',
        'Cc: Smith, Jo (Cllr) <jo.smith@members.tillbury.gov.uk>; Parks Enquiries <parks@tillbury.gov.uk>',
        'Subject: Play area',
      ].join('\n'),
    );
  });

  it('writes blockquotes as `>` lines', () => {
    const text = htmlToText('<p>Top</p><blockquote><p>Quoted</p><blockquote><p>Deeper</p></blockquote></blockquote>');
    expect(text).toBe('Top\n\n> Quoted\n>\n> > Deeper');
  });
});

describe('HTML bodies through parseThread', () => {
  it('Outlook desktop (MsoNormal paragraphs, bold header names)', () => {
    const thread = parseThread(htmlToText(OUTLOOK_DESKTOP));
    expect(thread.newText).toBe(
      'Dear Cllr Amis,\n\nThe inspector’s report is due on Friday & I will forward it.\nParts are <on order>.\n\nKind regards,\nNadia Sharif\nParks Manager',
    );
    expect(thread.history).toEqual([
      {
        from: { name: 'Cllr Leo Amis', email: 'leo.amis@members.tillbury.gov.uk' },
        to: [{ name: 'Nadia Sharif', email: 'nadia.sharif@tillbury.gov.uk' }],
        cc: [
          { name: 'Smith, Jo (Cllr)', email: 'jo.smith@members.tillbury.gov.uk' },
          { name: 'Parks Enquiries', email: 'parks@tillbury.gov.uk' },
        ],
        sent: '02 March 2026 18:40',
        subject: 'Play area',
        text: 'Nadia,\n\nWhen will the swings at Elm Park reopen?\nLeo',
      },
    ]);
  });

  it('Outlook on the web (<hr> and divRplyFwdMsg), two levels', () => {
    const thread = parseThread(htmlToText(OUTLOOK_WEB));
    expect(thread.newText).toBe('Hi Tom,\n\nConfirmed for the 15th.\n\nBeth');
    expect(thread.history.map((m) => [m.from?.email, m.to.map((a) => a.email), m.subject, m.text])).toEqual([
      ['tom.reid@members.tillbury.gov.uk', ['beth.cole@tillbury.gov.uk'], 'Re: Surgery room', 'Beth, is the room free on the 15th?\n\nTom'],
      ['beth.cole@tillbury.gov.uk', ['tom.reid@members.tillbury.gov.uk'], 'Surgery room', 'Dear Tom, which dates do you need?'],
    ]);
  });

  it('Gmail (gmail_quote with nested blockquotes)', () => {
    const thread = parseThread(htmlToText(GMAIL));
    expect(thread.newText).toBe("Thanks Priya, that's clear.\n\nTom");
    expect(thread.history).toEqual([
      {
        from: { name: 'Priya Shah', email: 'priya.shah@tillbury.gov.uk' },
        to: [],
        cc: [],
        sent: 'Wed, 4 Feb 2026 at 10:15',
        text: 'Dear Tom,\n\nThe works start on Monday.\n\nPriya',
      },
      {
        from: { name: 'Tom Reid', email: 'tom.reid@gmail.com' },
        to: [],
        cc: [],
        sent: 'Tue, 3 Feb 2026 at 18:02',
        text: 'Hi Priya,\nWhen do the works start?\nTom',
      },
    ]);
  });

  it('Gmail forward', () => {
    const thread = parseThread(htmlToText(GMAIL_FORWARD));
    expect(thread.newText).toBe('Please see below.');
    expect(thread.history).toEqual([
      {
        from: { name: 'Greta Lund', email: 'greta.lund@gmail.com' },
        to: [{ email: 'cllr.patel@tillbury.gov.uk' }],
        cc: [],
        sent: 'Sat, 7 Mar 2026 at 11:02',
        subject: 'Hedge on Orchard Way',
        text: 'The hedge blocks the pavement.',
      },
    ]);
  });

  it('Apple Mail (attribution inside the cite blockquote)', () => {
    const thread = parseThread(htmlToText(APPLE));
    expect(thread.newText).toBe("I'll ask the licensing team.\n\nCllr Sam Rao");
    expect(thread.history).toEqual([
      {
        from: { name: 'Maria Kowal', email: 'maria@deli.example' },
        to: [],
        cc: [],
        sent: '11 Mar 2026, at 15:30',
        text: 'Dear Councillor Rao,\n\nMy pavement licence has been pending for six weeks.\n\nMaria',
      },
    ]);
  });

  it('Thunderbird (cite prefix, forwarded header table)', () => {
    const thread = parseThread(htmlToText(THUNDERBIRD));
    expect(thread.newText).toBe('Thanks, noted.');
    expect(thread.history).toEqual([
      { from: { name: 'Jane Okoro' }, to: [], cc: [], sent: '26/01/2026 09:15', text: 'Could you look at the message below?' },
      {
        from: { name: 'Bob Grey', email: 'bob@grey.example' },
        to: [{ email: 'jane.okoro@tillbury.gov.uk' }],
        cc: [],
        sent: 'Sun, 25 Jan 2026 18:40:00 +0000',
        subject: 'Flooding on Mill Lane',
        text: 'The lane flooded again.',
      },
    ]);
  });
});

describe('htmlToText layout', () => {
  it('decodes named, numeric and hex entities, and reads no-break spaces as spaces', () => {
    expect(
      htmlToText('<p>Fish &amp; chips &lt;b&gt; &quot;hot&quot; &#163;5 &#x20AC;6 &pound;7 &hellip; caf&eacute; &copy; &nbsp;x&nbsp;&nbsp;y &amp bare</p>'),
    ).toBe('Fish & chips <b> "hot" £5 €6 £7 … café ©  x  y & bare');
  });

  it('quotes nested blockquotes one `>` per level, with a `>` line between blocks', () => {
    const html =
      '<p>New</p><blockquote><p>One</p><blockquote><div>Two</div><blockquote>Three<br>lines</blockquote></blockquote><p>Back to one</p></blockquote><p>After</p>';
    expect(htmlToText(html)).toBe('New\n\n> One\n>\n> > Two\n> >\n> > > Three\n> > > lines\n>\n> Back to one\n\nAfter');
  });

  it("writes Outlook on the web's divRplyFwdMsg header after a dashed rule", () => {
    const html =
      '<div>Reply</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> A &lt;a@x.gov.uk&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:01 AM<br><b>Subject:</b> Hi</font><div>&nbsp;</div></div><div>Body</div>';
    expect(htmlToText(html)).toBe(`Reply\n\n${'-'.repeat(32)}\n\nFrom: A <a@x.gov.uk>\nSent: Monday, March 2, 2026 9:01 AM\nSubject: Hi\n\nBody`);
  });

  it("writes Gmail's gmail_quote as the attribution line and a quoted block, link text only", () => {
    const html =
      '<div dir="ltr">Top</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 3 Feb 2026 at 18:02, B &lt;<a href="mailto:b@x.com">b@x.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote"><div dir="ltr">Quoted<div>line two</div></div></blockquote></div>';
    expect(htmlToText(html)).toBe('Top\n\nOn Tue, 3 Feb 2026 at 18:02, B <b@x.com> wrote:\n\n> Quoted\n> line two');
  });

  it('writes list markers: bullets, numbers padded to the widest, letters, roman, nested lists indented', () => {
    const html =
      '<p>Items:</p><ul><li>First</li><li>Second<ul><li>Inner</li></ul></li></ul><ol start="9"><li>nine</li><li>ten</li><li>eleven</li></ol><ol type="a"><li>x</li><li>y</li></ol><ol type="I" start="4"><li>iv</li></ol>';
    expect(htmlToText(html)).toBe('Items:\n\n * First\n * Second\n   * Inner\n\n 9.  nine\n 10. ten\n 11. eleven\n\n a. x\n b. y\n\n IV. iv');
  });

  it('writes a table row per line with its cells side by side', () => {
    expect(htmlToText('<table><tr><th>Subject:</th><td>Roads</td></tr><tr><td>Date:</td><td>Mon</td></tr></table><p>after</p>')).toBe(
      'Subject: Roads\n\nDate: Mon\n\nafter',
    );
  });

  it('keeps heading case, keeps <pre> spacing and draws <hr> as a dashed line', () => {
    expect(htmlToText('<h1>Title Case</h1><p>Text</p><pre>  keep   this\n    indent</pre><hr><h4>Small</h4>end')).toBe(
      `Title Case\n\nText\n\n  keep   this\n    indent\n\n${'-'.repeat(32)}\n\nSmall\n\nend`,
    );
  });

  it('renders only the body when there is one', () => {
    expect(htmlToText('<html><head><title>T</title><style>p{}</style></head>outside<body><p>inside</p><script>x()</script></body>after</html>')).toBe('inside');
  });

  it('collapses whitespace runs, joins words across inline tags and treats zero-width spaces as spaces', () => {
    expect(htmlToText('<div>  lots   of\n\t spaces  <span> here </span>and<b>glued</b> </div><div>\u200bzero\u200bwidth</div>')).toBe(
      'lots of spaces here andglued\nzero width',
    );
  });

  it('writes each Outlook MsoNormal paragraph as one line and an empty one as a blank line', () => {
    expect(htmlToText('<p class="MsoNormal">Line one<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Line two</p><p>Plain para</p>')).toBe(
      'Line one\n\nLine two\n\nPlain para',
    );
  });
});

describe('htmlToText on hostile input', () => {
  it('survives nesting far deeper than any real mail, and keeps the text inside it', () => {
    expect(htmlToText(`${'<div>'.repeat(50_000)}x`)).toBe('x');
    expect(htmlToText(`${'<blockquote>'.repeat(2_000)}deep`)).toBe(`${'> '.repeat(2_000)}deep`);
    expect(htmlToText(`${'<div>'.repeat(100)}kept`)).toBe('kept');
  });

  it('closes unclosed elements and ignores stray closing tags', () => {
    expect(htmlToText('<p>one<p>two</li></span><blockquote>three')).toBe('one\n\ntwo\n\n> three');
  });
});
