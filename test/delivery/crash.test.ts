import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durableDatabaseUrl } from '../helpers/database.js';
import { startServer, tempDir } from '../helpers/process.js';
import { startReceiver } from '../helpers/receiver.js';

test('a Helpline killed with SIGKILL mid-delivery delivers the event after restart', async (t) => {
  const receiver = await startReceiver(t, (n) => (n === 1 ? 'hang' : 200));
  const token = 'crash-delivery-token-0123456789';
  const env = {
    DATABASE_URL: await durableDatabaseUrl(t, tempDir(t)),
    BOOTSTRAP_API_TOKEN: token,
    DELIVERY_POLL_MS: '50',
    DELIVERY_LEASE_MS: '1000',
    WEBHOOK_TIMEOUT_MS: '60000',
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const first = await startServer(t, env);
  const hook = await fetch(`${first.baseUrl}/webhooks`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ url: receiver.url(), event_types: ['issue.created'] }),
  });
  assert.equal(hook.status, 200);
  const issue = await fetch(`${first.baseUrl}/issues`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: 'x', body_html: 'y', requester_email: 'z@example.com' }),
  });
  assert.equal(issue.status, 200);
  await receiver.waitFor((all) => all.length === 1);
  first.child.kill('SIGKILL');
  await first.exited;

  await startServer(t, env);
  const [hung, delivered] = await receiver.waitFor((all) => all.length >= 2, 15_000);
  assert.equal(delivered!.json.type, 'issue.created');
  assert.equal(
    delivered!.headers['webhook-id'],
    hung!.headers['webhook-id'],
    'the same event, so the receiver can tell it is a retry',
  );
});
