import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHelplineClient, parseRetryAfter, type HelplineClientOptions } from '../src/index.js';
import { createIssue } from './helpers/issues.js';
import { errorResponse, recordingFetch, type Script } from './helpers/recording-fetch.js';
import { startServer, type LiveServer } from './helpers/server.js';

let server: LiveServer;

before(async () => {
  server = await startServer();
});
after(() => server?.stop());

function clientWith(script: Script, options: Partial<HelplineClientOptions> = {}) {
  const recorder = recordingFetch(script);
  const client = createHelplineClient({ baseUrl: server.url, token: server.token, fetch: recorder.fetch, ...options });
  return { client, requests: recorder.requests };
}

const gaps = (requests: { at: number }[]) => requests.slice(1).map((r, i) => r.at - (requests[i]?.at ?? 0));

describe('retries', () => {
  test('a 429 with Retry-After: 1 is waited out (at least 1 s), then the same note is sent again', async () => {
    const issue = await createIssue(createHelplineClient({ baseUrl: server.url, token: server.token }));
    const { client, requests } = clientWith((n) =>
      n === 0 ? errorResponse(429, 'Rate limit exceeded', { 'Retry-After': '1' }) : undefined,
    );

    const started = Date.now();
    const { data, error } = await client.POST('/issues/{id}/note', {
      params: { path: { id: issue.id } },
      body: { body_html: '<p>Waiting on engineering.</p>' },
    });
    assert.equal(error, undefined);
    assert.ok(data?.data?.id);
    assert.equal(requests.length, 2);
    assert.ok(Date.now() - started >= 1000, 'waited as Retry-After asked');
    assert.ok((gaps(requests)[0] ?? 0) >= 1000);
    assert.equal(requests[1]?.headers.get('Idempotency-Key'), requests[0]?.headers.get('Idempotency-Key'));
    assert.equal(requests[1]?.body, requests[0]?.body);
    assert.equal(requests[1]?.headers.get('Authorization'), `Bearer ${server.token}`);
  });

  test('503 without Retry-After backs off with jitter, `retries` times, then answers the last error', async () => {
    const { client, requests } = clientWith(() => errorResponse(503, 'The database does not answer'), {
      retries: 2,
      retryBaseDelayMs: 40,
    });
    const { error, response } = await client.GET('/me');
    assert.equal(response.status, 503);
    assert.deepEqual(error?.errors, ['The database does not answer']);
    assert.equal(requests.length, 3);
    const [first, second] = gaps(requests);
    // Each wait lies between half and all of 40 ms, then 80 ms (timers may fire a little late, never early).
    assert.ok((first ?? 0) >= 19 && (second ?? 0) >= 39, `waits ${gaps(requests).join(', ')} ms`);
  });

  test('a Retry-After longer than maxRetryDelayMs is capped', async () => {
    const { client, requests } = clientWith(
      (n) => (n === 0 ? errorResponse(429, 'Rate limit exceeded', { 'Retry-After': '3600' }) : undefined),
      { maxRetryDelayMs: 100 },
    );
    const started = Date.now();
    const { error } = await client.GET('/me');
    assert.equal(error, undefined);
    assert.equal(requests.length, 2);
    assert.ok(Date.now() - started < 5000);
  });

  test('retries: 0 answers the first 429 as it is', async () => {
    const { client, requests } = clientWith(() => errorResponse(429, 'Rate limit exceeded', { 'Retry-After': '1' }), {
      retries: 0,
    });
    const { error, response } = await client.GET('/me');
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('Retry-After'), '1');
    assert.deepEqual(error?.errors, ['Rate limit exceeded']);
    assert.equal(requests.length, 1);
  });

  test('a GET whose answer is lost is sent again', async () => {
    const { client, requests } = clientWith((n) => (n === 0 ? 'lose-answer' : undefined), { retryBaseDelayMs: 10 });
    const { data } = await client.GET('/me');
    assert.ok(data?.data?.id);
    assert.equal(requests.length, 2);
  });

  test('a POST without an Idempotency-Key whose answer is lost is not sent again (it may have been done)', async () => {
    const { client, requests } = clientWith(() => 'lose-answer', { retryBaseDelayMs: 10 });
    await assert.rejects(
      client.POST('/issues', {
        body: { title: 'Lost answer', body_html: '<p>?</p>', requester_email: 'x@example.com' },
      }),
      /connection closed/,
    );
    assert.equal(requests.length, 1);
  });

  test('with idempotencyKeys: false a note carries no key, so a lost answer is not sent again', async () => {
    const { client, requests } = clientWith(() => 'lose-answer', { idempotencyKeys: false, retryBaseDelayMs: 10 });
    await assert.rejects(
      client.POST('/issues/{id}/note', { params: { path: { id: '1' } }, body: { body_html: '<p>x</p>' } }),
      /connection closed/,
    );
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.headers.has('Idempotency-Key'), false);
  });

  test('aborting the call ends a wait at once', async () => {
    const { client, requests } = clientWith(() => errorResponse(429, 'Rate limit exceeded', { 'Retry-After': '20' }));
    const started = Date.now();
    await assert.rejects(client.GET('/me', { signal: AbortSignal.timeout(100) }), { name: 'TimeoutError' });
    assert.equal(requests.length, 1);
    assert.ok(Date.now() - started < 5000);
  });

  test('Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('7', now), 7000);
    assert.equal(parseRetryAfter('Tue, 01 Jan 2030 00:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Mon, 31 Dec 2029 00:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
