import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUser } from '../../src/features/users/user.service.js';
import { build } from '../helpers/build.js';
import { createContact, createIssue, firstMessageId, listMessages, postNote, postReply } from '../helpers/factories.js';

test('POST /issues/{id}/reply posts a customer-visible reply as the token user → {id, issue_id}', async (t) => {
  const { api, userId } = await build(t);
  const issue = await createIssue(api);
  const res = await api.post(`/issues/${issue.number}/reply`, {
    body_html: '<p>On it</p>',
    message_id: await firstMessageId(api, issue.id),
  });
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(Object.keys(res.body.data).sort(), ['id', 'issue_id']);
  assert.equal(res.body.data.issue_id, issue.id);
  const stored = (await listMessages(api, issue.id)).data.at(-1);
  assert.equal(stored.id, res.body.data.id);
  assert.equal(stored.is_private, false);
  assert.equal(stored.message_html, '<p>On it</p>');
  assert.equal(stored.author.user.id, userId);
  assert.equal(stored.source, 'manual');
  const updated = (await api.get(`/issues/${issue.id}`)).body.data;
  assert.equal(updated.latest_message_time, stored.timestamp);
});

test('a reply as another agent (user_id) or as the customer (contact_id)', async (t) => {
  const { app, api, workspaceId } = await build(t);
  const bob = await createUser(app.helpline.store.db, { workspaceId, email: 'bob@example.com', name: 'Bob' });
  const contact = await createContact(api);
  const issue = await createIssue(api);
  await postReply(api, issue.id, { user_id: bob.id });
  await postReply(api, issue.id, { contact_id: contact.id });
  const [, asBob, asCustomer] = (await listMessages(api, issue.id)).data;
  assert.deepEqual(asBob.author.user, { id: bob.id, email: 'bob@example.com' });
  assert.deepEqual(asCustomer.author.contact, { id: contact.id, email: contact.email });
});

test(
  'email_info is stored; on an email issue the reply is from the support address with a new ' + 'Message-ID',
  async (t) => {
    const { api } = await build(t);
    const issue = await createIssue(api, {
      requester_email: 'c@example.com',
      destination_metadata: { destination: 'email', email: 'help@acme.test' },
    });
    await postReply(api, issue.id, {
      email_info: { to_emails: ['c@example.com'], cc_emails: ['d@example.com'], bcc_emails: [] },
    });
    const [first, reply] = (await listMessages(api, issue.id)).data;
    assert.equal(reply.source, 'email');
    assert.equal(reply.email_info.from_email, 'help@acme.test');
    assert.deepEqual(reply.email_info.to_emails, ['c@example.com']);
    assert.deepEqual(reply.email_info.cc_emails, ['d@example.com']);
    assert.match(reply.email_info.message_id, /^<.+@acme\.test>$/);
    assert.notEqual(reply.email_info.message_id, first.email_info.message_id);
  },
);

test('on an email issue a reply needs at least one recipient → else 400', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api, { destination_metadata: { destination: 'email', email: 'help@acme.test' } });
  const messageId = await firstMessageId(api, issue.id);
  for (const email_info of [undefined, {}, { to_emails: [], cc_emails: [], bcc_emails: [] }]) {
    const res = await api.post(`/issues/${issue.id}/reply`, { body_html: 'x', message_id: messageId, email_info });
    assert.equal(res.status, 400, JSON.stringify(email_info));
    assert.match(res.body.errors[0], /recipient/);
  }
  const bccOnly = await api.post(`/issues/${issue.id}/reply`, {
    body_html: 'x',
    message_id: messageId,
    email_info: { bcc_emails: ['b@example.com'] },
  });
  assert.equal(bccOnly.status, 200);
});

test('custom_source records an external message once per external_id: a second → 400 with exists_id', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const first = await postReply(api, issue.id, {
    custom_source: { external_id: 'ext-1', created_at: '2024-01-02T03:04:05Z', metadata: { channel: 'forum', n: 1 } },
  });
  const messages = (await listMessages(api, issue.id)).data;
  const recorded = messages.find((m) => m.id === first.id);
  assert.equal(recorded.source, 'custom');
  assert.equal(recorded.timestamp, '2024-01-02T03:04:05.000Z');
  const again = await api.post(`/issues/${issue.id}/reply`, {
    body_html: 'dup',
    message_id: messages[0].id,
    custom_source: { external_id: 'ext-1' },
  });
  assert.equal(again.status, 400);
  assert.equal(again.body.exists_id, first.id);
  assert.equal((await listMessages(api, issue.id)).data.length, 2);
  const otherIssue = await createIssue(api);
  await postReply(api, otherIssue.id, { custom_source: { external_id: 'ext-1' } });
});

test('reply: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api);
  const messageId = await firstMessageId(api, issue.id);
  const note = await postNote(api, issue.id);
  const cases: [Record<string, unknown>, number, RegExp?][] = [
    [{ message_id: messageId }, 400, /body_html is required/],
    [{ body_html: 'x' }, 400, /message_id is required/],
    [{ body_html: '<script>x</script>', message_id: messageId }, 400],
    [{ body_html: 'x', message_id: note.id }, 400, /customer-visible/],
    [{ body_html: 'x', message_id: 'unknown' }, 404],
    [{ body_html: 'x', message_id: messageId, user_id: 'u', contact_id: 'c' }, 400, /not both/],
    [{ body_html: 'x', message_id: messageId, user_id: 'nobody' }, 404],
    [{ body_html: 'x', message_id: messageId, contact_id: 'nobody' }, 404],
    [{ body_html: 'x', message_id: messageId, email_info: { to_emails: ['nope'] } }, 400],
    [{ body_html: 'x', message_id: messageId, custom_source: {} }, 400, /external_id/],
    [{ body_html: 'x', message_id: messageId, custom_source: { external_id: 'e', created_at: 'yesterday' } }, 400],
    [{ body_html: 'x', message_id: messageId, attachment_urls: ['not a url'] }, 400],
    [{ body_html: 7, message_id: messageId }, 400],
  ];
  for (const [body, status, pattern] of cases) {
    const res = await api.post(`/issues/${issue.id}/reply`, body);
    assert.equal(res.status, status, `${JSON.stringify(body)} → ${res.text}`);
    if (pattern) assert.match(res.body.errors[0], pattern);
  }
  const otherIssue = await createIssue(api);
  assert.equal(
    (await api.post(`/issues/${otherIssue.id}/reply`, { body_html: 'x', message_id: messageId })).status,
    404,
    'a message of another issue',
  );
  assert.equal((await api.post('/issues/unknown/reply', { body_html: 'x', message_id: messageId })).status, 404);
  assert.equal((await listMessages(api, issue.id)).data.length, 2, 'no refused reply was stored');
});

test("another workspace's token gets 404 replying", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const messageId = await firstMessageId(api, issue.id);
  const other = await otherWorkspace();
  assert.equal(
    (await other.api.post(`/issues/${issue.id}/reply`, { body_html: 'x', message_id: messageId })).status,
    404,
  );
  assert.equal((await listMessages(api, issue.id)).data.length, 1);
});
