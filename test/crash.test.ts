import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { durableDatabaseUrl, TEST_DIALECT } from './helpers/database.js';
import { startServer, tempDir } from './helpers/process.js';

const ROUNDS = 10;
const WRITERS = 4;

test(
  'notes answered 200 survive SIGKILL at random moments: each listed exactly once, the ' + 'database checks clean',
  async (t) => {
    const dir = tempDir(t);
    const token = 'crash-test-token-0123456789abcdef';
    const env = {
      DATABASE_URL: await durableDatabaseUrl(t, dir),
      BOOTSTRAP_API_TOKEN: token,
      RATE_LIMIT_MULTIPLIER: '100000',
    };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const acknowledged = new Map<string, string>(); // note id → body

    let server = await startServer(t, env);
    const issue = (await (
      await fetch(`${server.baseUrl}/issues`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'Crash', body_html: 'x', requester_email: 'c@example.com' }),
      })
    ).json()) as any;
    let sequence = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      const base = server.baseUrl;
      let killed = false;
      const writer = async () => {
        while (!killed) {
          const body = `round ${round} note ${sequence++}`;
          try {
            const res = await fetch(`${base}/issues/${issue.data.id}/note`, {
              method: 'POST',
              headers,
              body: JSON.stringify({ body_html: body }),
            });
            if (res.status === 200) acknowledged.set(((await res.json()) as any).data.id, body);
          } catch {
            // The server died under this request: it was never acknowledged.
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
      server.child.kill('SIGKILL');
      await server.exited;
      killed = true;
      await Promise.all(writers);

      server = await startServer(t, env);
      const listed = (await (
        await fetch(`${server.baseUrl}/issues/${issue.data.id}/messages`, { headers })
      ).json()) as any;
      const counts = new Map<string, number>();
      for (const m of listed.data) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
      for (const [id, body] of acknowledged) {
        assert.equal(counts.get(id), 1, `round ${round}: acknowledged note ${id} listed ${counts.get(id) ?? 0} times`);
        assert.equal(listed.data.find((m: { id: string }) => m.id === id).message_html, body);
      }
      const bodies = listed.data.map((m: { message_html: string }) => m.message_html);
      assert.equal(new Set(bodies).size, bodies.length, `round ${round}: a note was stored twice`);
    }
    assert.ok(acknowledged.size > ROUNDS, `writers got answers (${acknowledged.size})`);

    server.child.kill('SIGTERM');
    await server.exited;
    if (TEST_DIALECT === 'sqlite') {
      const db = new SQLite(join(dir, 'data/helpline.db'), { readonly: true });
      assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      db.close();
    }
  },
);
