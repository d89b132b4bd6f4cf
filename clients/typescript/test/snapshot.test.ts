import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer, type LiveServer } from './helpers/server.js';

const SNAPSHOT = new URL('../openapi.json', import.meta.url);
const GENERATE = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));

let server: LiveServer;

/** Where two documents differ, as dotted paths down to the paths' operations and the components' schemas. */
function differences(a: Record<string, unknown>, b: Record<string, unknown>, at = '', depth = 0): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => {
    const [left, right] = [a[key], b[key]];
    if (JSON.stringify(left) === JSON.stringify(right)) return [];
    const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (depth < 2 && isObject(left) && isObject(right)) {
      return differences(left as Record<string, unknown>, right as Record<string, unknown>, `${at}${key}.`, depth + 1);
    }
    return [`${at}${key}`];
  });
}

before(async () => {
  server = await startServer();
});
after(() => server?.stop());

test('openapi.json is the document the server serves (else: npm run snapshot && npm run generate)', async () => {
  const res = await fetch(`${server.url}/openapi.json`);
  assert.equal(res.status, 200);
  // `servers` names the machine it was served from; the snapshot leaves it out.
  const { servers: _servers, ...served } = (await res.json()) as Record<string, unknown>;
  const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, unknown>;
  const stale = differences(snapshot, served);
  assert.deepEqual(stale, [], `openapi.json is stale in ${stale.slice(0, 20).join(', ')}`);
});

test('src/schema.ts is what openapi.json generates (else: npm run generate)', async () => {
  await promisify(execFile)(process.execPath, [GENERATE, '--check']);
});
