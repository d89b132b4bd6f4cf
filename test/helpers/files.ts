import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (recursively) whose bytes contain one of the needles: "file: needle" lines. */
export function findInFiles(dir: string, needles: string[]): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        for (const needle of needles) if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${full}: ${needle}`);
      }
    }
  };
  walk(dir);
  return found;
}
