import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHelplineClient, type HelplineErrorBody, type Issue, type Message } from '../src/index.js';

// The checks that matter here run in `tsc --noEmit` (part of `npm test`): each @ts-expect-error fails the type
// check when the line it marks stops being an error, so a loosened type cannot slip through.
const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

test('paths, parameters, bodies and answers are typed from the served document', async () => {
  const message: Message = { id: 'm1', message_html: '<p>Hi</p>', is_private: false };
  const client = createHelplineClient({
    baseUrl: 'http://helpline.invalid',
    token: 'hl_example',
    fetch: async () => answer({ data: [message], request_id: 'r1' }),
  });

  const { data, error } = await client.GET('/issues/{id}/messages', { params: { path: { id: '42' } } });
  if (error) {
    const envelope: HelplineErrorBody = error;
    assert.fail(envelope.errors.join());
  }
  const messages: Message[] | undefined = data?.data;
  assert.deepEqual(messages, [message]);

  if (Date.now() < 0) {
    // Never run: these only have to fail to compile.
    // @ts-expect-error a path Helpline does not serve
    await client.GET('/tickets');
    // @ts-expect-error the issue id is required
    await client.GET('/issues/{id}/messages', { params: { path: {} } });
    // @ts-expect-error a reply needs the message it answers
    await client.POST('/issues/{id}/reply', { params: { path: { id: '1' } }, body: { body_html: '<p>x</p>' } });
    // @ts-expect-error an issue's title is a string
    const wrong: Issue = { title: 42 };
    void wrong;
  }
});

test('an error answer is the envelope, typed', async () => {
  const client = createHelplineClient({
    baseUrl: 'http://helpline.invalid',
    token: 'hl_example',
    fetch: async () => answer({ errors: ['Issue not found'], request_id: 'r2' }, 404),
  });
  const { data, error, response } = await client.GET('/issues/{id}', { params: { path: { id: '404' } } });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  assert.deepEqual(error, { errors: ['Issue not found'], request_id: 'r2' });
});
