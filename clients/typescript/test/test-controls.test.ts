import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { createHelplineClient, unwrap, type HelplineClient } from '../src/index.js';
import { startServer, type LiveServer } from './helpers/server.js';

// The README's "Use Helpline in your integration tests" example, run for real.
let server: LiveServer;
let helpline: HelplineClient;
let snapshot = '';

before(async () => {
  server = await startServer({ rateLimitMultiplier: 100 });
  helpline = createHelplineClient({ baseUrl: server.url, token: server.token });
  await helpline.POST('/helpline/test/demo');
  snapshot = unwrap(await helpline.POST('/helpline/test/snapshots')).data!.id!;
});
afterEach(async () => {
  await helpline.POST('/helpline/test/snapshots/{id}/restore', { params: { path: { id: snapshot } } });
  await helpline.DELETE('/helpline/test/faults');
});
after(async () => {
  await helpline.DELETE('/helpline/test/snapshots/{id}', { params: { path: { id: snapshot } } });
  await server?.stop();
});

test('a note that fails once with 503 is retried with the same key and stored once', async () => {
  await helpline.POST('/helpline/test/faults', {
    body: { method: 'POST', path: '/issues/:id/note', count: 1, kind: 'status', status: 503 },
  });
  const note = await helpline.POST('/issues/{id}/note', {
    params: { path: { id: '1' } },
    body: { body_html: '<p>Checked the logs.</p>' },
  });
  assert.equal(note.response.status, 200);
  const messages = unwrap(await helpline.GET('/issues/{id}/messages', { params: { path: { id: '1' } } })).data!;
  assert.equal(messages.filter((m) => m.message_html === '<p>Checked the logs.</p>').length, 1);
});

test('each test starts from the snapshot: the note of the previous test is gone', async () => {
  const messages = unwrap(await helpline.GET('/issues/{id}/messages', { params: { path: { id: '1' } } })).data!;
  assert.equal(messages.filter((m) => m.message_html === '<p>Checked the logs.</p>').length, 0);
});
