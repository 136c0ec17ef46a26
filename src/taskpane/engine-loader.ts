/**
 * The engine (rules, language library, calendar data) is most of the add-in's code. It ships in the
 * pane's initial script ("eager": no separate request) and is evaluated and warmed up through this
 * loader while the page loads. Measured both ways (bench/taskpane-latency.mjs, 50 ms per Outlook
 * call): as a separate chunk the initial script was 150 KB gzip but the language library started
 * after the page's load, about 450 ms to findings; evaluated and warmed up during load, findings come
 * about 200 ms after load (target 300 ms) at about 396 KB gzip (budget 400 KB). Only type imports
 * of '../engine' are allowed elsewhere in the pane; values come from the engine's small modules
 * (model, presets) or through here.
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
 * Evaluate the engine and do its one-off set-up (see `warmUp`) at once. The pane calls this while
 * its page is still loading, before it asks Outlook for anything, so the language library's start-up
 * is paid during page load (alongside Office.js's own) rather than after the first read comes back.
 */
export function warmEngine(): Promise<Engine> {
  warming ??= loadEngine().then(
    (engine) => {
      const started = performance.now();
      try {
        engine.warmUp();
      } catch {
        // Only a head start is lost: the first check that needs it does the same set-up.
      }
      measure('pg-engine-warm-up', started);
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
