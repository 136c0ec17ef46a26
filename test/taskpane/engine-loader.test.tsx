/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { itemFromSample } from '../../src/playground/items';
import { SAMPLE_COUNCIL, findSample } from '../../src/playground/samples';
import { resolvePolicy } from '../../src/engine/model/policy';
import { clock, sampleMailbox } from './helpers';

describe('the engine, loaded on demand', () => {
  afterEach(() => {
    jest.dontMock('../../src/engine');
    jest.resetModules();
  });

  it('the pane with no check handed in loads the real engine and shows its findings', async () => {
    const mailbox = sampleMailbox('sample-bcc-councillor');
    render(<App port={mailbox} clock={clock} />);
    const finding = await screen.findByRole('article', { name: 'Bcc use' }, { timeout: 15_000 });
    expect(within(finding).getByText('Woking 11.3')).toBeInTheDocument();
  });

  it('hands the same module to every caller and warms it up once, before the engine is handed out', async () => {
    const warmUp = jest.fn();
    jest.doMock('../../src/engine', () => ({ warmUp, checkDraft: jest.fn() }));
    const loader = await import('../../src/taskpane/engine-loader');
    const [a, b] = await Promise.all([loader.warmEngine(), loader.warmEngine()]);
    expect(a).toBe(b);
    expect(await loader.loadEngine()).toBe(a);
    // The one-off set-up is done by the time anyone gets the engine, so no check pays for it.
    expect(warmUp).toHaveBeenCalledTimes(1);
    await loader.warmEngine();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it('still gives the engine when its warm-up throws (the first check does the set-up instead)', async () => {
    const checkDraft = jest.fn();
    jest.doMock('../../src/engine', () => ({
      warmUp: () => {
        throw new Error('no lexicon');
      },
      checkDraft,
    }));
    const loader = await import('../../src/taskpane/engine-loader');
    expect((await loader.warmEngine()).checkDraft).toBe(checkDraft);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await loader.warmEngine()).checkDraft).toBe(checkDraft);
  });

  it('forgets a failed load, so Retry fetches the engine again', async () => {
    let attempts = 0;
    jest.doMock('../../src/engine', () => {
      attempts++;
      if (attempts === 1) throw new Error('chunk failed to load');
      return { warmUp: jest.fn(), checkDraft: jest.fn() };
    });
    const loader = await import('../../src/taskpane/engine-loader');
    await expect(loader.warmEngine()).rejects.toThrow('chunk failed to load');
    await expect(loader.warmEngine()).resolves.toHaveProperty('checkDraft');
    expect(attempts).toBe(2);
  });
});

describe('warmUp', () => {
  it('leaves checks as they were: same report on a fresh engine with and without it', async () => {
    // A message whose check goes through the language library (the councillor signs a commitment).
    const sample = findSample('sample-obligation-councillor');
    if (!sample) throw new Error('sample missing');
    const policy = resolvePolicy(SAMPLE_COUNCIL);
    const item = itemFromSample(sample, clock(), policy);
    const draft = { ...item, text: item.body, composeKind: item.composeKind };
    const run = async (warm: boolean) => {
      jest.resetModules();
      const engine = await import('../../src/engine');
      if (warm) engine.warmUp();
      const before = engine.languageStats().calls;
      const report = engine.checkDraft(draft, policy, { now: clock() });
      return { report, parsed: engine.languageStats().calls - before };
    };
    const cold = await run(false);
    const warmed = await run(true);
    expect(cold.parsed).toBeGreaterThan(0);
    expect(cold.report.findings.length).toBeGreaterThan(0);
    expect(warmed).toEqual(cold);
  });
});
