import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type Api } from '../helpers/build.js';
import { createContact, createIssue } from '../helpers/factories.js';

const followersOf = async (api: Api, id: string) => (await api.get(`/issues/${id}/followers`)).body.data;

test('followers: users and contacts are added, listed, removed, and stored', async (t) => {
  const { api, app, userId, workspaceId, member } = await build(t);
  const issue = await createIssue(api);
  const contact = await createContact(api);
  assert.deepEqual(await followersOf(api, issue.id), []);
  const added = await api.post(`/issues/${issue.number}/followers`, {
    user_ids: [userId, userId],
    contact_ids: [contact.id],
  });
  assert.equal(added.status, 200, added.text);
  const both = [
    { id: userId, type: 'user' },
    { id: contact.id, type: 'contact' },
  ];
  assert.deepEqual(added.body.data, both);
  assert.deepEqual(await followersOf(api, issue.id), both);
  const rows = await app.helpline.store.db
    .selectFrom('issue_followers')
    .select(['workspace_id', 'follower_type', 'follower_id'])
    .where('issue_id', '=', issue.id)
    .orderBy('follower_type', 'desc')
    .execute();
  assert.deepEqual(rows, [
    { workspace_id: workspaceId, follower_type: 'user', follower_id: userId },
    { workspace_id: workspaceId, follower_type: 'contact', follower_id: contact.id },
  ]);
  const again = await api.post(`/issues/${issue.id}/followers`, { user_ids: [userId] });
  assert.deepEqual(again.body.data, both, 'following twice changes nothing');

  const removed = await api.post(`/issues/${issue.id}/followers`, { user_ids: [userId], operation: 'remove' });
  assert.equal(removed.status, 200, removed.text);
  assert.deepEqual(removed.body.data, [{ id: contact.id, type: 'contact' }]);
  const events = (await api.get('/events')).body.data.filter(
    (e: { type: string }) => e.type === 'issue.followers_updated',
  );
  assert.equal(events.length, 2);
  assert.deepEqual(events[1].data.removed, [{ id: userId, type: 'user' }]);
  const asMember = await (await member()).api.post(`/issues/${issue.id}/followers`, { user_ids: [userId] });
  assert.equal(asMember.status, 200, 'members follow issues too');
});

test('followers: unknown user or contact → 404, nothing added; bad requests → 400', async (t) => {
  const { api, userId, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const other = await otherWorkspace();
  const foreignContact = await createContact(other.api);
  for (const body of [
    { user_ids: [userId, 'nobody'] },
    { contact_ids: ['nobody'] },
    { contact_ids: [foreignContact.id] },
    { user_ids: [other.userId] },
    { user_ids: ['nobody'], operation: 'remove' },
  ]) {
    const res = await api.post(`/issues/${issue.id}/followers`, body);
    assert.equal(res.status, 404, JSON.stringify(body));
  }
  assert.deepEqual(await followersOf(api, issue.id), []);
  for (const body of [{}, { user_ids: [] }, { user_ids: [userId], operation: 'follow' }, { user_ids: 'x' }]) {
    assert.equal((await api.post(`/issues/${issue.id}/followers`, body)).status, 400, JSON.stringify(body));
  }
  assert.equal((await api.get('/issues/missing/followers')).status, 404);
  assert.equal((await other.api.get(`/issues/${issue.id}/followers`)).status, 404);
  assert.equal((await other.api.post(`/issues/${issue.id}/followers`, { user_ids: [other.userId] })).status, 404);
});

test('external issues: linked and unlinked, shown on the issue, stored, announced', async (t) => {
  const { api, app } = await build(t);
  const issue = await createIssue(api);
  const linked = await api.post(`/issues/${issue.id}/external-issues`, {
    external_issue_id: 'ENG-42',
    source: 'Linear',
  });
  assert.equal(linked.status, 200, linked.text);
  assert.deepEqual(linked.body.data.external_issues, [{ external_id: 'ENG-42', source: 'linear' }]);
  await api.post(`/issues/${issue.number}/external-issues`, {
    external_issue_id: 'acme/app/7',
    source: 'github',
    operation: 'link',
  });
  const again = await api.post(`/issues/${issue.id}/external-issues`, {
    external_issue_id: 'ENG-42',
    source: 'linear',
  });
  assert.equal(again.body.data.external_issues.length, 2, 'linking twice changes nothing');
  const rows = await app.helpline.store.db
    .selectFrom('issue_external_issues')
    .select(['source', 'external_id'])
    .where('issue_id', '=', issue.id)
    .orderBy('source')
    .execute();
  assert.deepEqual(rows, [
    { source: 'github', external_id: 'acme/app/7' },
    { source: 'linear', external_id: 'ENG-42' },
  ]);
  const unlinked = await api.post(`/issues/${issue.id}/external-issues`, {
    external_issue_id: 'ENG-42',
    source: 'linear',
    operation: 'unlink',
  });
  assert.deepEqual(unlinked.body.data.external_issues, [{ external_id: 'acme/app/7', source: 'github' }]);
  assert.deepEqual(
    (await api.get(`/issues/${issue.id}`)).body.data.external_issues,
    unlinked.body.data.external_issues,
  );
  const updates = (await api.get('/events')).body.data.filter((e: { type: string }) => e.type === 'issue.updated');
  assert.equal(updates.length, 3);
  assert.deepEqual(updates[2].data.changed_fields, ['external_issues']);
});

test('external issues: each rule answers 400 or 404', async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api);
  const url = `/issues/${issue.id}/external-issues`;
  for (const body of [
    { source: 'jira' },
    { external_issue_id: '10001' },
    { external_issue_id: ' ', source: 'jira' },
    { external_issue_id: '10001', source: 'ji ra' },
    { external_issue_id: '10001', source: 'jira', operation: 'attach' },
  ]) {
    assert.equal((await api.post(url, body)).status, 400, JSON.stringify(body));
  }
  const notLinked = await api.post(url, { external_issue_id: '10001', source: 'jira', operation: 'unlink' });
  assert.equal(notLinked.status, 404);
  assert.equal(
    (await api.post('/issues/missing/external-issues', { external_issue_id: '1', source: 'jira' })).status,
    404,
  );
  const other = await otherWorkspace();
  assert.equal((await other.api.post(url, { external_issue_id: '1', source: 'jira' })).status, 404);
  assert.deepEqual((await api.get(`/issues/${issue.id}`)).body.data.external_issues, []);
});
