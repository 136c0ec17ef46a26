import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository's development manifest and the icons it names, as the command line ships them. */
export interface DevManifest {
  readonly xml: string;
  /** PNG bytes by path relative to the add-in root, e.g. "assets/icon-16.png". */
  readonly icons: ReadonlyMap<string, Uint8Array>;
}

/** Set by scripts/build-cli.mjs: manifest.xml as text and assets/*.png as base64, bundled into dist/cli.cjs. */
declare const __PG_DEV_MANIFEST__: { xml: string; icons: Record<string, string> } | undefined;

/**
 * The manifest the deployment manifest is made from. The built CLI carries its own copy (so it
 * works from any directory); run from source (tests), it reads the repository's files.
 */
export function devManifest(): DevManifest {
  if (typeof __PG_DEV_MANIFEST__ !== 'undefined' && __PG_DEV_MANIFEST__) {
    const icons = new Map(Object.entries(__PG_DEV_MANIFEST__.icons).map(([k, v]) => [k, new Uint8Array(Buffer.from(v, 'base64'))]));
    return { xml: __PG_DEV_MANIFEST__.xml, icons };
  }
  const root = path.resolve(__dirname, '..', '..');
  const icons = new Map<string, Uint8Array>();
  for (const name of readdirSync(path.join(root, 'assets')).filter((n) => n.endsWith('.png'))) {
    icons.set(`assets/${name}`, new Uint8Array(readFileSync(path.join(root, 'assets', name))));
  }
  return { xml: readFileSync(path.join(root, 'manifest.xml'), 'utf8'), icons };
}
