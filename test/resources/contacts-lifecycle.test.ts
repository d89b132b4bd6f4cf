import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type Built } from '../helpers/build.js';
import { createAccount, createContact, createIssue, listMessages, postReply } from '../helpers/factories.js';

const eventsOf = async (app: Built['app'], type: string) =>
  (await app.helpline.store.db.selectFrom('events').selectAll().where('type', '=', type).execute()).map((e) => ({
    ...e,
    payload: JSON.parse(e.payload),
  }));

test('PATCH /contacts/{id} changes only the fields sent, and announces the change', async (t) => {
  const { api, app } = await build(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'acme' }] });
  const contact = await createContact(api, { name: 'Ada', email: 'ada@example.com', phone_numbers: ['111'] });
  const res = await api.patch(`/contacts/${contact.id}`, {
    name: ' Ada Lovelace ',
    emails: [{ email: 'ada@example.com' }, { email: 'ada@acme.com', is_primary: true }],
    account_external_id: 'acme',
    phone_numbers: ['111', '222'],
    primary_phone_number: '222',
    portal_role: 'admin',
    external_ids: [{ external_id: 'crm-7', label: 'CRM' }],
    avatar_url: 'https://cdn.example.com/ada.png',
    custom_fields: null,
    unknown_field: 'ignored',
  });
  assert.equal(res.status, 200, res.text);
  const expected = {
    id: contact.id,
    name: 'Ada Lovelace',
    email: 'ada@acme.com',
    emails: ['ada@acme.com', 'ada@example.com'],
    avatar_url: 'https://cdn.example.com/ada.png',
    account: { id: account.id, external_ids: [{ external_id: 'acme' }] },
    phone_numbers: ['111', '222'],
    primary_phone_number: '222',
    portal_role: 'admin',
    custom_fields: {},
    external_ids: [{ external_id: 'crm-7', label: 'CRM' }],
    integration_user_ids: [],
  };
  assert.deepEqual(res.body.data, expected);
  assert.deepEqual((await api.get(`/contacts/${contact.id}`)).body.data, expected);
  // A partial update keeps the rest; `account_id: ""` removes the account; `email` replaces the primary only.
  const next = await api.patch(`/contacts/${contact.id}`, { account_id: '', email: 'ada@new.com' });
  assert.equal(next.body.data.account, undefined);
  assert.deepEqual(next.body.data.emails, ['ada@new.com', 'ada@example.com']);
  assert.equal(next.body.data.name, 'Ada Lovelace');
  const events = await eventsOf(app, 'contact.updated');
  assert.equal(events.length, 2);
  assert.equal(events[0]!.subject_id, contact.id);
  assert.deepEqual(events[1]!.payload.contact, next.body.data);
});

test('PATCH /contacts/{id}: each rule answers 400 or 404, and nothing changes', async (t) => {
  const { api } = await build(t);
  const other = await createContact(api, { email: 'taken@example.com' });
  await api.patch(`/contacts/${other.id}`, { external_ids: [{ external_id: 'ext-1' }] });
  const contact = await createContact(api, { name: 'Bob', email: 'bob@example.com' });
  const url = `/contacts/${contact.id}`;
  const taken = await api.patch(url, { email: 'TAKEN@example.com' });
  assert.equal(taken.status, 400);
  assert.equal(taken.body.exists_id, other.id);
  const takenAsOther = await api.patch(url, { emails: [{ email: 'bob@example.com' }, { email: 'taken@example.com' }] });
  assert.equal(takenAsOther.body.exists_id, other.id);
  const externalTaken = await api.patch(url, { external_ids: [{ external_id: 'ext-1' }] });
  assert.equal(externalTaken.status, 400);
  assert.equal(externalTaken.body.exists_id, other.id);
  for (const body of [
    { name: ' ' },
    { email: 'nope' },
    { email: 'a@b.com', emails: [{ email: 'c@d.com' }] },
    {
      emails: [
        { email: 'a@b.com', is_primary: true },
        { email: 'c@d.com', is_primary: true },
      ],
    },
    { emails: [{ email: 'a@b.com' }, { email: 'A@b.com' }] },
    { phone_numbers: ['+1 555'] },
    { phone_numbers: ['1'], primary_phone_number: '2' },
    { portal_role: 'owner' },
    { account_id: 'a', account_external_id: 'b' },
    { avatar_url: 'ftp://example.com/a.png' },
    { external_ids: [{ external_id: 'x' }, { external_id: 'x' }] },
  ]) {
    assert.equal((await api.patch(url, body)).status, 400, JSON.stringify(body));
  }
  assert.equal((await api.patch(url, { account_id: 'missing' })).status, 404);
  assert.equal((await api.patch(url, { portal_role_id: 'custom-role' })).status, 404);
  assert.equal((await api.patch('/contacts/missing', { name: 'X' })).status, 404);
  const read = (await api.get(url)).body.data;
  assert.equal(read.name, 'Bob');
  assert.deepEqual(read.emails, ['bob@example.com']);
  assert.deepEqual(read.external_ids, []);
});

test('DELETE /contacts/{id} removes the contact and its personal data; its issues and messages stay', async (t) => {
  const { api, app } = await build(t);
  const email = 'grace@example.com';
  const issue = await createIssue(api, { requester_email: email, requester_name: 'Grace Hopper' });
  const contactId = issue.requester.id;
  await api.patch(`/contacts/${contactId}`, { phone_numbers: ['5550100'], external_ids: [{ external_id: 'g-1' }] });
  await postReply(api, issue.id, { contact_id: contactId, body_html: '<p>Thanks</p>' });

  const res = await api.delete(`/contacts/${contactId}`);
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(Object.keys(res.body), ['request_id']);
  assert.equal((await api.get(`/contacts/${contactId}`)).status, 404);
  const kept = await api.get(`/issues/${issue.id}`);
  assert.equal(kept.status, 200);
  assert.equal(kept.body.data.requester, undefined);
  const messages = (await listMessages(api, issue.id)).data;
  assert.equal(messages.length, 2);
  assert.ok(messages.every((m) => m.author.contact === undefined && m.author.name !== 'Grace Hopper'));

  const db = app.helpline.store.db;
  assert.equal((await db.selectFrom('contacts').selectAll().where('id', '=', contactId).execute()).length, 0);
  assert.equal((await db.selectFrom('contact_external_ids').selectAll().execute()).length, 0);
  const payloads = (await db.selectFrom('events').select('payload').execute()).map((e) => e.payload).join('\n');
  for (const personal of [email, 'Grace Hopper', '5550100']) assert.ok(!payloads.includes(personal), personal);
  const deleted = await eventsOf(app, 'contact.deleted');
  assert.deepEqual(
    deleted.map((e) => e.payload),
    [{ contact_id: contactId }],
  );
  const audit = (await api.get('/audit-logs')).body.data.find(
    (e: { action: string }) => e.action === 'contact.deleted',
  );
  assert.equal(audit.object_id, contactId);
  // The email is free again.
  assert.equal((await api.post('/contacts', { name: 'New', email })).status, 200);
  assert.equal((await api.delete(`/contacts/${contactId}`)).status, 404);
});

test('DELETE /contacts/{id} is for admins; PATCH and DELETE of another workspace’s contact → 404', async (t) => {
  const { api, member, otherWorkspace } = await build(t);
  const contact = await createContact(api, { name: 'Kept' });
  const { api: memberApi } = await member();
  assert.equal((await memberApi.delete(`/contacts/${contact.id}`)).status, 403);
  assert.equal((await memberApi.patch(`/contacts/${contact.id}`, { name: 'By member' })).status, 200);
  const other = await otherWorkspace();
  assert.equal((await other.api.patch(`/contacts/${contact.id}`, { name: 'Stolen' })).status, 404);
  assert.equal((await other.api.delete(`/contacts/${contact.id}`)).status, 404);
  assert.equal((await api.get(`/contacts/${contact.id}`)).body.data.name, 'By member');
});
