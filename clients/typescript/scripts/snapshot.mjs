// Writes openapi.json, the OpenAPI document Helpline serves, from which src/schema.ts is generated.
//   node scripts/snapshot.mjs                      from the repository's built server (npm run build at the root)
//   HELPLINE_URL=http://host:8080 node scripts/snapshot.mjs   from a running server
// The `servers` field is dropped: it names the machine the document was taken from, and a client is given its
// base URL by whoever creates it.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const SNAPSHOT = new URL('../openapi.json', import.meta.url);

/**
 * The served document from the built app, answered in process: no port, no database file, no environment. With the
 * test controls on, so the client can drive them too (a server without them answers their paths 404).
 */
async function fromBuiltApp() {
  const { buildApp } = await import('../../../dist/app.js');
  const { parseConfig } = await import('../../../dist/config.js');
  const app = await buildApp(
    parseConfig({ DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', TEST_CONTROLS: 'true' }),
  );
  try {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
    return res.json();
  } finally {
    await app.close();
  }
}

async function fromRunningServer(baseUrl) {
  const res = await globalThis.fetch(new URL('/openapi.json', baseUrl));
  if (!res.ok) throw new Error(`GET ${baseUrl}/openapi.json answered ${res.status}`);
  return res.json();
}

const { servers: _servers, ...document } = process.env.HELPLINE_URL
  ? await fromRunningServer(process.env.HELPLINE_URL)
  : await fromBuiltApp();
writeFileSync(SNAPSHOT, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${SNAPSHOT.pathname} (${Object.keys(document.paths ?? {}).length} paths)`);
