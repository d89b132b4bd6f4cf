import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type Built } from '../helpers/build.js';
import { createAccount, createContact, createIssue, listMessages } from '../helpers/factories.js';

/** How many rows of `table` the workspace holds: what a refused import must leave unchanged. */
async function countRows(built: Built, table: 'issues' | 'messages' | 'contacts') {
  const row = await built.app.helpline.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', built.workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
test('imports: each rule answers 400 naming the field, and nothing is created', async (t) => {
  const built = await build(t);
  const { api } = built;
  const contact = await createContact(api);
  const message = { body_html: 'x', is_private: false };
  const issueCases: [Record<string, unknown>, RegExp][] = [
    [{ title: 'T', state: 'new' }, /messages/],
    [{ state: 'new', messages: [message] }, /title/],
    [{ title: 'T', messages: [message] }, /state/],
    [{ title: ' ', state: 'new', messages: [message] }, /title/],
    [{ title: 'T', state: 'solved', messages: [message] }, /state/],
    [{ title: 'T', state: 'new', messages: [] }, /messages/],
    [{ title: 'T', state: 'new', messages: [{ is_private: false }] }, /body_html/],
    [{ title: 'T', state: 'new', messages: [{ body_html: 'x' }] }, /is_private/],
    [
      { title: 'T', state: 'new', messages: [{ ...message, body_html: '<script>x</script>' }] },
      /messages\[0\]\.body_html/,
    ],
    [
      { title: 'T', state: 'new', messages: [message, { ...message, created_at: 'yesterday' }] },
      /messages\[1\]\.created_at/,
    ],
    [{ title: 'T', state: 'new', messages: [{ ...message, user_id: 'u', contact_id: contact.id }] }, /messages\[0\]/],
    [
      { title: 'T', state: 'new', messages: [{ ...message, is_private: true, contact_id: contact.id }] },
      /messages\[0\]/,
    ],
    [{ title: 'T', state: 'new', created_at: '2023-13-01T00:00:00Z', messages: [message] }, /created_at/],
    [
      {
        title: 'T',
        state: 'new',
        created_at: '2023-02-01T00:00:00Z',
        updated_at: '2023-01-01T00:00:00Z',
        messages: [message],
      },
      /updated_at/,
    ],
    [{ title: 'T', state: 'new', resolution_time: '2023-02-01T00:00:00Z', messages: [message] }, /resolution_time/],
    [{ title: 'T', state: 'closed', first_response_time: 'soon', messages: [message] }, /first_response_time/],
    [{ title: 'T', state: 'new', tags: [''], messages: [message] }, /tags/],
    [
      { title: 'T', state: 'new', external_issues: [{ source: ' ', external_issue_id: '1' }], messages: [message] },
      /external_issues\[0\]\.source/,
    ],
  ];
  issueCases.push([
    { title: 'T', state: 'new', custom_fields: [{ slug: 'nope', value: 'x' }], messages: [message] },
    /custom_fields/,
  ]);
  for (const [body, field] of issueCases) {
    const res = await api.post('/import/issues', body);
    assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.text}`);
    assert.match(res.body.errors.join(' '), field, JSON.stringify(body));
  }
  const onto = await createIssue(api);
  for (const body of [
    {},
    { messages: [] },
    { messages: [{ body_html: 'x', is_private: false, created_at: '2023-01-01' }] },
  ]) {
    const res = await api.post(`/import/issues/${onto.id}/messages`, body);
    assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.text}`);
    assert.match(res.body.errors.join(' '), /messages/);
  }
  for (const body of [
    { name: 'N' },
    { name: 'N', email: ' ' },
    { name: 'N', email: 'not-an-email' },
    { email: 'a@b.test' },
    { name: 'N', email: 'n@b.test', portal_role: 'owner' },
  ]) {
    const res = await api.post('/import/contacts', body);
    assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.text}`);
  }
  assert.equal(await countRows(built, 'issues'), 1);
  assert.equal(await countRows(built, 'messages'), 1);
  assert.equal(await countRows(built, 'contacts'), 2, 'the factory contact and the issue requester');
});

test('imports: an unknown issue, account, contact, user or team is a 404, and nothing is created', async (t) => {
  const built = await build(t);
  const { api } = built;
  const message = { body_html: 'x', is_private: false };
  const cases: [Record<string, unknown>, string][] = [
    [{ account_id: 'nope' }, 'Account'],
    [{ requester_id: 'nope' }, 'Contact'],
    [{ assignee_id: 'nope' }, 'User'],
    [{ team_id: 'nope' }, 'Team'],
    [{ messages: [{ ...message, user_id: 'nope' }] }, 'User'],
    [{ messages: [{ ...message, contact_id: 'nope' }] }, 'Contact'],
  ];
  for (const [fields, what] of cases) {
    const res = await api.post('/import/issues', { title: 'T', state: 'new', messages: [message], ...fields });
    assert.equal(res.status, 404, `${JSON.stringify(fields)}: ${res.text}`);
    assert.match(res.body.errors[0], new RegExp(what));
  }
  assert.equal((await api.post('/import/issues/nope/messages', { messages: [message] })).status, 404);
  assert.equal((await api.post('/import/issues/999999/messages', { messages: [message] })).status, 404);
  assert.equal((await api.post('/import/contacts', { name: 'N', email: 'n@b.test', account_id: 'nope' })).status, 404);
  assert.equal(await countRows(built, 'issues'), 0);
  assert.equal(await countRows(built, 'contacts'), 0);
});

test("imports are admin only, and another workspace's objects are not found", async (t) => {
  const built = await build(t);
  const { api } = built;
  const issue = await createIssue(api);
  const contact = await createContact(api);
  const account = await createAccount(api);
  const message = { body_html: 'x', is_private: false };
  const member = await built.member();
  for (const [url, body] of [
    ['/import/issues', { title: 'T', state: 'new', messages: [message] }],
    [`/import/issues/${issue.id}/messages`, { messages: [message] }],
    ['/import/contacts', { name: 'N', email: 'member@b.test' }],
  ] as const) {
    const res = await member.api.post(url, body);
    assert.equal(res.status, 403, `${url}: ${res.text}`);
  }
  const other = await built.otherWorkspace();
  assert.equal((await other.api.post(`/import/issues/${issue.id}/messages`, { messages: [message] })).status, 404);
  assert.equal((await other.api.post(`/import/issues/${issue.number}/messages`, { messages: [message] })).status, 404);
  for (const fields of [
    { requester_id: contact.id },
    { account_id: account.id },
    { messages: [{ ...message, contact_id: contact.id }] },
  ]) {
    const res = await other.api.post('/import/issues', { title: 'T', state: 'new', messages: [message], ...fields });
    assert.equal(res.status, 404, JSON.stringify(fields));
  }
  assert.equal(
    (await other.api.post('/import/contacts', { name: 'N', email: 'n@b.test', account_id: account.id })).status,
    404,
  );
  assert.equal((await listMessages(api, issue.id)).data.length, 1, 'nothing was added to the issue');
});
