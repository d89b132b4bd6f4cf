import assert from 'node:assert/strict';
import { test } from 'node:test';
import { receiveInboundEmail, setSupportAddress } from '../../src/features/email/inbound-email.js';
import { build, type Api } from '../helpers/build.js';
import { createContact, createIssue, firstMessageId, postNote, postReply } from '../helpers/factories.js';

async function eventsOf(api: Api, type: string) {
  const res = await api.get('/events?limit=1000');
  assert.equal(res.status, 200, res.text);
  return res.body.data.filter((e: { type: string }) => e.type === type).map((e: { data: any }) => e.data);
}

const stateOf = async (api: Api, id: string) => (await api.get(`/issues/${id}`)).body.data.state;

test('PATCH records issue.updated with the fields that changed and their previous values', async (t) => {
  const { api, userId } = await build(t);
  const issue = await createIssue(api, { tags: ['a'] });
  const res = await api.patch(`/issues/${issue.id}`, { title: 'Renamed', assignee_id: userId, tags: ['a'] });
  assert.equal(res.status, 200, res.text);
  const [event] = await eventsOf(api, 'issue.updated');
  assert.deepEqual(event.changed_fields, ['title', 'assignee']);
  assert.deepEqual(event.previous, { title: 'Cannot log in', assignee: null });
  assert.equal(event.issue.title, 'Renamed');
  const unchanged = await api.patch(`/issues/${issue.id}`, { title: 'Renamed' });
  assert.equal(unchanged.status, 200);
  assert.equal(unchanged.body.data.updated_at, res.body.data.updated_at, 'nothing changed: not touched');
  assert.equal((await eventsOf(api, 'issue.updated')).length, 1, 'nothing changed: no event');
});

test('closing stamps resolution_time (stored as resolved_at); reopening clears it', async (t) => {
  const { api, app, workspaceId } = await build(t);
  const issue = await createIssue(api);
  const closed = (await api.patch(`/issues/${issue.id}`, { state: 'closed' })).body.data;
  assert.equal(closed.state, 'closed');
  assert.ok(closed.resolution_time);
  assert.equal(typeof closed.resolution_seconds, 'number');
  const row = await app.helpline.store.db
    .selectFrom('issues')
    .select(['resolved_at', 'state'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', issue.id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { resolved_at: closed.resolution_time, state: 'closed' });
  const [event] = await eventsOf(api, 'issue.updated');
  assert.deepEqual(event.changed_fields, ['state', 'resolution_time', 'resolution_seconds']);
  assert.equal(event.previous.state, 'new');

  const reopened = (await api.patch(`/issues/${issue.id}`, { state: 'waiting_on_you' })).body.data;
  assert.equal(reopened.resolution_time, undefined);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.resolution_time, undefined);
});

test('an agent reply moves the issue to waiting_on_customer, in one event; a note changes nothing', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  await postNote(api, issue.id);
  assert.equal(await stateOf(api, issue.id), 'new');
  assert.deepEqual(await eventsOf(api, 'issue.updated'), []);
  await postReply(api, issue.id);
  assert.equal(await stateOf(api, issue.id), 'waiting_on_customer');
  const [event] = await eventsOf(api, 'issue.updated');
  assert.equal(event.issue.state, 'waiting_on_customer');
  assert.equal(event.previous.state, 'new');
});

test('a customer message moves the issue to waiting_on_you and reopens a closed one', async (t) => {
  const { api } = await build(t);
  const contact = await createContact(api);
  const issue = await createIssue(api, { requester_email: undefined, requester_id: contact.id });
  await postReply(api, issue.id, { contact_id: contact.id });
  assert.equal(await stateOf(api, issue.id), 'new', 'a new issue is still unanswered');
  await postReply(api, issue.id);
  await postReply(api, issue.id, { contact_id: contact.id });
  assert.equal(await stateOf(api, issue.id), 'waiting_on_you');
  await api.patch(`/issues/${issue.id}`, { state: 'closed' });
  await postReply(api, issue.id, { contact_id: contact.id });
  const reopened = (await api.get(`/issues/${issue.id}`)).body.data;
  assert.equal(reopened.state, 'waiting_on_you');
  assert.equal(reopened.resolution_time, undefined);
});

test('an inbound email from a participant moves the issue to waiting_on_you', async (t) => {
  const { api, app, workspaceId } = await build(t);
  await setSupportAddress(app.helpline.store.db, workspaceId, 'support@acme.test');
  const base = { recipients: ['support@acme.test'], to: ['support@acme.test'], cc: [], attachments: [] };
  const first = await receiveInboundEmail(app.helpline, {
    ...base,
    from: { address: 'grace@customer.test' },
    subject: 'Printer',
    text: 'On fire',
    messageId: '<first@customer.test>',
    references: [],
  });
  await api.patch(`/issues/${first.issueId}`, { state: 'waiting_on_customer' });
  const second = await receiveInboundEmail(app.helpline, {
    ...base,
    from: { address: 'grace@customer.test' },
    subject: 'Re: Printer',
    text: 'Still on fire',
    messageId: '<second@customer.test>',
    inReplyTo: '<first@customer.test>',
    references: ['<first@customer.test>'],
  });
  assert.equal(second.issueId, first.issueId);
  assert.equal(await stateOf(api, first.issueId), 'waiting_on_you');
});

test('AUTO_STATE_ON_MESSAGE=false: messages leave the state alone', async (t) => {
  const { api } = await build(t, { env: { AUTO_STATE_ON_MESSAGE: 'false' } });
  const contact = await createContact(api);
  const issue = await createIssue(api, { requester_email: undefined, requester_id: contact.id });
  await postReply(api, issue.id);
  await api.patch(`/issues/${issue.id}`, { state: 'closed' });
  await postReply(api, issue.id, { contact_id: contact.id });
  assert.equal(await stateOf(api, issue.id), 'closed');
});

test('POST /issues without destination_metadata: the first message is an internal note, no email', async (t) => {
  const { api, app } = await build(t, { env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
  const issue = await createIssue(api);
  const messageId = await firstMessageId(api, issue.id);
  const [first] = (await api.get(`/issues/${issue.id}/messages`)).body.data;
  assert.equal(first.is_private, true);
  assert.deepEqual(await app.helpline.store.db.selectFrom('email_outbox').selectAll().execute(), []);
  // The agent's first reply answers that note and reaches the customer.
  const reply = await api.post(`/issues/${issue.id}/reply`, { body_html: '<p>Hi</p>', message_id: messageId });
  assert.equal(reply.status, 200, reply.text);
  const contact = await createContact(api);
  const rejected = await api.post('/issues', { title: 't', body_html: 'b', contact_id: contact.id, account_id: 'x' });
  assert.equal(rejected.status, 400);
  assert.match(rejected.body.errors[0], /contact_id.*destination_metadata/);
  const internal = { destination: 'internal' };
  const alsoRejected = await api.post('/issues', {
    title: 't',
    body_html: 'b',
    requester_id: contact.id,
    contact_id: contact.id,
    destination_metadata: internal,
  });
  assert.equal(alsoRejected.status, 400);
});

test('GET /issue-statuses lists the five base states', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  const res = await api.get('/issue-statuses');
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(
    res.body.data.map((s: { slug: string; category: string }) => [s.slug, s.category]),
    ['new', 'waiting_on_you', 'waiting_on_customer', 'on_hold', 'closed'].map((slug) => [slug, slug]),
  );
  assert.deepEqual(res.body.data[1], {
    slug: 'waiting_on_you',
    label: 'Waiting on you',
    category: 'waiting_on_you',
    is_default_status: true,
    is_archived: false,
  });
  assert.equal(res.body.pagination.has_next_page, false);
  assert.equal((await (await member()).api.get('/issue-statuses')).status, 200);
  assert.equal((await (await otherWorkspace()).api.get('/issue-statuses')).body.data.length, 5);
  assert.equal((await api.get('/issue-statuses', { token: null })).status, 401);
});
