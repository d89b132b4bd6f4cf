import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the feature folders are, beside this kernel (in the sources and in the build alike). */
const FEATURES_DIR = fileURLToPath(new URL('../features/', import.meta.url));
/** Source files in the checkout (`.ts`, run through tsx) and compiled ones in the build (`.js`); never `.d.ts`. */
const MODULE_FILE = /(?<!\.d)\.[jt]s$/;

export interface FoundModule<T> {
  /** The file's path below `src/features/` (or `dist/features/`), with `/` separators. */
  path: string;
  module: T;
}

/**
 * Imports every feature module whose path below the features folder matches `pattern`, in path order. This is how a
 * feature is found by convention (its routes, its events) so that adding a resource edits no shared list.
 */
export async function importFeatureModules<T>(pattern: RegExp): Promise<FoundModule<T>[]> {
  return importModules<T>(FEATURES_DIR, pattern);
}

/** Imports every module below `dir` (an absolute folder path ending in `/`) whose relative path matches `pattern`. */
export async function importModules<T>(dir: string, pattern: RegExp): Promise<FoundModule<T>[]> {
  const paths = readdirSync(dir, { recursive: true })
    .map((entry) => String(entry).split('\\').join('/'))
    .filter((path) => MODULE_FILE.test(path) && pattern.test(path))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({
      path,
      module: (await import(pathToFileURL(dir + path).href)) as T,
    })),
  );
}
