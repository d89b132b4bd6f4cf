import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, parseConfig } from '../../src/config.js';
import { build, type Api } from '../helpers/build.js';
import { createContact, createIssue, listMessages, postReply } from '../helpers/factories.js';
import { completion, startOpenAiServer, type ChatAnswer, type ChatRequest } from '../helpers/openai-server.js';

async function createMacro(api: Api, name: string, textHtml: string, fields: Record<string, unknown> = {}) {
  const group = await api.post('/macro-groups', { title: 'Support' });
  assert.equal(group.status, 200, group.text);
  const res = await api.post('/macros', { name, text_html: textHtml, macro_group_id: group.body.data.id, ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; name: string };
}

async function createArticle(api: Api, userId: string, title: string, bodyHtml: string, isPublished = true) {
  const kb = await api.post('/knowledge-bases', { title: `Help ${title}` });
  assert.equal(kb.status, 200, kb.text);
  const res = await api.post(`/knowledge-bases/${kb.body.data.id}/articles`, {
    title,
    body_html: bodyHtml,
    author_user_id: userId,
    is_published: isPublished,
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; title: string };
}

/** An issue whose customer asks `question` in a reply of their own (a customer message, not an agent's). */
async function customerIssue(api: Api, title: string, question: string) {
  const contact = await createContact(api);
  const issue = await createIssue(api, { title, body_html: '<p>Opened by phone.</p>' });
  await postReply(api, issue.id, { body_html: `<p>${question}</p>`, contact_id: contact.id });
  return issue;
}

const aiResponse = (api: Api, issue: string | number, body: Record<string, unknown> = { ai_agent_id: 'default' }) =>
  api.post(`/issues/${issue}/ai-response`, body);

async function eventsOfType(api: Api, type: string) {
  const res = await api.get('/events?limit=1000');
  assert.equal(res.status, 200, res.text);
  return res.body.data.filter((e: { type: string }) => e.type === type) as { data: Record<string, any> }[];
}

test('without a model: the draft comes from the best-matching macro, names its sources, posts nothing', async (t) => {
  const { api } = await build(t);
  const reset = await createMacro(
    api,
    'Password reset email',
    '<p>Open the sign-in page, choose <b>Forgot password</b> and follow the reset link we email you.</p>',
  );
  const billing = await createMacro(api, 'Invoices', '<p>Invoices are under Settings, Billing.</p>');
  const issue = await customerIssue(api, 'Login trouble', 'I forgot my password, how do I reset it?');
  const before = (await listMessages(api, issue.id)).data.length;

  const res = await aiResponse(api, issue.id);
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.response_valid, true);
  assert.equal(res.body.data, undefined, 'answered without the data envelope');
  assert.match(res.body.response_html, /Forgot password/);
  assert.match(res.body.response_html, /Sources:/);
  assert.ok(res.body.response_html.includes(reset.id), 'names the macro it used');
  assert.match(res.body.response_html, /Password reset email/);
  assert.ok(!res.body.response_html.includes(billing.id), 'an unrelated macro is no source');
  assert.equal((await listMessages(api, issue.id)).data.length, before, 'a draft only: no message posted');

  const [event] = await eventsOfType(api, 'issue.ai_response_created');
  assert.equal(event?.data.issue_id, issue.id);
  assert.equal(event?.data.mode, 'retrieval');
  assert.equal(event?.data.ai_agent_id, 'default');
  assert.deepEqual(event?.data.sources, [{ type: 'macro', id: reset.id, title: 'Password reset email' }]);
  assert.equal(event?.data.note_message_id, undefined);

  const byNumber = await aiResponse(api, issue.number);
  assert.equal(byNumber.status, 200, byNumber.text);
  assert.equal(byNumber.body.response_html, res.body.response_html);
});

test('without a model: an article answers with its paragraphs about the question; drafts stay unused', async (t) => {
  const { api, userId } = await build(t);
  const article = await createArticle(
    api,
    userId,
    'Exporting your data',
    '<p>Helpline keeps your data safe.</p><p>To export your data as CSV, open Settings and choose Export.</p>' +
      '<p>Our office is closed on Sundays.</p>',
  );
  const unpublished = await createArticle(api, userId, 'Export secrets', '<p>Export draft text.</p>', false);
  await createMacro(api, 'Greeting', '<p>Welcome aboard!</p>');
  const issue = await customerIssue(api, 'CSV export', 'How can I export my data to a CSV file?');

  const res = await aiResponse(api, issue.id);
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.response_valid, true);
  const html: string = res.body.response_html;
  assert.match(html, /Our article “Exporting your data” covers this/);
  assert.match(html, /To export your data as CSV, open Settings and choose Export\./);
  assert.ok(!html.includes('closed on Sundays'), 'paragraphs that do not speak of the question are left out');
  assert.ok(html.includes(article.id), 'names the article it used');
  assert.ok(!html.includes(unpublished.id) && !html.includes('Export draft text'), 'an unpublished draft is no source');
  const [event] = await eventsOfType(api, 'issue.ai_response_created');
  assert.deepEqual(event?.data.sources, [{ type: 'article', id: article.id, title: 'Exporting your data' }]);
});

test('post_as_internal_note: the draft is posted as an internal note by the caller', async (t) => {
  const { api, userId } = await build(t);
  await createMacro(api, 'Refund policy', '<p>Refunds are paid back within 14 days of the cancellation.</p>');
  const issue = await customerIssue(api, 'Refund', 'When will my refund arrive?');

  const res = await aiResponse(api, issue.id, { ai_agent_id: 'default', post_as_internal_note: true });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.response_valid, true);
  const messages = (await listMessages(api, issue.id)).data;
  const note = messages[messages.length - 1];
  assert.equal(note.is_private, true);
  assert.equal(note.message_html, res.body.response_html);
  assert.equal(note.author.user.id, userId);
  const [event] = await eventsOfType(api, 'issue.ai_response_created');
  assert.equal(event?.data.note_message_id, note.id);
});

test('nothing matches: an honest draft saying no source answers, never posted', async (t) => {
  const { api } = await build(t);
  await createMacro(api, 'Invoices', '<p>Invoices are under Settings, Billing.</p>');
  const issue = await customerIssue(api, 'Spaceship', 'Does the rocket engine support hydrogen fuel?');
  const before = (await listMessages(api, issue.id)).data.length;

  const res = await aiResponse(api, issue.id, { ai_agent_id: 'default', post_as_internal_note: true });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.response_valid, false);
  assert.match(res.body.response_html, /No knowledge-base article or macro answers this question/);
  assert.equal((await listMessages(api, issue.id)).data.length, before);
  const [event] = await eventsOfType(api, 'issue.ai_response_created');
  assert.equal(event?.data.response_valid, false);
  assert.deepEqual(event?.data.sources, []);
});

test('AI agents: default exists, admins create more, members list them, bad input 400', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  const initial = await api.get('/ai-agents');
  assert.equal(initial.status, 200, initial.text);
  assert.deepEqual(
    initial.body.data.map((a: { id: string }) => a.id),
    ['default'],
  );

  const created = await api.post('/ai-agents', { name: ' Billing bot ', instructions: 'Always sign as Billing.' });
  assert.equal(created.status, 200, created.text);
  const agent = created.body.data;
  assert.equal(agent.name, 'Billing bot');
  assert.equal(agent.instructions, 'Always sign as Billing.');
  assert.ok(agent.created_at);
  const second = (await api.post('/ai-agents', { name: 'Second' })).body.data;
  assert.ok(second.instructions.length > 0, 'default instructions when none are given');

  const listed = await api.get('/ai-agents');
  assert.deepEqual(
    listed.body.data.map((a: { id: string }) => a.id),
    ['default', agent.id, second.id],
  );
  const page1 = await api.get('/ai-agents?limit=2');
  assert.equal(page1.body.pagination.has_next_page, true);
  const page2 = await api.get(`/ai-agents?limit=2&cursor=${page1.body.pagination.cursor}`);
  assert.deepEqual(
    [...page1.body.data, ...page2.body.data].map((a: { id: string }) => a.id),
    ['default', agent.id, second.id],
  );
  assert.equal(page2.body.pagination.has_next_page, false);

  assert.equal((await api.post('/ai-agents', { name: '  ' })).status, 400);
  assert.equal((await api.post('/ai-agents', { name: 'x'.repeat(201) })).status, 400);
  assert.equal((await api.post('/ai-agents', {})).status, 400);

  const asMember = await member();
  assert.equal((await asMember.api.post('/ai-agents', { name: 'Mine' })).status, 403);
  assert.equal((await asMember.api.get('/ai-agents')).body.data.length, 3);

  const other = await otherWorkspace();
  assert.deepEqual(
    (await other.api.get('/ai-agents')).body.data.map((a: { id: string }) => a.id),
    ['default'],
  );
  const otherIssue = await createIssue(other.api);
  const foreign = await aiResponse(other.api, otherIssue.id, { ai_agent_id: agent.id });
  assert.equal(foreign.status, 404, 'another workspace’s agent is not found');
});

test('404s and 400s: unknown issue, another workspace’s issue, unknown agent, missing agent', async (t) => {
  const { api, otherWorkspace, member } = await build(t);
  const issue = await createIssue(api);
  assert.equal((await aiResponse(api, 'no-such-issue')).status, 404);
  assert.equal((await aiResponse(api, 999999)).status, 404);
  const unknownAgent = await aiResponse(api, issue.id, { ai_agent_id: 'no-such-agent' });
  assert.equal(unknownAgent.status, 404);
  assert.match(unknownAgent.body.errors[0], /AI agent not found/);
  assert.equal((await aiResponse(api, issue.id, {})).status, 400);
  assert.equal((await aiResponse(api, issue.id, { ai_agent_id: ' ' })).status, 400);

  const other = await otherWorkspace();
  assert.equal((await aiResponse(other.api, issue.id)).status, 404);
  assert.equal((await aiResponse(other.api, issue.number)).status, 404);

  // Drafting replies is daily work: members may ask for a draft.
  assert.equal((await aiResponse((await member()).api, issue.id)).status, 200);
});

async function withModel(t: Parameters<typeof build>[0], answer: (r: ChatRequest) => ChatAnswer, timeoutMs = 5000) {
  const server = await startOpenAiServer(t, answer);
  const built = await build(t, {
    env: {
      AI_BASE_URL: server.baseUrl,
      AI_API_KEY: 'sk-test-key',
      AI_MODEL: 'test-model',
      AI_TIMEOUT_MS: String(timeoutMs),
    },
  });
  return { ...built, server };
}

test('with a model: it drafts from the sources and the conversation, with the agent’s instructions', async (t) => {
  const { api, server } = await withModel(t, () => completion('Hi!\n\nUse the <Forgot password> link.\nThanks'));
  const reset = await createMacro(api, 'Password reset email', '<p>Choose Forgot password on the sign-in page.</p>');
  const agent = (await api.post('/ai-agents', { name: 'Polite', instructions: 'Sign every reply as Robin.' })).body
    .data;
  const issue = await customerIssue(api, 'Login trouble', 'I forgot my password, how do I reset it?');

  const res = await aiResponse(api, issue.id, { ai_agent_id: agent.id });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.response_valid, true);
  assert.ok(
    res.body.response_html.startsWith('<p>Hi!</p><p>Use the &lt;Forgot password&gt; link.<br />Thanks</p>'),
    res.body.response_html,
  );
  assert.ok(res.body.response_html.includes(reset.id), 'names its sources');

  assert.equal(server.received.length, 1);
  const [request] = server.received;
  assert.equal(request?.method, 'POST');
  assert.equal(request?.path, '/v1/chat/completions');
  assert.equal(request?.headers.authorization, 'Bearer sk-test-key');
  assert.equal(request?.json.model, 'test-model');
  const [system, user] = request?.json.messages ?? [];
  assert.equal(system?.role, 'system');
  assert.match(system?.content ?? '', /Sign every reply as Robin\./);
  assert.match(system?.content ?? '', /Choose Forgot password on the sign-in page\./);
  assert.ok(system?.content.includes(reset.id));
  assert.equal(user?.role, 'user');
  assert.match(user?.content ?? '', /Subject: Login trouble/);
  assert.match(user?.content ?? '', /Customer \(.*\): I forgot my password, how do I reset it\?/);

  const [event] = await eventsOfType(api, 'issue.ai_response_created');
  assert.equal(event?.data.mode, 'model');
  assert.equal(event?.data.ai_agent_id, agent.id);
});

test('with a model that finds no answer in the sources: response_valid is false', async (t) => {
  const { api } = await withModel(t, () => completion('NO_ANSWER'));
  const issue = await customerIssue(api, 'Spaceship', 'Does the rocket engine support hydrogen fuel?');
  const res = await aiResponse(api, issue.id, { ai_agent_id: 'default', post_as_internal_note: true });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.response_valid, false);
  assert.match(res.body.response_html, /no answer was drafted/);
});

test('model errors and timeouts: 503 in the error envelope, no draft, nothing posted or recorded', async (t) => {
  let mode: 'error' | 'hang' | 'empty' = 'error';
  const { api } = await withModel(
    t,
    () =>
      mode === 'hang'
        ? 'hang'
        : mode === 'empty'
          ? { status: 200, body: { choices: [] } }
          : { status: 500, body: { error: 'boom' } },
    // Long enough that a loaded machine answers the model's errors in time, short enough to wait out the hang.
    2000,
  );
  const issue = await customerIssue(api, 'Login trouble', 'I forgot my password');
  const before = (await listMessages(api, issue.id)).data.length;
  const body = { ai_agent_id: 'default', post_as_internal_note: true };

  const failed = await aiResponse(api, issue.id, body);
  assert.equal(failed.status, 503, failed.text);
  assert.match(failed.body.errors[0], /AI model answered with HTTP 500/);
  assert.ok(!failed.text.includes('boom'), 'the upstream error text is not passed on');

  mode = 'empty';
  const empty = await aiResponse(api, issue.id, body);
  assert.equal(empty.status, 503, empty.text);
  assert.match(empty.body.errors[0], /without a draft/);

  mode = 'hang';
  const started = Date.now();
  const timedOut = await aiResponse(api, issue.id, body);
  assert.equal(timedOut.status, 503, timedOut.text);
  assert.match(timedOut.body.errors[0], /did not answer within 2000 ms/);
  assert.ok(Date.now() - started < 8000);

  assert.equal((await listMessages(api, issue.id)).data.length, before);
  assert.deepEqual(await eventsOfType(api, 'issue.ai_response_created'), []);
});

test('configuration: AI_BASE_URL, AI_API_KEY and AI_MODEL together or not at all', () => {
  assert.equal(parseConfig({}).ai, undefined);
  const ai = parseConfig({ AI_BASE_URL: 'https://api.example.com/v1/', AI_API_KEY: 'k', AI_MODEL: 'm' }).ai;
  assert.deepEqual(ai, { baseUrl: 'https://api.example.com/v1', apiKey: 'k', model: 'm', timeoutMs: 30_000 });
  assert.throws(
    () => parseConfig({ AI_BASE_URL: 'https://api.example.com/v1' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      /missing: AI_API_KEY, AI_MODEL/.test(error.message) &&
      error.problems.length === 1,
  );
  assert.throws(() => parseConfig({ AI_BASE_URL: 'ftp://x', AI_API_KEY: 'k', AI_MODEL: 'm' }), /AI_BASE_URL must be/);
  assert.throws(() => parseConfig({ AI_TIMEOUT_MS: 'soon' }), /AI_TIMEOUT_MS/);
});
