import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHelplineClient, HelplineApiError, unwrap, type HelplineClient, type Message } from '../src/index.js';
import { createIssue, listMessages } from './helpers/issues.js';
import { recordingFetch } from './helpers/recording-fetch.js';
import { startServer, type LiveServer } from './helpers/server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: LiveServer;
let client: HelplineClient;

before(async () => {
  server = await startServer();
  client = createHelplineClient({ baseUrl: server.url, token: server.token });
});
after(() => server?.stop());

describe('against a live server', () => {
  test('creates an issue and lists its messages, typed, with the bearer token', async () => {
    const recorder = recordingFetch();
    const recorded = createHelplineClient({ baseUrl: server.url, token: server.token, fetch: recorder.fetch });
    const issue = await createIssue(recorded, 'Typed from end to end');
    assert.equal(issue.title, 'Typed from end to end');

    const messages: Message[] = await listMessages(recorded, issue.id);
    assert.equal(messages.length, 1);
    assert.match(messages[0]?.message_html ?? '', /Help!/);
    for (const request of recorder.requests) {
      assert.equal(request.headers.get('Authorization'), `Bearer ${server.token}`);
    }
    // Only the three stored writes get a key: creating an issue and reading carry none.
    assert.deepEqual(
      recorder.requests.map((r) => r.headers.has('Idempotency-Key')),
      [false, false],
    );
  });

  test('replies to the first message, with a generated Idempotency-Key', async () => {
    const recorder = recordingFetch();
    const recorded = createHelplineClient({ baseUrl: server.url, token: server.token, fetch: recorder.fetch });
    const issue = await createIssue(client);
    const [first] = await listMessages(client, issue.id);
    assert.ok(first?.id);

    const { data, error } = await recorded.POST('/issues/{id}/reply', {
      params: { path: { id: issue.id } },
      body: { body_html: '<p>Try resetting your password.</p>', message_id: first.id },
    });
    assert.equal(error, undefined);
    assert.equal(data?.data?.issue_id, issue.id);
    assert.match(recorder.requests[0]?.headers.get('Idempotency-Key') ?? '', UUID);

    const messages = await listMessages(client, issue.id);
    assert.deepEqual(
      messages.map((m) => m.id),
      [first.id, data?.data?.id],
    );
  });

  test('a note whose answer is lost is sent again with the same key and stored once', async () => {
    const recorder = recordingFetch((n) => (n === 0 ? 'lose-answer' : undefined));
    const recorded = createHelplineClient({
      baseUrl: server.url,
      token: server.token,
      fetch: recorder.fetch,
      retryBaseDelayMs: 10,
    });
    const issue = await createIssue(client);

    const result = await recorded.POST('/issues/{id}/note', {
      params: { path: { id: issue.id } },
      body: { body_html: '<p>Customer is on the legacy plan.</p>' },
    });
    assert.equal(result.error, undefined);
    assert.equal(recorder.requests.length, 2, 'the note was sent twice');
    const [sent, resent] = recorder.requests;
    assert.match(sent?.headers.get('Idempotency-Key') ?? '', UUID);
    assert.equal(resent?.headers.get('Idempotency-Key'), sent?.headers.get('Idempotency-Key'));
    assert.equal(resent?.body, sent?.body);
    assert.equal(result.response.headers.get('Idempotent-Replayed'), 'true', 'the second answer is the first one');

    // The issue's own first message is an internal note too (it was created without a destination): skip it.
    const [, ...notes] = (await listMessages(client, issue.id)).filter((m) => m.is_private);
    assert.deepEqual(
      notes.map((m) => m.id),
      [result.data?.data?.id],
    );
  });

  test("the caller's Idempotency-Key wins, and repeating the call returns the same note", async () => {
    const recorder = recordingFetch();
    const recorded = createHelplineClient({ baseUrl: server.url, token: server.token, fetch: recorder.fetch });
    const issue = await createIssue(client);
    const note = () =>
      recorded.POST('/issues/{id}/note', {
        params: { path: { id: issue.id } },
        body: { body_html: '<p>Escalated.</p>' },
        headers: { 'Idempotency-Key': `escalation-${issue.id}` },
      });

    const first = unwrap(await note());
    const second = unwrap(await note());
    assert.ok(first.data?.id);
    assert.equal(second.data?.id, first.data.id);
    assert.deepEqual(
      recorder.requests.map((r) => r.headers.get('Idempotency-Key')),
      [`escalation-${issue.id}`, `escalation-${issue.id}`],
    );
    assert.equal((await listMessages(client, issue.id)).filter((m) => m.is_private).length, 2, 'the first + one note');
  });

  test('creates an internal thread, with a generated Idempotency-Key', async () => {
    const recorder = recordingFetch();
    const recorded = createHelplineClient({ baseUrl: server.url, token: server.token, fetch: recorder.fetch });
    const issue = await createIssue(client);
    const { data, error } = await recorded.POST('/issues/{id}/threads', {
      params: { path: { id: issue.id } },
      body: { name: 'Billing' },
    });
    assert.equal(error, undefined);
    assert.equal(data?.data?.name, 'Billing');
    assert.match(recorder.requests[0]?.headers.get('Idempotency-Key') ?? '', UUID);
  });

  test('a token given as a function is asked for on each call', async () => {
    let asked = 0;
    const rotating = createHelplineClient({ baseUrl: server.url, token: () => (asked++, server.token) });
    const { data } = await rotating.GET('/me');
    assert.ok(data?.data?.id);
    assert.equal(asked, 1);
  });

  test('a wrong token answers 401 as the typed error envelope, without a retry', async () => {
    const recorder = recordingFetch();
    const wrong = createHelplineClient({ baseUrl: server.url, token: 'hl_not-a-real-token', fetch: recorder.fetch });

    const { data, error, response } = await wrong.GET('/issues/{id}/messages', { params: { path: { id: '1' } } });
    assert.equal(data, undefined);
    assert.equal(response.status, 401);
    assert.ok(error, 'an error answer');
    const messages: string[] = error.errors;
    assert.ok(messages.length > 0 && messages.every((m) => typeof m === 'string'));
    assert.equal(error.request_id, response.headers.get('X-Request-Id'));
    assert.equal(recorder.requests.length, 1, '401 is final');

    await assert.rejects(
      async () => unwrap(await wrong.GET('/me')),
      (thrown: unknown) =>
        thrown instanceof HelplineApiError && thrown.status === 401 && typeof thrown.requestId === 'string',
    );
  });
});
