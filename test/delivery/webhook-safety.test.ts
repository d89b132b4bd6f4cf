import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, type TestContext } from 'node:test';
import { newId } from '../../src/core/ids.js';
import { insertWebhookEndpoint } from '../../src/features/webhooks/webhook-endpoint.repository.js';
import { generateWebhookSecret } from '../../src/features/webhooks/webhook.service.js';
import { build, type Api } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';
import { startReceiver } from '../helpers/receiver.js';

const FAST = { WEBHOOK_RETRY_BASE_MS: '50', DELIVERY_POLL_MS: '20' };
/** The receivers here listen on 127.0.0.1: tests that are not about the address policy allow private networks. */
const LOCAL = { ...FAST, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' };
const ISSUES_ONLY = ['issue.created'];

interface DeliveryJson {
  status: string;
  last_status_code?: number;
  last_error?: string;
  attempts: { status_code?: number; error?: string; duration_ms: number }[];
}

/** The endpoint's single delivery once `done` holds for it (polling the API), or a failure after `ms`. */
async function deliveryWhen(api: Api, endpointId: string, done: (d: DeliveryJson) => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const [delivery] = (await api.get(`/webhooks/${endpointId}/deliveries`)).body.data as DeliveryJson[];
    if (delivery && done(delivery)) return delivery;
    if (Date.now() > deadline) assert.fail(`delivery not done in ${ms} ms: ${JSON.stringify(delivery)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('creating an endpoint refuses every spelling of an internal address with 400, in the envelope', async (t) => {
  const { api } = await build(t, { env: FAST });
  const internal = [
    'http://127.0.0.1/hook',
    'http://localhost:8080/hook',
    'http://10.1.2.3/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://2130706433/hook',
    'http://0x7f000001/hook',
    'http://0/hook',
    'http://127.1/hook',
    'http://[fd00::1]/hook',
    'https://100.64.0.1/hook',
    'http://192.168.1.1/hook',
    'http://[fe80::1]/hook',
    'http://224.0.0.1/hook',
  ];
  for (const url of internal) {
    const res = await api.post('/webhooks', { url });
    assert.equal(res.status, 400, url);
    assert.match(res.body.errors[0], /^url refused: .+ (is|resolves to) a private address$/, url);
  }
  const unknown = await api.post('/webhooks', { url: 'https://receiver.invalid/hook' });
  assert.equal(unknown.status, 400);
  assert.deepEqual(unknown.body.errors, ['url refused: receiver.invalid does not resolve']);
  const publicAddress = await api.post('/webhooks', { url: 'https://93.184.215.14/hook' });
  assert.equal(publicAddress.status, 200, publicAddress.text);
  assert.equal((await api.get('/webhooks')).body.data.length, 1, 'only the public receiver was stored');
});

test('credentials in a URL are refused and never echoed; allowing private networks accepts 127.0.0.1', async (t) => {
  for (const env of [FAST, LOCAL]) {
    const { api } = await build(t, { env });
    for (const url of ['http://hook-user:s3cret-pass@127.0.0.1/x', 'https://hook-user:s3cret-pass@example.com/x']) {
      const res = await api.post('/webhooks', { url });
      assert.equal(res.status, 400, url);
      assert.deepEqual(res.body.errors, ['url must not contain credentials']);
      assert.ok(!res.text.includes('s3cret-pass') && !res.text.includes('hook-user'), res.text);
    }
  }
  const { api } = await build(t, { env: LOCAL });
  const local = await api.post('/webhooks', { url: 'http://127.0.0.1:9/hook' });
  assert.equal(local.status, 200, local.text);
});

test('a receiver whose name now resolves to a private address is never connected to (DNS rebinding)', async (t) => {
  const receiver = await startReceiver(t);
  const { api, app, workspaceId } = await build(t, { env: FAST });
  // Stored as if created while the name pointed elsewhere (or before this policy): the check at connect time decides.
  const port = new URL(receiver.url()).port;
  const endpoints = ['localhost', '127.0.0.1'].map((host) => ({
    id: newId(),
    workspaceId,
    url: `http://${host}:${port}/hook`,
    description: null,
    eventTypes: ISSUES_ONLY,
    secret: generateWebhookSecret(),
    previousSecret: null,
    previousSecretExpiresAt: null,
    status: 'active' as const,
    pausedReason: null,
    failingSince: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  }));
  for (const endpoint of endpoints) await insertWebhookEndpoint(app.helpline.store.db, endpoint);
  await createIssue(api);
  for (const [i, host] of ['localhost', '127.0.0.1'].entries()) {
    const failed = await deliveryWhen(api, endpoints[i]!.id, (d) => d.status !== 'pending');
    assert.equal(failed.status, 'failed', 'a refusal is not retried');
    assert.equal(failed.last_error, `refused: ${host} resolves to a private address`);
    assert.equal(failed.attempts.length, 1);
  }
  assert.equal(receiver.received.length, 0, 'the receiver got nothing');
});

/** A receiver that answers 200 and streams up to 10 MB of body without ever ending it. */
async function startStreamingReceiver(t: TestContext) {
  const limit = 10 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let written = 0;
  let hungUp!: () => void;
  const closed = new Promise<void>((resolve) => (hungUp = resolve));
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.on('close', hungUp);
    const pump = () => {
      while (written < limit) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, closed, written: () => written, limit };
}

test('a receiver streaming a body without end: 64 KB are read, then the connection is cut', async (t) => {
  const receiver = await startStreamingReceiver(t);
  const { api } = await build(t, { env: { ...LOCAL, WEBHOOK_TIMEOUT_MS: '30000' } });
  const endpoint = (await api.post('/webhooks', { url: receiver.url, event_types: ISSUES_ONLY })).body.data;
  await createIssue(api);
  const delivery = await deliveryWhen(api, endpoint.id, (d) => d.attempts.length > 0);
  assert.equal(delivery.status, 'succeeded', 'the status line is the answer');
  assert.equal(delivery.last_status_code, 200);
  assert.ok(delivery.attempts[0]!.duration_ms < 5_000, `took ${delivery.attempts[0]!.duration_ms} ms`);
  await receiver.closed;
  assert.ok(receiver.written() < receiver.limit, `the receiver wrote ${receiver.written()} bytes before the cut`);
});

test('an endpoint holds at most WEBHOOK_CONCURRENCY_PER_ENDPOINT sends; the others go on', async (t) => {
  const stalled = await startReceiver(t, () => 'hang');
  const healthy = await startReceiver(t);
  const env = { ...LOCAL, WEBHOOK_TIMEOUT_MS: '30000', WEBHOOK_CONCURRENCY_PER_ENDPOINT: '2' };
  const { api } = await build(t, { env });
  await api.post('/webhooks', { url: stalled.url(), event_types: ISSUES_ONLY });
  await api.post('/webhooks', { url: healthy.url(), event_types: ISSUES_ONLY });
  for (let i = 0; i < 8; i++) await createIssue(api);
  await healthy.waitFor((all) => all.length === 8, 3_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(stalled.received.length, 2, 'two sends wait on the stalled receiver; the other six are not claimed');
});

test('20 receivers that never answer do not delay another workspace: its event arrives within 1 s', async (t) => {
  const stalled = await Promise.all(Array.from({ length: 20 }, () => startReceiver(t, () => 'hang')));
  const receiverA = await startReceiver(t);
  const { api: apiA, otherWorkspace } = await build(t, { env: { ...LOCAL, WEBHOOK_TIMEOUT_MS: '30000' } });
  const { api: apiB } = await otherWorkspace();
  for (const receiver of stalled) {
    assert.equal((await apiB.post('/webhooks', { url: receiver.url(), event_types: ISSUES_ONLY })).status, 200);
  }
  await apiA.post('/webhooks', { url: receiverA.url(), event_types: ISSUES_ONLY });
  await createIssue(apiB);
  await Promise.all(stalled.map((receiver) => receiver.waitFor((all) => all.length === 1, 5_000)));

  const started = performance.now();
  await createIssue(apiA);
  await receiverA.waitFor((all) => all.length === 1, 5_000);
  const latency = Math.round(performance.now() - started);
  t.diagnostic(`workspace A's event arrived ${latency} ms after its issue was created`);
  assert.ok(latency < 1_000, `took ${latency} ms`);
});
