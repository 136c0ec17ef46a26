import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { DIST, launchChromium, serveStatic, type Browser, type StaticServer } from './browser';

/*
 * The built task pane with the real Office.js, opened in a plain browser tab (no Outlook host).
 *
 * @microsoft/office-js is a devDependency only. In production taskpane.html loads Office.js from
 * Microsoft's CDN, as Microsoft requires for add-ins, and the bundle never imports the package.
 * These tests use the package's copy of the CDN files so they run the real library without any
 * network: every request for the CDN's hosted folder is answered from node_modules, and every
 * other request that is not to the local test server is refused.
 */
const CDN_HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const SHOTS = path.join(__dirname, 'screenshots');

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** CDN paths answered from the package, and any other outside request that was refused. */
const servedFromPackage: string[] = [];
const refused: string[] = [];

async function answerOffline(route: Route): Promise<void> {
  const url = route.request().url();
  if (url.startsWith(`${server.origin}/`)) {
    await route.continue();
    return;
  }
  if (url.startsWith(CDN_HOSTED)) {
    const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN_HOSTED).pathname.length));
    const file = path.normalize(path.join(OFFICE_DIST, relative));
    if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) {
      servedFromPackage.push(relative);
      await route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
      return;
    }
  }
  refused.push(url);
  await route.abort('blockedbyclient');
}

beforeAll(async () => {
  const pane = path.join(DIST, 'taskpane.html');
  if (!fs.existsSync(pane)) throw new Error(`${pane} is missing: run \`npm run build:addin\` first`);
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchChromium();
  await browser.context.route('**/*', answerOffline);
  page = await browser.context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  expect(refused).toEqual([]);
});

describe('task pane with the real Office.js, outside Outlook', () => {
  it('loads Office.js, finds no Outlook host, and says to open the pane from Outlook', async () => {
    const built = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(built).toContain(`${CDN_HOSTED}office.js`);

    await page.goto(`${server.origin}/taskpane.html`);

    // The start-up message must appear within a few seconds, not after the adapter's long timeout.
    const main = page.getByRole('main', { name: 'Protocol Guard' });
    const title = main.getByText('Couldn’t connect to Outlook');
    await title.waitFor({ timeout: 5_000 });
    expect(servedFromPackage).toContain('office.js');

    // The page has the library itself, and Office.onReady resolves with no host.
    const ready = await page.evaluate(async () => {
      const office = (window as unknown as { Office?: typeof Office }).Office;
      if (!office) return 'Office is not defined';
      const info = await office.onReady();
      return { host: info.host ?? null, hasMailbox: Boolean(office.context?.mailbox) };
    });
    expect(ready).toEqual({ host: null, hasMailbox: false });

    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Office.onReady failed');
    expect(text).toContain('Open Protocol Guard from a message in Outlook');
    await expect(main.getByRole('link', { name: 'try it in the playground' }).getAttribute('href')).resolves.toBe('playground.html');
    await main.getByRole('button', { name: 'Retry' }).waitFor();

    const shot = path.join(SHOTS, 'taskpane-outside-outlook.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(5_000);
  });
});
