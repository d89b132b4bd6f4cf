import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { createNote } from '../src/features/messages/create-note.js';
import { build } from './helpers/build.js';
import { durableDatabaseUrl } from './helpers/database.js';
import { createIssue, listMessages } from './helpers/factories.js';
import { startServer, tempDir } from './helpers/process.js';

test('a client that sends its headers too slowly is answered 408 and cut off', async (t) => {
  const server = await startServer(t, {
    DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)),
    HEADERS_TIMEOUT_MS: '500',
  });
  const { hostname, port } = new URL(server.baseUrl);
  const started = Date.now();
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n'));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
    setTimeout(() => reject(new Error('still connected after 5 s')), 5_000).unref();
  });
  assert.match(answer, /^HTTP\/1\.1 408/);
  assert.ok(Date.now() - started < 3_000);
  assert.equal((await fetch(`${server.baseUrl}/healthz`)).status, 200, 'others are still served');
});

test('all messages of a large issue are streamed in bounded pages: complete, ordered, each once', async (t) => {
  const { app, api, workspaceId, userId } = await build(t);
  const issue = await createIssue(api);
  const actor = { workspaceId, userId, tokenId: 'test', role: 'admin' as const };
  for (let i = 0; i < 1_100; i++) await createNote(app.helpline, actor, issue.id, { body_html: `n${i}` }, undefined);
  const all = await listMessages(api, issue.id);
  assert.equal(all.data.length, 1_101);
  assert.equal(new Set(all.data.map((m) => m.id)).size, 1_101);
  assert.deepEqual(
    all.data.slice(1).map((m) => m.message_html),
    Array.from({ length: 1_100 }, (_, i) => `n${i}`),
  );
  assert.deepEqual(all.pagination, { cursor: '', has_next_page: false });
});
