/**
 * The engine (rules, language library, calendar data) is most of the add-in's code. It ships in the
 * pane's initial script ("eager": no separate request) but is evaluated through this loader, so the
 * pane starts Outlook's reads first and the engine's start-up overlaps them. Measured both ways
 * (bench/taskpane-latency.mjs): a separate chunk cut the initial script to 150 KB gzip but put the
 * language library's start-up after the page's load, about 450 ms to findings; evaluated with the
 * initial script, findings come about 250 ms after load, inside the 300 ms target, at 394 KB gzip
 * against a 400 KB budget. Only type imports of '../engine' are allowed elsewhere in the pane;
 * values come from the engine's small modules (model, presets) or through here.
 */
export type Engine = typeof import('../engine');

let loading: Promise<Engine> | undefined;
let warming: Promise<Engine> | undefined;

/** The engine module, fetched once. A failed fetch is forgotten, so Retry can try again. */
export function loadEngine(): Promise<Engine> {
  if (!loading) {
    const started = performance.now();
    loading = import(/* webpackMode: "eager" */ '../engine').then(
      (engine) => {
        measure('pg-engine-load', started);
        return engine;
      },
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    );
  }
  return loading;
}

/**
 * Fetch the engine and do its one-off set-up (see `warmUp`) as soon as it arrives. Started as early
 * as the pane can, so both happen while Outlook is still starting or answering the pane's reads.
 * Resolves once the engine is loaded: the set-up runs in a task of its own just after, so a check
 * that is already waiting (the reads came back first) runs before it rather than after it.
 */
export function warmEngine(): Promise<Engine> {
  warming ??= loadEngine().then(
    (engine) => {
      setTimeout(() => {
        const started = performance.now();
        try {
          engine.warmUp();
        } catch {
          // Only a head start is lost: the first check that needs it does the same set-up.
        }
        measure('pg-engine-warm-up', started);
      }, 0);
      return engine;
    },
    (err: unknown) => {
      warming = undefined;
      throw err;
    },
  );
  return warming;
}

/** Leave the time taken in the page's User Timing entries, for the latency bench. */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No User Timing here (an older runtime): nothing is lost but the measurement.
  }
}
