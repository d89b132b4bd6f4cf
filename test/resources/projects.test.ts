import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helpers/build.js';
import { createAccount, createMilestone, createProject, createTask } from '../helpers/factories.js';

const eventTypes = async (api: { get: (url: string) => Promise<{ body: any }> }) =>
  ((await api.get('/events?limit=1000')).body.data as { type: string }[]).map((e) => e.type);

test('projects: create, read, update, search and delete', async (t) => {
  const { api, userId } = await build(t);
  const account = await createAccount(api, { external_ids: [{ external_id: 'crm-7' }] });
  const created = await createProject(api, {
    account_id: account.id,
    name: '  Rollout ',
    owner_id: userId,
    description_html: '<p>Plan</p><script>alert(1)</script>',
    start_date: '2026-01-01T00:00:00Z',
    end_date: '2026-03-01T10:00:00.5+01:00',
    customer_portal_visible: true,
  });
  assert.equal(created.name, 'Rollout');
  assert.deepEqual(created.account, { id: account.id, external_ids: [{ external_id: 'crm-7' }] });
  assert.equal(created.owner_id, userId);
  assert.equal(created.description_html, '<p>Plan</p>');
  assert.equal(created.end_date, '2026-03-01T09:00:00.500Z');
  assert.equal(created.is_archived, false);
  assert.equal(created.customer_portal_visible, true);

  const read = await api.get(`/projects/${created.id}`);
  assert.equal(read.status, 200);
  assert.deepEqual(read.body.data, created);

  const updated = await api.patch(`/projects/${created.id}`, { name: 'Rollout 2', is_archived: true, owner_id: '' });
  assert.equal(updated.status, 200, updated.text);
  assert.equal(updated.body.data.name, 'Rollout 2');
  assert.equal(updated.body.data.is_archived, true);
  assert.ok(updated.body.data.archived_at);
  assert.equal(updated.body.data.owner_id, undefined);
  assert.equal(updated.body.data.start_date, created.start_date);
  assert.deepEqual((await api.get(`/projects/${created.id}`)).body.data, updated.body.data);

  const other = await createProject(api, { owner_id: userId });
  const search = async (filter: unknown) =>
    ((await api.post('/projects/search', { filter })).body.data as { id: string }[]).map((p) => p.id);
  assert.deepEqual(await search({ field: 'is_archived', operator: 'equals', value: 'true' }), [created.id]);
  assert.deepEqual(await search({ field: 'owner_id', operator: 'is_unset' }), [created.id]);
  assert.deepEqual(await search({ field: 'account_id', operator: 'in', values: [account.id] }), [created.id]);
  assert.deepEqual(await search({ field: 'owner_id', operator: 'equals', value: userId }), [other.id]);

  assert.equal((await api.delete(`/projects/${created.id}`)).status, 200);
  assert.equal((await api.get(`/projects/${created.id}`)).status, 404);
  const types = await eventTypes(api);
  for (const type of ['project.created', 'project.updated', 'project.deleted']) assert.ok(types.includes(type), type);
});

test('projects: a status follows the tasks of the project', async (t) => {
  const { api } = await build(t);
  const empty = await createProject(api);
  const started = await createProject(api);
  const done = await createProject(api);
  await createTask(api, { project_id: started.id, status: 'in_progress' });
  await createTask(api, { project_id: started.id });
  await createTask(api, { project_id: done.id, status: 'completed' });
  const search = async (value: string) =>
    (
      (await api.post('/projects/search', { filter: { field: 'status', operator: 'equals', value } })).body.data as {
        id: string;
      }[]
    ).map((p) => p.id);
  assert.deepEqual(await search('not_started'), [empty.id]);
  assert.deepEqual(await search('in_progress'), [started.id]);
  assert.deepEqual(await search('completed'), [done.id]);
});

test('projects: deleting one removes its milestones and takes its tasks out of it', async (t) => {
  const { api } = await build(t);
  const milestone = await createMilestone(api);
  const task = await createTask(api, { milestone_id: milestone.id });
  assert.equal(task.project.id, milestone.project.id);
  assert.equal((await api.delete(`/projects/${milestone.project.id}`)).status, 200);
  assert.equal((await api.get(`/milestones/${milestone.id}`)).status, 404);
  const after = (await api.get(`/tasks/${task.id}`)).body.data;
  assert.equal(after.project, undefined);
  assert.equal(after.milestone, undefined);
  const types = await eventTypes(api);
  assert.ok(types.includes('milestone.deleted') && types.includes('task.updated'));
});

test('projects: each rule answers 400 or 404', async (t) => {
  const { api } = await build(t);
  const account = await createAccount(api);
  const post = (body: Record<string, unknown>) => api.post('/projects', { name: 'P', account_id: account.id, ...body });
  assert.equal((await post({ name: ' ' })).status, 400);
  assert.equal((await api.post('/projects', { name: 'P' })).status, 400);
  assert.equal((await post({ account_id: 'nope' })).status, 404);
  assert.equal((await post({ owner_id: 'nobody' })).status, 404);
  assert.equal((await post({ project_template_id: 'tpl' })).status, 404);
  assert.equal((await post({ start_date: 'tomorrow' })).status, 400);
  const backwards = await post({ start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' });
  assert.equal(backwards.status, 400);
  const project = await createProject(api, { account_id: account.id });
  assert.equal((await api.patch(`/projects/${project.id}`, { name: '' })).status, 400);
  assert.equal((await api.patch(`/projects/${project.id}`, { owner_id: 'nobody' })).status, 404);
  const tiered = await api.patch(`/projects/${project.id}`, { custom_fields: [{ slug: 'tier', value: 'gold' }] });
  assert.equal(tiered.status, 400);
  assert.equal((await api.patch('/projects/nothing', { name: 'X' })).status, 404);
  assert.equal((await api.get('/projects/nothing')).status, 404);
  assert.equal((await api.delete('/projects/nothing')).status, 404);
  const search = (filter: unknown) => api.post('/projects/search', { filter });
  assert.equal((await search({ field: 'name', operator: 'equals', value: 'P' })).status, 400);
  assert.equal((await search({ field: 'account_id', operator: 'is_unset' })).status, 400);
  assert.equal((await search({ field: 'status', operator: 'equals', value: 'stalled' })).status, 400);
  assert.equal((await search({ field: 'is_archived', operator: 'equals', value: 'maybe' })).status, 400);
});

test("projects: another workspace's token gets 404, and a member may do the daily work", async (t) => {
  const { api, otherWorkspace, member } = await build(t);
  const project = await createProject(api);
  const other = await otherWorkspace();
  assert.equal((await other.api.get(`/projects/${project.id}`)).status, 404);
  assert.equal((await other.api.patch(`/projects/${project.id}`, { name: 'X' })).status, 404);
  assert.equal((await other.api.delete(`/projects/${project.id}`)).status, 404);
  assert.deepEqual((await other.api.post('/projects/search', {})).body.data, []);
  assert.equal((await other.api.post('/projects', { name: 'P', account_id: project.account.id })).status, 404);
  const m = await member();
  const own = await createProject(m.api, { account_id: project.account.id });
  assert.equal((await m.api.patch(`/projects/${own.id}`, { name: 'Mine' })).status, 200);
  assert.equal((await m.api.delete(`/projects/${own.id}`)).status, 200);
});
