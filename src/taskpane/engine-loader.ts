/**
 * The engine (rules, language library, calendar data) is most of the add-in's code, so the pane
 * loads it as a separate chunk instead of in its initial script. Only type imports of '../engine'
 * are allowed elsewhere in the pane; values come from the engine's small modules (model, presets)
 * or through here.
 */
export type Engine = typeof import('../engine');

let loading: Promise<Engine> | undefined;
let warming: Promise<Engine> | undefined;

/** The engine module, fetched once. A failed fetch is forgotten, so Retry can try again. */
export function loadEngine(): Promise<Engine> {
  if (!loading) {
    const started = performance.now();
    loading = import(/* webpackChunkName: "engine" */ '../engine').then(
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
 * The engine, loaded and with its one-off set-up done (see `warmUp`). Started as early as the pane
 * can, so the set-up runs while Outlook is still starting or answering the pane's reads.
 */
export function warmEngine(): Promise<Engine> {
  warming ??= loadEngine().then(
    (engine) => {
      const started = performance.now();
      try {
        engine.warmUp();
      } catch {
        // Only a head start is lost: the first check does the same set-up itself.
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
