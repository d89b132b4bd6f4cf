import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createIssue } from '../helpers/factories.js';

test('POST /tags creates a tag readable by id and listed', async (t) => {
  const { api } = await build(t);
  const res = await api.post('/tags', { value: ' urgent ', object_type: 'issue', hex_color: '#ff0000' });
  assert.equal(res.status, 200, res.text);
  const tag = res.body.data;
  assert.deepEqual(
    { ...tag, id: undefined },
    { id: undefined, value: 'urgent', object_type: 'issue', hex_color: '#ff0000' },
  );
  assert.deepEqual((await api.get(`/tags/${tag.id}`)).body.data, tag);
  assert.deepEqual((await api.get('/tags')).body.data, [tag]);
});

test('GET /tags lists every tag in use on issues and accounts, and pages', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api, { tags: ['billing', 'vip'] });
  const account = await createAccount(api, { tags: ['vip'] });
  await api.patch(`/issues/${issue.id}`, { tags: ['billing', 'refund'] });
  assert.equal((await api.patch(`/accounts/${account.id}`, { tags: ['vip', 'renewal'] })).status, 200);
  const seen: { value: string; object_type: string }[] = [];
  let cursor = '';
  do {
    const res = await api.get(`/tags?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200, res.text);
    seen.push(...res.body.data);
    cursor = res.body.pagination.has_next_page ? res.body.pagination.cursor : '';
  } while (cursor);
  assert.deepEqual(seen.map((tag) => `${tag.object_type}:${tag.value}`).sort(), [
    'account:renewal',
    'account:vip',
    'issue:billing',
    'issue:refund',
    'issue:vip',
  ]);
});

test('PATCH /tags/{id} renames the tag on every issue (or account) carrying it, and changes its color', async (t) => {
  const { api } = await build(t);
  const a = await createIssue(api, { tags: ['bug', 'p1'] });
  const b = await createIssue(api, { tags: ['bug'] });
  const c = await createIssue(api, { tags: ['bugs', 'other'] });
  const account = await createAccount(api, { tags: ['bug'] });
  const tag = (await api.get('/tags')).body.data.find(
    (x: { value: string; object_type: string }) => x.value === 'bug' && x.object_type === 'issue',
  );
  const res = await api.patch(`/tags/${tag.id}`, { value: 'defect', hex_color: '#0a0' });
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(res.body.data, { id: tag.id, value: 'defect', object_type: 'issue', hex_color: '#0a0' });
  assert.deepEqual((await api.get(`/issues/${a.id}`)).body.data.tags, ['defect', 'p1']);
  assert.deepEqual((await api.get(`/issues/${b.id}`)).body.data.tags, ['defect']);
  assert.deepEqual((await api.get(`/issues/${c.id}`)).body.data.tags, ['bugs', 'other']);
  // An account's tag of the same value is another object type's tag.
  assert.deepEqual((await api.get(`/accounts/${account.id}`)).body.data.tags, ['bug']);
  assert.equal((await api.get(`/tags/${tag.id}`)).body.data.value, 'defect');
  const colorOnly = await api.patch(`/tags/${tag.id}`, { hex_color: '' });
  assert.deepEqual(colorOnly.body.data, { id: tag.id, value: 'defect', object_type: 'issue' });
});

test('renaming an account tag renames it on accounts', async (t) => {
  const { api } = await build(t);
  const account = await createAccount(api, { tags: ['enterprise', 'emea'] });
  const tag = (await api.get('/tags')).body.data.find((x: { value: string }) => x.value === 'enterprise');
  assert.equal(tag.object_type, 'account');
  await api.patch(`/tags/${tag.id}`, { value: 'strategic' });
  assert.deepEqual((await api.get(`/accounts/${account.id}`)).body.data.tags, ['strategic', 'emea']);
});

test('DELETE /tags/{id} removes the tag from the catalog and from every issue carrying it', async (t) => {
  const { api } = await build(t);
  const issue = await createIssue(api, { tags: ['spam', 'keep'] });
  const tag = (await api.get('/tags')).body.data.find((x: { value: string }) => x.value === 'spam');
  const res = await api.delete(`/tags/${tag.id}`);
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(Object.keys(res.body), ['request_id']);
  assert.equal((await api.get(`/tags/${tag.id}`)).status, 404);
  assert.deepEqual((await api.get(`/issues/${issue.id}`)).body.data.tags, ['keep']);
  assert.deepEqual(
    (await api.get('/tags')).body.data.map((x: { value: string }) => x.value),
    ['keep'],
  );
  assert.equal((await api.delete(`/tags/${tag.id}`)).status, 404);
});

test('a tag value is unique per object type: a duplicate answers exists_id', async (t) => {
  const { api } = await build(t);
  const first = (await api.post('/tags', { value: 'vip', object_type: 'issue' })).body.data;
  const dup = await api.post('/tags', { value: 'vip', object_type: 'issue' });
  assert.equal(dup.status, 400);
  assert.equal(dup.body.exists_id, first.id);
  assert.equal((await api.post('/tags', { value: 'vip', object_type: 'account' })).status, 200);
  const other = (await api.post('/tags', { value: 'regular', object_type: 'issue' })).body.data;
  const rename = await api.patch(`/tags/${other.id}`, { value: 'vip' });
  assert.equal(rename.status, 400);
  assert.equal(rename.body.exists_id, first.id);
  assert.equal((await api.get(`/tags/${other.id}`)).body.data.value, 'regular');
});

test('tags: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  assert.equal((await api.post('/tags', { value: '', object_type: 'issue' })).status, 400);
  assert.equal((await api.post('/tags', { value: 'x', object_type: 'planet' })).status, 400);
  assert.equal((await api.post('/tags', { value: 'x', object_type: 'issue', hex_color: 'red' })).status, 400);
  assert.equal((await api.post('/tags', { value: 'x'.repeat(101), object_type: 'issue' })).status, 400);
  assert.deepEqual((await api.get('/tags')).body.data, []);
  const tag = (await api.post('/tags', { value: 'ok', object_type: 'issue' })).body.data;
  assert.equal((await api.patch(`/tags/${tag.id}`, { value: ' ' })).status, 400);
  assert.equal((await api.patch(`/tags/${tag.id}`, { hex_color: '#12345' })).status, 400);
  assert.equal((await api.get('/tags/nothing')).status, 404);
  assert.equal((await api.patch('/tags/nothing', { value: 'y' })).status, 404);
  assert.equal((await api.delete('/tags/nothing')).status, 404);
});

test('tag changes record tag.created, tag.updated and tag.deleted events and audit entries', async (t) => {
  const { api } = await build(t);
  await createIssue(api, { tags: ['old'] });
  const tag = (await api.get('/tags')).body.data[0];
  await api.patch(`/tags/${tag.id}`, { value: 'new' });
  await api.delete(`/tags/${tag.id}`);
  await api.post('/tags', { value: 'fresh', object_type: 'account' });
  const events = (await api.get('/events')).body.data.filter((e: { type: string }) => e.type.startsWith('tag.'));
  assert.deepEqual(
    events.map((e: { type: string; data: any }) => [e.type, e.data.tag.value, e.data.object_count]),
    [
      ['tag.updated', 'new', 1],
      ['tag.deleted', 'new', 1],
      ['tag.created', 'fresh', undefined],
    ],
  );
  assert.equal(events[0].data.previous_value, 'old');
  const actions = (await api.get('/audit-logs')).body.data.map((e: { action: string }) => e.action);
  for (const action of ['tag.created', 'tag.updated', 'tag.deleted']) assert.ok(actions.includes(action), action);
});

test("another workspace's token gets 404 for a tag and never touches this workspace's issues", async (t) => {
  const { api, otherWorkspace } = await build(t);
  const issue = await createIssue(api, { tags: ['shared-name'] });
  const tag = (await api.get('/tags')).body.data[0];
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/tags/${tag.id}`)).status, 404);
  assert.equal((await other.api.patch(`/tags/${tag.id}`, { value: 'x' })).status, 404);
  assert.equal((await other.api.delete(`/tags/${tag.id}`)).status, 404);
  assert.deepEqual((await other.api.get('/tags')).body.data, []);
  const theirs = (await other.api.post('/tags', { value: 'shared-name', object_type: 'issue' })).body.data;
  await other.api.delete(`/tags/${theirs.id}`);
  assert.deepEqual((await api.get(`/issues/${issue.id}`)).body.data.tags, ['shared-name']);
});

test('a member may read tags but not create, change or delete them (403)', async (t) => {
  const { api, member } = await build(t);
  const tag = (await api.post('/tags', { value: 'keep', object_type: 'issue' })).body.data;
  const { api: memberApi } = await member();
  assert.equal((await memberApi.get('/tags')).status, 200);
  assert.equal((await memberApi.get(`/tags/${tag.id}`)).status, 200);
  assert.equal((await memberApi.post('/tags', { value: 'x', object_type: 'issue' })).status, 403);
  assert.equal((await memberApi.patch(`/tags/${tag.id}`, { value: 'x' })).status, 403);
  assert.equal((await memberApi.delete(`/tags/${tag.id}`)).status, 403);
  assert.equal((await api.get(`/tags/${tag.id}`)).body.data.value, 'keep');
});
