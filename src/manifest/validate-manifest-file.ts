import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { validateManifestText, type ManifestCheck, type ManifestFiles } from './validate-manifest';

/**
 * Files for the checks from disk: icons beside the manifest (the source tree's assets/), or, with
 * a build directory, from the build, where every URL must also map to a file.
 */
export function diskFiles(manifestDir: string, builtDir?: string): ManifestFiles {
  const root = builtDir ?? manifestDir;
  const full = (rel: string) => path.join(root, rel);
  const describe = (rel: string) => path.relative(process.cwd(), full(rel)) || full(rel);
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  return {
    icon: (rel) => (isFile(full(rel)) ? readFileSync(full(rel)) : undefined),
    describe,
    ...(builtDir ? { built: (rel: string) => isFile(full(rel)), describeBuilt: describe } : {}),
  };
}

/** Validate a manifest file (and optionally a build directory) as `npm run validate` does. */
export function validateManifestFile(options: { manifestPath?: string; built?: string } = {}): ManifestCheck {
  const file = path.resolve(options.manifestPath ?? 'manifest.xml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { errors: [`cannot read ${file}: ${(err as Error).message}`], notes: [], urls: [] };
  }
  const builtDir = options.built ? path.resolve(options.built) : undefined;
  if (builtDir && (!existsSync(builtDir) || !statSync(builtDir).isDirectory())) {
    return { errors: [`--built ${options.built}: no such directory (run npm run build first)`], notes: [], urls: [] };
  }
  return validateManifestText(text, diskFiles(path.dirname(file), builtDir));
}
