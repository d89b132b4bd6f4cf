import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setSupportAddress } from '../../src/features/email/inbound-email.js';
import { build, type Api, type Built } from '../helpers/build.js';
import { createAccount, createContact, createIssue, listMessages } from '../helpers/factories.js';
import { startMailCatcher } from '../helpers/smtp.js';

async function importIssue(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/import/issues', {
    title: 'Imported ticket',
    state: 'closed',
    messages: [{ body_html: '<p>Old question</p>', is_private: false, created_at: '2022-05-01T08:00:00Z' }],
    ...fields,
  });
  assert.equal(res.status, 200, res.text);
  return res.body as { data: { id: string; number: number; [k: string]: any }; warnings?: any };
}

/** How many rows of `table` the workspace holds: what a refused import must leave unchanged. */
async function countRows(built: Built, table: 'issues' | 'messages' | 'contacts' | 'email_outbox') {
  const row = await built.app.helpline.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', built.workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function eventsOf(api: Api, type: string) {
  const res = await api.get('/events?limit=1000');
  assert.equal(res.status, 200, res.text);
  return res.body.data.filter((e: { type: string }) => e.type === type);
}

test('POST /import/issues keeps the given times and ids; the issue and its messages read back in order', async (t) => {
  const built = await build(t);
  const { api, userId, app } = built;
  const contact = await createContact(api);
  const live = await createIssue(api);
  const field = await api.post('/custom-fields', { label: 'Plan', slug: 'plan', object_type: 'issue', type: 'text' });
  assert.equal(field.status, 200, field.text);
  const res = await importIssue(api, {
    title: 'Refund request',
    state: 'closed',
    requester_id: contact.id,
    assignee_id: userId,
    tags: ['migrated'],
    created_at: '2023-03-01T10:00:00Z',
    updated_at: '2023-03-05T12:00:00.5Z',
    resolution_time: '2023-03-04T09:00:00Z',
    first_response_time: '2023-03-01T11:30:00.250Z',
    external_refs: { zendesk_ticket_id: 'zd-1001' },
    external_issues: [{ source: 'jira', external_issue_id: '10042' }],
    custom_fields: [{ slug: 'plan', value: 'pro' }],
    messages: [
      { body_html: '<p>Answer</p>', is_private: false, user_id: userId, created_at: '2023-03-01T11:30:00.250Z' },
      { body_html: '<p>Question</p>', is_private: false, contact_id: contact.id, created_at: '2023-03-01T10:00:00Z' },
      { body_html: '<p>Internal</p>', is_private: true, created_at: '2023-03-02T09:00:00+02:00' },
    ],
  });
  const issue = res;
  assert.equal(issue.warnings, undefined);
  for (const data of [issue.data, (await api.get(`/issues/${issue.data.id}`)).body.data]) {
    assert.equal(data.number, live.number + 1, "the workspace's next number");
    assert.equal(data.title, 'Refund request');
    assert.equal(data.state, 'closed');
    assert.equal(data.body_html, '<p>Question</p>', 'the earliest message is the body');
    assert.equal(data.created_at, '2023-03-01T10:00:00.000Z');
    assert.equal(data.updated_at, '2023-03-05T12:00:00.500Z');
    assert.equal(data.latest_message_time, '2023-03-02T07:00:00.000Z');
    assert.equal(data.requester.id, contact.id);
    assert.equal(data.assignee.id, userId);
    assert.deepEqual(data.tags, ['migrated']);
    assert.equal(data.resolution_time, '2023-03-04T09:00:00.000Z');
    assert.deepEqual(data.external_issues, [{ external_id: '10042', source: 'jira' }]);
    assert.equal(data.custom_fields.plan.value, 'pro');
  }
  const messages = (await listMessages(api, issue.data.id)).data;
  assert.deepEqual(
    messages.map((m) => [m.message_html, m.timestamp, m.is_private]),
    [
      ['<p>Question</p>', '2023-03-01T10:00:00.000Z', false],
      ['<p>Answer</p>', '2023-03-01T11:30:00.250Z', false],
      ['<p>Internal</p>', '2023-03-02T07:00:00.000Z', true],
    ],
  );
  assert.equal(messages[0].author.contact.id, contact.id);
  assert.equal(messages[1].author.user.id, userId);
  assert.equal(messages[2].author.user.id, userId, 'an undated author is the caller');
  assert.ok(messages[2].thread_id, 'a private message joins an internal thread, as a note does');

  const db = app.helpline.store.db;
  const stored = await db.selectFrom('imported_issues').selectAll().where('issue_id', '=', issue.data.id).execute();
  assert.equal(stored[0]?.zendesk_ticket_id, 'zd-1001');
  assert.equal(stored[0]?.first_response_time, '2023-03-01T11:30:00.250Z');
  // Recorded on the feed like any change, marked so a consumer can tell history from live traffic.
  const created = (await eventsOf(api, 'issue.created')).filter((e: any) => e.data.issue.id === issue.data.id);
  assert.equal(created.length, 1);
  assert.equal(created[0].data.imported, true);
  const liveCreated = (await eventsOf(api, 'issue.created')).find((e: any) => e.data.issue.id === live.id);
  assert.equal(liveCreated.data.imported, undefined);
  const imported = (await eventsOf(api, 'message.created')).filter((e: any) => e.data.issue_id === issue.data.id);
  assert.equal(imported.length, 3);
  assert.ok(imported.every((e: any) => e.data.imported === true));
  const audit = (await api.get('/audit-logs')).body.data;
  assert.ok(audit.some((a: any) => a.action === 'issue.imported' && a.object_id === issue.data.id));

  const after = await createIssue(api);
  assert.equal(after.number, live.number + 2, 'the counter moved past the imported issue');
});

test('POST /import/issues: an issue without times takes them from its messages, or from now', async (t) => {
  const { api } = await build(t);
  const dated = await importIssue(api, {
    state: 'waiting_on_you',
    messages: [
      { body_html: 'later', is_private: false, created_at: '2021-01-02T00:00:00Z' },
      { body_html: 'first', is_private: false, created_at: '2021-01-01T00:00:00.123456Z' },
    ],
  });
  assert.equal(dated.data.created_at, '2021-01-01T00:00:00.123Z');
  assert.equal(dated.data.latest_message_time, '2021-01-02T00:00:00.000Z');
  assert.equal(dated.data.state, 'waiting_on_you');
  const before = Date.now();
  const undated = await importIssue(api, { messages: [{ body_html: 'x', is_private: false }] });
  assert.ok(Date.parse(undated.data.created_at) >= before - 1000);
  assert.equal(undated.data.latest_message_time, undated.data.created_at);
  const noteFirst = await importIssue(api, {
    messages: [
      { body_html: 'internal', is_private: true, created_at: '2021-01-01T00:00:00Z' },
      { body_html: 'customer', is_private: false, created_at: '2021-01-01T00:00:01Z' },
    ],
  });
  assert.equal(noteFirst.data.body_html, 'customer', 'a private note never becomes the body');
});

test('a second import of the same ticket creates nothing and names the first in exists_id', async (t) => {
  const built = await build(t);
  const { api } = built;
  const first = await importIssue(api, {
    external_refs: { zendesk_ticket_id: 'zd-7', intercom_conversation_id: 'ic-7' },
  });
  const counts = [await countRows(built, 'issues'), await countRows(built, 'messages')];
  for (const refs of [{ zendesk_ticket_id: 'zd-7' }, { intercom_conversation_id: 'ic-7' }]) {
    const again = await api.post('/import/issues', {
      title: 'Again',
      state: 'new',
      external_refs: refs,
      messages: [{ body_html: 'dup', is_private: false }],
    });
    assert.equal(again.status, 400, again.text);
    assert.equal(again.body.exists_id, first.data.id);
  }
  assert.deepEqual([await countRows(built, 'issues'), await countRows(built, 'messages')], counts);
  // Other ticket ids, and another workspace's same ticket id, are imported.
  await importIssue(api, { external_refs: { zendesk_ticket_id: 'zd-8' } });
  const other = await built.otherWorkspace();
  await importIssue(other.api, { external_refs: { zendesk_ticket_id: 'zd-7' } });
});

test('issue_number keeps a historical number: below the counter and not in use', async (t) => {
  const { api } = await build(t);
  const a = await createIssue(api);
  const b = await createIssue(api);
  const taken = await api.post('/import/issues', {
    title: 'T',
    state: 'new',
    issue_number: a.number,
    messages: [{ body_html: 'x', is_private: false }],
  });
  assert.equal(taken.status, 400);
  assert.equal(taken.body.exists_id, a.id);
  for (const issue_number of [0, -3, b.number + 1]) {
    const res = await api.post('/import/issues', {
      title: 'T',
      state: 'new',
      issue_number,
      messages: [{ body_html: 'x', is_private: false }],
    });
    assert.equal(res.status, 400, `issue_number ${issue_number}`);
    assert.match(res.body.errors[0], /issue_number/);
  }
  assert.equal((await api.delete(`/issues/${a.id}`)).status, 200);
  const kept = await importIssue(api, { issue_number: a.number });
  assert.equal(kept.data.number, a.number);
  assert.equal((await createIssue(api)).number, b.number + 1, 'the counter is not moved by a kept number');
});

test('POST /import/issues/{id}/messages adds history by id or number without moving the state', async (t) => {
  const { api, userId } = await build(t);
  const contact = await createContact(api);
  const issue = await createIssue(api, { requester_id: contact.id, requester_email: undefined });
  assert.equal((await api.patch(`/issues/${issue.id}`, { state: 'waiting_on_customer' })).status, 200);
  const latest = (await api.get(`/issues/${issue.id}`)).body.data.latest_message_time;
  const old = await api.post(`/import/issues/${issue.number}/messages`, {
    messages: [
      { body_html: '<p>Long ago</p>', is_private: false, contact_id: contact.id, created_at: '2020-01-01T00:00:00Z' },
    ],
  });
  assert.equal(old.status, 200, old.text);
  assert.equal(old.body.data.id, issue.id);
  assert.equal(old.body.data.latest_message_time, latest, 'an older message does not move it back');
  assert.equal(old.body.data.state, 'waiting_on_customer', 'a customer message imported does not reopen it');
  const future = '2099-06-01T12:00:00.5+00:00';
  const res = await api.post(`/import/issues/${issue.id}/messages`, {
    messages: [
      { body_html: '<p>Agent later</p>', is_private: false, user_id: userId, created_at: future },
      { body_html: '<p>Customer later</p>', is_private: false, contact_id: contact.id, created_at: future },
    ],
  });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.data.latest_message_time, '2099-06-01T12:00:00.500Z');
  const read = (await api.get(`/issues/${issue.id}`)).body.data;
  assert.equal(read.state, 'waiting_on_customer');
  assert.equal(read.latest_message_time, '2099-06-01T12:00:00.500Z');
  const messages = (await listMessages(api, issue.id)).data;
  assert.deepEqual(
    messages.map((m) => m.message_html),
    ['<p>Long ago</p>', '<p>Hello, I cannot log in.</p>', '<p>Agent later</p>', '<p>Customer later</p>'],
    'oldest first; equal times keep the order sent',
  );
  const events = (await eventsOf(api, 'message.created')).filter((e: any) => e.data.issue_id === issue.id);
  assert.deepEqual(
    events.map((e: any) => e.data.imported ?? false),
    [false, true, true, true],
  );
});

test('an import sends no email, even onto an email issue where a live reply would', async (t) => {
  const catcher = await startMailCatcher(t);
  const built = await build(t, { env: { SMTP_URL: catcher.url, DELIVERY_POLL_MS: '20' } });
  const { api, userId, app } = built;
  await setSupportAddress(app.helpline.store.db, built.workspaceId, 'support@acme.test');
  const issue = await createIssue(api, {
    requester_email: 'customer@customer.test',
    destination_metadata: { destination: 'email', email: 'support@acme.test' },
  });
  await catcher.waitFor(1);
  assert.equal(await countRows(built, 'email_outbox'), 1, 'the live first message was queued');
  const imported = await api.post(`/import/issues/${issue.id}/messages`, {
    messages: [{ body_html: '<p>Old agent answer</p>', is_private: false, user_id: userId }],
  });
  assert.equal(imported.status, 200, imported.text);
  await importIssue(api, { messages: [{ body_html: '<p>Agent</p>', is_private: false, user_id: userId }] });
  assert.equal(await countRows(built, 'email_outbox'), 1, 'nothing queued by the imports');
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(catcher.mails.length, 1);
});

test('POST /import/issues: attachment URLs that cannot be kept are skipped and reported', async (t) => {
  const { api } = await build(t);
  const res = await importIssue(api, {
    attachment_urls: ['https://files.example.com/a.png', 'ftp://files.example.com/b', 'http://127.0.0.1/c'],
    messages: [
      {
        body_html: 'x',
        is_private: false,
        attachment_urls: ['https://user:pw@files.example.com/d', 'https://e.test/e'],
      },
    ],
  });
  assert.deepEqual(res.data.attachment_urls, ['https://files.example.com/a.png']);
  assert.deepEqual(res.warnings.skipped_attachments, [
    'ftp://files.example.com/b',
    'http://127.0.0.1/c',
    'https://user:pw@files.example.com/d',
  ]);
  assert.deepEqual((await listMessages(api, res.data.id)).data[0].file_urls, ['https://e.test/e']);
});

test('POST /import/contacts creates a contact; a taken email is a duplicate naming it', async (t) => {
  const built = await build(t);
  const { api } = built;
  const account = await createAccount(api);
  const res = await api.post('/import/contacts', {
    name: 'Grace',
    email: 'grace@customer.test',
    account_id: account.id,
    portal_role: 'member',
    phone_numbers: ['15551234567'],
  });
  assert.equal(res.status, 200, res.text);
  const read = (await api.get(`/contacts/${res.body.data.id}`)).body.data;
  assert.equal(read.email, 'grace@customer.test');
  assert.equal(read.account.id, account.id);
  assert.equal(read.portal_role, 'member');
  const count = await countRows(built, 'contacts');
  const again = await api.post('/import/contacts', { name: 'Grace 2', email: 'GRACE@customer.test' });
  assert.equal(again.status, 400);
  assert.equal(again.body.exists_id, res.body.data.id);
  assert.equal(await countRows(built, 'contacts'), count);
});
