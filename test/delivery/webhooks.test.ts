import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { build } from '../helpers/build.js';
import { createIssue, postNote } from '../helpers/factories.js';
import { startReceiver, type Received } from '../helpers/receiver.js';

// The receivers listen on 127.0.0.1, which webhooks may only reach when private networks are allowed.
const FAST = { WEBHOOK_RETRY_BASE_MS: '50', DELIVERY_POLL_MS: '20', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' };
const types = (all: Received[]) => all.map((r) => r.json.type);

test(
  'signed message.created, message.redacted and message.deleted reach a receiver; the ' +
    'signature verifies independently',
  async (t) => {
    const { api } = await build(t, { env: FAST });
    const receiver = await startReceiver(t);
    const endpoint = await api.post('/webhooks', {
      url: receiver.url(),
      event_types: ['message.created', 'message.redacted', 'message.deleted'],
    });
    assert.equal(endpoint.status, 200, endpoint.text);
    assert.match(endpoint.body.data.secret, /^whsec_/);
    assert.equal(
      (await api.get(`/webhooks/${endpoint.body.data.id}`)).body.data.secret,
      undefined,
      'the secret is shown once',
    );

    const issue = await createIssue(api);
    const note = await postNote(api, issue.id, { body_html: 'WEBHOOK-SECRET-TEXT' });
    await api.post(`/issues/${issue.id}/messages/${note.id}/redact`);
    await api.delete(`/issues/${issue.id}/messages/${note.id}`);
    await receiver.waitFor((all) => all.length >= 4);
    assert.deepEqual(types(receiver.received), [
      'message.created',
      'message.created',
      'message.redacted',
      'message.deleted',
    ]);

    const verifier = new Webhook(endpoint.body.data.secret);
    for (const r of receiver.received) {
      assert.doesNotThrow(() => verifier.verify(r.body, r.headers as Record<string, string>));
      assert.equal(r.headers['webhook-id'], r.json.id);
    }
    const [, created, redacted, deleted] = receiver.received.map((r) => r.json);
    assert.equal(created.data.issue_id, issue.id);
    assert.deepEqual(redacted.data, {
      issue_id: issue.id,
      message_id: note.id,
      thread_id: created.data.message.thread_id,
      external_id: null,
      email_message_id: null,
    });
    assert.equal(deleted.data.message_id, note.id);
    assert.ok(
      !receiver.received.slice(2).some((r) => r.body.includes('WEBHOOK-SECRET-TEXT')),
      'deletion and redaction events never carry content',
    );
    const tampered = receiver.received[0]!;
    assert.throws(() => verifier.verify(`${tampered.body} `, tampered.headers as Record<string, string>));
  },
);

test('a receiver that answers 500 and then recovers gets the event; every attempt is listed', async (t) => {
  const { api } = await build(t, { env: FAST });
  const receiver = await startReceiver(t, (n) => (n <= 2 ? 500 : 200));
  const endpoint = (await api.post('/webhooks', { url: receiver.url(), event_types: ['thread.created'] })).body.data;
  const issue = await createIssue(api);
  await api.post(`/issues/${issue.id}/threads`, { name: 'x' });
  await receiver.waitFor((all) => all.length >= 3);
  await new Promise((r) => setTimeout(r, 100));
  const deliveries = (await api.get(`/webhooks/${endpoint.id}/deliveries`)).body.data;
  assert.equal(deliveries.length, 1);
  assert.equal(deliveries[0].status, 'succeeded');
  assert.deepEqual(
    deliveries[0].attempts.map((a: { status_code: number }) => a.status_code),
    [500, 500, 200],
  );
  assert.equal(deliveries[0].event_type, 'thread.created');
});

test('a receiver that is down for a while gets every event once it is up', async (t) => {
  const { api } = await build(t, { env: FAST });
  const receiver = await startReceiver(t);
  await api.post('/webhooks', { url: receiver.url() });
  await receiver.stop();
  const issue = await createIssue(api);
  for (let i = 0; i < 3; i++) await postNote(api, issue.id);
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(receiver.received.length, 0);
  await receiver.start();
  // issue.created, message.created (first message), thread.created (default thread), 3 × message.created
  await receiver.waitFor((all) => all.length >= 6);
  const ids = receiver.received.map((r) => r.json.id);
  const events = (await api.get('/events')).body.data.map((e: { id: string }) => e.id);
  assert.deepEqual([...new Set(ids)].sort(), [...events].sort());
});

test('a 4xx other than 408/429 is not retried; a replay sends it again', async (t) => {
  const { api } = await build(t, { env: FAST });
  let status = 410;
  const receiver = await startReceiver(t, () => status);
  const endpoint = (await api.post('/webhooks', { url: receiver.url(), event_types: ['issue.created'] })).body.data;
  await createIssue(api);
  await receiver.waitFor((all) => all.length >= 1);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(receiver.received.length, 1);
  const [failed] = (await api.get(`/webhooks/${endpoint.id}/deliveries`)).body.data;
  assert.equal(failed.status, 'failed');
  assert.equal(failed.last_status_code, 410);
  status = 200;
  const replay = await api.post(`/webhooks/${endpoint.id}/deliveries/${failed.id}/replay`);
  assert.equal(replay.status, 200);
  await receiver.waitFor((all) => all.length >= 2);
  assert.equal(receiver.received[1]!.json.id, receiver.received[0]!.json.id, 'same event, same webhook-id');
});

test('429 and 408 are retried', async (t) => {
  const { api } = await build(t, { env: FAST });
  const receiver = await startReceiver(t, (n) => (n === 1 ? 429 : n === 2 ? 408 : 204));
  await api.post('/webhooks', { url: receiver.url(), event_types: ['issue.created'] });
  await createIssue(api);
  await receiver.waitFor((all) => all.length >= 3);
});

test('an endpoint failing for long is paused and says so; resuming sends what waited', async (t) => {
  const { api } = await build(t, { env: { ...FAST, WEBHOOK_PAUSE_AFTER_HOURS: '0.0001' } });
  let healthy = false;
  const receiver = await startReceiver(t, () => (healthy ? 200 : 503));
  const endpoint = (await api.post('/webhooks', { url: receiver.url(), event_types: ['issue.created'] })).body.data;
  await createIssue(api);
  const deadline = Date.now() + 5_000;
  let state;
  do {
    await new Promise((r) => setTimeout(r, 50));
    state = (await api.get(`/webhooks/${endpoint.id}`)).body.data;
  } while (state.status !== 'paused' && Date.now() < deadline);
  assert.equal(state.status, 'paused');
  assert.match(state.paused_reason, /failed since/);
  const countWhilePaused = receiver.received.length;
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(receiver.received.length, countWhilePaused, 'nothing is sent to a paused endpoint');
  healthy = true;
  assert.equal((await api.post(`/webhooks/${endpoint.id}/resume`)).body.data.status, 'active');
  await receiver.waitFor((all) => all.length > countWhilePaused);
});

test('rotating the secret: both secrets verify during the overlap', async (t) => {
  const { api } = await build(t, { env: FAST });
  const receiver = await startReceiver(t);
  const created = (await api.post('/webhooks', { url: receiver.url(), event_types: ['issue.created'] })).body.data;
  const rotated = (await api.post(`/webhooks/${created.id}/rotate-secret`)).body.data;
  assert.notEqual(rotated.secret, created.secret);
  await createIssue(api);
  const [r] = await receiver.waitFor((all) => all.length >= 1);
  assert.equal(String(r!.headers['webhook-signature']).split(' ').length, 2);
  for (const secret of [created.secret, rotated.secret])
    assert.doesNotThrow(() => new Webhook(secret).verify(r!.body, r!.headers as Record<string, string>));
});

test('webhooks: validation, listing, deletion, and another workspace gets 404', async (t) => {
  const { api, otherWorkspace } = await build(t, { env: FAST });
  assert.equal((await api.post('/webhooks', { url: 'ftp://x' })).status, 400);
  assert.equal((await api.post('/webhooks', { url: 'not a url' })).status, 400);
  assert.equal((await api.post('/webhooks', {})).status, 400);
  assert.equal(
    (await api.post('/webhooks', { url: 'http://127.0.0.1:9/x', event_types: ['message.exploded'] })).status,
    400,
  );
  const endpoint = (await api.post('/webhooks', { url: 'http://127.0.0.1:9/x' })).body.data;
  assert.deepEqual(
    (await api.get('/webhooks')).body.data.map((e: { id: string }) => e.id),
    [endpoint.id],
  );
  const other = await otherWorkspace();
  for (const [method, url] of [
    ['GET', `/webhooks/${endpoint.id}`],
    ['DELETE', `/webhooks/${endpoint.id}`],
    ['POST', `/webhooks/${endpoint.id}/rotate-secret`],
    ['POST', `/webhooks/${endpoint.id}/resume`],
    ['GET', `/webhooks/${endpoint.id}/deliveries`],
    ['POST', `/webhooks/${endpoint.id}/deliveries/x/replay`],
  ] as const) {
    assert.equal((await other.api.request(method, url)).status, 404, `${method} ${url}`);
  }
  assert.deepEqual((await other.api.get('/webhooks')).body.data, []);
  assert.equal((await api.post(`/webhooks/${endpoint.id}/deliveries/unknown/replay`)).status, 404);
  assert.equal((await api.delete(`/webhooks/${endpoint.id}`)).status, 200);
  assert.equal((await api.get(`/webhooks/${endpoint.id}`)).status, 404);
});

test('GET /events lists the workspace events in order, paged, and only its own', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  await postNote(api, issue.id);
  const all = (await api.get('/events')).body.data;
  assert.deepEqual(
    all.map((e: { type: string }) => e.type),
    ['issue.created', 'message.created', 'thread.created', 'message.created'],
  );
  assert.equal(all[0].data.issue.id, issue.id);
  const first = await api.get('/events?limit=3');
  const rest = await api.get(`/events?limit=3&cursor=${first.body.pagination.cursor}`);
  assert.deepEqual(
    [...first.body.data, ...rest.body.data].map((e: { id: string }) => e.id),
    all.map((e: { id: string }) => e.id),
  );
  const other = await otherWorkspace();
  assert.deepEqual((await other.api.get('/events')).body.data, []);
  assert.equal((await other.api.get(`/events?cursor=${first.body.pagination.cursor}`)).status, 400);
});
