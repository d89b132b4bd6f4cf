import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createHelplineClient } from '../src/index.js';
import { createIssue } from './helpers/issues.js';
import { recordingFetch } from './helpers/recording-fetch.js';
import { startServer, type LiveServer } from './helpers/server.js';

let server: LiveServer;

// POST /issues allows 10 a minute; at a tenth of that the second creation in a minute is already refused.
before(async () => {
  server = await startServer({ rateLimitMultiplier: 0.1 });
});
after(() => server?.stop());

test('a real rate limit: the 429 is retried after the (capped) wait, then answered as the typed error', async () => {
  await createIssue(createHelplineClient({ baseUrl: server.url, token: server.token }), 'Uses the one allowed');

  const recorder = recordingFetch();
  const client = createHelplineClient({
    baseUrl: server.url,
    token: server.token,
    fetch: recorder.fetch,
    retries: 2,
    // The server asks for up to a minute; the cap keeps the test short and shows the wait is bounded.
    maxRetryDelayMs: 150,
  });
  const started = Date.now();
  const { data, error, response } = await client.POST('/issues', {
    body: { title: 'One too many', body_html: '<p>Again</p>', requester_email: 'grace@example.com' },
  });

  assert.equal(data, undefined);
  assert.equal(response.status, 429);
  assert.match(error?.errors[0] ?? '', /Rate limit of 1 requests per minute exceeded/);
  const retryAfter = Number(response.headers.get('Retry-After'));
  assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After: ${retryAfter}`);
  assert.equal(response.headers.get('X-Rate-Limit-Limit'), '1');
  assert.equal(recorder.requests.length, 3, 'the first attempt and two retries');
  assert.ok(Date.now() - started >= 300, 'each retry waited the capped delay');
});

test('retries: 0 hands the first 429 straight back', async () => {
  const recorder = recordingFetch();
  const client = createHelplineClient({ baseUrl: server.url, token: server.token, fetch: recorder.fetch, retries: 0 });
  const { error, response } = await client.POST('/issues', {
    body: { title: 'Still too many', body_html: '<p>Again</p>', requester_email: 'grace@example.com' },
  });
  assert.equal(response.status, 429);
  assert.equal(error?.request_id, response.headers.get('X-Request-Id'));
  assert.equal(recorder.requests.length, 1);
});
