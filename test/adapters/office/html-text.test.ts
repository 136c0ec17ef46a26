import { findQuoteStart, insertAboveQuote, mapHtmlText, replaceInNewText, replaceInNewPlainText } from '../../../src/adapters/office/html-text';
import { createLimiter } from '../../../src/adapters/office/office-async';

describe('mapHtmlText', () => {
  it('collapses whitespace, decodes entities and skips styles', () => {
    const m = mapHtmlText('<style>p{color:red}</style><p>Kind&nbsp;regards,</p>\n<p>Cllr&#160;J &amp; Co</p>');
    expect(m.text).toBe('Kind regards, Cllr J & Co ');
    expect(m.starts.length).toBe(m.text.length);
  });
});

describe('findQuoteStart', () => {
  it.each([
    ['Outlook on the web', '<div>Hi</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From:</div>', '<div id="appendonsend">'],
    ['Outlook desktop', '<p>Hi</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> A</p></div>', '<div style="border:none'],
    ['Gmail', '<div>Hi</div><div class="gmail_quote">On Mon wrote:</div>', '<div class="gmail_quote">'],
    ['Apple Mail', '<div>Hi</div><blockquote type="cite">old</blockquote>', '<blockquote'],
    ['text header only', '<p>Hi</p><p>From: Rita Resident<br>Sent: Monday</p>', '<p>From: Rita'],
  ])('finds the quote in %s bodies', (_client, html, marker) => {
    expect(findQuoteStart(html)).toBe(html.indexOf(marker));
  });

  it('returns -1 when there is no quote', () => {
    expect(findQuoteStart('<p>Just a new message.</p>')).toBe(-1);
    expect(insertAboveQuote('<p>x</p>', '<p>n</p>')).toBeUndefined();
  });
});

describe('replaceInNewText', () => {
  it('replaces a phrase split across tags, keeping the tags', () => {
    const html = '<p>We <b>will</b> fix it</p>';
    expect(replaceInNewText(html, 'we will fix', 'Officers will look at')).toBe('<p>Officers will look at<b></b> it</p>');
  });

  it('replaces the last match before the quote when asked', () => {
    const html = '<p>Cllr A</p><p>Cllr A</p><blockquote>Cllr A</blockquote>';
    expect(replaceInNewText(html, 'Cllr A', 'Officer B', { last: true })).toBe('<p>Cllr A</p><p>Officer B</p><blockquote>Cllr A</blockquote>');
  });

  it('escapes the replacement and never edits the quote', () => {
    expect(replaceInNewText('<p>x</p><blockquote>target</blockquote>', 'target', 'y')).toBeUndefined();
    expect(replaceInNewText('<p>a</p>', 'a', '<b>')).toBe('<p>&lt;b&gt;</p>');
  });
});

describe('replaceInNewPlainText', () => {
  it('matches across line breaks in the new text only', () => {
    expect(replaceInNewPlainText('Kind regards\nCllr A\n> Cllr A', 'regards Cllr A', 'regards, Officer B')).toBe('Kind regards, Officer B\n> Cllr A');
  });
});

describe('createLimiter', () => {
  it('never runs more than its limit at once, and runs them all', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let peak = 0;
    const task = (v: number) => limit(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
      return v;
    });
    expect(await Promise.all([1, 2, 3, 4, 5].map(task))).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('keeps going after a task fails', async () => {
    const limit = createLimiter(1);
    const failed = limit(() => Promise.reject(new Error('no')));
    const next = limit(async () => 'yes');
    await expect(failed).rejects.toThrow('no');
    await expect(next).resolves.toBe('yes');
  });
});
