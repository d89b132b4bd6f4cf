import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { build, type Api, type Built } from './helpers/build.js';
import { createIssue, listMessages, postNote } from './helpers/factories.js';
import { startReceiver } from './helpers/receiver.js';

const ON = { TEST_CONTROLS: 'true' };

const TEST_ROUTES: [string, string][] = [
  ['POST', '/helpline/test/demo'],
  ['POST', '/helpline/test/snapshots'],
  ['POST', '/helpline/test/snapshots/0190a0a0-0000-7000-8000-000000000000/restore'],
  ['DELETE', '/helpline/test/snapshots/0190a0a0-0000-7000-8000-000000000000'],
  ['POST', '/helpline/test/faults'],
  ['GET', '/helpline/test/faults'],
  ['DELETE', '/helpline/test/faults'],
  ['GET', '/helpline/test/clock'],
  ['POST', '/helpline/test/clock'],
];

const HOUR = 3_600_000;
const withoutRequestId = (text: string) => text.replace(/"request_id":"[^"]*"/g, '');

/** A window of issue creation times that holds every demo issue (the oldest is a few days old). */
function issueWindow(): string {
  const end = new Date(Date.now() + HOUR).toISOString();
  const start = new Date(Date.now() - 20 * 24 * HOUR).toISOString();
  return `start_time=${encodeURIComponent(start)}&end_time=${encodeURIComponent(end)}`;
}

/** What a client sees of the workspace: the issue list, every issue's messages, and the events, page by page. */
async function observe(api: Api, window: string): Promise<string[]> {
  const seen: string[] = [];
  const issues = await api.get(`/issues?${window}`);
  assert.equal(issues.status, 200, issues.text);
  seen.push(withoutRequestId(issues.text));
  for (const issue of issues.body.data) {
    const messages = await api.get(`/issues/${issue.id}/messages`);
    assert.equal(messages.status, 200, messages.text);
    seen.push(withoutRequestId(messages.text));
  }
  for (let cursor = ''; ;) {
    const page = await api.get(`/events?limit=25${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(page.status, 200, page.text);
    seen.push(withoutRequestId(page.text));
    if (!page.body.pagination.has_next_page) break;
    cursor = page.body.pagination.cursor;
  }
  return seen;
}

test('test controls are off by default: every /helpline/test route is a 404 like any unknown route', async (t) => {
  const { api } = await build(t);
  for (const [method, url] of TEST_ROUTES) {
    const res = await api.request(method, url, { body: method === 'POST' ? {} : undefined });
    assert.equal(res.status, 404, `${method} ${url}`);
    assert.match(res.body.errors[0], /^No route /);
  }
  const documented = Object.keys((await api.get('/openapi.json', { token: null })).body.paths);
  assert.ok(!documented.some((path) => path.startsWith('/helpline/test')), 'not in the served OpenAPI document');
});

test('on, the test controls are documented as Helpline extensions and refused to a member (403)', async (t) => {
  const { api, member } = await build(t, { env: ON });
  const paths = (await api.get('/openapi.json', { token: null })).body.paths;
  const operations = Object.entries(paths)
    .filter(([path]) => path.startsWith('/helpline/test/'))
    .flatMap(([, ops]) => Object.values(ops as Record<string, { description: string }>));
  assert.equal(operations.length, TEST_ROUTES.length);
  for (const op of operations) {
    assert.match(op.description, /^Helpline extension \(TEST_CONTROLS=true\)\. /);
  }
  const { api: asMember } = await member();
  for (const [method, url] of TEST_ROUTES) {
    const res = await asMember.request(method, url, { body: method === 'POST' ? {} : undefined });
    assert.equal(res.status, 403, `${method} ${url}: ${res.text}`);
  }
});

test('the demo loads issues in every state, with replies, notes in threads and email issues', async (t) => {
  const { api } = await build(t, { env: ON });
  const demo = await api.post('/helpline/test/demo');
  assert.equal(demo.status, 200, demo.text);
  const expected = { new: 3, waiting_on_you: 3, waiting_on_customer: 2, on_hold: 2, closed: 2 };
  assert.deepEqual(demo.body.data.issues_by_state, expected);
  assert.equal(demo.body.data.issues, 12);

  const issues = (await api.get(`/issues?${issueWindow()}`)).body.data as { id: string; state: string }[];
  const byState: Record<string, number> = {};
  for (const issue of issues) byState[issue.state] = (byState[issue.state] ?? 0) + 1;
  assert.deepEqual(byState, expected);
  const messages = (await Promise.all(issues.map((i) => listMessages(api, i.id)))).flatMap((page) => page.data);
  assert.equal(messages.length, demo.body.data.messages);
  assert.ok(
    messages.some((m) => m.is_private),
    'internal notes',
  );
  assert.ok(
    messages.some((m) => m.author?.contact),
    'customer replies',
  );
  assert.ok(
    messages.some((m) => m.source === 'email'),
    'email messages',
  );
  assert.equal((await api.get('/accounts')).body.data.length, 3);
  assert.equal((await api.get('/contacts')).body.data.length, 6);

  const again = await api.post('/helpline/test/demo');
  assert.equal(again.status, 200, 'loading twice reuses the agents, accounts and contacts');
  assert.equal((await api.get('/contacts')).body.data.length, 6);
});

/** Waits until every delivery to the endpoint has succeeded, so listings do not change while they are compared. */
async function deliveriesSettled(api: Api, endpointId: string, count: number): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const deliveries = (await api.get(`/webhooks/${endpointId}/deliveries`)).body.data as { status: string }[];
    if (deliveries.length === count && deliveries.every((d) => d.status === 'succeeded')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`${count} deliveries did not all succeed in time`);
}

test('restoring a snapshot gives back the same lists, cursors, deliveries, tokens and issue numbers', async (t) => {
  const env = { ...ON, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', DELIVERY_POLL_MS: '20' };
  const { api, member } = await build(t, { env });
  const receiver = await startReceiver(t);
  const endpoint = (await api.post('/webhooks', { url: receiver.url(), event_types: ['issue.created'] })).body.data;
  await api.post('/helpline/test/demo');
  await deliveriesSettled(api, endpoint.id, 12);
  const window = issueWindow();
  const observeAll = async () => [
    ...(await observe(api, window)),
    withoutRequestId((await api.get(`/webhooks/${endpoint.id}/deliveries`)).text),
    withoutRequestId((await api.get('/accounts')).text),
    withoutRequestId((await api.get('/contacts')).text),
  ];
  const before = await observeAll();
  const snapshot = await api.post('/helpline/test/snapshots');
  assert.equal(snapshot.status, 200, snapshot.text);
  assert.ok(snapshot.body.data.rows > 50);

  const created = await createIssue(api, { title: 'Created after the snapshot' });
  await deliveriesSettled(api, endpoint.id, 13);
  const [first, second] = (await api.get(`/issues?${window}`)).body.data;
  const note = await postNote(api, first.id, { body_html: '<p>a password: hunter2</p>' });
  assert.equal((await api.post(`/issues/${first.id}/messages/${note.id}/redact`)).status, 200);
  const [firstMessage] = (await listMessages(api, first.id)).data;
  assert.equal((await api.delete(`/issues/${first.id}/messages/${firstMessage.id}`)).status, 200);
  assert.equal((await api.patch(`/issues/${second.id}`, { state: 'closed', tags: ['changed'] })).status, 200);
  // Rows keyed by (workspace, external id) and (workspace, idempotency key): composite primary keys.
  const account = { name: 'Late Corp', external_ids: [{ external_id: 'crm-9' }] };
  assert.equal((await api.post('/accounts', account)).status, 200);
  const retried = { headers: { 'idempotency-key': 'note-1' } };
  const once = await api.post(`/issues/${second.id}/note`, { body_html: '<p>once</p>' }, retried);
  assert.equal(once.status, 200);
  const newcomer = await member();
  assert.equal((await newcomer.api.get('/me')).status, 200);
  assert.notDeepEqual(await observeAll(), before);

  const restored = await api.post(`/helpline/test/snapshots/${snapshot.body.data.id}/restore`);
  assert.equal(restored.status, 200, restored.text);
  assert.deepEqual(await observeAll(), before);
  assert.equal((await api.get(`/issues/${created.id}`)).status, 404);
  assert.equal((await newcomer.api.get('/me')).status, 401, 'a token created after the snapshot is gone');
  assert.equal((await createIssue(api)).number, created.number, 'the issue counter is restored too');
  assert.equal((await api.post('/accounts', account)).status, 200, 'the external id is free again');
  const again = await api.post(`/issues/${second.id}/note`, { body_html: '<p>once</p>' }, retried);
  assert.equal(again.headers['idempotent-replayed'], undefined, 'the idempotency key is forgotten');
  assert.notEqual(again.body.data.id, once.body.data.id);
});

test("another workspace's snapshot is not found", async (t) => {
  const { api, otherWorkspace } = await build(t, { env: ON });
  const id = (await api.post('/helpline/test/snapshots')).body.data.id;
  const other = await otherWorkspace();
  assert.equal((await other.api.post(`/helpline/test/snapshots/${id}/restore`)).status, 404);
  assert.equal((await other.api.delete(`/helpline/test/snapshots/${id}`)).status, 404);
  assert.equal((await api.delete(`/helpline/test/snapshots/${id}`)).status, 200);
  assert.equal((await api.post(`/helpline/test/snapshots/${id}/restore`)).status, 404);
});

/** The server on a real socket: a dropped connection can only be seen over one. */
async function listening(built: Built) {
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(built.app.server.address() as AddressInfo).port}`;
  const call = (method: string, path: string, token = built.token, body?: unknown) =>
    fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return call;
}

const fault = (api: Api, body: Record<string, unknown>) =>
  api.post('/helpline/test/faults', body).then((res) => {
    assert.equal(res.status, 200, res.text);
    return res.body.data;
  });

test('a status fault answers the next N matching requests of the workspace with that error, then none', async (t) => {
  const built = await build(t, { env: ON });
  const call = await listening(built);
  const issue = await createIssue(built.api);
  await fault(built.api, { method: 'GET', path: '/issues/{id}', count: 2, kind: 'status', status: 502 });
  const other = await built.otherWorkspace();
  assert.equal((await call('GET', `/issues/${issue.number}`, other.token)).status, 404, 'other workspaces unaffected');
  for (let i = 0; i < 2; i++) {
    const res = await call('GET', `/issues/${issue.id}`);
    assert.equal(res.status, 502);
    const body = (await res.json()) as { errors: string[]; request_id: string };
    assert.match(body.errors[0]!, /Fault injected by the test controls/);
    assert.equal(body.request_id, res.headers.get('x-request-id'));
  }
  assert.equal((await call('GET', `/issues/${issue.id}`)).status, 200);
  assert.deepEqual((await built.api.get('/helpline/test/faults')).body.data, []);
});

test('a rate_limit fault answers 429 with Retry-After and the request is not carried out', async (t) => {
  const { api } = await build(t, { env: ON });
  const issue = await createIssue(api);
  const set = await fault(api, {
    method: 'POST',
    path: '/issues/:id/note',
    count: 1,
    kind: 'rate_limit',
    retry_after_s: 7,
  });
  assert.equal(set.remaining, 1);
  assert.equal((await api.get('/helpline/test/faults')).body.data.length, 1);
  const limited = await api.post(`/issues/${issue.id}/note`, { body_html: '<p>x</p>' });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers['retry-after'], '7');
  assert.equal((await listMessages(api, issue.id)).data.length, 1, 'no note was written');
  assert.equal((await api.post(`/issues/${issue.id}/note`, { body_html: '<p>x</p>' })).status, 200);
});

test('a latency fault delays the request, which is then answered as usual', async (t) => {
  const { api } = await build(t, { env: ON });
  await fault(api, { method: 'GET', path: '/me', count: 1, kind: 'latency', latency_ms: 300 });
  const started = Date.now();
  assert.equal((await api.get('/me')).status, 200);
  assert.ok(Date.now() - started >= 300, `answered after ${Date.now() - started} ms`);
  assert.deepEqual((await api.get('/helpline/test/faults')).body.data, []);
});

test('a drop fault closes the connection without an answer; DELETE clears faults', async (t) => {
  const built = await build(t, { env: ON });
  const call = await listening(built);
  await fault(built.api, { method: 'GET', path: '/me', count: 1, kind: 'drop' });
  await assert.rejects(call('GET', '/me'));
  assert.equal((await call('GET', '/me')).status, 200);
  await fault(built.api, { method: 'GET', path: '/me', count: 5, kind: 'drop' });
  assert.deepEqual((await built.api.delete('/helpline/test/faults')).body.data, { cleared: 1 });
  assert.equal((await call('GET', '/me')).status, 200);
});

test('advancing the clock moves business time and sends a webhook retry scheduled an hour ahead', async (t) => {
  const env = { ...ON, WEBHOOK_RETRY_BASE_MS: String(HOUR), DELIVERY_POLL_MS: '20' };
  const { api } = await build(t, { env: { ...env, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' } });
  const receiver = await startReceiver(t, (n) => (n === 1 ? 500 : 200));
  const endpoint = (await api.post('/webhooks', { url: receiver.url(), event_types: ['thread.created'] })).body.data;
  const issue = await createIssue(api);
  await api.post(`/issues/${issue.id}/threads`, { name: 'Escalation' });
  await receiver.waitFor((all) => all.length === 1);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(receiver.received.length, 1, 'the retry waits about an hour');

  const before = Date.parse((await api.get('/helpline/test/clock')).body.data.now);
  const advanced = await api.post('/helpline/test/clock', { advance_ms: 2 * HOUR });
  assert.equal(advanced.status, 200, advanced.text);
  assert.ok(Date.parse(advanced.body.data.now) >= before + 2 * HOUR);
  const clock = (await api.get('/helpline/test/clock')).body.data;
  assert.ok(Date.parse(clock.now) >= before + 2 * HOUR && clock.offset_ms === 2 * HOUR);

  await receiver.waitFor((all) => all.length === 2);
  assert.equal(receiver.received[1]!.json.type, 'thread.created');
  await new Promise((resolve) => setTimeout(resolve, 100));
  const [delivery] = (await api.get(`/webhooks/${endpoint.id}/deliveries`)).body.data;
  assert.equal(delivery.status, 'succeeded');
  assert.equal((await api.post('/helpline/test/clock', { advance_ms: -1 })).status, 400, 'time never goes back');
});
