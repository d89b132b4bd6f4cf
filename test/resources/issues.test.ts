import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createContact, createIssue, listMessages } from '../helpers/factories.js';

test('POST /issues creates the issue and its first message; it reads back by id and by number', async (t) => {
  const { api, userId } = await build(t);
  const issue = await createIssue(api, {
    title: 'Printer on fire',
    body_html: '<p>It is <b>on fire</b></p>',
    requester_email: 'pat@example.com',
    requester_name: 'Pat',
    tags: ['urgent', 'urgent'],
  });
  assert.equal(issue.number, 1);
  assert.equal(issue.state, 'new');
  assert.equal(issue.source, 'manual');
  assert.equal(issue.type, 'conversation');
  assert.deepEqual(issue.tags, ['urgent']);
  assert.equal(issue.requester.email, 'pat@example.com');
  assert.match(String(issue.link), new RegExp(`/issues/${issue.id}$`));
  for (const key of [issue.id, String(issue.number)]) {
    const res = await api.get(`/issues/${key}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.data.id, issue.id);
    assert.equal(res.body.data.body_html, '<p>It is <b>on fire</b></p>');
  }
  const messages = await listMessages(api, issue.id);
  assert.equal(messages.data.length, 1);
  assert.equal(messages.data[0].message_html, '<p>It is <b>on fire</b></p>');
  // Without destination_metadata the first message is an internal note: no customer is contacted.
  assert.equal(messages.data[0].is_private, true);
  assert.deepEqual(messages.data[0].author.user, { id: userId, email: 'admin@helpline.local' });
  const contact = await api.get(`/contacts/${issue.requester.id}`);
  assert.equal(contact.body.data.name, 'Pat');
});

test('issue numbers count up per workspace', async (t) => {
  const { api, otherWorkspace } = await build(t);
  assert.equal((await createIssue(api)).number, 1);
  assert.equal((await createIssue(api)).number, 2);
  const other = await otherWorkspace();
  assert.equal((await createIssue(other.api)).number, 1);
});

test('the requester: by id (taking its account), by known email (no new contact), or account alone', async (t) => {
  const { api } = await build(t);
  const account = await createAccount(api);
  const contact = await createContact(api, { account_id: account.id });
  const byId = await createIssue(api, { requester_email: undefined, requester_id: contact.id });
  assert.equal((byId.account as { id: string }).id, account.id);
  const byEmail = await createIssue(api, { requester_email: contact.email.toUpperCase() });
  assert.equal(byEmail.requester.id, contact.id);
  const accountOnly = await createIssue(api, { requester_email: undefined, account_id: account.id });
  assert.equal(accountOnly.requester, undefined);
  assert.equal((await api.get('/contacts')).body.data.length, 1);
});

test('the first message may be authored by another agent or by the customer', async (t) => {
  const { api } = await build(t);
  const contact = await createContact(api);
  const issue = await createIssue(api, {
    requester_email: undefined,
    requester_id: contact.id,
    contact_id: contact.id,
    destination_metadata: { destination: 'in_app_chat' },
  });
  const [first] = (await listMessages(api, issue.id)).data;
  assert.deepEqual(first.author.contact, { id: contact.id, email: contact.email });
  assert.equal(first.author.user, undefined);
  assert.equal(first.is_private, false);
});

test('an email issue records the sender, the recipients and an RFC 5322 Message-ID', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api, {
    requester_email: 'cust@example.com',
    destination_metadata: { destination: 'email', email: 'support@acme.test', email_ccs: ['boss@example.com'] },
  });
  assert.equal(issue.source, 'email');
  const [first] = (await listMessages(api, issue.id)).data;
  assert.equal(first.email_info.from_email, 'support@acme.test');
  assert.deepEqual(first.email_info.to_emails, ['cust@example.com']);
  assert.deepEqual(first.email_info.cc_emails, ['boss@example.com']);
  assert.match(first.email_info.message_id, /^<[^@>]+@acme\.test>$/);
});

test('body_html is sanitized against script injection before it is stored', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api, {
    body_html:
      '<p onclick="x()">Hi<script>alert(1)</script><img src="javascript:alert(1)"><a href="https://ok.test">ok</a></p>',
  });
  const stored = (await listMessages(api, issue.id)).data[0].message_html;
  assert.doesNotMatch(stored, /script|onclick|javascript/);
  assert.match(stored, /<a href="https:\/\/ok.test">ok<\/a>/);
});

test('POST /issues: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const cases: [Record<string, unknown>, number][] = [
    [{ body_html: 'x', requester_email: 'a@b.co' }, 400],
    [{ title: 'x', requester_email: 'a@b.co' }, 400],
    [{ title: ' ', body_html: 'x', requester_email: 'a@b.co' }, 400],
    [{ title: 'x', body_html: 'x' }, 400],
    [{ title: 'x', body_html: 'x', requester_email: 'not-email' }, 400],
    [{ title: 'x', body_html: 'x', requester_id: 'missing' }, 404],
    [{ title: 'x', body_html: 'x', account_id: 'missing' }, 404],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', assignee_id: 'missing' }, 404],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', user_id: 'u', contact_id: 'c' }, 400],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', created_at: '2024-01-01 noon' }, 400],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', attachment_urls: ['file:///etc/passwd'] }, 400],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', destination_metadata: { destination: 'pigeon' } }, 400],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', destination_metadata: { destination: 'email' } }, 400],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', tags: 'vip' }, 400],
    [{ title: 'x', body_html: 'x', requester_email: 'a@b.co', contact_id: 'c' }, 400],
  ];
  for (const [body, status] of cases) {
    const res = await api.post('/issues', body);
    assert.equal(res.status, status, `${JSON.stringify(body)} → ${res.text}`);
  }
  assert.equal((await api.get('/issues/12345')).status, 404);
});

test('GET /issues lists a creation window (RFC 3339, with or without fractions), at most 30 days, paged', async (t) => {
  const { api } = await build(t);
  const a = await createIssue(api, { created_at: '2024-03-01T10:00:00Z' });
  const b = await createIssue(api, { created_at: '2024-03-02T10:00:00.5+02:00' });
  await createIssue(api, { created_at: '2024-05-01T10:00:00Z' });
  const res = await api.get('/issues?start_time=2024-03-01T00:00:00Z&end_time=2024-03-31T00:00:00.000Z');
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(
    res.body.data.map((i: { id: string }) => i.id),
    [a.id, b.id],
  );
  assert.equal(res.body.data[1].created_at, '2024-03-02T08:00:00.500Z');
  const page = await api.get('/issues?start_time=2024-03-01T00:00:00Z&end_time=2024-03-31T00:00:00Z&limit=1');
  assert.equal(page.body.pagination.has_next_page, true);
  const march = 'start_time=2024-03-01T00:00:00Z&end_time=2024-03-31T00:00:00Z';
  const next = await api.get(`/issues?${march}&limit=1&cursor=${page.body.pagination.cursor}`);
  assert.deepEqual(
    next.body.data.map((i: { id: string }) => i.id),
    [b.id],
  );
  const exactly30 = await api.get('/issues?start_time=2024-03-01T00:00:00Z&end_time=2024-03-31T00:00:00Z');
  assert.equal(exactly30.status, 200);
});

test('GET /issues: missing, naive or reversed times and windows over 30 days → 400', async (t) => {
  const { api } = await build(t);
  for (const query of [
    '',
    '?start_time=2024-03-01T00:00:00Z',
    '?start_time=2024-03-01T00:00:00&end_time=2024-03-02T00:00:00',
    '?start_time=2024-03-02T00:00:00Z&end_time=2024-03-01T00:00:00Z',
    '?start_time=2024-03-01T00:00:00Z&end_time=2024-03-31T00:00:00.001Z',
    '?start_time=2024-03-01T00:00:00Z&end_time=2024-03-02T00:00:00Z&limit=-1',
    '?start_time=2024-03-01T00:00:00Z&end_time=2024-03-02T00:00:00Z&cursor=%%%',
  ]) {
    assert.equal((await api.get(`/issues${query}`)).status, 400, query);
  }
});

test('PATCH /issues/{id} changes only what is sent', async (t) => {
  const { api, userId } = await build(t);
  const account = await createAccount(api);
  const contact = await createContact(api);
  const issue = await createIssue(api, { tags: ['a'] });
  const res = await api.patch(`/issues/${issue.number}`, {
    title: 'Renamed',
    state: 'waiting_on_customer',
    assignee_id: userId,
    account_id: account.id,
    requester_id: contact.id,
    tags: ['b', 'c'],
    type: 'ticket',
    customer_portal_visible: true,
  });
  assert.equal(res.status, 200, res.text);
  const data = res.body.data;
  assert.equal(data.title, 'Renamed');
  assert.equal(data.state, 'waiting_on_customer');
  assert.deepEqual(data.assignee, { id: userId, email: 'admin@helpline.local' });
  assert.equal(data.account.id, account.id);
  assert.equal(data.requester.id, contact.id);
  assert.deepEqual(data.tags, ['b', 'c']);
  assert.equal(data.type, 'ticket');
  assert.equal(data.body_html, issue.body_html);
  const unassigned = await api.patch(`/issues/${issue.id}`, { assignee_id: '' });
  assert.equal(unassigned.body.data.assignee, undefined);
  assert.equal(unassigned.body.data.title, 'Renamed');
});

test('PATCH /issues/{id}: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  await api.patch(`/issues/${issue.id}`, { type: 'ticket' });
  for (const [body, status] of [
    [{ state: 'exploded' }, 400],
    [{ title: '' }, 400],
    [{ type: 'conversation' }, 400],
    [{ assignee_id: 'nobody' }, 404],
    [{ requester_id: 'nobody' }, 404],
    [{ account_id: 'nothing' }, 404],
    [{ tags: [1] }, 400],
  ] as const) {
    assert.equal((await api.patch(`/issues/${issue.id}`, body)).status, status, JSON.stringify(body));
  }
  assert.equal((await api.patch('/issues/missing', { title: 'x' })).status, 404);
});

test('DELETE /issues/{id} removes the issue and its messages; a second delete → 404', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const res = await api.delete(`/issues/${issue.id}`);
  assert.equal(res.status, 200);
  assert.deepEqual(Object.keys(res.body), ['request_id']);
  assert.equal((await api.get(`/issues/${issue.id}`)).status, 404);
  assert.equal((await api.get(`/issues/${issue.id}/messages`)).status, 404);
  assert.equal((await api.delete(`/issues/${issue.id}`)).status, 404);
});

const OTHER_WORKSPACE_CASE =
  "another workspace's token gets 404 for an issue by id and by number, and cannot change or delete it";
test(OTHER_WORKSPACE_CASE, async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/issues/${issue.id}`)).status, 404);
  assert.equal((await other.api.get(`/issues/${issue.number}`)).status, 404);
  assert.equal((await other.api.patch(`/issues/${issue.id}`, { title: 'mine' })).status, 404);
  assert.equal((await other.api.delete(`/issues/${issue.id}`)).status, 404);
  const window = '?start_time=2020-01-01T00:00:00Z&end_time=2020-01-02T00:00:00Z';
  assert.deepEqual((await other.api.get(`/issues${window}`)).body.data, []);
  assert.equal((await api.get(`/issues/${issue.id}`)).body.data.title, 'Cannot log in');
});

test(
  'concurrent writes do not lose each other: issues with one new requester email share one ' +
    'contact; a note keeps a PATCHed title',
  async (t) => {
    const { api } = await build(t);
    const created = await Promise.all(
      Array.from({ length: 6 }, () =>
        api.post('/issues', { title: 't', body_html: 'b', requester_email: 'same-new@example.com' }),
      ),
    );
    assert.ok(
      created.every((r) => r.status === 200),
      created.map((r) => r.text).join('\n'),
    );
    assert.equal(new Set(created.map((r) => r.body.data.requester.id)).size, 1);
    assert.equal(new Set(created.map((r) => r.body.data.number)).size, 6, 'issue numbers stay unique');
    const issue = created[0]!.body.data;
    await Promise.all([
      api.patch(`/issues/${issue.id}`, { title: 'Renamed while a note arrives' }),
      ...Array.from({ length: 4 }, () => api.post(`/issues/${issue.id}/note`, { body_html: 'n' })),
    ]);
    assert.equal((await api.get(`/issues/${issue.id}`)).body.data.title, 'Renamed while a note arrives');
  },
);
