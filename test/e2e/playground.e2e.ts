import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, launchChromium, requireBuild, serveStatic, type Browser, type StaticServer } from './browser';

const SHOTS = path.join(__dirname, 'screenshots');
/** A Thursday, so the enquiry sample's deadline and day count are the same on every run. */
const NOW = '2025-11-27T10:00:00Z';

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  requireBuild();
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

function playground(params: Record<string, string>): string {
  return `${server.origin}/playground.html?${new URLSearchParams({ now: NOW, ...params })}`;
}

const pane = () => page.getByTestId('task-pane');

/** Run axe-core inside the page on the task pane, colour contrast included (real rendering). */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (el: Element) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const target = document.querySelector('[data-testid="task-pane"]');
    if (!target) return ['task pane not found'];
    const result = await axe.run(target);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('playground in Chromium', () => {
  it('shows findings with clause numbers, applies a fix, and the finding disappears', async () => {
    await page.goto(playground({ sample: 'sample-bcc-councillor', protocol: 'woking' }));

    const bcc = pane().getByRole('article', { name: 'Bcc use' });
    await bcc.waitFor();
    await expect(bcc.textContent()).resolves.toContain('Woking 11.3');
    await expect(bcc.textContent()).resolves.toContain('cllr.tom.hargreaves@larkfield.gov.uk');

    // Every finding cites a numbered clause of the Woking protocol.
    const articles = pane().getByRole('article');
    const count = await articles.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      expect(await articles.nth(i).textContent()).toMatch(/Woking \d+(\.\d+)?/);
    }
    await expect(axeViolations()).resolves.toEqual([]);
    const shot = path.join(SHOTS, 'playground-findings.png');
    await pane().screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);

    await bcc.getByRole('button').first().click();
    await bcc.waitFor({ state: 'detached' });
    await expect(page.getByRole('textbox', { name: 'Bcc', exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByRole('textbox', { name: 'Cc', exact: true }).inputValue()).resolves.toContain('cllr.tom.hargreaves@larkfield.gov.uk');
    await expect(pane().getByRole('status').textContent()).resolves.toMatch(/^Done: /);
    await page.screenshot({ path: path.join(SHOTS, 'playground-after-fix.png'), fullPage: true });
  });

  it('keeps a started reminder across a reload and shows it on the reply', async () => {
    await page.goto(playground({ sample: 'sample-enquiry-canal-walk', protocol: 'woking' }));
    const card = pane().getByRole('region', { name: 'Reply deadline' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Reply due Tue 2 Dec, 17:00 — 5 working days (Woking 2.4–2.5)');
    await card.getByRole('button', { name: 'Start reminder' }).click();
    await card.getByText('Reminder on').waitFor();

    // What survives the reload is only what the mailbox wrote to the browser's storage.
    const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
    expect(stored).toContain('sample-enquiry-canal-walk');
    await page.reload();
    const again = pane().getByRole('region', { name: 'Reply deadline' });
    await again.getByText('Reminder on').waitFor();
    await expect(again.getByRole('button', { name: 'Start reminder' }).count()).resolves.toBe(0);
    const tracked = pane().getByRole('region', { name: /Enquiries you are tracking/ });
    await tracked.getByRole('heading', { name: 'Broken railings on the Canal Walk footbridge' }).waitFor();
    await expect(axeViolations()).resolves.toEqual([]);
    await pane().screenshot({ path: path.join(SHOTS, 'playground-reminder.png') });

    await page.getByLabel('Sample message').selectOption('sample-reply-canal-walk');
    await pane().getByText('Day 2 of 5').waitFor();
  });

  it('shows plainly when the deployed policy could not be fetched and a saved copy is used', async () => {
    await page.goto(playground({ sample: 'sample-bcc-councillor', protocol: 'woking', policy: 'unreachable' }));
    const notice = pane().getByTestId('policy-notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/Using a saved copy of the council’s policy.*did not arrive in time.*saved on 24 Nov/);
    expect(await notice.isVisible()).toBe(true);
    // The checks still run on the saved copy.
    await pane().getByRole('article', { name: 'Bcc use' }).waitFor();
    await expect(axeViolations()).resolves.toEqual([]);
    await pane().screenshot({ path: path.join(SHOTS, 'playground-policy-fallback.png') });

    // With the deployed policy in force there is no notice.
    await page.getByLabel('Council policy').selectOption('sample:woking');
    await pane().getByRole('article', { name: 'Bcc use' }).waitFor();
    await expect(pane().getByTestId('policy-notice').count()).resolves.toBe(0);
  });

  it('opened from the Send check, says which rules held the message and marks them', async () => {
    await page.goto(playground({ sample: 'sample-bcc-councillor', protocol: 'woking', launch: 'send' }));
    const bar = pane().getByTestId('send-hold');
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toMatch(/Held at Send.*Bcc use/);
    const bcc = pane().getByRole('article', { name: 'Bcc use' });
    await bcc.getByText('Flagged at Send').waitFor();
    await expect(axeViolations()).resolves.toEqual([]);
  });

  it('shows a failing Outlook call by name and recovers on Retry', async () => {
    await page.goto(playground({ sample: 'sample-clean-reply', protocol: 'woking' }));
    await pane().getByRole('status').filter({ hasNotText: 'Checking' }).waitFor();
    await page.getByRole('button', { name: 'Fail the next Outlook read' }).click();
    await pane().getByRole('button', { name: 'Check again' }).click();
    await pane().getByText('to.getAsync failed', { exact: false }).waitFor();
    await pane().getByRole('button', { name: 'Retry' }).click();
    await pane().getByText('to.getAsync failed', { exact: false }).waitFor({ state: 'detached' });
  });
});
